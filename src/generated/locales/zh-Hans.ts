
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'blue-heart.close': `关闭蓝心运动横幅`,
'blue-heart.cta': `了解更多`,
'blue-heart.headline': `打击人口贩运蓝心运动`,
'blue-heart.text': `佩戴蓝心，声援人口贩运受害者。全球运动的全部收益均捐给联合国贩运人口行为受害人自愿信托基金。`,
'countdown.event': `活动`,
'countdown.inline': str`${0}：${1}`,
'countdown.inline.passed': str`${0}：已于${1}举行`,
'countdown.inline.today': str`今天：${0}`,
'countdown.passed': `这一天已经过去。`,
'countdown.remaining': str`${0}（${1}）：还有${2}。`,
'countdown.theme': str`${0}年主题：`,
'countdown.today': `今天`,
'day.name': `世界打击贩运人口行为日`,
'donate.amounts': `金额`,
'donate.label': `捐款`,
'donate.label.amount': str`捐款 ${0}`,
'donate.name.fund': str`${0}：联合国贩运人口行为受害人自愿信托基金（在新标签页中打开 ${1}）`,
'link.new-tab': str`${0}（在新标签页中打开 ${1}）`,
    };
  