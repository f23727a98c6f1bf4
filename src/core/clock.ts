/*
 * The page's one clock. Every ticking element subscribes here instead of owning a timer:
 * one setTimeout for the whole page, aligned to the next second (if any subscriber wants
 * seconds) or minute boundary. It schedules nothing while nobody subscribes or the tab is
 * hidden, and resyncs every subscriber when the tab becomes visible again or a preview date
 * (core/now.ts) starts, changes or ends. The time it tells is core/now.ts's.
 */
import { now, onPreviewChange } from './now.js';

export type Granularity = 'second' | 'minute';
export type Tick = (now: number) => void;

interface Subscriber {
  tick: Tick;
  granularity: Granularity;
  /** Last minute (epoch minutes) this subscriber was told about. */
  minute: number;
}

const SECOND = 1000;
const MINUTE = 60_000;

const subscribers = new Set<Subscriber>();
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

function hidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

function cancel(): void {
  if (timer !== undefined) {
    clearTimeout(timer);
    timer = undefined;
  }
}

function schedule(): void {
  cancel();
  if (subscribers.size === 0 || hidden()) return;
  let step = MINUTE;
  for (const s of subscribers) {
    if (s.granularity === 'second') {
      step = SECOND;
      break;
    }
  }
  timer = setTimeout(tick, step - (now() % step));
}

function notify(time: number, all: boolean): void {
  const minute = Math.floor(time / MINUTE);
  for (const s of [...subscribers]) {
    if (!subscribers.has(s)) continue; // unsubscribed by an earlier callback
    if (all || s.granularity === 'second' || s.minute !== minute) {
      s.minute = minute;
      try {
        s.tick(time);
      } catch (e) {
        // One broken subscriber must not stop the clock for the others.
        console.error(e);
      }
    }
  }
}

function tick(): void {
  timer = undefined;
  notify(now(), false);
  schedule();
}

/** Every subscriber is told the time again, and the timer is aligned anew. */
function resync(): void {
  notify(now(), true);
  schedule();
}

function onVisibility(): void {
  if (hidden()) cancel();
  else resync();
}

let stopPreviewWatch: (() => void) | undefined;

function listen(on: boolean): void {
  if (typeof document === 'undefined' || listening === on) return;
  listening = on;
  if (on) {
    document.addEventListener('visibilitychange', onVisibility);
    stopPreviewWatch = onPreviewChange(resync);
  } else {
    document.removeEventListener('visibilitychange', onVisibility);
    stopPreviewWatch?.();
  }
}

/**
 * Calls `tick(now)` on every second or minute boundary until the returned function is called.
 * A minute subscriber is called once per minute even while the clock runs per second.
 */
export function subscribe(tickFn: Tick, granularity: Granularity): () => void {
  const s: Subscriber = { tick: tickFn, granularity, minute: Math.floor(now() / MINUTE) };
  subscribers.add(s);
  listen(true);
  schedule();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    subscribers.delete(s);
    if (subscribers.size === 0) listen(false);
    schedule();
  };
}

/** For tests: how many subscribers and whether a timer is pending. */
export function clockState(): { subscribers: number; scheduled: boolean } {
  return { subscribers: subscribers.size, scheduled: timer !== undefined };
}
