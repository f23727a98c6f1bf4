/* Loads a fixture page (test/fixtures/*.html) in an iframe and reaches into it (same origin). */
export interface FrameReport {
  violations: string[];
  errors: string[];
}
export type FrameWindow = Window & typeof globalThis & { __report: FrameReport };

type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

export async function openFixture(
  page: 'csp' | 'plain',
  tags: readonly string[],
): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; elements: Updatable[] }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '960px';
  frame.style.blockSize = '1200px';
  frame.src = new URL(`../fixtures/${page}.html?tags=${tags.join(',')}`, import.meta.url).href;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await Promise.all(
    tags.map((t) => Promise.race([win.customElements.whenDefined(t), timeout(5000, `${t} never defined`)])),
  );
  const elements = tags.map((t) => win.document.querySelector(t) as Updatable);
  await Promise.all(elements.map((e) => e.updateComplete));
  return { frame, win, elements };
}

function timeout(ms: number, message: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
}

/** Waits until the bundle inside the frame has the locale ready (its elements re-rendered). */
export async function frameSwitchLang(win: FrameWindow, elements: Updatable[], lang: string): Promise<void> {
  const ready = new Promise<void>((resolve) => {
    const on = (e: Event) => {
      const d = (e as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (d.status === 'ready' && d.readyLocale === lang) {
        win.removeEventListener('lit-localize-status', on);
        resolve();
      }
    };
    win.addEventListener('lit-localize-status', on);
  });
  win.document.documentElement.lang = lang;
  await Promise.race([ready, new Promise((r) => setTimeout(r, 2000))]);
  await Promise.all(elements.map((e) => e.updateComplete));
}

/** All buttons inside the shadow roots of `root` (and nested shadow roots), in tree order. */
export function shadowButtons(el: Element): HTMLButtonElement[] {
  const out: HTMLButtonElement[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.querySelectorAll('*')) {
      if (child instanceof (child.ownerDocument.defaultView as typeof globalThis).HTMLButtonElement)
        out.push(child as HTMLButtonElement);
      if ((child as Element).shadowRoot) walk((child as Element).shadowRoot!);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

export const LANGS = ['en', 'fr', 'es', 'ar', 'zh-Hans', 'ru'];

export function visibleText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
