/*
 * The organisations shown by default in <endht-partners>: those named for the World Day
 * against Trafficking in Persons (research/content.md §6). Names only, as text: NO logo of any
 * of them is bundled, because their owners require prior written permission (content.md §6).
 * Content.md found no formal list of "partners of the Day"; these are the organisations that
 * work against trafficking together (ICAT and its members, and the UN Trust Fund), which is
 * why the default heading says "Together against trafficking in persons", not "Partners".
 *
 * Each name is "SHORT|Full official name", or just the full name where the organisation has
 * no short form of its own in that language (the full name is then the wordmark). A language
 * that is missing falls back to English, shown with lang="en".
 *
 * Home pages: content.md §6 (the organisations' well-known domains); the Trust Fund: its
 * "About" page on unodc.org (content.md §4, no canonical home or donate URL was found). One
 * URL per organisation: the home pages choose their own language.
 *
 * Names in the UN languages are the official UN terminology as far as I know it, written
 * from memory and NOT checked against UNTERM or the organisations' own pages (no access
 * here). Verify before a release. Confidence, per entry:
 *   sure (standard UN usage, long-established): UNODC (en fr es ru zh), UNHCR (en fr es ru zh),
 *     ILO, IOM, UNICEF, OHCHR (en fr es ru zh), UN Women, INTERPOL (en fr es ar), ICAO.
 *   NOT sure:
 *   - UNODC ar: no Arabic short form is used, I believe, so the full name stands alone.
 *   - ICAT in fr, es, ar, zh-Hans, ru: its site is English-only; the full names are my best
 *     knowledge of the UN documents' wording. "ICAT" kept as the short name in every language.
 *   - UNHCR ar: UN documents say مفوضية الأمم المتحدة لشؤون اللاجئين; UNHCR's own Arabic site
 *     may say المفوضية السامية للأمم المتحدة لشؤون اللاجئين. Short المفوضية.
 *   - OHCHR ar: short form المفوضية السامية لحقوق الإنسان.
 *   - INTERPOL zh-Hans, ru: not INTERPOL's own languages; UN usage given.
 *   - Trust Fund in fr, es, ar, zh-Hans, ru: the UN's wording of "United Nations Voluntary
 *     Trust Fund for Victims of Trafficking in Persons, Especially Women and Children" as
 *     best I know it; "UNVTF" (used on unodc.org) has no counterpart in the other languages.
 */
import type { SupportedLocale } from '../core/locale.js';

export interface Organisation {
  id: string;
  href: string;
  names: Partial<Record<SupportedLocale, string>> & { en: string };
}

