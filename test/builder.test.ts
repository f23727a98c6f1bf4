// The embed-code builder (demo/builder.html): controls generated from custom-elements.json, a
// live preview of the BUILT bundle, a snippet with exactly the non-default attributes and the
// built file's SRI hash, Copy announced in a polite live region, keyboard use, axe in en and fr; the
// interface's own language, plain-language labels, "every year" dates without a year, the CDN line.
// Needs `npx vite build` (dist/endht-widgets.js + .sri) and a current custom-elements.json.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { mountBuilder, type Builder } from '../demo/builder-app.js';
import { EN_CHOICES } from '../demo/builder-en.js';
import { FR } from '../demo/builder-fr.js';
import { elementsFromManifest } from '../scripts/manifest-model.mjs';
import { ELEMENTS } from './elements.js';

const BUNDLE = new URL('../dist/endht-widgets.js', import.meta.url).href;
const MANIFEST = new URL('../custom-elements.json', import.meta.url).href;

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

let root: HTMLElement;
let b: Builder;
const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const control = <T extends Element = HTMLInputElement>(attr: string, sel = 'input, select') =>
  root.querySelector(`[data-attr="${attr}"]`)!.querySelector<T>(sel)!;

function choose(sel: HTMLSelectElement, value: string) {
  sel.value = value;
  sel.dispatchEvent(new Event('change', { bubbles: true }));
}
function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function tick(box: HTMLInputElement, on: boolean) {
  box.checked = on;
  box.dispatchEvent(new Event('change', { bubbles: true }));
}
/**
 * The builder's visible texts, one per heading, label, paragraph, choice and button (not the code to copy), with
 * their no-break spaces kept.
 */
