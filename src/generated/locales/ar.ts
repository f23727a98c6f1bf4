
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'countdown.event': `الحدث`,
'countdown.inline': str`${0}: ${1}`,
'countdown.inline.passed': str`${0}: جرى في ${1}`,
'countdown.inline.today': str`اليوم: ${0}`,
'countdown.passed': `لقد مضى هذا اليوم.`,
'countdown.remaining': str`${0}، ${1}. الوقت المتبقي: ${2}.`,
'countdown.theme': str`موضوع عام ${0}:`,
'countdown.today': `اليوم`,
'day.name': `اليوم العالمي لمكافحة الاتجار بالأشخاص`,
'partners.heading': `الشركاء`,
'partners.heading.default': `معًا لمكافحة الاتجار بالأشخاص`,
'partners.new-tab': `(يُفتح في علامة تبويب جديدة)`,
'partners.pause': `إيقاف مؤقت`,
'partners.play': `استئناف`,
'share.cancel': `إلغاء`,
'share.copied': `تم النسخ`,
'share.copy.failed': `تعذّر النسخ`,
'share.copyAll': `نسخ الكل`,
'share.copyAll.label': `نسخ كل الوسوم`,
'share.copyLink': `نسخ الرابط`,
'share.copyTag': str`نسخ الوسم ${0}`,
'share.email': `البريد الإلكتروني`,
'share.email.label': `المشاركة عبر البريد الإلكتروني`,
'share.hashtags': `الوسوم`,
'share.mastodon.invalid': `أدخل اسم خادم مثل mastodon.social.`,
'share.mastodon.server': `خادم Mastodon الخاص بك`,
'share.mastodon.submit': `مشاركة`,
'share.mastodon.title': `المشاركة على Mastodon`,
'share.message': `يوافق 30 تموز/يوليه اليوم العالمي لمكافحة الاتجار بالأشخاص. انضموا إلى الدعوة إلى إنهاء الاتجار بالأشخاص.`,
'share.native': `مشاركة…`,
'share.on': str`المشاركة على ${0} (يُفتح في علامة تبويب جديدة)`,
'share.title': `انشر الرسالة`,
    };
  