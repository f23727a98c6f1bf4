
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'countdown.event': `活动`,
'countdown.inline': str`${0}：${1}`,
'countdown.inline.passed': str`${0}：已于${1}举行`,
'countdown.inline.today': str`今天：${0}`,
'countdown.passed': `这一天已经过去。`,
'countdown.remaining': str`${0}（${1}）：还有${2}。`,
'countdown.theme': str`${0}年主题：`,
'countdown.today': `今天`,
'day.name': `世界打击贩运人口行为日`,
'stats.almost': str`近${0}`,
'stats.data': str`数据：${0}年`,
'stats.data.range': str`数据：${0}—${1}年`,
'stats.data.vs': str`数据：${0}年与${1}年相比`,
'stats.down': `下降`,
'stats.glotip': str`${0}年全球人口贩运问题报告`,
'stats.glotip22_children_violence_ratio': `被贩运儿童遭受身体暴力或极端暴力的比率（与成年人相比）`,
'stats.glotip24_boys_forced_labour': `已发现的男童受害者中被贩运用于强迫劳动的比例`,
'stats.glotip24_child_victims_increase': `已发现的儿童受害者人数`,
'stats.glotip24_children_share': `已发现的受害者中儿童所占比例`,
'stats.glotip24_detected_victims_2022': `全球已发现的受害者`,
'stats.glotip24_detected_victims_increase_vs_2019': `已发现的受害者人数`,
'stats.glotip24_female_share': `已发现的受害者中妇女和女童所占比例`,
'stats.glotip24_female_share_sexual_exploitation': `以性剥削为目的的贩运受害者中妇女和女童所占比例`,
'stats.glotip24_forced_labour_increase': `已发现的以强迫劳动为目的的贩运受害者人数`,
'stats.glotip24_girl_victims_increase': `已发现的女童受害者人数`,
'stats.glotip24_girls_sexual_exploitation': `已发现的女童受害者中被贩运用于性剥削的比例`,
'stats.link': str`${0}（在新标签页中打开来源）`,
'stats.over': str`超过${0}`,
'stats.pictogram': str`图示：${1}个中的${0}个（${2}，四舍五入到最接近的${3}）`,
'stats.publication': str`${0}，${1}`,
'stats.source': `来源：`,
'stats.times': str`${0}倍`,
'stats.title': `人口贩运：关键数据`,
'stats.unvtf_victims_supported': `获得联合国贩运人口受害者自愿信托基金直接支持的受害者`,
'stats.up': `上升`,
    };
  