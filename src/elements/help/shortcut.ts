/*
 * The quick exit's keyboard shortcut: Shift pressed on its own 3 times, following GOV.UK's
 * "Exit this page" component (govuk-frontend, exit-this-page.mjs):
 * - a press counts only when Shift is released on its own: Shift used as a modifier (Shift+A)
 *   releases "A" with `shiftKey` set, and the Shift released next does not count;
 * - each press restarts a 5-second timer: the visitor has up to 5 s between presses (not 5 s for
 *   all three);
 * - any other key released while the timer runs resets the count, as the timer running out does.
 *
 * One listener serves the whole page, however many elements offer a quick exit: the first of
 * them (in the order they were connected) answers the shortcut, so it fires once.
 */

/** Milliseconds allowed between two presses, and how long "timed out" stays announced. */
export const SHORTCUT_TIMEOUT_MS = 5000;

/** How many presses leave the page. */
export const SHORTCUT_PRESSES = 3;

export interface ShortcutCallbacks {
  /** A press counted: `count` presses so far (1 or 2). */
  progress(count: number): void;
  /** The count went back to 0 (timer ran out, or another key), after at least one press. */
  expired(): void;
  /** The expiry message has been shown long enough and can be cleared. */
  cleared(): void;
  /** The third press. */
  complete(): void;
}

/** Counts Shift presses for one element. */
export class ShiftShortcut {
  #count = 0;
  #lastKeyWasModified = false;
  #timer?: number;
  #clearTimer?: number;
  readonly #callbacks: ShortcutCallbacks;

  constructor(callbacks: ShortcutCallbacks) {
    this.#callbacks = callbacks;
  }

  /** Presses counted so far (0, 1 or 2). */
  get count(): number {
    return this.#count;
  }

  /** Reads one released key. */
  keyup(event: KeyboardEvent): void {
    if (event.key === 'Shift' && !this.#lastKeyWasModified) {
      this.#count += 1;
      window.clearTimeout(this.#clearTimer);
      if (this.#count >= SHORTCUT_PRESSES) {
        this.#count = 0;
        window.clearTimeout(this.#timer);
        this.#timer = undefined;
        this.#callbacks.complete();
      } else {
        this.#callbacks.progress(this.#count);
        this.#restartTimer();
      }
    } else if (this.#timer !== undefined) {
      this.#expire();
    }
    this.#lastKeyWasModified = event.shiftKey;
  }

  /** Back to no presses, without announcing anything (the page was shown again, or the exit was turned off). */
  reset(): void {
    window.clearTimeout(this.#timer);
    window.clearTimeout(this.#clearTimer);
    this.#timer = undefined;
    this.#count = 0;
    this.#lastKeyWasModified = false;
  }

  #restartTimer(): void {
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#expire(), SHORTCUT_TIMEOUT_MS);
  }

  #expire(): void {
    window.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#count = 0;
    this.#callbacks.expired();
    this.#clearTimer = window.setTimeout(() => this.#callbacks.cleared(), SHORTCUT_TIMEOUT_MS);
  }
}

/** The element that answers the page's shortcut and its marked links: the first one connected. */
export interface QuickExitOwner {
  readonly shortcut: ShiftShortcut;
  /** A click on a page link marked `data-endht-quick-exit`. */
  exitThroughLink(event: MouseEvent): void;
}

const owners: QuickExitOwner[] = [];

function onKeyUp(event: KeyboardEvent): void {
  owners[0]?.shortcut.keyup(event);
}

function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('a[data-endht-quick-exit]')) owners[0]?.exitThroughLink(event);
}

/** Adds an element with a quick exit; returns the function that removes it. */
export function registerQuickExit(owner: QuickExitOwner): () => void {
  if (owners.length === 0) {
    // Capturing, like GOV.UK's: a page's own keyup handler that stops propagation cannot hide a press.
    document.addEventListener('keyup', onKeyUp, true);
    document.addEventListener('click', onClick, true);
  }
  owners.push(owner);
  return () => {
    const index = owners.indexOf(owner);
    if (index === -1) return;
    owners.splice(index, 1);
    owner.shortcut.reset();
    if (owners.length === 0) {
      document.removeEventListener('keyup', onKeyUp, true);
      document.removeEventListener('click', onClick, true);
    }
  };
}
