/*
 * The World Day calendar: when does 30 July (or a site's own date) begin and end in a given
 * IANA time zone, or in the visitor's own, and where is "now" relative to it. No date library:
 * wall-clock parts come from Intl.DateTimeFormat with a timeZone (or, in the visitor's own zone,
 * from the Date object's local time), and a wall-clock time is turned into an instant by
 * correcting a UTC guess with the zone's offset, which is DST-safe.
 */
import { dateTimeFormat } from './format.js';

export const WORLD_DAY = { month: 7, day: 30 } as const;

/**
 * A day as an attribute writes it: `YYYY-MM-DD` (one day) or `MM-DD` (every year). The name
 * tells tools (the manifest, the embed-code builder, the WordPress panels) to offer a date
 * picker with an "every year" choice.
 */
export type DateString = string;

export interface DaySpec {
  month: number;
  day: number;
  /** A one-off date; undefined means every year. */
  year?: number;
}

export type DayState =
  | { kind: 'counting'; target: number; year: number; month: number; day: number }
  | { kind: 'day'; start: number; end: number; year: number; month: number; day: number }
  | { kind: 'passed'; end: number; year: number; month: number; day: number };

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const validZones = new Map<string, boolean>();

/** Whether `tz` is an IANA time zone this browser knows. */
export function isValidTimeZone(tz: unknown): tz is string {
  if (typeof tz !== 'string' || !tz.trim()) return false;
  let ok = validZones.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      ok = true;
    } catch {
      ok = false;
    }
    validZones.set(tz, ok);
  }
  return ok;
}

/** A time zone attribute's value, for readAttribute(): the zone, when this browser knows it. */
export function knownTimeZone(text: string): string | undefined {
  return isValidTimeZone(text) ? text : undefined;
}

/**
 * The visitor's own time zone, as a zone argument of the functions below (the default of every
 * element without a `time-zone` attribute). Its wall-clock time is read from the Date object's
 * local time, which follows the browser's zone as Intl does, but needs no Intl.DateTimeFormat:
 * the first Intl object of a page is the costliest call of a first render (it loads the
 * platform's locale and time-zone data; docs/performance.md), and an element that formats no
 * date should not pay it to learn whether today is 30 July. Not an IANA name, so no attribute
 * can produce it (knownTimeZone() rejects it).
 */
export const VISITOR_ZONE = 'visitor';

let visitorZone: string | undefined;
let visitorZoneAt = 0;

/** Forgets the remembered visitor zone, so the next call asks Intl again (used by tests). */
export function forgetVisitorTimeZone(): void {
  visitorZone = undefined;
}

/**
 * The name of the visitor's own time zone (the browser's), for what must name it: the detail of
 * an event, or a guess of the visitor's country. Calculations take VISITOR_ZONE instead, which
 * needs no Intl. Asking Intl costs a new DateTimeFormat, so the answer is kept for a minute (a
 * visitor whose system zone changes sees it within that minute).
 */
export function visitorTimeZone(): string {
  const now = Date.now();
  if (!visitorZone || now - visitorZoneAt > 60_000 || now < visitorZoneAt) {
    try {
      visitorZone = new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      visitorZone = 'UTC';
    }
    visitorZoneAt = now;
  }
  return visitorZone;
}

/** The wall-clock date and time of an instant in a zone (an IANA name, or VISITOR_ZONE). */
export function wallTime(epochMs: number, timeZone: string): WallTime {
  if (timeZone === VISITOR_ZONE) return localWallTime(epochMs);
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  }).formatToParts(epochMs);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const era = parts.find((p) => p.type === 'era')?.value;
  const y = get('year');
  return {
    year: era === 'BC' || era === 'B' ? 1 - y : y,
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

/** The wall-clock date and time of an instant in the visitor's own zone, from Date's local time. */
function localWallTime(epochMs: number): WallTime {
  const local = new Date(epochMs);
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
    second: local.getSeconds(),
  };
}

