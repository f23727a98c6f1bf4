
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
'partners.heading': `Партнеры`,
'partners.heading.default': `Вместе против торговли людьми`,
'partners.new-tab': `(откроется в новой вкладке)`,
'partners.pause': `Пауза`,
'partners.play': `Продолжить`,
'share.cancel': `Отмена`,
'share.copied': `Скопировано`,
'share.copy.failed': `Не удалось скопировать`,
'share.copyAll': `Копировать все`,
'share.copyAll.label': `Копировать все хештеги`,
'share.copyLink': `Копировать ссылку`,
'share.copyTag': str`Копировать хештег ${0}`,
'share.email': `E-mail`,
'share.email.label': `Отправить по e-mail`,
'share.hashtags': `Хештеги`,
'share.mastodon.invalid': `Введите имя сервера, например mastodon.social.`,
'share.mastodon.server': `Ваш сервер Mastodon`,
'share.mastodon.submit': `Поделиться`,
'share.mastodon.title': `Поделиться в Mastodon`,
'share.message': `30 июля — Всемирный день борьбы с торговлей людьми. Присоединяйтесь к призыву положить конец торговле людьми.`,
'share.native': `Поделиться…`,
'share.on': str`Поделиться в ${0} (откроется в новой вкладке)`,
'share.title': `Расскажите другим`,
    };
  