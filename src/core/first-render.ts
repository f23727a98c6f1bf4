/*
 * When an element renders for the first time.
 *
 * Rendering is most of what an element costs the page it sits in, and an element far below the
 * fold has nothing to show yet. So an element waits until it comes within one viewport of the
 * visible area (an IntersectionObserver). Meanwhile it has no shadow root: the fallback inside
 * its tag stays on show, and the room the pre-upgrade snippet reserves stays reserved (the
 * element carries the custom state `waiting`, which the snippet matches besides `:not(:defined)`).
 *
 * It renders at once, wherever it is:
 * - when focus moves into it (its fallback may hold a link);
 * - when a Tab press is about to move focus past it: the waiting elements in the direction of
 *   the Tab render, nearest first, up to the first one that has something to focus;
 * - when it is, or holds, the target of the URL's #fragment (at load, or after an anchor link);
 * - before the page is printed.
 *
 * The elements that come near take one task each for their first render (`scheduler.postTask`
 * where the browser has it, else `setTimeout`), after one task for each step of what it prepares
 * (its first Intl formatter, then the others its render uses, say): however many elements a page
 * holds, none of its tasks grows with their number, and the page's own work runs in between.
 */

/** Renders an element at once: connects it to Lit and runs its first update. */
type Render = () => void;

/** One step of the work the first render needs (creating an Intl formatter, say): a task of its own. */
export type PreparationStep = () => void;

/** The steps an element prepares before its first render, asked for when it comes near. */
type Prepare = () => readonly PreparationStep[];

/** What a Tab press can move focus to, in a rendered element. */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The waiting elements, each with the function that renders it. */
const waiting = new Map<HTMLElement, Render>();

/** What each waiting element prepares before its first render, when it comes near. */
const preparing = new Map<HTMLElement, Prepare>();

let observer: IntersectionObserver | undefined;

/** The first renders of the elements that came near, one per task. */
let queue: Promise<void> = Promise.resolve();

/**
 * Makes `element` wait to render, or renders it now: in a browser without IntersectionObserver,
 * and when it is the target of the URL's #fragment.
 */
export function waitToRender(element: HTMLElement, render: Render, prepare?: Prepare): void {
  if (typeof IntersectionObserver !== 'function' || isFragmentTarget(element)) {
    render();
    return;
  }
  if (!observer) {
    observer = new IntersectionObserver(onIntersection, { rootMargin: '100%' });
    document.addEventListener('focusin', onFocusIn, true);
    document.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('beforeprint', onBeforePrint);
  }
  waiting.set(element, render);
  if (prepare) preparing.set(element, prepare);
  observer.observe(element);
}

/**
 * Stops waiting without rendering (the element left the page). When no element waits any more,
 * the observer and the listeners go too, so that nothing is left behind.
 */
export function stopWaiting(element: HTMLElement): void {
  waiting.delete(element);
  preparing.delete(element);
  observer?.unobserve(element);
  if (waiting.size > 0 || !observer) return;
  observer.disconnect();
  observer = undefined;
  document.removeEventListener('focusin', onFocusIn, true);
  document.removeEventListener('keydown', onKeyDown, true);
  window.removeEventListener('hashchange', onHashChange);
  window.removeEventListener('beforeprint', onBeforePrint);
}

/** Renders `element` now if it is waiting. */
export function renderNow(element: HTMLElement): void {
  const render = waiting.get(element);
  if (!render) return;
  stopWaiting(element);
  render();
}

export function isWaiting(element: HTMLElement): boolean {
  return waiting.has(element);
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const { isIntersecting, target } of entries) {
    if (!isIntersecting) continue;
    observer?.unobserve(target);
    const element = target as HTMLElement;
    queue = queue.then(() => prepareAndRender(element));
  }
}

/**
 * Runs each step `element` prepares in a task of its own, then renders it in the next. A step that
 * fails is reported and does not hold up the render, nor the other elements. An element rendered
 * meanwhile (reached by Tab, say) or removed from the page skips what is left.
 */
async function prepareAndRender(element: HTMLElement): Promise<void> {
  try {
    const steps = waiting.has(element) ? (preparing.get(element)?.() ?? []) : [];
    for (const step of steps) {
      await nextTask();
      if (!waiting.has(element)) return;
      step();
    }
  } catch (error) {
    reportFailure(error);
  }
  await nextTask();
  try {
    renderNow(element);
  } catch (error) {
    reportFailure(error);
  }
}

function reportFailure(error: unknown): void {
  console.error(error);
}

/** Resolves in a new task. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask(callback: () => void): unknown } }).scheduler;
  return new Promise((resolve) => {
    if (scheduler) scheduler.postTask(resolve);
    else setTimeout(resolve);
  });
}

/** Focus moved into a waiting element's fallback: it renders, and focus moves on into what it rendered. */
function onFocusIn(event: FocusEvent): void {
  const target = event.target as Node;
  for (const element of waiting.keys()) {
    if (!element.contains(target)) continue;
    renderNow(element);
    if (target !== element) element.shadowRoot?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }
}

/** A Tab press: the waiting elements it may move focus into render before it does. */
function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const from = document.activeElement ?? document.documentElement;
  const direction = event.shiftKey ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING;
  const ahead = [...waiting.keys()].filter((element) => from.compareDocumentPosition(element) & direction);
  ahead.sort((a, b) => (a.compareDocumentPosition(b) & direction ? -1 : 1));
  for (const element of ahead) {
    renderNow(element);
    if (element.shadowRoot?.querySelector(FOCUSABLE)) return;
  }
}

function onHashChange(): void {
  for (const element of waiting.keys()) {
    if (isFragmentTarget(element)) renderNow(element);
  }
}

function onBeforePrint(): void {
  for (const element of waiting.keys()) renderNow(element);
}

/** Whether the URL's #fragment names the element or something inside it. */
function isFragmentTarget(element: HTMLElement): boolean {
  return element.matches(':target') || element.querySelector(':target') !== null;
}