/** The zone's offset from UTC at an instant, in ms (e.g. +5:45 → 20_700_000). */
export function zoneOffset(epochMs: number, timeZone: string): number {
  const w = wallTime(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The first instant at which the wall clock in `timeZone` reads year-month-day 00:00:00 or
 * later — exactly midnight on normal days; the end of the gap where a DST change skips midnight.
 */
export function startOfDay(year: number, month: number, day: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day);
  // Try the offsets in force around the guess; keep the earliest candidate that really reads
  // as this date at or after midnight.
  const offsets = new Set([
    zoneOffset(guess, timeZone),
    zoneOffset(guess - 86_400_000, timeZone),
    zoneOffset(guess + 86_400_000, timeZone),
  ]);
  let best: number | undefined;
  for (const off of offsets) {
    const t = guess - off;
    const w = wallTime(t, timeZone);
    if (w.year === year && w.month === month && w.day === day && w.hour === 0 && w.minute === 0 && w.second === 0) {
      if (best === undefined || t < best) best = t;
    }
  }
  if (best !== undefined) return best;
  // Midnight does not exist (skipped by a DST change): the day begins when the gap ends.
  // Search the first hours of the day minute by minute from the smallest candidate.
  let t = guess - Math.max(...offsets);
  for (let i = 0; i < 24 * 60 * 2; i++, t += 60_000) {
    const w = wallTime(t, timeZone);
    if (w.year === year && w.month === month && w.day === day) return t;
  }
  return guess - zoneOffset(guess, timeZone);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether month-day exists in that year (29 February only in leap years). */
export function dateExists(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function nextCalendarDay(year: number, month: number, day: number): [number, number, number] {
  const d = new Date(Date.UTC(year, month - 1, day + 1));
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/**
 * Parses `date="MM-DD"` (every year) or `date="YYYY-MM-DD"` (one day). 02-29 is allowed as a
 * yearly date (it then falls in leap years). Returns undefined when invalid.
 */
export function parseDaySpec(value: string): DaySpec | undefined {
  const m = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (m[1]) {
    const year = Number(m[1]);
    return year >= 1000 && dateExists(year, month, day) ? { year, month, day } : undefined;
  }
  return dateExists(2000, month, day) ? { month, day } : undefined;
}

/** Where `now` stands relative to the day described by `spec`, in `timeZone`. */
export function dayState(now: number, spec: DaySpec, timeZone: string): DayState {
  const { month, day } = spec;
  const span = (year: number) => {
    const start = startOfDay(year, month, day, timeZone);
    const end = startOfDay(...nextCalendarDay(year, month, day), timeZone);
    return { start, end };
  };
  if (spec.year !== undefined) {
    const year = spec.year;
    const { start, end } = span(year);
    if (now < start) return { kind: 'counting', target: start, year, month, day };
    if (now < end) return { kind: 'day', start, end, year, month, day };
    return { kind: 'passed', end, year, month, day };
  }
  // Yearly: this year's occurrence in the zone if it has not ended, else the next one that
  // exists (29 February waits for a leap year).
  const thisYear = wallTime(now, timeZone).year;
  for (let year = thisYear - 1; year <= thisYear + 8; year++) {
    if (!dateExists(year, month, day)) continue;
    const { start, end } = span(year);
    if (now >= end) continue;
    if (now >= start) return { kind: 'day', start, end, year, month, day };
    return { kind: 'counting', target: start, year, month, day };
  }
  // Unreachable for valid specs; count to next year's date as a safe answer.
  const start = startOfDay(thisYear + 1, month, Math.min(day, 28), timeZone);
  return { kind: 'counting', target: start, year: thisYear + 1, month, day };
}

export interface Remaining {
  /** The exact time left, in ms. */
  totalMs: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export const UNIT_MS = { day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000 } as const;

/**
 * Splits the time left into days, hours, minutes and seconds, rounded UP to the smallest unit
 * shown (`unit`). A countdown therefore never reads zero before the moment arrives, each number
 * changes exactly on its boundary (where the shared clock ticks), and with `unit = 'day'` the
 * count equals the number of calendar days to a midnight target. A day is 24 elapsed hours,
 * also across a DST change.
 */
export function splitDuration(ms: number, unit: keyof typeof UNIT_MS = 'second'): Remaining {
  const left = Math.max(0, ms);
  const step = UNIT_MS[unit];
  const s = (Math.ceil(left / step) * step) / 1000;
  return {
    totalMs: left,
    days: Math.floor(s / 86_400),
    hours: Math.floor((s % 86_400) / 3600),
    minutes: Math.floor((s % 3600) / 60),
    seconds: s % 60,
  };
}
