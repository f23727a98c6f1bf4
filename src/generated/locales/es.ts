
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'countdown.event': `Evento`,
'countdown.inline': str`${0}: ${1}`,
'countdown.inline.passed': str`${0}: tuvo lugar el ${1}`,
'countdown.inline.today': str`Hoy: ${0}`,
'countdown.passed': `Esta fecha ya pasó.`,
'countdown.remaining': str`${0}, ${1}. Tiempo restante: ${2}.`,
'countdown.theme': str`Tema de ${0}:`,
'countdown.today': `Hoy`,
'day.name': `Día Mundial contra la Trata de Personas`,
'partners.heading': `Socios`,
'partners.heading.default': `Juntos contra la trata de personas`,
'partners.new-tab': `(se abre en una pestaña nueva)`,
'partners.pause': `Pausar`,
'partners.play': `Reanudar`,
    };
  