const visibleTexts = () =>
  [...root.querySelectorAll('h1, h2, label, legend, p, option, button, a')]
    .filter((n) => !n.closest('pre'))
    .map((n) => (n.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim())
    .filter(Boolean);
/** A hint as the builder shows it: its `code` spans without their backticks. */
const shown = (hint: string) => hint.replace(/`/g, '');
const shadowText = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(opts: Partial<Parameters<typeof mountBuilder>[1]> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  b = await mountBuilder(root, { manifestUrl: MANIFEST, bundleUrl: BUNDLE, ...opts });
  await b.ready();
}

describe('embed-code builder', function () {
  this.timeout(30000);
  afterEach(() => {
    root?.remove();
    document.documentElement.lang = 'en';
    sinon.restore();
  });

  it('offers every element of the manifest, and each control matches its attribute', async () => {
    await mount();
    const manifest = elementsFromManifest(await (await fetch(MANIFEST)).json());
    const tags = [...q<HTMLSelectElement>('#b-element').options].map((o) => o.value);
    expect(tags).to.deep.equal(manifest.map((e) => e.tag));
    expect([...tags].sort()).to.deep.equal([...ELEMENTS].sort());
    for (const el of manifest) {
      choose(q('#b-element'), el.tag);
      await b.ready();
      const fields = [...root.querySelectorAll<HTMLElement>('[data-attr]')].map((f) => f.dataset.attr);
      expect(fields, el.tag).to.deep.equal(el.attributes.map((a) => a.name).filter((n) => n !== 'theme'));
      for (const a of el.attributes) {
        if (a.name === 'theme') continue;
        const field = root.querySelector(`[data-attr="${a.name}"]`)!;
        const c = field.querySelector('input, select') as HTMLInputElement | HTMLSelectElement;
        const where = `${el.tag} ${a.name}`;
        if (a.kind === 'enum') {
          expect(c.localName, where).to.equal('select');
          const values = [...(c as HTMLSelectElement).options].map((o) => o.value).filter(Boolean);
          expect(values, where).to.deep.equal(a.values);
          expect(c.value, where).to.equal(a.default ?? '');
        } else if (a.kind === 'boolean') expect((c as HTMLInputElement).type, where).to.equal('checkbox');
        else if (a.kind === 'date') expect((c as HTMLInputElement).type, where).to.equal('date');
        else if (a.kind === 'number') expect((c as HTMLInputElement).type, where).to.equal('number');
        else if (a.kind === 'url') expect((c as HTMLInputElement).inputMode, where).to.equal('url');
        else expect((c as HTMLInputElement).type, where).to.equal('text');
        // Every control has a label and its description.
        expect(field.querySelector(`label[for="${c.id}"]`), where).not.to.equal(null);
        expect(c.getAttribute('aria-describedby'), where).to.be.a('string');
      }
    }
  });

  it("the snippet has the built file's integrity hash and crossorigin, and no attribute by default", async () => {
    await mount({ element: 'endht-countdown' });
    const hash = await sha384(BUNDLE);
    expect(b.hash).to.equal(hash);
    expect(b.snippet()).to.equal(
      `<script type="module" src="endht-widgets.js" integrity="${hash}" crossorigin="anonymous"></script>\n` +
        '<endht-countdown></endht-countdown>',
    );
    expect(q('#b-snippet').textContent).to.equal(b.snippet());
  });

  it('"only this widget" loads the widget\'s own file with its own hash, in the snippet and the preview', async () => {
    await mount({ element: 'endht-countdown' });
    const own = new URL('endht-countdown.js', BUNDLE).href;
    const ownHash = await sha384(own);
    q<HTMLInputElement>('#b-scope-one').click();
    await b.ready();
    expect(b.hash).to.equal(ownHash);
    expect(b.snippet()).to.equal(
      `<script type="module" src="endht-countdown.js" integrity="${ownHash}" crossorigin="anonymous"></script>\n` +
        '<endht-countdown></endht-countdown>',
    );
    const preview = b.previewElement()!;
    const script = preview.ownerDocument.querySelector('script[src]')!;
    expect(script.getAttribute('src')).to.equal(own);
    expect(script.getAttribute('integrity')).to.equal(ownHash);
    expect(preview.ownerDocument.defaultView!.customElements.get('endht-countdown')).not.to.equal(undefined);
    expect(preview.ownerDocument.defaultView!.customElements.get('endht-stats')).to.equal(undefined);
    expect(shadowText(preview)).to.contain('World Day against Trafficking in Persons');

    // Another widget: its own file; a folder typed in the address is kept.
    type(q('#b-src'), 'js/endht-countdown.js');
    choose(q('#b-element'), 'endht-stats');
    await b.ready();
    expect(q<HTMLInputElement>('#b-src').value).to.equal('js/endht-stats.js');
    expect(b.hash).to.equal(await sha384(new URL('endht-stats.js', BUNDLE).href));
    expect(b.snippet()).to.contain('src="js/endht-stats.js"');
    expect(b.previewElement()!.localName).to.equal('endht-stats');

    // Back to every widget: the full file again.
    q<HTMLInputElement>('#b-scope-all').click();
    await b.ready();
    expect(b.hash).to.equal(await sha384(BUNDLE));
    expect(b.snippet()).to.contain('src="js/endht-widgets.js"');
    expect(q('label[for="b-scope-one"]').textContent).to.contain('endht-stats.js');
  });

  it('<endht-help>, which the full file does not contain, always gets its own file, in the snippet and the preview', async () => {
    await mount({ element: 'endht-help' });
    const own = new URL('endht-help.js', BUNDLE).href;
    const ownHash = await sha384(own);
    expect(q<HTMLInputElement>('#b-scope-all').disabled).to.equal(true);
    expect(q<HTMLInputElement>('#b-scope-one').checked).to.equal(true);
    expect(b.hash).to.equal(ownHash);
    expect(b.snippet()).to.equal(
      `<script type="module" src="endht-help.js" integrity="${ownHash}" crossorigin="anonymous"></script>\n` +
        '<endht-help></endht-help>',
    );
    const preview = b.previewElement()!;
    expect(preview.ownerDocument.querySelector('script[src]')!.getAttribute('src')).to.equal(own);
    expect(preview.ownerDocument.defaultView!.customElements.get('endht-help')).not.to.equal(undefined);
    expect(shadowText(preview)).to.contain('If someone is in immediate danger, call your local emergency number.');
  });

  it('setting options updates the preview and the snippet with exactly the non-default attributes', async () => {
    await mount({ element: 'endht-blue-heart' });
    const preview = () => b.previewElement()!;
    expect(preview().localName).to.equal('endht-blue-heart');
    expect(preview().getAttributeNames()).to.deep.equal([]);

    choose(control<HTMLSelectElement>('variant'), 'card');
    tick(control('dismissible'), true);
    type(control('remember-days'), '30'); // the default: left out
    type(control('cta'), 'Our "Blue Heart" <events>');
    const from = control('show-from');
    type(from, '2027-07-01');
    tick(control('show-from', 'input[type=checkbox]'), true); // every year → MM-DD
    type(control('show-until'), '2027-07-31');
    await b.ready();

    const expected = [
      ['variant', 'card'],
      ['cta', 'Our "Blue Heart" <events>'],
      ['dismissible', ''],
      ['show-from', '07-01'],
      ['show-until', '2027-07-31'],
    ];
    const tagLine = b.snippet().split('\n').at(-1)!;
    expect(tagLine).to.equal(
      '<endht-blue-heart variant="card" cta="Our &quot;Blue Heart&quot; &lt;events>" dismissible show-from="07-01" show-until="2027-07-31"></endht-blue-heart>',
    );
    expect(
      Object.fromEntries(
        preview()
          .getAttributeNames()
          .map((n) => [n, preview().getAttribute(n)]),
      ),
    ).to.deep.equal(Object.fromEntries(expected));

    // Back to the default (the banner's variant has none of its own: it follows `position`, so
    // the list's first entry is "(default)"): the attribute leaves the snippet and the preview.
    choose(control<HTMLSelectElement>('variant'), '');
    await b.ready();
    expect(b.snippet()).not.to.contain('variant=');
    expect(preview().hasAttribute('variant')).to.equal(false);
  });

  it('a URL that is not http(s) is flagged and left out, as the element would reject it', async () => {
    await mount({ element: 'endht-donate' });
    const href = control('href');
    type(href, 'javascript:alert(1)');
    await b.ready();
    expect(href.getAttribute('aria-invalid')).to.equal('true');
    const err = root.querySelector<HTMLElement>('[data-attr="href"] .error')!;
    expect(err.hidden).to.equal(false);
    expect(href.getAttribute('aria-describedby')).to.contain(err.id);
    expect(b.snippet()).not.to.contain('href=');
    expect(b.previewElement()!.hasAttribute('href')).to.equal(false);

    type(href, 'https://example.org/give?amount={amount}');
    await b.ready();
    expect(href.hasAttribute('aria-invalid')).to.equal(false);
    expect(err.hidden).to.equal(true);
    expect(b.snippet()).to.contain('href="https://example.org/give?amount={amount}"');
    expect(b.previewElement()!.getAttribute('href')).to.equal('https://example.org/give?amount={amount}');
  });

  it("the widgets' language sets the preview's and the snippet's; the interface keeps its own language", async () => {
    await mount({ element: 'endht-countdown' });
    choose(q('#b-lang'), 'fr');
    choose(q('#b-theme'), 'dark');
    await b.ready();
    const el = b.previewElement()!;
    expect(el.ownerDocument.documentElement.lang).to.equal('fr');
    await new Promise((r) => setTimeout(r, 300)); // the locale module loads in the frame
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(el)).to.contain("Journée mondiale de la lutte contre la traite d'êtres humains");
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(b.snippet()).to.contain('<endht-countdown theme="dark"></endht-countdown>');
    expect(b.snippet()).to.contain('lang="fr"'); // the note that the page must say lang="fr"
    // The interface stays English: picking the widgets' language does not switch it.
    expect(document.documentElement.lang).to.equal('en');
    expect(q('h1').textContent).to.equal('Embed-code builder');
    expect(q('#b-lang-note').textContent).to.contain('follow your site’s language setting');
    // Its own switch puts it in French, and the widgets' language then leaves it in French.
    choose(q('#b-ui'), 'fr');
    expect(document.documentElement.lang).to.equal('fr');
    expect(q('h1').textContent).to.equal('Générateur de code à intégrer');
    expect(q('#b-copy').textContent).to.equal('Copier');
    choose(q('#b-lang'), 'ar');
    await b.ready();
    expect(b.previewElement()!.ownerDocument.documentElement.dir).to.equal('rtl');
    expect(document.documentElement.lang).to.equal('fr');
    expect(q('h1').textContent).to.equal('Générateur de code à intégrer');
    choose(q('#b-lang'), 'en');
    await b.ready();
    expect(document.documentElement.lang).to.equal('fr');
  });

  it('labels options in plain words from the manifest, never with raw attribute names', async () => {
    await mount({ element: 'endht-blue-heart' });
    const labelOf = (attr: string) =>
      root.querySelector(`[data-attr="${attr}"] label[for="b-attr-${attr}"]`)!.textContent!.trim();
    expect(labelOf('href')).to.equal('Link address');
    expect(labelOf('cta')).to.equal('Link text');
    expect(labelOf('remember-days')).to.equal('Days it stays closed');
    for (const field of root.querySelectorAll<HTMLElement>('[data-attr]')) {
      const attr = field.dataset.attr!;
      const label = field.querySelector(`label[for="b-attr-${attr}"]`)!.textContent!.trim();
      expect(label, attr).not.to.equal(attr);
      expect(label, attr).to.match(/^[A-Z]/);
      // The hint is the description without its label.
      expect(field.querySelector('.hint')!.textContent, attr).not.to.contain('**');
    }
  });

  it('has French words for every attribute and choice of the manifest, and English names for each choice', async () => {
    const manifest = elementsFromManifest(await (await fetch(MANIFEST)).json());
    for (const el of manifest) {
      const french = FR[el.tag];
      expect(french, `${el.tag}: no French entry`).not.to.equal(undefined);
      expect(french.summary, `${el.tag}: no French summary`).to.be.a('string').and.not.equal('');
      for (const a of el.attributes) {
        const where = `${el.tag} ${a.name}`;
        const words = french.attributes[a.name];
        expect(words, `${where}: no French entry`).not.to.equal(undefined);
        expect(words.label, `${where}: no French label`).to.be.a('string').and.not.equal('');
        expect(words.hint, `${where}: no French hint`).to.be.a('string').and.not.equal('');
        for (const v of a.values ?? []) {
          expect(words.choices?.[v], `${where}: no French name for "${v}"`).to.be.a('string').and.not.equal('');
          expect(EN_CHOICES[el.tag]?.[a.name]?.[v], `${where}: no English name for "${v}"`)
            .to.be.a('string')
            .and.not.equal('');
        }
      }
      // Nothing left over from an attribute or a choice that has gone.
      const names = el.attributes.map((a) => a.name);
      expect(Object.keys(french.attributes).sort(), el.tag).to.deep.equal([...names].sort());
      const enums = el.attributes.filter((a) => a.kind === 'enum');
      expect(Object.keys(EN_CHOICES[el.tag] ?? {}).sort(), el.tag).to.deep.equal(enums.map((a) => a.name).sort());
      for (const a of enums) {
        const values = [...(a.values ?? [])].sort();
        expect(Object.keys(french.attributes[a.name].choices ?? {}).sort(), `${el.tag} ${a.name}`).to.deep.equal(
          values,
        );
        expect(Object.keys(EN_CHOICES[el.tag][a.name]).sort(), `${el.tag} ${a.name}`).to.deep.equal(values);
      }
    }
  });

  it("in French, every element's summary, labels, hints and choices are French, and no English one shows", async () => {
    await mount({ ui: 'fr' });
    const manifest = elementsFromManifest(await (await fetch(MANIFEST)).json());
    for (const el of manifest) {
      choose(q('#b-element'), el.tag);
      await b.ready();
      const french = FR[el.tag];
      const frenchWords = new Set([french.summary]);
      const english = new Set([el.summary]);
      for (const a of el.attributes) {
        const words = french.attributes[a.name];
        frenchWords.add(words.label).add(shown(words.hint));
        for (const name of Object.values(words.choices ?? {})) frenchWords.add(name);
        english.add(a.label).add(shown(a.hint));
        for (const v of a.values ?? []) english.add(v).add(EN_CHOICES[el.tag][a.name][v]);
      }
      expect(q('#b-summary').textContent, el.tag).to.equal(french.summary);
      expect(q('#b-summary').lang, el.tag).to.equal('fr');
      for (const field of root.querySelectorAll<HTMLElement>('[data-attr]')) {
        const a = el.attributes.find((x) => x.name === field.dataset.attr)!;
        const words = french.attributes[a.name];
        const where = `${el.tag} ${a.name}`;
        const label = field.querySelector(`label[for="b-attr-${a.name}"]`)!;
        expect(label.textContent!.trim(), where).to.equal(words.label);
        expect(field.querySelector('.hint')!.textContent, where).to.equal(shown(words.hint));
        for (const part of field.querySelectorAll<HTMLElement>('.ui-label, .ui-hint'))
          expect(part.lang, where).to.equal('fr');
        for (const o of field.querySelector<HTMLSelectElement>('select.ui-choices')?.options ?? []) {
          const name = o.value ? words.choices![o.value] : '';
          const expected = o.value === (a.default ?? '') ? `${name} (par défaut)`.trim() : name;
          expect(o.textContent, `${where} ${o.value}`).to.equal(o.value ? expected : '(par défaut)');
        }
      }
      // No English label, hint, choice or summary anywhere, unless the French word is the same.
      for (const text of visibleTexts()) {
        // French spacing: a line never starts with a colon or a closing quote.
        expect(text, `${el.tag}: a breaking space in "${text}"`).not.to.match(/ [:;!?»]|« /);
        const bare = text.replace(/ \(par défaut\)$/, '');
        if (!frenchWords.has(bare)) expect(english.has(bare), `${el.tag}: "${text}" is English`).to.equal(false);
      }
    }
  });

  it("in English, choices are words, with the attribute values as the options' values", async () => {
    await mount({ element: 'endht-blue-heart' });
    const position = control<HTMLSelectElement>('position');
    expect([...position.options].map((o) => [o.value, o.textContent])).to.deep.equal([
      ['static', 'in the page (default)'],
      ['top', 'fixed at the top'],
      ['bottom', 'fixed at the bottom'],
    ]);
    // Switching the interface's language renames the choices and keeps what is chosen.
    choose(position, 'top');
    choose(q('#b-ui'), 'fr');
    expect(position.value).to.equal('top');
    expect(position.selectedOptions[0].textContent).to.equal('fixée en haut');
    expect(position.options[0].textContent).to.equal('dans la page (par défaut)');
    expect(document.title).to.equal('endht-widgets — générateur de code à intégrer');
  });

  it('"Every year" asks for a month and a day, without a year', async () => {
    await mount({ element: 'endht-blue-heart' });
    const field = root.querySelector('[data-attr="show-from"]')!;
    const date = field.querySelector<HTMLInputElement>('input[type=date]')!;
    const month = field.querySelector<HTMLSelectElement>('select.ui-month')!;
    const day = field.querySelector<HTMLSelectElement>('select.ui-day')!;
    expect(month.closest<HTMLElement>('.month-day')!.hidden).to.equal(true);
    tick(field.querySelector<HTMLInputElement>('input[type=checkbox]')!, true);
    expect(date.hidden).to.equal(true);
    expect(month.closest<HTMLElement>('.month-day')!.hidden).to.equal(false);
    expect(month.options[12].textContent).to.equal('December');
    expect(field.querySelector(`label[for="${month.id}"]`)!.textContent).to.equal('Month');
    choose(month, '2');
    expect(day.options.length).to.equal(1 + 29); // 29 February comes every leap year
    choose(day, '29');
    await b.ready();
    expect(b.snippet()).to.contain('show-from="02-29"');
    choose(month, '12');
    choose(day, '1');
    await b.ready();
    expect(b.snippet()).to.contain('show-from="12-01"');
    expect(b.previewElement()!.getAttribute('show-from')).to.equal('12-01');
  });

  it('offers the npm CDN line, pinned to the version of the file, or a file on the site', async () => {
    await mount({ element: 'endht-countdown' });
    const cdn = q<HTMLInputElement>('#b-source-cdn');
    expect(cdn.disabled).to.equal(false);
    const version = (b.previewElement()!.constructor as unknown as { version: string }).version;
    expect(version).to.match(/^\d+\.\d+\.\d+/);
    cdn.click();
    await b.ready();
    expect(b.snippet()).to.contain(
      `src="https://cdn.jsdelivr.net/npm/endht-widgets@${version}/dist/endht-widgets.js" integrity="${b.hash}"`,
    );
    expect(q('#b-src').closest<HTMLElement>('.field')!.hidden).to.equal(true);
    q<HTMLInputElement>('#b-scope-one').click();
    await b.ready();
    expect(b.snippet()).to.contain(`endht-widgets@${version}/dist/endht-countdown.js`);
    q<HTMLInputElement>('#b-source-file').click();
    await b.ready();
    expect(b.snippet()).to.contain('src="endht-countdown.js"');
  });

  it('the complete-page snippet, pasted into a blank page with the built bundle, renders the same element', async () => {
    await mount({ element: 'endht-blue-heart', lang: 'fr' });
    choose(control<HTMLSelectElement>('variant'), 'card');
    type(control('cta'), 'En savoir plus sur la campagne');
    q<HTMLInputElement>('#b-target-page').click();
    type(q('#b-src'), BUNDLE);
    await b.ready();
    const page = b.snippet();
    expect(page).to.match(/^<!doctype html>\n<html lang="fr">/);
    const blank = document.createElement('iframe');
    const loaded = new Promise((r) => blank.addEventListener('load', r, { once: true }));
    blank.srcdoc = page;
    document.body.append(blank);
    await loaded;
    const pasted = blank.contentDocument!.querySelector('endht-blue-heart')!;
    await blank.contentWindow!.customElements.whenDefined('endht-blue-heart');
    // (Out of view, the pasted element waits to render until it is near the viewport, or awaited.)
    await (pasted as Element & { updateComplete: Promise<boolean> }).updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    const previewed = b.previewElement()!;
    expect(shadowText(pasted)).to.contain('En savoir plus sur la campagne');
    expect(shadowText(pasted)).to.equal(shadowText(previewed));
    expect(pasted.getAttribute('variant')).to.equal('card');
    blank.remove();
  });

  it('"Preview as of…" shows the takeover of 30 July in the preview, and never puts a date in the snippet', async () => {
    await mount({ element: 'endht-blue-heart' });
    choose(control<HTMLSelectElement>('variant', 'select'), 'takeover');
    await b.ready();
    expect((b.previewElement() as HTMLElement & { visible: boolean }).visible).to.equal(false);
    expect(q('#b-hidden').hidden).to.equal(false);
    const date = q<HTMLInputElement>('#b-preview-date');
    expect(q(`label[for="b-preview-date"]`).textContent).to.equal('Preview as of…');
    date.value = '2027-07-30';
    date.dispatchEvent(new Event('change', { bubbles: true }));
    await b.ready();
    const el = b.previewElement()!;
    expect(el.shadowRoot!.querySelector('dialog')?.open).to.equal(true);
    expect(shadowText(el)).to.contain('Preview: 30 July 2027');
    expect(q('#b-hidden').hidden).to.equal(true);
    expect(b.snippet()).to.not.contain('2027-07-30');
    expect(b.snippet()).to.contain('variant="takeover"');
    el.shadowRoot!.querySelector('dialog')!.close();
    date.value = '';
    date.dispatchEvent(new Event('change', { bubbles: true }));
    await b.ready();
    expect(b.previewElement()!.shadowRoot!.querySelector('[part="preview"]')).to.equal(null);
  });

  it('Copy puts the snippet on the clipboard and announces "Copied" politely (keyboard: Enter)', async () => {
    await mount({ element: 'endht-share' });
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const status = q('#b-status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    q('#b-copy').focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 150));
    expect(write.calledOnceWith(b.snippet())).to.equal(true);
    expect(status.textContent).to.equal('Copied');
    // Changing an option clears the stale announcement.
    choose(control<HTMLSelectElement>('variant'), 'icons');
    expect(status.textContent).to.equal('');
  });

  it('a failed copy says how to copy by hand (in French in the French UI)', async () => {
    await mount({ element: 'endht-stats', ui: 'fr' });
    sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('denied'));
    sinon.stub(document, 'execCommand').returns(false);
    q('#b-copy').click();
    await new Promise((r) => setTimeout(r, 150));
    expect(q('#b-status').textContent).to.contain('Copie impossible');
  });

  it('is reachable and usable with the keyboard alone', async () => {
    await mount({ element: 'endht-countdown' });
    q('#b-element').focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('b-lang');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('b-theme');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('b-attr-time-zone');
    await sendKeys({ type: 'UTC' });
    await b.ready();
    expect(b.snippet()).to.contain('<endht-countdown time-zone="UTC"></endht-countdown>');
  });

  for (const ui of ['en', 'fr']) {
    it(`is axe-clean (${ui}), with an invalid URL shown`, async () => {
      await mount({ element: 'endht-donate', ui });
      type(control('href'), 'data:text/html,x');
      await b.ready();
      await expect(root).to.be.accessible();
    });
  }
});
