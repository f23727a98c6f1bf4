// The embed-code builder's French words for the widgets: each element's summary, and each attribute's
// label, hint and choice names, keyed by element and attribute. The English ones are the manifest's
// (the JSDoc of each property) and, for the choices, demo/builder-en.ts. test/builder.test.ts fails when
// an attribute or a choice of the manifest has no entry here.
//
// Written for site owners, in the register of the English labels. A hint keeps the attribute's own
// values in `code` (they are what the tag takes); formats are spelled the French way (AAAA-MM-JJ).

/** What the builder shows for one attribute. */
export interface AttributeWords {
  label: string;
  hint: string;
  /** The name of each choice, by its attribute value. */
  choices?: Readonly<Record<string, string>>;
}

/** What the builder shows for one element. */
export interface ElementWords {
  summary: string;
  attributes: Readonly<Record<string, AttributeWords>>;
}

/**
 * French spacing: the space before `:`, `;`, `!`, `?` and `»`, after `«`, and between the thousands of a number
 * does not break (a line never starts with a colon). The texts are written with plain spaces, to be read.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([:;!?»])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0')
    .replace(/(\d) (?=\d{3}\b)/g, '$1\u00a0');
}

const THEME: AttributeWords = {
  label: 'Couleurs',
  hint: 'Claires ou sombres.',
  choices: { light: 'claires', dark: 'sombres' },
};

const APPEARANCE: AttributeWords = {
  label: 'Présentation',
  hint:
    'Une carte ; un bandeau sur toute la largeur, dans le bleu de la campagne ; ou sobre, sur le fond de votre ' +
    'page. Par défaut : selon le widget (une carte ; sobre pour le bouton de don ; un bandeau pour une barre).',
  choices: { card: 'carte', band: 'bandeau', plain: 'sobre' },
};

/** The campaign code, with where each element adds it. */
const campaign = (where: string): AttributeWords => ({
  label: 'Code de campagne',
  hint:
    'Un code court pour votre campagne (lettres, chiffres, `-` et `_`, 64 au plus), ajouté ' +
    where +
    ' comme code de suivi (`utm_source`), pour compter les visites venues de votre site. Par défaut : aucun.',
});

const TIME_ZONE_EXAMPLES = 'écrit comme `Europe/Paris` ou `Africa/Dakar`. Par défaut : celui du visiteur.';

