// The per-element drop-in files (dist/endht-<name>.js), exactly as a site loads them: each in a
// blank page of its own, then all six and the full file together on one page, in both orders.
// Nothing from src/ is imported: every element below comes from a built file.
import { expect } from '@open-wc/testing';
import { ELEMENTS } from './elements.js';
import { BUNDLE, DAY_NAMES, openPage, until, type Page } from './bundle-helpers.js';

/** An element's own drop-in file: dist/<tag>.js (the folder src/elements/<name> gives tag endht-<name>). */
const dropIn = (tag: string) => new URL(`../dist/${tag}.js`, import.meta.url).href;

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
type PageModule = { getLocale: () => string; setLocale: (locale: string) => Promise<void> };

/** Adds `<tag>` to the page and waits for its first render. */
async function add(page: Page, tag: string): Promise<Updatable> {
  const el = page.doc.body.appendChild(page.doc.createElement(tag)) as Updatable;
  await el.updateComplete;
  return el;
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const baseLang = (el: Element) => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang');

describe('the per-element drop-in files (dist/endht-<name>.js)', function () {
  this.timeout(30000);
  const pages: Page[] = [];
  const open = async (scripts: string[], lang?: string) => {
    const page = await openPage(scripts, lang);
    pages.push(page);
    return page;
  };
  afterEach(() => {
    for (const page of pages.splice(0)) page.frame.remove();
  });

  for (const tag of ELEMENTS) {
    it(`${tag}.js alone defines <${tag}> only, renders it, and follows the page's language`, async () => {
      const source = await (await fetch(dropIn(tag))).text();
      expect(source, 'self-contained: no imports').not.to.match(/\bimport\s*\(|\bimport\s*["'{*]|\bfrom\s*["']/);
      const page = await open([dropIn(tag)]);
      for (const other of ELEMENTS) {
        expect(page.win.customElements.get(other) !== undefined, other).to.equal(other === tag);
      }
      const el = await add(page, tag);
      await until(() => baseLang(el) === 'en', 'English');
      const english = text(el);
      expect(english.length).to.be.greaterThan(0);
      page.doc.documentElement.lang = 'fr';
      await until(() => baseLang(el) === 'fr', 'French');
      await el.updateComplete;
      expect(text(el), 'translated').not.to.equal(english);
      if (tag === 'endht-countdown') expect(text(el)).to.contain(DAY_NAMES.fr);
      expect(page.log).to.deep.equal([]);
    });
  }

  for (const fullFirst of [false, true]) {
    const order = fullFirst ? 'the full file first' : 'the six files first';
    it(`all six files and the full file on one page (${order}): no error, no warning, one language`, async () => {
      const perElement = ELEMENTS.map(dropIn);
      const page = await open(fullFirst ? [BUNDLE, ...perElement] : [...perElement, BUNDLE], 'es');
      const els: Updatable[] = [];
      for (const tag of ELEMENTS) els.push(await add(page, tag));
      await until(() => els.every((el) => baseLang(el) === 'es'), 'Spanish everywhere');
      for (const el of els) expect(text(el).length, el.localName).to.be.greaterThan(0);
      const countdown = els[ELEMENTS.indexOf('endht-countdown')]!;
      expect(text(countdown)).to.contain(DAY_NAMES.es);

      // setLocale() of any one file switches every copy of @lit/localize on the page: each
      // element's text changes, whichever file defined it.
      const spanish = els.map(text);
      const someFile = (await page.win.eval(`import(${JSON.stringify(dropIn('endht-stats'))})`)) as PageModule;
      await someFile.setLocale('ar');
      await until(() => els.every((el) => baseLang(el) === 'ar'), 'Arabic everywhere');
      await Promise.all(els.map((el) => el.updateComplete));
      els.forEach((el, i) => expect(text(el), `${el.localName} in Arabic`).not.to.equal(spanish[i]));
      expect(text(countdown)).to.contain(DAY_NAMES.ar);

      // <html lang> switches them all too.
      page.doc.documentElement.lang = 'zh-Hans';
      await until(() => els.every((el) => baseLang(el) === 'zh-Hans'), 'Chinese everywhere');
      expect(page.log).to.deep.equal([]);
    });
  }
});
