/*
 * localStorage that can fail without consequence. Reading `window.localStorage` itself throws
 * in sandboxed iframes and with cookies blocked; setItem throws when the quota is full. Every
 * failure means "nothing remembered", never an exception.
 *
 * While a date is previewed (core/now.ts) there is no storage at all: nothing is read, so the
 * page shows what a first-time visitor would see, and nothing is written or removed.
 */
import { isPreview } from './now.js';

function store(): Storage | undefined {
  if (isPreview()) return undefined;
  try {
    return typeof window !== 'undefined' ? (window.localStorage ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

export function storageGet(key: string): string | undefined {
  try {
    return store()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Returns whether the value was stored. */
export function storageSet(key: string, value: string): boolean {
  try {
    const s = store();
    if (!s) return false;
    s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function storageRemove(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    /* nothing to forget */
  }
}
