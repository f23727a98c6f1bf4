
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'blue-heart.close': `Cerrar el banner de la Campaña Corazón Azul`,
'blue-heart.cta': `Más información`,
'blue-heart.headline': `Campaña Corazón Azul contra la Trata de Personas`,
'blue-heart.text': `Lleve el Corazón Azul en solidaridad con las víctimas de la trata de personas. Todo lo recaudado por la campaña mundial se destina al Fondo Fiduciario de Contribuciones Voluntarias de las Naciones Unidas para las Víctimas de la Trata de Personas.`,
'countdown.event': `Evento`,
'countdown.inline': str`${0}: ${1}`,
'countdown.inline.passed': str`${0}: tuvo lugar el ${1}`,
'countdown.inline.today': str`Hoy: ${0}`,
'countdown.passed': `Esta fecha ya pasó.`,
'countdown.remaining': str`${0}, ${1}. Tiempo restante: ${2}.`,
'countdown.theme': str`Tema de ${0}:`,
'countdown.today': `Hoy`,
'day.name': `Día Mundial contra la Trata de Personas`,
'donate.amounts': `Importe`,
'donate.label': `Donar`,
'donate.label.amount': str`Donar ${0}`,
'donate.name.fund': str`${0} al Fondo Fiduciario de Contribuciones Voluntarias de las Naciones Unidas para las Víctimas de la Trata de Personas (abre ${1} en una pestaña nueva)`,
'link.new-tab': str`${0} (abre ${1} en una pestaña nueva)`,
    };
  