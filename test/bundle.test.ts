// The built drop-in file, exactly as a partner page loads it: nothing from src/ is imported
// here, so every element below is the one inside dist/endht-widgets.js.
import { fixture, html, expect } from '@open-wc/testing';
import sinon from 'sinon';
import { DROP_IN_ELEMENTS as ELEMENTS } from './elements.js';
import { BUNDLE, DAY_NAMES, LOCALES, useBundle, whenLocale } from './bundle-helpers.js';

const OTHER_VERSION = new URL('../dist-test/other-version/endht-widgets.js', import.meta.url).href;

type Bundle = {
  VERSION: string;
  getLocale: () => string;
  setLocale: (l: string) => Promise<void>;
};

const values = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="value"]')].map((v) => v.textContent!.trim());
const text = (el: Element, sel: string) =>
  (el.shadowRoot!.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const updated = (el: Element) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;

describe('dist/endht-widgets.js (the drop-in file)', () => {
  const bundle = useBundle<Bundle>();

  it('is one self-contained, minified module: no imports, no chunks', async () => {
    const source = await (await fetch(BUNDLE)).text();
    expect(source).not.to.match(/\bimport\s*\(|\bimport\s*["'{*]|\bfrom\s*["']/);
    expect(source).to.contain('//# sourceMappingURL=endht-widgets.js.map');
    expect(bundle().VERSION).to.match(/^\d+\.\d+\.\d+/);
  });

  it('defines every element, and each renders content with no attributes', async () => {
    for (const tag of ELEMENTS) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
      const el = await fixture(`<${tag}></${tag}>`);
      await updated(el);
      expect(el.shadowRoot!.textContent!.trim().length, tag).to.be.greaterThan(0);
      expect(el.getBoundingClientRect().height, tag).to.be.greaterThan(0);
    }
  });

  describe('countdown numbers with a faked clock', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => clock?.restore());
    const cases: Array<[string, string, string[]]> = [
      ['2027-01-15T08:30:15Z', 'UTC', ['195', '15', '29', '45']],
      ['2027-03-13T12:00:00Z', 'America/New_York', ['138', '16', '00', '00']],
      ['2027-01-01T00:00:00Z', 'Asia/Kathmandu', ['209', '18', '15', '00']],
      ['2027-07-29T09:59:59Z', 'Pacific/Kiritimati', ['0', '00', '00', '01']],
      ['2027-07-30T10:59:59Z', 'Pacific/Pago_Pago', ['0', '00', '00', '01']],
      ['2027-07-31T00:00:00Z', 'UTC', ['365', '00', '00', '00']],
    ];
    for (const [now, zone, expected] of cases) {
      it(`${now} in ${zone} → ${expected.join(':')}`, async () => {
        clock = sinon.useFakeTimers({ now: Date.parse(now), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
        const el = await fixture(html`<endht-countdown time-zone=${zone}></endht-countdown>`);
        expect(values(el)).to.deep.equal(expected);
      });
    }

    it('switches to the day at midnight and fires endht-day-started once', async () => {
      clock = sinon.useFakeTimers({
        now: Date.parse('2027-07-29T23:59:58Z'),
        toFake: ['Date', 'setTimeout', 'clearTimeout'],
      });
      const el = await fixture(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
      let fired = 0;
      el.addEventListener('endht-day-started', () => fired++);
      clock.tick(2000);
      await updated(el);
      expect(text(el, '[part="name"]')).to.equal('Today is the World Day against Trafficking in Persons');
      clock.tick(60_000);
      await updated(el);
      expect(fired).to.equal(1);
    });
  });

  it('follows <html lang> through all six languages with no request after it loaded', async () => {
    const el = await fixture(html`<endht-countdown></endht-countdown>`);
    const before = performance.getEntriesByType('resource').length;
    for (const lang of LOCALES) {
      document.documentElement.lang = lang;
      await whenLocale(bundle(), lang);
      await updated(el);
      expect(text(el, '[part="name"]')).to.equal(DAY_NAMES[lang]);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    }
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('setLocale() matches BCP 47 tags by prefix', async () => {
    await bundle().setLocale('fr-CA');
    expect(bundle().getLocale()).to.equal('fr');
    await bundle().setLocale('zh-TW');
    expect(bundle().getLocale()).to.equal('zh-Hans');
    await bundle().setLocale('pt-BR');
    expect(bundle().getLocale()).to.equal('en');
  });

  it('a second copy from another URL, and a copy of another version: no exception, one warning at most', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const warn = console.warn;
    const onError = (e: ErrorEvent) => errors.push(e.message);
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    window.addEventListener('error', onError);
    try {
      await import(`${BUNDLE}?copy=2`);
      expect(warnings).to.deep.equal([]); // same version: silent
      await import(OTHER_VERSION);
      await import(`${OTHER_VERSION}?copy=2`);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/already defined by version/);
    const el = await fixture(html`<endht-countdown></endht-countdown>`);
    expect(text(el, '[part="name"]')).to.equal(DAY_NAMES.en);
    for (const tag of ELEMENTS) {
      const e = await fixture(`<${tag}></${tag}>`);
      await updated(e);
      expect(e.shadowRoot!.textContent!.trim().length, `${tag} works after the other copies loaded`).to.be.greaterThan(
        0,
      );
    }
    console.log(
      `hostile two copies: 3 extra copies (same version, other URL; other version ×2), ${ELEMENTS.length} elements work, 0 errors, ${warnings.length} warning`,
    );
  });
});
