
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'blue-heart.close': `Закрыть баннер кампании «Голубое сердце»`,
'blue-heart.cta': `Подробнее`,
'blue-heart.headline': `Кампания «Голубое сердце» против торговли людьми`,
'blue-heart.text': `Носите «Голубое сердце» в знак солидарности с жертвами торговли людьми. Все средства, собранные глобальной кампанией, поступают в Целевой фонд добровольных взносов ООН для жертв торговли людьми.`,
'countdown.event': `Событие`,
'countdown.inline': str`${0}: ${1}`,
'countdown.inline.passed': str`${0}: состоялось ${1}`,
'countdown.inline.today': str`Сегодня: ${0}`,
'countdown.passed': `Этот день уже прошёл.`,
'countdown.remaining': str`${0}, ${1}: до начала ${2}.`,
'countdown.theme': str`Тема ${0} года:`,
'countdown.today': `Сегодня`,
'day.name': `Всемирный день борьбы с торговлей людьми`,
'donate.amounts': `Сумма`,
'donate.label': `Пожертвовать`,
'donate.label.amount': str`Пожертвовать ${0}`,
'donate.name.fund': str`${0} в Целевой фонд добровольных взносов ООН для жертв торговли людьми (открывает ${1} в новой вкладке)`,
'link.new-tab': str`${0} (открывает ${1} в новой вкладке)`,
    };
  