/*
 * The helplines of <endht-help>, one per country, each confirmed on a primary page: the
 * government's own page or the page of the organisation that runs the line (docs/sources.md
 * quotes the sentence that gives the number; docs/help.md lists every entry). A number found
 * only in the news or on a directory is not shipped: a wrong number is worse than none, and a
 * country without an entry gets the international advice instead.
 *
 * Rules of the table:
 * - `tel` is what a phone dials: the international form (E.164, "+" and digits) for a full
 *   number, or the digits of a national short number (112-style codes such as 145, 1343, and
 *   national-only numbers such as 131 237 or 0900 8844), which only work inside the country.
 * - `hours` is set only when a primary page states them, and only to "24/7"; a line whose
 *   pages disagree about its hours, or give office hours only in part, has no hours here.
 * - `free` is set only when a primary page says that calling is free.
 * - `operator` is left out when no primary page names who runs the line today.
 * - `kind` says honestly what the line is when it is not a dedicated trafficking line: a
 *   police line, a human rights line, a line for women affected by violence, or an anonymous
 *   crime-reporting line that an official anti-trafficking page (or the line itself) names as
 *   the place to report trafficking.
 */

/** An ISO 3166-1 alpha-2 country code, in capitals: `GB`, `US`. */
export type CountryCode = string;

/** What a line is, when it is not a dedicated trafficking line. */
export const HELPLINE_KINDS = ['trafficking', 'police', 'human-rights', 'women', 'crime-report'] as const;
export type HelplineKind = (typeof HELPLINE_KINDS)[number];

/** A name in the language its source writes it in. */
export interface LocalName {
  text: string;
  /** BCP 47 language tag: `it`, `pt`, `vi`. */
  lang: string;
}

/** A number with how a phone dials it. */
export interface PhoneNumber {
  /** As the source prints it: "08000 121 700". */
  phone: string;
  /** What the phone dials: "+448000121700", or a short code's digits: "1343". */
  tel: string;
}

export interface Helpline extends PhoneNumber {
  country: CountryCode;
  /** The line's name in English (the official one, or a plain description when it has none). */
  name: string;
  /** The name in the country's language, where the source gives it. */
  localName?: LocalName;
  kind: HelplineKind;
  /** A text (SMS) number. */
  text?: string;
  /** A number for deaf, hard-of-hearing or speech-impaired callers. */
  tty?: string;
  /** The number to call from another country, when it differs from `tel`. */
  abroad?: PhoneNumber;
  /** A page with a chat (https). */
  chat?: string;
  /** The line's own website (https). */
  web?: string;
  /** Only when a primary page says the line answers day and night, every day. */
  hours?: '24/7';
  /** Only when a primary page says calls are free. */
  free?: boolean;
  /** Who runs the line, as it names itself. */
  operator?: string;
  /** Where to report child sexual abuse material found online, when the country has its own page. */
  onlineReport?: { name: string; url: string };
  /** The primary page that gives the number (https). */
  source: string;
  /** When the source was last read: YYYY-MM-DD. */
  checked: string;
}

/** The date the whole table was last checked against its sources. */
const CHECKED = '2026-12-03';

