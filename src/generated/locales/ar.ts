
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
    };
  