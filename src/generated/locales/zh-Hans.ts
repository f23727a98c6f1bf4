
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
'share.cancel': `取消`,
'share.copied': `已复制`,
'share.copy.failed': `无法复制`,
'share.copyAll': `全部复制`,
'share.copyAll.label': `复制所有话题标签`,
'share.copyLink': `复制链接`,
'share.copyTag': str`复制话题标签 ${0}`,
'share.email': `电子邮件`,
'share.email.label': `通过电子邮件分享`,
'share.hashtags': `话题标签`,
'share.mastodon.invalid': `请输入服务器名称，例如 mastodon.social。`,
'share.mastodon.server': `您的 Mastodon 服务器`,
'share.mastodon.submit': `分享`,
'share.mastodon.title': `分享到 Mastodon`,
'share.message': `7月30日是世界打击贩运人口行为日。让我们携手终结贩运人口行为。`,
'share.native': `分享…`,
'share.on': str`分享到 ${0}（在新标签页中打开）`,
'share.title': `一起传播`,
    };
  