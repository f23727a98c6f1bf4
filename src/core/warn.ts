/**
 * The one way an element reports bad input: a single console.warn naming the element and the
 * attribute, what was wrong, and the default that is used instead.
 */
export function warnAttr(tag: string, attribute: string, value: unknown, fallback: string): void {
  console.warn(`<${tag}>: ${attribute}=${shownValue(value)} is not valid; using ${fallback}.`);
}

/**
 * Reads a reactive string property that may hold anything a page assigned to it: a number or
 * an object with toString() becomes its string; an object that cannot be converted at all
 * (null prototype, a throwing toString) becomes "[object Object]", which no validator accepts.
 */
export function asTrimmedString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  let s: string;
  try {
    s = typeof value === 'string' ? value : String(value);
  } catch {
    s = Object.prototype.toString.call(value);
  }
  return s.trim() || undefined;
}

/**
 * Maps an enumerated attribute to one of its allowed values. Unset or empty → the default
 * silently; anything else unknown → one warning and the default.
 */
export function pickEnum<T extends string>(
  tag: string,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = asTrimmedString(value);
  if (v === undefined) return fallback;
  const lower = v.toLowerCase();
  const hit = allowed.find((a) => a === lower);
  if (hit) return hit;
  warnAttr(tag, attribute, value, `"${fallback}"`);
  return fallback;
}

/**
 * One warning for a list-valued input (a property holding an array, child markup, JSON) that
 * has several problems: each problem names its entry and what is used instead, so the page
 * still gets exactly one console.warn per element and attribute.
 */
export function warnProblems(tag: string, attribute: string, problems: readonly string[]): void {
  if (!problems.length) return;
  const shown = problems.slice(0, 5).join('; ');
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
  console.warn(`<${tag}>: ${attribute}: ${shown}${more}.`);
}

/** A value as it appears in a warning: quoted, and cut to a readable length. */
export function shownValue(value: unknown): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    shown = typeof value;
  }
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
