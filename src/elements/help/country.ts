/*
 * Which country's helpline a visitor sees. Nothing here asks the network: the guesses come
 * from the page and the browser only, in this order (the first that names a country decides):
 * 1. the visitor's own choice in the list (this page view; across visits with `remember-country`);
 * 2. the element's `country` attribute;
 * 3. the region of <html lang> ("en-GB" → GB);
 * 4. the visitor's time zone, for the zones of countries that have a line (src/data/help-zones.ts).
 * Without any, the element gives the international advice.
 */
import { visitorTimeZone } from '../../core/calendar.js';
import { storageGet, storageSet } from '../../core/storage.js';
import { ZONE_COUNTRIES } from '../../data/help-zones.js';
import type { CountryCode } from '../../data/helplines.js';
import { countryCode } from './site-helplines.js';

/** The visitor's choice of "Other country" (the international advice). */
export const OTHER_COUNTRY = 'other';

/** A country, or the visitor's explicit "Other country". */
export type CountryChoice = CountryCode | typeof OTHER_COUNTRY;

/** Where a `remember-country` choice is kept (localStorage, through core/storage). */
export const STORAGE_KEY = 'endht-help-country';

/** The region of a language tag, when it is a country: "en-GB" → GB; "es-419" and "zh-Hans" → undefined. */
export function regionOfLanguage(tag: string | null | undefined): CountryCode | undefined {
  if (!tag || tag.trim() === '') return undefined;
  try {
    return countryCode(new Intl.Locale(tag.trim().replace(/_/g, '-')).region);
  } catch {
    return undefined;
  }
}

/** The region of the page's <html lang> (browser only). */
export function pageRegion(): CountryCode | undefined {
  if (typeof document === 'undefined') return undefined;
  return regionOfLanguage(document.documentElement.getAttribute('lang'));
}

/** The country of the visitor's time zone, when it is one of the listed zones. */
export function timeZoneCountry(zone: string = visitorTimeZone()): CountryCode | undefined {
  return ZONE_COUNTRIES.get(zone);
}

/** The remembered choice: a country code or "other"; undefined when nothing (valid) is stored. */
export function rememberedChoice(): CountryChoice | undefined {
  const stored = storageGet(STORAGE_KEY);
  if (stored === OTHER_COUNTRY) return OTHER_COUNTRY;
  return countryCode(stored);
}

/** Keeps the visitor's choice for later visits (a storage that fails keeps nothing, silently). */
export function rememberChoice(choice: CountryChoice): void {
  storageSet(STORAGE_KEY, choice);
}