const WORDS: Readonly<Record<string, ElementWords>> = {
  'endht-blue-heart': {
    summary:
      'Bannière de la campagne Cœur bleu (dans la page, en carte ou en barre fixe), ou l’affichage pleine page ' +
      'du 30 juillet.',
    attributes: {
      variant: {
        label: 'Style',
        hint:
          'Le cœur, le texte et le lien sur une ligne ; empilés dans une carte ; une fine bande sur toute la ' +
          'largeur ; ou l’affichage pleine page du 30 juillet. Par défaut : une barre si la bannière est fixée en ' +
          'haut ou en bas de l’écran, sinon sur une ligne.',
        choices: { card: 'carte', inline: 'sur une ligne', bar: 'barre fine', takeover: 'affichage pleine page' },
      },
      'fallback-variant': {
        label: 'Les autres jours',
        hint:
          'Ce que l’affichage pleine page montre les autres jours (et une fois vu ou fermé) : une barre, une ' +
          'carte, ou rien.',
        choices: { card: 'carte', bar: 'barre', none: 'rien' },
      },
      'time-zone': {
        label: 'Fuseau horaire',
        hint:
          'Le fuseau horaire dans lequel commencent et finissent le jour de l’affichage pleine page et les dates ' +
          'd’affichage, ' +
          TIME_ZONE_EXAMPLES,
      },
      position: {
        label: 'Position dans la page',
        hint:
          'À l’endroit de la page où vous la placez, ou une barre qui reste en haut ou en bas de l’écran (avec un ' +
          'bouton pour la fermer).',
        choices: { static: 'dans la page', top: 'fixée en haut', bottom: 'fixée en bas' },
      },
      href: {
        label: 'Adresse du lien',
        hint: 'Où mène le lien. Par défaut : la page Cœur bleu de l’ONUDC.',
      },
      cta: {
        label: 'Texte du lien',
        hint: 'Le texte du lien, en texte simple. Par défaut : « En savoir plus », dans la langue de la page.',
      },
      campaign: campaign('aux liens vers unodc.org'),
      dismissible: {
        label: 'Les visiteurs peuvent la fermer',
        hint:
          'Affiche un bouton pour la fermer. Une fois fermée, la bannière le reste pendant le nombre de jours choisi ' +
          'ci-dessous, dans l’année de campagne en cours, tant que son style, son lien ou son texte ne change pas.',
      },
      'remember-days': {
        label: 'Jours où elle reste fermée',
        hint:
          'Combien de jours la bannière reste fermée quand un visiteur l’a fermée : de 0 (jusqu’au prochain ' +
          'chargement de la page) à 3650.',
      },
      'quiet-after-action': {
        label: 'Masquer une fois que le visiteur a partagé ou donné',
        hint:
          'Garde la bannière fermée jusqu’à la fin de l’année de campagne une fois que le visiteur a partagé la ' +
          'page ou est allé faire un don, depuis n’importe quel widget de ce site. Par défaut : oui pour une barre ' +
          'fixe et l’affichage pleine page, non sinon.',
        choices: { on: 'oui', off: 'non' },
      },
      'show-from': {
        label: 'Afficher à partir du',
        hint:
          'Le premier jour d’affichage, dès minuit dans le fuseau horaire ci-dessus (celui du visiteur par défaut) : ' +
          'une date (`AAAA-MM-JJ`), ou un jour et un mois pour chaque année (`MM-JJ`).',
      },
      'show-until': {
        label: 'Afficher jusqu’au',
        hint:
          'Le dernier jour d’affichage, jusqu’à minuit le soir, dans le fuseau horaire ci-dessus (celui du visiteur ' +
          'par défaut) : une date (`AAAA-MM-JJ`), ou un jour et un mois pour chaque année (`MM-JJ`).',
      },
      figure: {
        label: 'Chiffre du 30 juillet',
        hint:
          'Le chiffre que montre l’affichage pleine page : le nom court de l’un des chiffres intégrés à la carte ' +
          'de statistiques, par exemple `glotip24_children_share`.',
      },
      'donate-href': {
        label: 'Page de dons',
        hint:
          'Où mène le lien de don de l’affichage pleine page, par exemple votre propre page de dons. Par défaut : ' +
          'la page du fonds de l’ONU pour les victimes de la traite.',
      },
      theme: THEME,
      appearance: APPEARANCE,
    },
  },
  'endht-countdown': {
    summary: 'Compte à rebours jusqu’à la Journée mondiale de la lutte contre la traite d’êtres humains (30 juillet).',
    attributes: {
      'time-zone': {
        label: 'Fuseau horaire',
        hint: 'Le fuseau horaire dans lequel le jour commence et finit, ' + TIME_ZONE_EXAMPLES,
      },
      precision: {
        label: 'Plus petite unité',
        hint: 'La plus petite unité affichée.',
        choices: { day: 'jours', hour: 'heures', minute: 'minutes', second: 'secondes' },
      },
      variant: {
        label: 'Style',
        hint: 'Une carte à grands chiffres, une seule ligne, ou quelques mots dans une phrase (« dans 245 jours »).',
        choices: { full: 'carte à grands chiffres', compact: 'une ligne', inline: 'mots dans une phrase' },
      },
      date: {
        label: 'Compter jusqu’au',
        hint:
          'Un autre jour jusqu’auquel compter, chaque année (`MM-JJ`) ou une seule fois (`AAAA-MM-JJ`). Par ' +
          'défaut : le 30 juillet.',
      },
      label: {
        label: 'Nom du jour',
        hint:
          'Le nom affiché pour ce jour, en texte simple. Par défaut : le nom officiel de la Journée mondiale, ou ' +
          '« Événement » pour une autre date.',
      },
      'day-theme': {
        label: 'Thème de la Journée',
        hint:
          'Le thème de l’année, affiché le jour même sous le titre, pour une année dont cette version ne connaît ' +
          'pas encore le thème. Par défaut : le thème connu de l’année, s’il y en a un.',
      },
      theme: THEME,
      appearance: APPEARANCE,
    },
  },
  'endht-donate': {
    summary:
      'Bouton de don pour le Fonds de contributions volontaires des Nations Unies pour les victimes de la traite ' +
      'des personnes.',
    attributes: {
      href: {
        label: 'Page de dons',
        hint:
          'Où mène le bouton, par exemple votre propre page de dons ; `{amount}` et `{currency}` y sont remplacés ' +
          'par le montant et la devise. Par défaut : l’adresse d’un lien placé dans la balise, sinon la page du ' +
          'fonds de l’ONU pour les victimes de la traite.',
      },
      label: {
        label: 'Texte du bouton',
        hint:
          'Le texte du bouton, en texte simple ; `{amount}` y est remplacé par le montant. Par défaut : le texte ' +
          'd’un lien placé dans la balise, sinon « Faire un don » (avec le montant s’il y en a un), dans la langue ' +
          'de la page.',
      },
      amount: {
        label: 'Montant',
        hint:
          'Un montant à donner, par exemple `25` ou `12.50` (avec un point), 1 000 000 000 au plus ; arrondi au ' +
          'centime (ou à la plus petite unité de la devise : aucune pour le yen), le même dans le texte et dans ' +
          'le lien.',
      },
      currency: {
        label: 'Devise',
        hint:
          'Le code à trois lettres de la devise, par exemple `EUR` ou `XOF` ; un code que le navigateur ne ' +
          'connaît pas donne des dollars des États-Unis.',
      },
      amounts: {
        label: 'Montants au choix',
        hint:
          'Des montants parmi lesquels le visiteur peut choisir, séparés par des virgules, par exemple `10,25,50` ; ' +
          'les 6 premiers sont affichés.',
      },
      size: {
        label: 'Taille',
        hint: 'La taille du bouton.',
        choices: { s: 'petit', m: 'moyen', l: 'grand' },
      },
      variant: {
        label: 'Style',
        hint: 'Un bouton plein ou un bouton à contour.',
        choices: { solid: 'plein', outline: 'à contour' },
      },
      campaign: campaign('à un lien vers unodc.org'),
      theme: THEME,
      appearance: APPEARANCE,
    },
  },
  'endht-help': {
    summary:
      'Les signes de la traite, la sécurité en ligne, une ligne d’assistance pour le pays du visiteur, et une sortie ' +
      'rapide.',
    attributes: {
      topic: {
        label: 'Sujet',
        hint: 'Le sujet à afficher.',
        choices: { signs: 'les signes de la traite', online: 'la sécurité en ligne', report: 'obtenir de l’aide' },
      },
      topics: {
        label: 'Sujets',
        hint:
          'Plusieurs sujets, dans l’ordre, par exemple `signs, online, report`, au lieu du seul sujet ci-dessus. ' +
          '`none` : seulement la sortie rapide.',
      },
      country: {
        label: 'Pays',
        hint:
          'Le pays dont la ligne d’assistance est affichée, par son code à deux lettres (par exemple `FR`). ' +
          'Par défaut : déduit de la page.',
      },
      'remember-country': {
        label: 'Retenir le pays du visiteur',
        hint: 'Garde le pays choisi par le visiteur pour ses prochaines visites (dans la mémoire de son navigateur).',
      },
      'quick-exit': {
        label: 'Sortie rapide',
        hint: 'Affiche le bouton « Quitter ce site » ; appuyer 3 fois sur la touche Maj quitte aussi le site.',
      },
      'exit-position': {
        label: 'Position de la sortie rapide',
        hint: 'Où reste le bouton « Quitter ce site ».',
        choices: { top: 'en haut de l’écran', bottom: 'en bas de l’écran' },
      },
      'exit-url': {
        label: 'Destination de la sortie rapide',
        hint: 'La page neutre qu’ouvre la sortie rapide (une adresse en http ou https).',
      },
      'safety-url': {
        label: 'Page sur la navigation en sécurité',
        hint:
          'Une page sur la navigation privée, en lien dans la note de la sortie rapide (une adresse en http ou ' +
          'https).',
      },
      theme: THEME,
      appearance: APPEARANCE,
    },
  },
  'endht-partners': {
    summary: 'Bandeau des partenaires : les organisations qui portent la Journée, ou les partenaires de votre site.',
    attributes: {
      layout: {
        label: 'Disposition',
        hint:
          'Des rangées équilibrées de vignettes égales, une rangée plus courte centrée ; les mêmes rangées, une ' +
          'rangée plus courte alignée au début ; ou une rangée qui défile toute seule.',
        choices: { strip: 'rangées centrées', grid: 'rangées alignées au début', marquee: 'rangée qui défile' },
      },
      heading: {
        label: 'Titre',
        hint:
          'Le titre, en texte simple. Par défaut : « Ensemble contre la traite des personnes », ou « Partenaires » ' +
          'pour les partenaires de votre site.',
      },
      'no-heading': {
        label: 'Masquer le titre',
        hint: 'Masque le titre (les lecteurs d’écran annoncent toujours la liste par ce titre).',
      },
      'heading-level': {
        label: 'Niveau du titre',
        hint: 'Le niveau du titre dans le plan de la page, de 1 à 6.',
      },
      theme: THEME,
      appearance: APPEARANCE,
    },
  },
  'endht-share': {
    summary:
      'Barre de partage : le menu de partage de l’appareil, les réseaux sociaux, Mastodon, et la copie du lien et ' +
      'des hashtags.',
    attributes: {
      url: {
        label: 'Page à partager',
        hint:
          'La page à partager. Par défaut : cette page, par son adresse principale si elle en indique une (son URL ' +
          'canonique), sinon par son adresse sans la partie après `#`.',
      },
      text: {
        label: 'Message',
        hint: 'Le message, en texte simple. Par défaut : une phrase sur la Journée, dans la langue de la page.',
      },
      hashtags: {
        label: 'Hashtags',
        hint:
          'Les hashtags, séparés par des virgules ou des espaces, avec ou sans « # » ; les 10 premiers sont ' +
          'utilisés. Par défaut : EndHumanTrafficking, endHT, 30July, WorldDayAgainstTraffickingInPersons.',
      },
      networks: {
        label: 'Boutons de partage',
        hint:
          'Quels boutons, dans l’ordre, séparés par des virgules : `native` (le menu de partage de l’appareil), ' +
          '`x`, `facebook`, `linkedin`, `whatsapp`, `telegram`, `bluesky`, `threads`, `mastodon`, `reddit`, ' +
          '`email` (courriel), `copy` (copier le lien), chacun une fois. Par défaut : tous.',
      },
      variant: {
        label: 'Style',
        hint:
          'Une carte avec une ligne de titre et des boutons nommés, la même sans le titre, ou une rangée ' +
          'd’icônes.',
        choices: { bar: 'carte avec titre', compact: 'sans titre', icons: 'icônes seules' },
      },
      campaign: campaign('à l’adresse partagée'),
      theme: THEME,
      appearance: APPEARANCE,
    },
  },
  'endht-stats': {
    summary: 'Carte de statistiques : des chiffres avec leurs sources, des pictogrammes et un comptage animé.',
    attributes: {
      figures: {
        label: 'Chiffres',
        hint:
          'Les chiffres à afficher, dans l’ordre, par leurs noms courts séparés par des virgules : ceux de votre ' +
          'site (la liste placée dans la balise), puis les chiffres intégrés. Les 12 premiers sont affichés. ' +
          'Depuis un script, la propriété accepte aussi un tableau de vos propres chiffres.',
      },
      variant: {
        label: 'Disposition',
        hint:
          'Une carte, le premier chiffre en grand sur toute sa largeur et les autres plus petits en dessous ; une ' +
          'ligne par chiffre, le nombre d’abord et ce qu’il mesure à côté, avec un trait entre les lignes ; ou une ' +
          'vignette par chiffre, deux par rangée à partir de 480 px.',
        choices: {
          card: 'une carte, le premier chiffre en grand',
          row: 'une ligne par chiffre',
          grid: 'une vignette par chiffre',
        },
      },
      label: {
        label: 'Titre',
        hint: 'Le titre de la carte, en texte simple. Par défaut : « Traite des personnes : chiffres clés ».',
      },
      theme: THEME,
      appearance: APPEARANCE,
    },
  },
};

/** An attribute's words with French spacing. */
function spacedAttribute(words: AttributeWords): AttributeWords {
  const choices = words.choices && Object.entries(words.choices).map(([value, name]) => [value, frenchSpacing(name)]);
  return {
    label: frenchSpacing(words.label),
    hint: frenchSpacing(words.hint),
    ...(choices ? { choices: Object.fromEntries(choices) } : {}),
  };
}

/** The French words, by element tag, as the builder shows them. */
export const FR: Readonly<Record<string, ElementWords>> = Object.fromEntries(
  Object.entries(WORDS).map(([tag, element]) => [
    tag,
    {
      summary: frenchSpacing(element.summary),
      attributes: Object.fromEntries(
        Object.entries(element.attributes).map(([name, words]) => [name, spacedAttribute(words)]),
      ),
    },
  ]),
);
