// <endht-partners> from the built drop-in file only: nothing from src/ is imported here.
import { fixture, html, expect } from '@open-wc/testing';
import { useBundle, whenLocale } from './bundle-helpers.js';

const LOGO = new URL('./fixtures/logo.svg', import.meta.url).href;

type Bundle = { getLocale: () => string };
type El = HTMLElement & { updateComplete: Promise<unknown>; partners?: unknown };

/** Short and full name of UNHCR and ILO, the heading, in each language (independent of src/data). */
// English has an official short name for every default partner, so every tile shows one; the
// other languages lack one for at least one partner, so every tile shows the full name alone.
const EXPECTED: Record<string, { heading: string; unhcr: string; ilo: string }> = {
  en: {
    heading: 'Together against trafficking in persons',
    unhcr: 'UNHCR Office of the United Nations High Commissioner for Refugees',
    ilo: 'ILO International Labour Organization',
  },
  fr: {
    heading: 'Ensemble contre la traite des personnes',
    unhcr: 'Haut-Commissariat des Nations Unies pour les réfugiés',
    ilo: 'Organisation internationale du Travail',
  },
  es: {
    heading: 'Juntos contra la trata de personas',
    unhcr: 'Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados',
    ilo: 'Organización Internacional del Trabajo',
  },
  ar: {
    heading: 'معًا لمكافحة الاتجار بالأشخاص',
    unhcr: 'مفوضية الأمم المتحدة لشؤون اللاجئين',
    ilo: 'منظمة العمل الدولية',
  },
  'zh-Hans': {
    heading: '携手打击贩运人口',
    unhcr: '联合国难民事务高级专员办事处',
    ilo: '国际劳工组织',
  },
  ru: {
    heading: 'Вместе против торговли людьми',
    unhcr: 'Управление Верховного комиссара Организации Объединенных Наций по делам беженцев',
    ilo: 'Международная организация труда',
  },
};

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const links = (el: Element, sel = '.list:not(.copy) a') => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>(sel)];
/** A link's visible wordmark, without the screen-reader note. */
const wordmark = (a: Element) => text(a).replace(/\s*\(.*\)$|\s*（.*）$/, '');

describe('dist/endht-widgets.js: <endht-partners>', () => {
  const bundle = useBundle<Bundle>();

  it('the default strip: eleven linked wordmarks, no image, no request', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<El>(html`<endht-partners></endht-partners>`);
    await el.updateComplete;
    const ls = links(el);
    expect(ls).to.have.length(11);
    expect(ls[0]!.href).to.equal('https://www.unodc.org/');
    expect(ls.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).to.equal(true);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.list')!.getAttribute('role')).to.equal('list');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('follows <html lang> through all six languages', async () => {
    const el = await fixture<El>(html`<endht-partners></endht-partners>`);
    for (const lang of Object.keys(EXPECTED)) {
      document.documentElement.lang = lang;
      await whenLocale(bundle(), lang);
      await el.updateComplete;
      const e = EXPECTED[lang]!;
      expect(text(el.shadowRoot!.querySelector('[part="heading"]')), lang).to.equal(e.heading);
      expect(wordmark(links(el)[2]!), lang).to.equal(e.unhcr);
      expect(wordmark(links(el)[3]!), lang).to.equal(e.ilo);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    }
  });

  it("a site's own partners from child links, with a lazy logo; bad URLs and a missing alt warn", async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    let el: El;
    try {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<endht-partners>
        <a href="https://alpha.example/">Alpha Aid</a>
        <a href="javascript:alert(1)">Evil</a>
        <a href="https://beta.example/" title="Beta Foundation"><img src="${LOGO}"></a>
      </endht-partners>`;
      el = host.firstElementChild as El;
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^<endht-partners>: child links: link \d href="javascript:alert\(1\)" is not an http\(s\) URL/,
    );
    expect(warnings[0]).to.match(/<img> has no alt \(using "Beta Foundation"\)/);
    const ls = links(el);
    expect(ls.map((a) => a.href)).to.deep.equal(['https://alpha.example/', 'https://beta.example/']);
    const img = ls[1]!.querySelector('img')!;
    expect([img.alt, img.getAttribute('loading'), img.getAttribute('src')]).to.deep.equal([
      'Beta Foundation',
      'lazy',
      LOGO,
    ]);
    expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Partners');
  });

  it('at most 40 partners: 41 child links give one warning and the first 40', async () => {
    const links41 = Array.from({ length: 41 }, (_, i) => `<a href="https://p${i + 1}.example/">P${i + 1}</a>`);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    let el: El;
    try {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<endht-partners>${links41.join('')}</endht-partners>`;
      el = host.firstElementChild as El;
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal(['<endht-partners>: child links: 41 entries, more than 40; using the first 40.']);
    expect(links(el).map(wordmark)).to.deep.equal(Array.from({ length: 40 }, (_, i) => `P${i + 1}`));
  });

  it('the partners property', async () => {
    const el = await fixture<El>(html`<endht-partners></endht-partners>`);
    el.partners = [{ name: 'Gamma', href: 'https://gamma.example/', logo: LOGO }];
    await el.updateComplete;
    expect(links(el).map((a) => a.href)).to.deep.equal(['https://gamma.example/']);
    expect(links(el)[0]!.querySelector('img')!.alt).to.equal('Gamma');
  });

  it('the marquee: pause/play, a duplicate hidden from assistive technology and focus', async () => {
    const el = await fixture<El>(html`<endht-partners layout="marquee"></endht-partners>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const track = root.querySelector('.track')!;
    expect(getComputedStyle(track).animationName).to.equal('endht-marquee');
    const copy = root.querySelector<HTMLElement>('.copy')!;
    expect(copy.getAttribute('aria-hidden')).to.equal('true');
    expect(copy.inert).to.equal(true);
    const button = root.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(text(button)).to.equal('Pause');
    button.click();
    await el.updateComplete;
    expect(text(button)).to.equal('Play');
    expect(getComputedStyle(track).animationPlayState).to.equal('paused');
    document.documentElement.lang = 'ar';
    await whenLocale(bundle(), 'ar');
    await el.updateComplete;
    expect(getComputedStyle(track).animationName).to.equal('endht-marquee-rtl');
    await expect(el).to.be.accessible();
  });
});
