// Hydration of server-rendered widgets: every page in dist-test/ssr/ (written by
// scripts/ssr-fixtures.mjs during `npm test`: one per element and language, rendered by
// endht-widgets/ssr) loads the package's hydrate support (dist/npm/hydrate-drop-in.js, which is
// @lit-labs/ssr-client's), then the drop-in file.
// Hydration must keep the server's nodes (no second render beside them), raise no error, and
// leave a live widget: it follows the page's language and the countdown keeps ticking.
import { expect } from '@open-wc/testing';

type Page = { tag: string; lang: string; file: string };
type Ssr = { tag: string; base: Element | null; nodes: number; text: string };
type FrameWin = Window & typeof globalThis & { __errors: string[]; __warnings: string[]; __ssr: Ssr[] };
type Live = HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean };

const BASE = new URL('../dist-test/ssr/', import.meta.url);
const pages: Page[] = await (await fetch(new URL('pages.json', BASE))).json();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function open(page: Page) {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  frame.src = new URL(page.file, BASE).href;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWin;
  await win.customElements.whenDefined(page.tag);
  const el = win.document.querySelector(page.tag) as Live;
  await el.updateComplete;
  // The drop-in loads the page's language asynchronously; wait until the element shows it.
  for (let i = 0; i < 100 && el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') !== page.lang; i++)
    await sleep(20);
  await el.updateComplete;
  return { frame, win, el };
}

const visibleText = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part~="base"]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim()).join('|');

describe('server-rendered widgets hydrate (endht-widgets/ssr → @lit-labs/ssr-client → drop-in)', () => {
  it('has a server-rendered page for every element', () => {
    expect(pages.length).to.be.greaterThan(0);
    expect(new Set(pages.map((p) => p.tag)).size).to.equal(pages.length / 2);
  });

  for (const page of pages) {
    it(`<${page.tag}> in ${page.lang}: keeps the server's nodes, no error, live in the page's language`, async () => {
      const { frame, win, el } = await open(page);
      try {
        const [ssr] = win.__ssr;
        expect(ssr.tag).to.equal(page.tag);
        expect(ssr.base, 'the page arrived with a declarative shadow root').to.be.instanceOf(win.Element);
        expect(win.__errors).to.deep.equal([]);
        expect(win.__warnings, 'no mismatch').to.deep.equal([]);
        expect(el.hasUpdated).to.equal(true);
        const root = el.shadowRoot!;
        expect(root.querySelectorAll('[part~="base"]').length, 'rendered once, not twice').to.equal(1);
        expect(root.querySelector('[part~="base"]'), 'the same node the server sent').to.equal(ssr.base);
        const base = root.querySelector('[part~="base"]')!;
        expect(base.getAttribute('lang')).to.equal(page.lang);
        expect(base.getAttribute('dir')).to.equal(page.lang === 'ar' ? 'rtl' : 'ltr');
        expect(visibleText(root)).to.not.equal('');
      } finally {
        frame.remove();
      }
    });
  }

  for (const page of pages.filter((p) => p.tag === 'endht-countdown')) {
    it(`<endht-countdown> in ${page.lang}: keeps ticking after hydration`, async () => {
      const { frame, win, el } = await open(page);
      try {
        const seconds = () => el.shadowRoot!.querySelectorAll('[part="value"]')[3]?.textContent;
        const first = seconds();
        expect(first).to.match(/\S/);
        const base = el.shadowRoot!.querySelector('[part~="base"]');
        // The next tick is due within a second; a loaded machine may run it late, so poll.
        for (let i = 0; i < 50 && seconds() === first; i++) await sleep(100);
        expect(seconds()).to.not.equal(first);
        expect(el.shadowRoot!.querySelector('[part~="base"]')).to.equal(base);
        expect(win.__errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
