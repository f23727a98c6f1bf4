/*
 * The organisations shown by default in <endht-partners>: those named for the World Day
 * against Trafficking in Persons (research/content.md §6). Names only, as text: NO logo of any
 * of them is bundled, because their owners require prior written permission (content.md §6).
 * Content.md found no formal list of "partners of the Day"; these are the organisations that
 * work against trafficking together (ICAT and its members, and the UN Trust Fund), which is
 * why the default heading says "Together against trafficking in persons", not "Partners".
 *
 * One message per organisation (ids org.<id>, translated in locales/*.xlf like all our text;
 * UNODC's is in ./unodc.ts, for the statistics card names it too):
 * "SHORT|Full official name", or just the full name where the organisation has no short form of
 * its own in that language (the full name is then the wordmark). Messages rather than a table
 * here, because each language's names then sit in that language's locale module beside text
 * that shares their words ("Nations Unies", "traite des personnes"), which compresses best:
 * 0.7 KB gzip less than one table of six languages. A locale that is not ours (a host app's
 * own) gets the English names, shown with lang="en".
 *
 * Home pages (all https): content.md §6 (the organisations' well-known domains); the
 * Trust Fund: its "About" page on unodc.org (content.md §4, no canonical home or donate URL was
 * found). One URL per organisation: the home pages choose their own language.
 *
 * Names in the UN languages: written from memory first, then checked (2026-11-28) against the
 * public pages a search of stored copies could reach; UNTERM and the UN resolutions in each
 * language were not reachable. Verify the unconfirmed ones before a release.
 *   Confirmed on an official page (the UN, the organisation, or a UN body):
 *   - UNODC fr, es (unov.org/unov/{fr,es}/unodc.html); ar full name (unodc.org/romena/ar).
 *   - UNHCR es (un.org/youthenvoy/es); ar full name (unhcr.org/eg/ar; the same site also says
 *     المفوضية السامية للأمم المتحدة لشؤون اللاجئين); zh-Hans short 难民署 (emergency.unhcr.org).
 *   - ILO short fr (ilo.org), ar (ilo.org/beirut), ru (un.org/ru).
 *   - IOM fr (iom.int/fr), es (lac.iom.int/es).
 *   - OHCHR fr (ohchr.org/fr), es full name (ohchr.org/SP), zh-Hans short 人权高专办 (ohchr.org/zh).
 *   - UN Women fr (WHO EMRO); es changed to UN Women's own wording (unwomen.org/es: "Entidad de
 *     la ONU para la Igualdad de Género y el Empoderamiento de la Mujer"); ar short name.
 *   - Trust Fund es (unodc.org/unodc/es/blueheart: "…, especialmente Mujeres y Niños"); fr
 *     without its ending (unodc.org/unodc/fr, 2014: "Fonds de contributions volontaires des
 *     Nations Unies pour les victimes de la traite des personnes", now used in every fr message).
 *   NOT confirmed (secondary sources only, or none):
 *   - ICAT in fr, es, ar, zh-Hans, ru: its site is English-only; nothing found in any language.
 *     "ICAT" is kept as the short name in every language.
 *   - UNODC zh-Hans, ru; UNHCR fr, ru; ILO full names es, zh-Hans; IOM ar, zh-Hans, ru; UNICEF
 *     fr, es, ar, zh-Hans, ru; OHCHR ar, ru, zh-Hans full name; UN Women zh-Hans, ru, ar full
 *     name; INTERPOL and ICAO in every language but English (news sites and wikis only; one wiki
 *     writes ICAO ar short إيكاو without the article).
 *   - The Trust Fund in ar, zh-Hans, ru, and fr with its ending ", en particulier des femmes et
 *     des enfants". zh-Hans: no form was found; every zh-Hans message now uses one form
 *     (联合国贩运人口受害者自愿信托基金; the partner strip adds 特别是妇女和儿童).
 */
import { msg } from '@lit/localize';
import { activeLocale, SUPPORTED_LOCALES } from '../core/locale.js';
import { unodcNames } from './unodc.js';

export interface Organisation {
  /** The English short name in lower case, without spaces ("unwomen"). */
  id: string;
  /** Its home page. */
  href: string;
  /** Its names in the active locale, "SHORT|Full official name" or the full name alone (msg() runs at render time). */
  names: () => string;
}

/** The organisations, in the order they are shown. */
export const ORGANISATIONS: readonly Organisation[] = [
  { id: 'unodc', href: 'https://www.unodc.org/', names: unodcNames },
  {
    id: 'icat',
    href: 'https://icat.un.org/',
    names: () => msg('ICAT|Inter-Agency Coordination Group against Trafficking in Persons', { id: 'org.icat' }),
  },
  {
    id: 'unhcr',
    href: 'https://www.unhcr.org/',
    names: () => msg('UNHCR|Office of the United Nations High Commissioner for Refugees', { id: 'org.unhcr' }),
  },
  {
    id: 'ilo',
    href: 'https://www.ilo.org/',
    names: () => msg('ILO|International Labour Organization', { id: 'org.ilo' }),
  },
  {
    id: 'iom',
    href: 'https://www.iom.int/',
    names: () => msg('IOM|International Organization for Migration', { id: 'org.iom' }),
  },
  {
    id: 'unicef',
    href: 'https://www.unicef.org/',
    names: () => msg("UNICEF|United Nations Children's Fund", { id: 'org.unicef' }),
  },
  {
    id: 'ohchr',
    href: 'https://www.ohchr.org/',
    names: () => msg('OHCHR|Office of the United Nations High Commissioner for Human Rights', { id: 'org.ohchr' }),
  },
  {
    id: 'unwomen',
    href: 'https://www.unwomen.org/',
    names: () =>
      msg('UN Women|United Nations Entity for Gender Equality and the Empowerment of Women', { id: 'org.unwomen' }),
  },
  {
    id: 'interpol',
    href: 'https://www.interpol.int/',
    names: () => msg('INTERPOL|International Criminal Police Organization', { id: 'org.interpol' }),
  },
  {
    id: 'icao',
    href: 'https://www.icao.int/',
    names: () => msg('ICAO|International Civil Aviation Organization', { id: 'org.icao' }),
  },
  {
    id: 'unvtf',
    href: 'https://www.unodc.org/unodc/en/human-trafficking-fund/unvtf-about.html',
    names: unvtfNames,
  },
];

export interface OrganisationName {
  /** The short name, where the organisation has one in that language. */
  short?: string;
  /** The full official name. */
  name: string;
  /** The language the names are in: the active locale if it is one of ours, else `en` (the fallback). */
  lang: string;
}

/** The Trust Fund's names, the longest of all. */
function unvtfNames(): string {
  return msg(
    'UNVTF|United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children',
    { id: 'org.unvtf' },
  );
}

/** One organisation's names in the active locale (English in a locale that is not one of ours). */
export function organisationName(organisation: Organisation): OrganisationName {
  const locale = activeLocale();
  const lang = (SUPPORTED_LOCALES as readonly string[]).includes(locale) ? locale : 'en';
  const [first, second] = organisation.names().split('|') as [string, string?];
  return second === undefined ? { name: first, lang } : { short: first, name: second, lang };
}
