
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
'share.cancel': `Annuler`,
'share.copied': `Copié`,
'share.copy.failed': `Impossible de copier`,
'share.copyAll': `Tout copier`,
'share.copyAll.label': `Copier tous les hashtags`,
'share.copyLink': `Copier le lien`,
'share.copyTag': str`Copier le hashtag ${0}`,
'share.email': `E-mail`,
'share.email.label': `Partager par e-mail`,
'share.hashtags': `Hashtags à copier`,
'share.mastodon.invalid': `Saisissez un nom de serveur comme mastodon.social.`,
'share.mastodon.server': `Votre serveur Mastodon`,
'share.mastodon.submit': `Partager`,
'share.mastodon.title': `Partager sur Mastodon`,
'share.message': `Le 30 juillet est la Journée mondiale de la lutte contre la traite d'êtres humains. Mobilisons-nous pour mettre fin à la traite.`,
'share.native': `Partager…`,
'share.on': str`Partager sur ${0} (s'ouvre dans un nouvel onglet)`,
'share.title': `Faites passer le message`,
    };
  