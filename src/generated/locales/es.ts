
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
'share.cancel': `Cancelar`,
'share.copied': `Copiado`,
'share.copy.failed': `No se pudo copiar`,
'share.copyAll': `Copiar todas`,
'share.copyAll.label': `Copiar todas las etiquetas`,
'share.copyLink': `Copiar enlace`,
'share.copyTag': str`Copiar la etiqueta ${0}`,
'share.email': `Correo electrónico`,
'share.email.label': `Compartir por correo electrónico`,
'share.hashtags': `Etiquetas`,
'share.mastodon.invalid': `Escribe un nombre de servidor como mastodon.social.`,
'share.mastodon.server': `Tu servidor de Mastodon`,
'share.mastodon.submit': `Compartir`,
'share.mastodon.title': `Compartir en Mastodon`,
'share.message': `El 30 de julio es el Día Mundial contra la Trata de Personas. Súmate al llamamiento para acabar con la trata de personas.`,
'share.native': `Compartir…`,
'share.on': str`Compartir en ${0} (se abre en una pestaña nueva)`,
'share.title': `Difunde el mensaje`,
    };
  