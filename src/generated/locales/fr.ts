
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'blue-heart.close': `Fermer la bannière de la campagne Cœur bleu`,
'blue-heart.cta': `En savoir plus`,
'blue-heart.headline': `Campagne Cœur bleu contre la traite des êtres humains`,
'blue-heart.text': `Portez le Cœur bleu en solidarité avec les victimes de la traite des êtres humains. Tous les fonds recueillis par la campagne mondiale sont versés au Fonds de contributions volontaires des Nations Unies en faveur des victimes de la traite des personnes.`,
'countdown.event': `Événement`,
'countdown.inline': str`${0} : ${1}`,
'countdown.inline.passed': str`${0} : a eu lieu le ${1}`,
'countdown.inline.today': str`Aujourd'hui : ${0}`,
'countdown.passed': `Cette date est passée.`,
'countdown.remaining': str`${0}, ${1} : encore ${2}.`,
'countdown.theme': str`Thème ${0} :`,
'countdown.today': `Aujourd'hui`,
'day.name': `Journée mondiale de la lutte contre la traite d'êtres humains`,
'donate.amounts': `Montant`,
'donate.label': `Faire un don`,
'donate.label.amount': str`Faire un don de ${0}`,
'donate.name.fund': str`${0} au Fonds de contributions volontaires des Nations Unies en faveur des victimes de la traite des personnes (ouvre ${1} dans un nouvel onglet)`,
'link.new-tab': str`${0} (ouvre ${1} dans un nouvel onglet)`,
    };
  