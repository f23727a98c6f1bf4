import { msg } from '@lit/localize';

/**
 * The official name of the Day in the active language (docs/sources.md, "The Day"). A function,
 * not a constant: msg() must run at render time to follow the locale.
 */
export function dayName(): string {
  return msg('World Day against Trafficking in Persons', { id: 'day.name' });
}
