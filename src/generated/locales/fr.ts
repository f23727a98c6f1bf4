
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'countdown.event': `Événement`,
'countdown.inline': str`${0} : ${1}`,
'countdown.inline.passed': str`${0} : a eu lieu le ${1}`,
'countdown.inline.today': str`Aujourd'hui : ${0}`,
'countdown.passed': `Cette date est passée.`,
'countdown.remaining': str`${0}, ${1} : encore ${2}.`,
'countdown.theme': str`Thème ${0} :`,
'countdown.today': `Aujourd'hui`,
'day.name': `Journée mondiale de la lutte contre la traite d'êtres humains`,
'partners.heading': `Partenaires`,
'partners.heading.default': `Ensemble contre la traite des personnes`,
'partners.new-tab': `(s'ouvre dans un nouvel onglet)`,
'partners.pause': `Mettre en pause`,
'partners.play': `Reprendre`,
    };
  