
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
    };
  