import { msg, str } from '@lit/localize';
import { VISITOR_ZONE, WORLD_DAY, dayState } from '../core/calendar.js';
import { now } from '../core/now.js';

/**
 * The official name of the Day in the active language (docs/sources.md, "The Day"). A function,
 * not a constant: msg() must run at render time to follow the locale.
 */
export function dayName(): string {
  return msg('World Day against Trafficking in Persons', { id: 'day.name' });
}

/** "Today is the World Day against Trafficking in Persons": the Day's own wording, on 30 July. */
export function todayHeadline(): string {
  return msg(str`Today is the ${dayName()}`, { id: 'day.today' });
}

/** Whether it is 30 July now (or on the previewed date) in a zone: the visitor's unless given. */
export function isTheDay(timeZone: string = VISITOR_ZONE): boolean {
  return dayState(now(), WORLD_DAY, timeZone).kind === 'day';
}
