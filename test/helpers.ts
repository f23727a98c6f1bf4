/* Shared test helpers: a faked clock, captured warnings, shadow text, locale switching. */
import sinon from 'sinon';
import { fixture, html } from '@open-wc/testing';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { activeLocale } from '../src/core/locale.js';

export { forgetCampaign, setPreviewHash } from './bundle-helpers.js';

export type FakeClock = sinon.SinonFakeTimers;

/** Fakes Date and timers (not microtasks or animation frames) starting at an ISO instant. */
export function fakeClock(iso: string | number): FakeClock {
  return sinon.useFakeTimers({
    now: typeof iso === 'number' ? iso : Date.parse(iso),
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
}

/** Collects console.warn calls until restored. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element, selector?: string): string {
  const root = el.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${el.localName}: no ${selector} in the shadow root`);
  return found;
}

/**
 * Sets <html lang> (as a site's language switcher does) and resolves once @lit/localize has
 * made `expected` the active locale (at once if it already is).
 */
export async function switchLang(lang: string, expected: string = lang): Promise<void> {
  if (activeLocale() === expected) {
    document.documentElement.lang = lang;
    return;
  }
  const ready = new Promise<void>((resolve) => {
    const on = (e: Event) => {
      const d = (e as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (d.status === 'ready' && d.readyLocale === expected) {
        window.removeEventListener(LOCALE_STATUS_EVENT, on);
        resolve();
      }
    };
    window.addEventListener(LOCALE_STATUS_EVENT, on);
  });
  document.documentElement.lang = lang;
  await ready;
}

/** Makes the page look hidden or visible to document.visibilityState and fires visibilitychange. */
export function setPageVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

export function restorePageVisibility(): void {
  delete (document as unknown as Record<string, unknown>).visibilityState;
  delete (document as unknown as Record<string, unknown>).hidden;
}

export const LOCALES = ['en', 'fr', 'es', 'ar', 'zh-Hans', 'ru'] as const;

/**
 * Mounts markup exactly as a page writes it (attributes as text) and waits for the first
 * element named `tag` to render, with every console.warn of that first render captured.
 */
export async function mountMarkup<T extends Element & { updateComplete: Promise<unknown> }>(
  tag: string,
  markup: string,
): Promise<{ el: T; warnings: string[] }> {
  const w = captureWarnings();
  try {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = markup;
    const el = host.querySelector(tag) as T;
    await el.updateComplete;
    return { el, warnings: w.messages };
  } finally {
    w.restore();
  }
}
