/*
 * Reading what a page gives an element: attribute values, property values and lists.
 *
 * The rule for bad input is the same everywhere: never throw, never render it; write ONE
 * console.warn that names the element and the attribute, what was wrong and the default used
 * instead, then use that default. Unset or empty values take the default silently.
 */

/** The element that reports a problem; its tag name starts every warning. */
export interface Reporter {
  readonly localName: string;
}

/** The one way an element reports a bad value: "<endht-x>: attr="value" is not valid; using default." */
export function warnAttribute(element: Reporter, attribute: string, value: unknown, fallback: string): void {
  console.warn(`<${element.localName}>: ${attribute}=${shownValue(value)} is not valid; using ${fallback}.`);
}

/**
 * One warning for a list-valued input (a property holding an array, child markup, JSON) that
 * has several problems: each problem names its entry and what is used instead, so the page
 * still gets exactly one console.warn per element and attribute.
 */
export function warnProblems(element: Reporter, attribute: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 5).join('; ');
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
  console.warn(`<${element.localName}>: ${attribute}: ${shown}${more}.`);
}

/**
 * The first `max` entries of a list a page supplies (amounts, figures, hashtags, partners), so
 * that no list, however long, costs more than `max` entries to render. A longer list gets one
 * warning: "<endht-donate>: amounts: 8 entries, more than 6; using the first 6." `warn` false:
 * the attribute has had its one warning already, for another problem.
 */
export function capList<T>(element: Reporter, attribute: string, list: readonly T[], max: number, warn = true): T[] {
  if (list.length > max && warn) {
    warnProblems(element, attribute, [`${list.length} entries, more than ${max}; using the first ${max}`]);
  }
  return list.slice(0, max);
}

/** A value as it appears in a warning: strings quoted, everything cut to a readable length. */
export function shownValue(value: unknown): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    shown = typeof value;
  }
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}

/**
 * A property value as a trimmed string, or undefined when it is unset or empty. A page may
 * assign anything to a property: a number or an object with toString() becomes its string; an
 * object that cannot be converted (null prototype, a throwing toString) becomes
 * "[object Object]", which no validator accepts.
 */
export function asTrimmedString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  let text: string;
  try {
    text = typeof value === 'string' ? value : String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * One of an enumerated attribute's allowed values, compared without regard to case. Unset or
 * empty gives the default silently; anything else unknown warns once and gives the default.
 */
export function pickEnum<T extends string>(
  element: Reporter,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  const text = asTrimmedString(value);
  if (text === undefined) return fallback;
  const match = allowed.find((candidate) => candidate === text.toLowerCase());
  if (match !== undefined) return match;
  warnAttribute(element, attribute, value, `"${fallback}"`);
  return fallback;
}

/**
 * A value read through `parse`, which gets the trimmed text and returns undefined when it is
 * not valid. Unset or empty gives undefined silently; an invalid value gives undefined and one
 * warning (unless `warn` is false, because this call was caused by another attribute), so the
 * caller uses its default.
 */
export function readAttribute<T>(
  element: Reporter,
  attribute: string,
  value: unknown,
  parse: (text: string) => T | undefined,
  fallback: string,
  warn = true,
): T | undefined {
  const text = asTrimmedString(value);
  if (text === undefined) return undefined;
  const parsed = parse(text);
  if (parsed === undefined && warn) warnAttribute(element, attribute, value, fallback);
  return parsed;
}

/**
 * A parser for readAttribute(): a whole number from `min` to `max`, written in plain digits.
 * (A number property holds the attribute's text until willUpdate() reads it with this.)
 */
export function wholeNumberIn(min: number, max: number): (text: string) => number | undefined {
  return (text) => {
    if (!/^\d+$/.test(text)) return undefined;
    const value = Number(text);
    return value >= min && value <= max ? value : undefined;
  };
}
