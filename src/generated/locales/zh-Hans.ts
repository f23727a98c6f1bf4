
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
'partners.heading': `合作伙伴`,
'partners.heading.default': `携手打击贩运人口`,
'partners.new-tab': `（在新标签页中打开）`,
'partners.pause': `暂停`,
'partners.play': `继续`,
    };
  