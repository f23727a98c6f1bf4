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
  // Our events carry their data in `detail`.
  const detail = (e as CustomEvent<{ date?: string; timeZone?: string } | null>).detail;
  window.__interop.events.push({
    type: e.type,
    tag: tag ?? target?.localName ?? '',
    typed: (e.constructor as { eventName?: string }).eventName === e.type,
    date: detail?.date,
    timeZone: detail?.timeZone,
  });
}