export const ORGANISATIONS: readonly Organisation[] = [
  {
    id: 'unodc',
    href: 'https://www.unodc.org/',
    names: {
      en: 'UNODC|United Nations Office on Drugs and Crime',
      fr: 'ONUDC|Office des Nations Unies contre la drogue et le crime',
      es: 'UNODC|Oficina de las Naciones Unidas contra la Droga y el Delito',
      ar: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة',
      'zh-Hans': '毒罪办|联合国毒品和犯罪问题办公室',
      ru: 'УНП ООН|Управление Организации Объединенных Наций по наркотикам и преступности',
    },
  },
  {
    id: 'icat',
    href: 'https://icat.un.org/',
    names: {
      en: 'ICAT|Inter-Agency Coordination Group against Trafficking in Persons',
      fr: 'ICAT|Groupe interinstitutions de coordination contre la traite des personnes',
      es: 'ICAT|Grupo Interinstitucional de Coordinación contra la Trata de Personas',
      ar: 'ICAT|فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص',
      'zh-Hans': 'ICAT|打击贩运人口问题机构间协调小组',
      ru: 'ICAT|Межучрежденческая координационная группа по борьбе с торговлей людьми',
    },
  },
  {
    id: 'unhcr',
    href: 'https://www.unhcr.org/',
    names: {
      en: 'UNHCR|Office of the United Nations High Commissioner for Refugees',
      fr: 'HCR|Haut-Commissariat des Nations Unies pour les réfugiés',
      es: 'ACNUR|Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados',
      ar: 'المفوضية|مفوضية الأمم المتحدة لشؤون اللاجئين',
      'zh-Hans': '难民署|联合国难民事务高级专员办事处',
      ru: 'УВКБ ООН|Управление Верховного комиссара Организации Объединенных Наций по делам беженцев',
    },
  },
  {
    id: 'ilo',
    href: 'https://www.ilo.org/',
    names: {
      en: 'ILO|International Labour Organization',
      fr: 'OIT|Organisation internationale du Travail',
      es: 'OIT|Organización Internacional del Trabajo',
      ar: 'منظمة العمل الدولية',
      'zh-Hans': '劳工组织|国际劳工组织',
      ru: 'МОТ|Международная организация труда',
    },
  },
  {
    id: 'iom',
    href: 'https://www.iom.int/',
    names: {
      en: 'IOM|International Organization for Migration',
      fr: 'OIM|Organisation internationale pour les migrations',
      es: 'OIM|Organización Internacional para las Migraciones',
      ar: 'المنظمة الدولية للهجرة',
      'zh-Hans': '移民组织|国际移民组织',
      ru: 'МОМ|Международная организация по миграции',
    },
  },
  {
    id: 'unicef',
    href: 'https://www.unicef.org/',
    names: {
      en: "UNICEF|United Nations Children's Fund",
      fr: "UNICEF|Fonds des Nations Unies pour l'enfance",
      es: 'UNICEF|Fondo de las Naciones Unidas para la Infancia',
      ar: 'اليونيسف|منظمة الأمم المتحدة للطفولة',
      'zh-Hans': '儿基会|联合国儿童基金会',
      ru: 'ЮНИСЕФ|Детский фонд Организации Объединенных Наций',
    },
  },
  {
    id: 'ohchr',
    href: 'https://www.ohchr.org/',
    names: {
      en: 'OHCHR|Office of the United Nations High Commissioner for Human Rights',
      fr: "HCDH|Haut-Commissariat des Nations Unies aux droits de l'homme",
      es: 'ACNUDH|Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
      ar: 'المفوضية السامية لحقوق الإنسان|مفوضية الأمم المتحدة السامية لحقوق الإنسان',
      'zh-Hans': '人权高专办|联合国人权事务高级专员办事处',
      ru: 'УВКПЧ|Управление Верховного комиссара Организации Объединенных Наций по правам человека',
    },
  },
  {
    id: 'unwomen',
    href: 'https://www.unwomen.org/',
    names: {
      en: 'UN Women|United Nations Entity for Gender Equality and the Empowerment of Women',
      fr: "ONU Femmes|Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes",
      es: 'ONU Mujeres|Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las Mujeres',
      ar: 'هيئة الأمم المتحدة للمرأة|هيئة الأمم المتحدة للمساواة بين الجنسين وتمكين المرأة',
      'zh-Hans': '妇女署|联合国促进性别平等和增强妇女权能署',
      ru: 'ООН-женщины|Структура Организации Объединенных Наций по вопросам гендерного равенства и расширения прав и возможностей женщин',
    },
  },
  {
    id: 'interpol',
    href: 'https://www.interpol.int/',
    names: {
      en: 'INTERPOL|International Criminal Police Organization',
      fr: 'INTERPOL|Organisation internationale de police criminelle',
      es: 'INTERPOL|Organización Internacional de Policía Criminal',
      ar: 'الإنتربول|المنظمة الدولية للشرطة الجنائية',
      'zh-Hans': '国际刑警组织|国际刑事警察组织',
      ru: 'Интерпол|Международная организация уголовной полиции',
    },
  },
  {
    id: 'icao',
    href: 'https://www.icao.int/',
    names: {
      en: 'ICAO|International Civil Aviation Organization',
      fr: "OACI|Organisation de l'aviation civile internationale",
      es: 'OACI|Organización de Aviación Civil Internacional',
      ar: 'الإيكاو|منظمة الطيران المدني الدولي',
      'zh-Hans': '国际民航组织|国际民用航空组织',
      ru: 'ИКАО|Международная организация гражданской авиации',
    },
  },
  {
    id: 'unvtf',
    href: 'https://www.unodc.org/unodc/en/human-trafficking-fund/unvtf-about.html',
    names: {
      en: 'UNVTF|United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children',
      fr: 'Fonds de contributions volontaires des Nations Unies pour les victimes de la traite des personnes, en particulier des femmes et des enfants',
      es: 'Fondo Fiduciario de Contribuciones Voluntarias de las Naciones Unidas para las Víctimas de la Trata de Personas, Especialmente Mujeres y Niños',
      ar: 'صندوق الأمم المتحدة الاستئماني للتبرعات لضحايا الاتجار بالأشخاص، وبخاصة النساء والأطفال',
      'zh-Hans': '联合国贩运人口特别是妇女和儿童受害者自愿信托基金',
      ru: 'Целевой фонд добровольных взносов Организации Объединенных Наций для жертв торговли людьми, особенно женщин и детей',
    },
  },
];

export interface OrganisationName {
  /** The short name, where the organisation has one in that language. */
  short?: string;
  /** The full official name. */
  name: string;
  /** The language the name is in (the locale asked for, or `en` as the fallback). */
  lang: string;
}

/** An organisation's names in a locale, falling back to English. */
export function organisationName(org: Organisation, locale: string): OrganisationName {
  const own = org.names[locale as SupportedLocale];
  const [a, b] = (own ?? org.names.en).split('|') as [string, string?];
  return b === undefined ? { name: a, lang: own ? locale : 'en' } : { short: a, name: b, lang: own ? locale : 'en' };
}