export const HELPLINES: readonly Helpline[] = [
  {
    country: 'AR',
    name: 'Line 145, national line against trafficking in persons',
    localName: { text: 'Línea 145', lang: 'es' },
    kind: 'trafficking',
    phone: '145',
    tel: '145',
    hours: '24/7',
    free: true,
    operator: 'Ministerio de Justicia de la Nación',
    source: 'https://datos.jus.gob.ar/blog/estudio-sobre-datos-de-la-linea-145',
    checked: CHECKED,
  },
  {
    country: 'AU',
    name: 'Australian Federal Police: report human trafficking and slavery',
    kind: 'police',
    phone: '131 237',
    tel: '131237',
    operator: 'Australian Federal Police',
    source: 'https://www.afp.gov.au/what-we-do/crime-types/human-trafficking',
    checked: CHECKED,
  },
  {
    country: 'BE',
    name: 'Human trafficking contact point',
    kind: 'trafficking',
    phone: '078 05 58 00',
    tel: '+3278055800',
    web: 'https://www.stoptraite.be/',
    hours: '24/7',
    operator: 'PAG-ASA, Payoke and Sürya',
    source:
      'https://news.belgium.be/fr/une-nouvelle-rubrique-web-pour-renforcer-la-lutte-contre-la-traite-des-etres-humains',
    checked: CHECKED,
  },
  {
    country: 'BR',
    name: 'Dial 100, human rights line',
    localName: { text: 'Disque 100 – Disque Direitos Humanos', lang: 'pt' },
    kind: 'human-rights',
    phone: '100',
    tel: '100',
    hours: '24/7',
    free: true,
    source:
      'https://gov.br/mdh/pt-br/assuntos/noticias/2022/eleicoes-2022-periodo-eleitoral/iluminado-de-azul-ministerio-da-mulher-da-familia-e-dos-direitos-humanos-reforca-parceria-de-enfrentamento-ao-trafico-de-pessoas',
    checked: CHECKED,
  },
  {
    country: 'CA',
    name: 'Canadian Human Trafficking Hotline',
    kind: 'trafficking',
    phone: '1-833-900-1010',
    tel: '+18339001010',
    chat: 'https://canadianhumantraffickinghotline.ca/',
    hours: '24/7',
    operator: 'The Canadian Centre to End Human Trafficking',
    source: 'https://canadianhumantraffickinghotline.ca/language/contacte-nos-portuguese',
    checked: CHECKED,
  },
  {
    country: 'CZ',
    name: 'La Strada hotline',
    kind: 'trafficking',
    phone: '800 077 777',
    tel: '+420800077777',
    abroad: { phone: '+420 222 71 71 71', tel: '+420222717171' },
    free: true,
    operator: 'La Strada Česká republika',
    source: 'https://www.strada.cz/cz/looking-for-help',
    checked: CHECKED,
  },
  {
    country: 'DE',
    name: 'Helpline “Violence against Women”',
    localName: { text: 'Hilfetelefon „Gewalt gegen Frauen“', lang: 'de' },
    kind: 'women',
    phone: '116 016',
    tel: '116016',
    chat: 'https://www.hilfetelefon.de/',
    hours: '24/7',
    free: true,
    operator: 'Bundesamt für Familie und zivilgesellschaftliche Aufgaben',
    source: 'https://www.hilfetelefon.de/das-hilfetelefon/angebot-im-ueberblick.html',
    checked: CHECKED,
  },
  {
    country: 'DK',
    name: 'Danish Centre against Human Trafficking: hotline',
    localName: { text: 'Center mod Menneskehandel', lang: 'da' },
    kind: 'trafficking',
    phone: '+45 70 20 25 50',
    tel: '+4570202550',
    operator: 'The Danish Authority of Social Services and Housing',
    source: 'https://admin.cmm.dk/english/the-danish-centre-against-human-trafficking',
    checked: CHECKED,
  },
  {
    country: 'EG',
    name: 'National Council for Human Rights: hotline',
    kind: 'human-rights',
    phone: '15508',
    tel: '15508',
    source:
      'https://egypt.iom.int/news/joint-press-release-nccpimtip-and-iom-distribution-hygiene-kits-ercs-staff-and-volunteers',
    checked: CHECKED,
  },
  {
    country: 'GB',
    name: 'Modern Slavery & Exploitation Helpline',
    kind: 'trafficking',
    phone: '08000 121 700',
    tel: '+448000121700',
    hours: '24/7',
    free: true,
    operator: 'Unseen',
    source: 'https://www.modernslaveryhelpline.org/',
    checked: CHECKED,
  },
  {
    country: 'GR',
    name: 'Human trafficking helpline',
    kind: 'trafficking',
    phone: '1109',
    tel: '1109',
    source: 'https://migration.gov.gr/en/protection-from-human-trafficking/',
    checked: CHECKED,
  },
  {
    country: 'IE',
    name: 'Garda Confidential Line',
    kind: 'police',
    phone: '1800 666 111',
    tel: '+3531800666111',
    operator: 'An Garda Síochána',
    source:
      'https://www.garda.ie/en/about-us/our-departments/office-of-corporate-communications/news-media/news-archive/world-day-against-trafficking-in-persons-30-7-20.html',
    checked: CHECKED,
  },
  {
    country: 'IT',
    name: 'National anti-trafficking freephone',
    localName: { text: 'Numero Verde Anti-tratta', lang: 'it' },
    kind: 'trafficking',
    phone: '800 290 290',
    tel: '+39800290290',
    hours: '24/7',
    free: true,
    operator: 'Regione del Veneto',
    source:
      'https://www.pariopportunita.gov.it/it/politiche-e-attivita/tratta-degli-esseri-umani-e-grave-sfruttamento/numero-verde-antitratta/',
    checked: CHECKED,
  },
  {
    country: 'LT',
    name: 'Helpline for reporting human trafficking',
    localName: { text: 'Pagalbos telefonu linija pranešimams apie prekybos žmonėmis atvejus', lang: 'lt' },
    kind: 'trafficking',
    phone: '+370 616 91119',
    tel: '+37061691119',
    hours: '24/7',
    operator: 'Nacionalinė asociacija prieš prekybą žmonėmis',
    source:
      'https://vilnius.lt/lt/sveikata-ir-socialiniai-reikalai/isteigta-pagalbos-telefonu-linija-pranesimams-apie-prekybos-zmonemis-atvejus/',
    checked: CHECKED,
  },
  {
    country: 'LV',
    name: 'Trust line against human trafficking',
    localName: { text: 'Uzticības tālrunis cilvēku tirdzniecības mazināšanai', lang: 'lv' },
    kind: 'trafficking',
    phone: '+371 28612120',
    tel: '+37128612120',
    operator: 'Patvērums “Drošā māja”',
    source:
      'https://patverums-dm.lv/lv/biedribas-patverums-drosa-maja-darbibas-atbalsta-programma-cilveku-tirdzniecibas-mazinasanai-latvija',
    checked: CHECKED,
  },
  {
    country: 'MA',
    name: 'Freephone for reporting human trafficking',
    localName: { text: 'Numéro vert de signalement des victimes potentielles de traite des êtres humains', lang: 'fr' },
    kind: 'trafficking',
    phone: '080 000 47 47',
    tel: '+212800004747',
    free: true,
    operator: 'Commission nationale de lutte contre la traite des êtres humains (CNCLT)',
    source:
      'https://cnclt.justice.gov.ma/fr/au-sujet-des-publications-et-echanges-sur-les-reseaux-sociaux-portant-atteinte-aux-victimes-sinistrees-du-tremblement-de-terre',
    checked: CHECKED,
  },
  {
    country: 'MD',
    name: 'La Strada hotline',
    localName: { text: 'Linia Fierbinte Naţională', lang: 'ro' },
    kind: 'trafficking',
    phone: '0 800 77777',
    tel: '+37380077777',
    abroad: { phone: '+373 22 23 33 09', tel: '+37322233309' },
    free: true,
    operator: 'International Center “La Strada”',
    source: 'https://lastrada.md/eng/articles/over-100-000-calls-to-the-hotline-110',
    checked: CHECKED,
  },
  {
    country: 'NL',
    name: 'Police non-emergency number',
    localName: { text: 'Politie', lang: 'nl' },
    kind: 'police',
    phone: '0900 8844',
    tel: '09008844',
    source: 'https://www.midden-groningen.nl/mensenhandel',
    checked: CHECKED,
  },
  {
    country: 'NZ',
    name: 'Crime Stoppers',
    kind: 'crime-report',
    phone: '0800 555 111',
    tel: '+64800555111',
    abroad: { phone: '+64 9 927 3971', tel: '+6499273971' },
    hours: '24/7',
    source: 'https://crimestoppers-nz.org/knowing-the-signs-of-migrant-exploitation/',
    checked: CHECKED,
  },
  {
    country: 'PH',
    name: '1343 Actionline against Human Trafficking',
    kind: 'trafficking',
    phone: '1343',
    tel: '1343',
    hours: '24/7',
    operator: 'Inter-Agency Council Against Trafficking (IACAT)',
    source: 'https://1343actionline.ph/1055-phl-tops-list-in-fight-vs-human-trafficking',
    checked: CHECKED,
  },
  {
    country: 'PL',
    name: 'National Consulting and Intervention Centre for Victims of Trafficking (KCIK)',
    localName: { text: 'Krajowe Centrum Interwencyjno-Konsultacyjne dla Ofiar Handlu Ludźmi', lang: 'pl' },
    kind: 'trafficking',
    phone: '+48 22 628 01 20',
    tel: '+48226280120',
    operator: 'La Strada Foundation and the Po MOC Association',
    source:
      'https://rawa-mazowiecka.policja.gov.pl/erw/informacje/112901,Europejski-Dzien-Przeciwko-Handlowi-Ludzmi.html',
    checked: CHECKED,
  },
  {
    country: 'PT',
    name: 'Support line for victims of human trafficking',
    localName: { text: 'Serviço de apoio às vítimas de tráfico de pessoas', lang: 'pt' },
    kind: 'trafficking',
    phone: '964 608 288',
    tel: '+351964608288',
    hours: '24/7',
    source: 'https://eportugal.gov.pt/servicos/pedir-apoio-para-as-vitimas-de-trafico-de-pessoas',
    checked: CHECKED,
  },
  {
    country: 'SK',
    name: 'National Helpline for Victims of Trafficking in Human Beings',
    localName: { text: 'Národná linka pomoci obetiam obchodovania s ľuďmi', lang: 'sk' },
    kind: 'trafficking',
    phone: '0800 800 818',
    tel: '+421800800818',
    source: 'https://www.ip.gov.sk/povedzme-nie-obchodovaniu-s-ludmi/',
    checked: CHECKED,
  },
  {
    country: 'UA',
    name: 'National Hotline for Combating Trafficking in Human Beings',
    kind: 'trafficking',
    phone: '527',
    tel: '527',
    source: 'https://dn.gov.ua/en/news/yevropeiskyi-den-borotby-z-torhivleiu-liudmy',
    checked: CHECKED,
  },
  {
    country: 'US',
    name: 'National Human Trafficking Hotline',
    kind: 'trafficking',
    phone: '1-888-373-7888',
    tel: '+18883737888',
    text: '233733',
    tty: '711',
    hours: '24/7',
    free: true,
    operator: 'Polaris',
    onlineReport: { name: 'NCMEC CyberTipline', url: 'https://report.cybertip.org/' },
    source: 'https://humantraffickinghotline.org/about-us/what-we-do',
    checked: CHECKED,
  },
  {
    country: 'VN',
    name: 'National anti-trafficking hotline 111',
    localName: { text: 'Đường dây nóng Phòng chống mua bán người 111', lang: 'vi' },
    kind: 'trafficking',
    phone: '111',
    tel: '111',
    source: 'https://cuctreem.molisa.gov.vn/a-lo-111-va-nhung-no-luc-phong-chong-mua-ban-nguoi',
    checked: CHECKED,
  },
  {
    country: 'ZA',
    name: 'Human Trafficking Helpline',
    kind: 'trafficking',
    phone: '0800 222 777',
    tel: '+27800222777',
    hours: '24/7',
    free: true,
    operator: 'A21',
    source: 'https://www.westerncape.gov.za/your_gov/407/services/1137/52499',
    checked: CHECKED,
  },
];

/** Where anyone can find where to report trafficking, country by country (IOM MigrantInfo). */
export const IOM_REPORTING_PAGE = 'https://migrantinfo.iom.int/en/identify-signs-human-trafficking';

/** The INHOPE network of national hotlines for child sexual abuse material found online. */
export const INHOPE_PAGE = 'https://www.inhope.org/EN';

/** A `tel` that is a full international number (E.164). */
export const E164 = /^\+[1-9]\d{6,14}$/;

/** A `tel` that is a national short number: 3 to 10 digits, dialled as written inside the country. */
export const NATIONAL_SHORT_NUMBER = /^\d{3,10}$/;
