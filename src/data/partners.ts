/*
 * The organisations shown by default in <endht-partners>: those that work against trafficking
 * together for the World Day (ICAT and its members named for the Day, and the UN Trust Fund).
 * No formal list of "partners of the Day" exists, hence the default heading "Together against
 * trafficking in persons". Names only, as text: no logo of any of them is bundled, because
 * their owners require prior written permission. Sources, and which names in which languages
 * were confirmed on an official page: docs/sources.md, "Partner strip".
 *
 * One message per organisation (ids org.<id>, translated in locales/*.xlf like all our text;
 * UNODC's is in ./unodc.ts, for the statistics card names it too): "SHORT|Full official name",
 * or just the full name where the organisation has no short form of its own in that language
 * (the full name is then the wordmark). A locale that is not ours (a host app's own) gets the
 * English names, shown with lang="en".
 *
 * Home pages: each organisation's own domain (all https); the Trust Fund's "About" page on
 * unodc.org, as no home or donate page of its own was found. The home pages choose their own
 * language.
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
