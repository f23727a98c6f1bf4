
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'countdown.event': `Событие`,
'countdown.inline': str`${0}: ${1}`,
'countdown.inline.passed': str`${0}: состоялось ${1}`,
'countdown.inline.today': str`Сегодня: ${0}`,
'countdown.passed': `Этот день уже прошёл.`,
'countdown.remaining': str`${0}, ${1}: до начала ${2}.`,
'countdown.theme': str`Тема ${0} года:`,
'countdown.today': `Сегодня`,
'day.name': `Всемирный день борьбы с торговлей людьми`,
'stats.almost': str`почти ${0}`,
'stats.data': str`Данные за ${0} г.`,
'stats.data.range': str`Данные за ${0}–${1} гг.`,
'stats.data.vs': str`Данные за ${0} г. по сравнению с ${1} г.`,
'stats.down': `Снижение`,
'stats.glotip': str`Глобальный доклад о торговле людьми ${0}`,
'stats.glotip22_children_violence_ratio': `частота физического или крайнего насилия в отношении детей — жертв торговли людьми по сравнению со взрослыми`,
'stats.glotip24_boys_forced_labour': `выявленных мальчиков-жертв подверглись торговле людьми в целях принудительного труда`,
'stats.glotip24_child_victims_increase': `число выявленных детей-жертв`,
'stats.glotip24_children_share': `выявленных жертв — дети`,
'stats.glotip24_detected_victims_2022': `выявленных жертв во всём мире`,
'stats.glotip24_detected_victims_increase_vs_2019': `число выявленных жертв`,
'stats.glotip24_female_share': `выявленных жертв — женщины и девочки`,
'stats.glotip24_female_share_sexual_exploitation': `жертв торговли людьми в целях сексуальной эксплуатации — женщины и девочки`,
'stats.glotip24_forced_labour_increase': `число выявленных жертв торговли людьми в целях принудительного труда`,
'stats.glotip24_girl_victims_increase': `число выявленных девочек-жертв`,
'stats.glotip24_girls_sexual_exploitation': `выявленных девочек-жертв подверглись торговле людьми в целях сексуальной эксплуатации`,
'stats.link': str`${0} (источник откроется в новой вкладке)`,
'stats.over': str`более ${0}`,
'stats.pictogram': str`Пиктограмма: ${0} из ${1} (${2} с округлением до ${3})`,
'stats.publication': str`${0}, ${1}`,
'stats.source': `Источник:`,
'stats.times': str`${0}×`,
'stats.title': `Торговля людьми: ключевые цифры`,
'stats.unvtf_victims_supported': `жертв получили прямую помощь Целевого фонда добровольных взносов Организации Объединенных Наций для жертв торговли людьми`,
'stats.up': `Рост`,
    };
  