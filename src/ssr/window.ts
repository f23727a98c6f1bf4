/*
 * A stand-in for `window` on the server, present ONLY while endht-widgets needs one, so other
 * code in the same Node process that tests `typeof window` is not fooled for longer than that.
 *
 * Why: @lit/localize announces a locale change by dispatching an event on `window`, and
 * core/locale.ts follows that event (at module load it subscribes on `window`) so that numbers,
 * dates and the `lang`/`dir` of the rendered text match the translated strings. On the server
 * there is no window: this EventTarget takes its place while the elements load and while the
 * locale switches. A host that already has a `window` (jsdom, happy-dom) keeps its own.
 */
type WindowLike = Pick<EventTarget, 'addEventListener' | 'removeEventListener' | 'dispatchEvent'>;

const g = globalThis as unknown as { window?: WindowLike };
const stand = new EventTarget();
let depth = 0;
let installed = false;

/** Makes `window` exist (our stand-in, unless the host has one) until the matching `releaseWindow()`. */
export function holdWindow(): void {
  if (depth++ === 0 && g.window === undefined) {
    g.window = stand;
    installed = true;
  }
}

/** Ends one `holdWindow()`; the last one removes the stand-in. */
export function releaseWindow(): void {
  if (depth > 0 && --depth === 0 && installed) {
    if (g.window === stand) delete g.window;
    installed = false;
  }
}

// Held from here until the SSR entry has loaded the elements (src/ssr/index.ts releases it):
// this module is imported before any element module, so core/locale.ts subscribes to the
// stand-in.
holdWindow();
