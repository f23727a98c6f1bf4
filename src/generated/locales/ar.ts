
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
'stats.almost': str`قرابة ${0}`,
'stats.data': str`البيانات: ${0}`,
'stats.data.range': str`البيانات: ${0}–${1}`,
'stats.data.vs': str`البيانات: ${0} مقارنةً بعام ${1}`,
'stats.down': `انخفاض`,
'stats.glotip': str`التقرير العالمي عن الاتجار بالأشخاص ${0}`,
'stats.glotip22_children_violence_ratio': `معدل تعرّض الأطفال ضحايا الاتجار للعنف الجسدي أو الشديد، مقارنةً بالبالغين`,
'stats.glotip24_boys_forced_labour': `من الفتيان الضحايا المكتشفين اتُّجر بهم لغرض العمل القسري`,
'stats.glotip24_child_victims_increase': `عدد الأطفال الضحايا المكتشفين`,
'stats.glotip24_children_share': `من الضحايا المكتشفين أطفال`,
'stats.glotip24_detected_victims_2022': `ضحية مكتشفة حول العالم`,
'stats.glotip24_detected_victims_increase_vs_2019': `عدد الضحايا المكتشفين`,
'stats.glotip24_female_share': `من الضحايا المكتشفين نساء أو فتيات`,
'stats.glotip24_female_share_sexual_exploitation': `من ضحايا الاتجار لغرض الاستغلال الجنسي نساء أو فتيات`,
'stats.glotip24_forced_labour_increase': `عدد الضحايا المكتشفين للاتجار لغرض العمل القسري`,
'stats.glotip24_girl_victims_increase': `عدد الفتيات الضحايا المكتشفات`,
'stats.glotip24_girls_sexual_exploitation': `من الفتيات الضحايا المكتشفات اتُّجر بهن لغرض الاستغلال الجنسي`,
'stats.link': str`${0} (يفتح المصدر في علامة تبويب جديدة)`,
'stats.over': str`أكثر من ${0}`,
'stats.pictogram': str`رسم توضيحي: ${0} من ${1} (${2} مقرَّبًا إلى أقرب ${3})`,
'stats.publication': str`${0}، ${1}`,
'stats.source': `المصدر:`,
'stats.times': str`${0}×`,
'stats.title': `الاتجار بالأشخاص: أرقام رئيسية`,
'stats.unvtf_victims_supported': `ضحية تلقّت دعمًا مباشرًا من صندوق الأمم المتحدة الاستئماني للتبرعات لضحايا الاتجار بالأشخاص`,
'stats.up': `ارتفاع`,
    };
  