// Shared by the interop apps (copied into each app's src/ by test/interop/run.mjs).
// Every event an app's handler receives is recorded for the browser checks.
export interface Recorded {
  type: string;
  tag: string;
  /** The event is the element's own typed Event subclass (its static eventName is its type). */
  typed: boolean;
  date?: string;
  timeZone?: string;
}
declare global {
  interface Window {
    __interop: { app: string; events: Recorded[] };
  }
}
window.__interop ??= { app: '', events: [] };

export function record(e: Event, tag?: string): void {
  const target = e.currentTarget as Element | null;
  const x = e as Event & { date?: string; timeZone?: string };
  window.__interop.events.push({
    type: e.type,
    tag: tag ?? target?.localName ?? '',
    typed: (e.constructor as { eventName?: string }).eventName === e.type,
    date: x.date,
    timeZone: x.timeZone,
  });
}
