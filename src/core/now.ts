/*
 * What time it is for the widgets: the real time, or, while a site owner previews a date, that
 * date. Every element asks here (never Date.now()), so one preview moves all of them at once.
 *
 * A preview is asked for in the page's address: `#endht-date=2027-07-30` or
 * `?endht-date=2027-07-30` (the fragment wins), also with a time, `2027-07-29T23:59`. It is read
 * when the widgets load and again on every `hashchange`. A date alone means 12:00 that day in the
 * visitor's zone, so that a takeover with a `time-zone` a few hours away still sees the same date.
 * The previewed instant runs on in real time: a preview of 2027-07-29T23:59 reaches the Day a
 * minute later. It changes what is shown, never what is stored: while previewing, the widgets
 * neither read nor write storage (core/storage.ts), so the page shows what a first-time visitor
 * would see on that date and nothing is remembered.
 */
import { shownValue } from './attributes.js';
import { dateExists } from './calendar.js';

/** The name of the preview parameter in the page's address. */
export const PREVIEW_PARAMETER = 'endht-date';

/** The previewed instant minus the real one when the preview was read (0 without a preview). */
let offset = 0;
let previewing = false;
const listeners = new Set<() => void>();

/** The time the widgets show (epoch ms): the real time, or the previewed one. */
export function now(): number {
  return Date.now() + offset;
}

/** Whether a date from the page's address is being previewed. */
export function isPreview(): boolean {
  return previewing;
}

/** Calls `listener` whenever a preview starts, changes or ends, until the returned function is called. */
export function onPreviewChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * A preview date, strictly `YYYY-MM-DD` (12:00) or `YYYY-MM-DDTHH:MM`, as an instant in the
 * visitor's zone (the browser's own, which `new Date(year, …)` uses). Undefined when not valid.
 */
export function parsePreviewDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number);
  const hour = match[4] === undefined ? 12 : Number(match[4]);
  const minute = match[5] === undefined ? 0 : Number(match[5]);
  if (year < 1000 || !dateExists(year, month, day) || hour > 23 || minute > 59) return undefined;
  return new Date(year, month - 1, day, hour, minute).getTime();
}

/** Reads the preview from the page's address; tells the listeners when it starts, changes or ends. */
export function readPreview(): void {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get(PREVIEW_PARAMETER);
  const value = fromHash ?? new URLSearchParams(location.search).get(PREVIEW_PARAMETER);
  const instant = value === null ? undefined : parsePreviewDate(value);
  if (value !== null && instant === undefined) {
    console.warn(
      `endht-widgets: ${PREVIEW_PARAMETER}=${shownValue(value)} in the page's address is not valid ` +
        '(YYYY-MM-DD or YYYY-MM-DDTHH:MM); using the real date.',
    );
  }
  const wasPreviewing = previewing;
  previewing = instant !== undefined;
  offset = instant === undefined ? 0 : instant - Date.now();
  if (previewing || wasPreviewing) {
    for (const listener of [...listeners]) listener();
  }
}

// In a browser (not on the server, which has no location): read at start-up and on hashchange.
if (typeof location !== 'undefined' && typeof window.addEventListener === 'function') {
  readPreview();
  window.addEventListener('hashchange', readPreview);
}
