
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'blue-heart.close': `إغلاق لافتة حملة القلب الأزرق`,
'blue-heart.cta': `اعرف المزيد`,
'blue-heart.headline': `حملة القلب الأزرق لمكافحة الاتجار بالبشر`,
'blue-heart.text': `ارتدِ القلب الأزرق تضامنًا مع ضحايا الاتجار بالبشر. وتذهب جميع عائدات الحملة العالمية إلى صندوق الأمم المتحدة الاستئماني للتبرعات لضحايا الاتجار بالأشخاص.`,
'countdown.event': `الحدث`,
'countdown.inline': str`${0}: ${1}`,
'countdown.inline.passed': str`${0}: جرى في ${1}`,
'countdown.inline.today': str`اليوم: ${0}`,
'countdown.passed': `لقد مضى هذا اليوم.`,
'countdown.remaining': str`${0}، ${1}. الوقت المتبقي: ${2}.`,
'countdown.theme': str`موضوع عام ${0}:`,
'countdown.today': `اليوم`,
'day.name': `اليوم العالمي لمكافحة الاتجار بالأشخاص`,
'donate.amounts': `المبلغ`,
'donate.label': `تبرّع`,
'donate.label.amount': str`تبرّع بمبلغ ${0}`,
'donate.name.fund': str`${0} لصندوق الأمم المتحدة الاستئماني للتبرعات لضحايا الاتجار بالأشخاص (يفتح ${1} في علامة تبويب جديدة)`,
'link.new-tab': str`${0} (يفتح ${1} في علامة تبويب جديدة)`,
    };
  