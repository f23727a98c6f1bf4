/*
 * The organisations shown by default in <endht-partners>: those named for the World Day
 * against Trafficking in Persons (research/content.md §6). Names only, as text: NO logo of any
 * of them is bundled, because their owners require prior written permission (content.md §6).
 * Content.md found no formal list of "partners of the Day"; these are the organisations that
 * work against trafficking together (ICAT and its members, and the UN Trust Fund), which is
 * why the default heading says "Together against trafficking in persons", not "Partners".
 *
 * One line per organisation, in the order of HOSTS, in one string per language: "SHORT|Full
 * official name", or just the full name where the organisation has no short form of its own in
 * that language (the full name is then the wordmark). Plain strings rather than objects, and
 * grouped by language rather than by organisation, because that is what compresses best (the
 * names are most of this element's weight in the bundle). A locale that is not here (a host
 * app's own) falls back to English, shown with lang="en".
 *
 * Home pages (HOSTS, all https): content.md §6 (the organisations' well-known domains); the
 * Trust Fund: its "About" page on unodc.org (content.md §4, no canonical home or donate URL was
 * found). One URL per organisation: the home pages choose their own language.
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
const HOSTS =
  'www.unodc.org/ icat.un.org/ www.unhcr.org/ www.ilo.org/ www.iom.int/ www.unicef.org/ www.ohchr.org/ www.unwomen.org/ www.interpol.int/ www.icao.int/ www.unodc.org/unodc/en/human-trafficking-fund/unvtf-about.html';

const NAMES: Record<string, string> = {
  en: `UNODC|United Nations Office on Drugs and Crime
ICAT|Inter-Agency Coordination Group against Trafficking in Persons
UNHCR|Office of the United Nations High Commissioner for Refugees
ILO|International Labour Organization
IOM|International Organization for Migration
UNICEF|United Nations Children's Fund
OHCHR|Office of the United Nations High Commissioner for Human Rights
UN Women|United Nations Entity for Gender Equality and the Empowerment of Women
INTERPOL|International Criminal Police Organization
ICAO|International Civil Aviation Organization
UNVTF|United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children`,
  fr: `ONUDC|Office des Nations Unies contre la drogue et le crime
ICAT|Groupe interinstitutions de coordination contre la traite des personnes
HCR|Haut-Commissariat des Nations Unies pour les réfugiés
OIT|Organisation internationale du Travail
OIM|Organisation internationale pour les migrations
UNICEF|Fonds des Nations Unies pour l'enfance
HCDH|Haut-Commissariat des Nations Unies aux droits de l'homme
ONU Femmes|Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes
INTERPOL|Organisation internationale de police criminelle
OACI|Organisation de l'aviation civile internationale
Fonds de contributions volontaires des Nations Unies pour les victimes de la traite des personnes, en particulier des femmes et des enfants`,
  es: `UNODC|Oficina de las Naciones Unidas contra la Droga y el Delito
ICAT|Grupo Interinstitucional de Coordinación contra la Trata de Personas
ACNUR|Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados
OIT|Organización Internacional del Trabajo
OIM|Organización Internacional para las Migraciones
UNICEF|Fondo de las Naciones Unidas para la Infancia
ACNUDH|Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos
ONU Mujeres|Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las Mujeres
INTERPOL|Organización Internacional de Policía Criminal
OACI|Organización de Aviación Civil Internacional
Fondo Fiduciario de Contribuciones Voluntarias de las Naciones Unidas para las Víctimas de la Trata de Personas, Especialmente Mujeres y Niños`,
  ar: `مكتب الأمم المتحدة المعني بالمخدرات والجريمة
ICAT|فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص
المفوضية|مفوضية الأمم المتحدة لشؤون اللاجئين
منظمة العمل الدولية
المنظمة الدولية للهجرة
اليونيسف|منظمة الأمم المتحدة للطفولة
المفوضية السامية لحقوق الإنسان|مفوضية الأمم المتحدة السامية لحقوق الإنسان
هيئة الأمم المتحدة للمرأة|هيئة الأمم المتحدة للمساواة بين الجنسين وتمكين المرأة
الإنتربول|المنظمة الدولية للشرطة الجنائية
الإيكاو|منظمة الطيران المدني الدولي
صندوق الأمم المتحدة الاستئماني للتبرعات لضحايا الاتجار بالأشخاص، وبخاصة النساء والأطفال`,
  'zh-Hans': `毒罪办|联合国毒品和犯罪问题办公室
ICAT|打击贩运人口问题机构间协调小组
难民署|联合国难民事务高级专员办事处
劳工组织|国际劳工组织
移民组织|国际移民组织
儿基会|联合国儿童基金会
人权高专办|联合国人权事务高级专员办事处
妇女署|联合国促进性别平等和增强妇女权能署
国际刑警组织|国际刑事警察组织
国际民航组织|国际民用航空组织
联合国贩运人口特别是妇女和儿童受害者自愿信托基金`,
  ru: `УНП ООН|Управление Организации Объединенных Наций по наркотикам и преступности
ICAT|Межучрежденческая координационная группа по борьбе с торговлей людьми
УВКБ ООН|Управление Верховного комиссара Организации Объединенных Наций по делам беженцев
МОТ|Международная организация труда
МОМ|Международная организация по миграции
ЮНИСЕФ|Детский фонд Организации Объединенных Наций
УВКПЧ|Управление Верховного комиссара Организации Объединенных Наций по правам человека
ООН-женщины|Структура Организации Объединенных Наций по вопросам гендерного равенства и расширения прав и возможностей женщин
Интерпол|Международная организация уголовной полиции
ИКАО|Международная организация гражданской авиации
Целевой фонд добровольных взносов Организации Объединенных Наций для жертв торговли людьми, особенно женщин и детей`,
};

export interface Organisation {
  /** The English short name in lower case, without spaces ("unwomen"). */
  id: string;
  href: string;
  /** Its line in each language's NAMES. */
  line: number;
}

const lines = (locale: string) => NAMES[locale]!.split('\n');

export const ORGANISATIONS: readonly Organisation[] = HOSTS.split(' ').map((host, line) => ({
  id: lines('en')[line]!.split('|')[0]!.toLowerCase().replace(' ', ''),
  href: `https://${host}`,
  line,
}));

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
  const lang = Object.hasOwn(NAMES, locale) ? locale : 'en';
  const [a, b] = lines(lang)[org.line]!.split('|') as [string, string?];
  return b ? { short: a, name: b, lang } : { name: a, lang };
}
