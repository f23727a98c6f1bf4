/*
 * Cached Intl formatters. Creating an Intl object costs far more than using one, and a ticking
 * countdown formats several numbers per second, so every formatter is built once per
 * (locale, options) and reused.
 */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('n', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function relativeTimeFormat(locale: string, options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return cached('r', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

export function listFormat(locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return cached('l', locale, options, () => new Intl.ListFormat(locale, options));
}

export function pluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cached('p', locale, options, () => new Intl.PluralRules(locale, options));
}

/** How many formatters are cached (for tests). */
export function formatterCacheSize(): number {
  return cache.size;
}

/** A calendar date ("30 July 2027") in a locale, independent of any time zone. */
export function formatCalendarDate(locale: string, year: number, month: number, day: number): string {
  return dateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day, 12),
  );
}

export type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

/** "5 days" / "5 дней" / "يومان": a correctly pluralised amount of a unit. */
export function formatUnit(
  locale: string,
  value: number,
  unit: DurationUnit,
  display: 'long' | 'short' | 'narrow' = 'long',
): string {
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: display }).format(value);
}

/** Just the unit word of `formatUnit` ("days", "дней"), for a label under a large number. */
export function unitLabel(locale: string, value: number, unit: DurationUnit): string {
  const parts = numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).formatToParts(value);
  const words = parts
    .filter((p) => p.type === 'unit')
    .map((p) => p.value)
    .join(' ')
    .trim();
  return words || formatUnit(locale, value, unit);
}
