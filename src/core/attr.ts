import { asTrimmedString, warnAttr } from './warn.js';

/**
 * Reads an attribute through `parse` (which gets the trimmed string and returns undefined for
 * an invalid one): unset or empty → undefined, silently; invalid → one warning (unless `warn` is
 * false, e.g. because another attribute changed) and undefined, so the caller uses its default.
 */
export function readAttr<T>(
  tag: string,
  attribute: string,
  value: unknown,
  parse: (raw: string) => T | undefined,
  fallback: string,
  warn = true,
): T | undefined {
  const raw = asTrimmedString(value);
  const parsed = raw === undefined ? undefined : parse(raw);
  if (raw !== undefined && parsed === undefined && warn) warnAttr(tag, attribute, value, fallback);
  return parsed;
}
