/*
 * The organisations shown by default in <endht-partners>: those named for the World Day
 * against Trafficking in Persons (research/content.md §6). Names only, as text: NO logo of any
 * of them is bundled, because their owners require prior written permission (content.md §6).
 * Content.md found no formal list of "partners of the Day"; these are the organisations that
 * work against trafficking together (ICAT and its members, and the UN Trust Fund), which is
 * why the default heading says "Together against trafficking in persons", not "Partners".
 *
 * One message per organisation (ids org.<id>, translated in locales/*.xlf like all our text):
 * "SHORT|Full official name", or just the full name where the organisation has no short form of
 * its own in that language (the full name is then the wordmark). Messages rather than a table
 * here, because each language's names then sit in that language's locale module beside text
 * that shares their words ("Nations Unies", "traite des personnes"), which compresses best:
 * 0.7 KB gzip less than one table of six languages. A locale that is not ours (a host app's
 * own) gets the English names, shown with lang="en".
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
import { msg } from '@lit/localize';
import { activeLocale, SUPPORTED_LOCALES } from '../core/locale.js';

const HOSTS =
  'www.unodc.org/ icat.un.org/ www.unhcr.org/ www.ilo.org/ www.iom.int/ www.unicef.org/ www.ohchr.org/ www.unwomen.org/ www.interpol.int/ www.icao.int/ www.unodc.org/unodc/en/human-trafficking-fund/unvtf-about.html';

/** Each organisation's names in the active locale, in the order of HOSTS (msg() runs at render time). */
const names = (): string[] => [
  msg('UNODC|United Nations Office on Drugs and Crime', { id: 'org.unodc' }),
  msg('ICAT|Inter-Agency Coordination Group against Trafficking in Persons', { id: 'org.icat' }),
  msg('UNHCR|Office of the United Nations High Commissioner for Refugees', { id: 'org.unhcr' }),
  msg('ILO|International Labour Organization', { id: 'org.ilo' }),
  msg('IOM|International Organization for Migration', { id: 'org.iom' }),
  msg("UNICEF|United Nations Children's Fund", { id: 'org.unicef' }),
  msg('OHCHR|Office of the United Nations High Commissioner for Human Rights', { id: 'org.ohchr' }),
  msg('UN Women|United Nations Entity for Gender Equality and the Empowerment of Women', { id: 'org.unwomen' }),
  msg('INTERPOL|International Criminal Police Organization', { id: 'org.interpol' }),
  msg('ICAO|International Civil Aviation Organization', { id: 'org.icao' }),
  msg('UNVTF|United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children', { id: 'org.unvtf' }),
];

export interface Organisation {
  /** The English short name in lower case, without spaces ("unwomen"). */
  id: string;
  href: string;
}

export const ORGANISATIONS: readonly Organisation[] = HOSTS.split(' ').map((host, i) => ({
  id: 'unodc icat unhcr ilo iom unicef ohchr unwomen interpol icao unvtf'.split(' ')[i]!,
  href: `https://${host}`,
}));

export interface OrganisationName {
  /** The short name, where the organisation has one in that language. */
  short?: string;
  /** The full official name. */
  name: string;
  /** The language the names are in: the active locale if it is one of ours, else `en` (the fallback). */
  lang: string;
}

/**
 * Every organisation's names in the active locale, in the order of ORGANISATIONS (English in a
 * locale that is not one of ours). One call per render: each name is a msg() lookup.
 */
export function organisationNames(): OrganisationName[] {
  const locale = activeLocale();
  const lang = (SUPPORTED_LOCALES as readonly string[]).includes(locale) ? locale : 'en';
  return names().map((line) => {
    const [a, b] = line.split('|') as [string, string?];
    return b ? { short: a, name: b, lang } : { name: a, lang };
  });
}

/** One organisation's names in the active locale (see organisationNames). */
export const organisationName = (org: Organisation): OrganisationName => organisationNames()[ORGANISATIONS.indexOf(org)]!;
