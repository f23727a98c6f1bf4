/*
 * A site's own helplines (the `helplines` property, or a child <script type="application/json">),
 * checked field by field with the same rules as the built-in table. The first problem stops the
 * check: the caller then warns once, naming the entry and the field, and keeps the built-in table.
 */
import {
  E164,
  HELPLINE_KINDS,
  NATIONAL_SHORT_NUMBER,
  type CountryCode,
  type Helpline,
  type HelplineKind,
} from '../../data/helplines.js';

/** A site's own line: the built-in shape, where `kind` (default "trafficking") and `checked` may be left out. */
export type SiteHelpline = Omit<Helpline, 'kind' | 'checked'> & { kind?: HelplineKind; checked?: string };

/** What was wrong: the path of the field ("[2].tel") and its value. */
export interface SiteHelplineProblem {
  path: string;
  value: unknown;
}

export type SiteHelplinesResult = { lines: Helpline[] } | { problem: SiteHelplineProblem };

type Check = (value: unknown) => boolean;

const isText: Check = (value) => typeof value === 'string' && value.trim() !== '';
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const isTel: Check = (value) => typeof value === 'string' && (E164.test(value) || NATIONAL_SHORT_NUMBER.test(value));
const isDialString: Check = (value) => typeof value === 'string' && /^\+?\d{3,15}$/.test(value);
const isHttps: Check = (value) => {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isPhoneNumber: Check = (value) => isRecord(value) && isText(value.phone) && isTel(value.tel);
const isLocalName: Check = (value) => isRecord(value) && isText(value.text) && isLanguageTag(value.lang);
const isOnlineReport: Check = (value) => isRecord(value) && isText(value.name) && isHttps(value.url);
const isKind: Check = (value) => HELPLINE_KINDS.some((kind) => kind === value);
const isDate: Check = (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The fields of a line in the order they are checked. */
const CHECKS: ReadonlyArray<[keyof SiteHelpline, Check]> = [
  ['country', (value) => countryCode(value) !== undefined],
  ['name', isText],
  ['phone', isText],
  ['tel', isTel],
  ['source', isHttps],
  ['kind', optional(isKind)],
  ['localName', optional(isLocalName)],
  ['text', optional(isDialString)],
  ['tty', optional(isDialString)],
  ['abroad', optional(isPhoneNumber)],
  ['chat', optional(isHttps)],
  ['web', optional(isHttps)],
  ['hours', optional((value) => value === '24/7')],
  ['free', optional((value) => typeof value === 'boolean')],
  ['operator', optional(isText)],
  ['onlineReport', optional(isOnlineReport)],
  ['checked', optional(isDate)],
];

/** Checks a site's list. An empty list is a valid list of no lines. */
export function checkSiteHelplines(list: unknown): SiteHelplinesResult {
  if (!Array.isArray(list)) return { problem: { path: '', value: list } };
  const lines: Helpline[] = [];
  for (const [index, entry] of list.entries()) {
    if (!isRecord(entry)) return { problem: { path: `[${index}]`, value: entry } };
    const failed = CHECKS.find(([field, check]) => !check(entry[field]));
    if (failed) return { problem: { path: `[${index}].${failed[0]}`, value: entry[failed[0]] } };
    const country = countryCode(entry.country);
    if (country === undefined || lines.some((line) => line.country === country)) {
      return { problem: { path: `[${index}].country`, value: entry.country } };
    }
    lines.push(copyLine(entry as unknown as SiteHelpline, country));
  }
  return { lines };
}

/**
 * An ISO 3166-1 alpha-2 code that Intl knows as a region, in capitals; undefined otherwise
 * ("ZZ", "Unknown Region", is not a country).
 */
export function countryCode(value: unknown): CountryCode | undefined {
  if (typeof value !== 'string' || !/^[a-z]{2}$/i.test(value.trim())) return undefined;
  const code = value.trim().toUpperCase();
  if (code === 'ZZ') return undefined;
  return regionNames().of(code) === undefined ? undefined : code;
}

let englishRegionNames: Intl.DisplayNames | undefined;

function regionNames(): Intl.DisplayNames {
  englishRegionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return englishRegionNames;
}

function isLanguageTag(value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** A copy of a checked line with only the known fields (the site's object is never kept), its text trimmed. */
function copyLine(entry: SiteHelpline, country: CountryCode): Helpline {
  return {
    country,
    name: entry.name.trim(),
    localName: entry.localName ? { text: entry.localName.text.trim(), lang: entry.localName.lang } : undefined,
    kind: entry.kind ?? 'trafficking',
    phone: entry.phone.trim(),
    tel: entry.tel,
    text: entry.text,
    tty: entry.tty,
    abroad: entry.abroad ? { phone: entry.abroad.phone.trim(), tel: entry.abroad.tel } : undefined,
    chat: entry.chat,
    web: entry.web,
    hours: entry.hours,
    free: entry.free,
    operator: entry.operator?.trim(),
    onlineReport: entry.onlineReport
      ? { name: entry.onlineReport.name.trim(), url: entry.onlineReport.url }
      : undefined,
    source: entry.source,
    checked: entry.checked ?? '',
  };
}
