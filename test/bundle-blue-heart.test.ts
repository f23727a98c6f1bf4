// <endht-blue-heart> from the built drop-in file only (nothing from src/ is imported).
import { fixture, html, expect } from '@open-wc/testing';
import sinon from 'sinon';
import { LOCALES, forgetCampaign, useBundle, whenLocale } from './bundle-helpers.js';

type Bundle = { getLocale: () => string };
type Banner = HTMLElement & { updateComplete: Promise<unknown>; visible: boolean; showFrom?: string };

const HEADLINES: Record<string, string> = {
  en: 'Blue Heart Campaign against Human Trafficking',
  fr: 'Campagne Cœur bleu contre la traite des êtres humains',
  es: 'Campaña Corazón Azul contra la Trata de Personas',
  ar: 'حملة القلب الأزرق لمكافحة الاتجار بالبشر',
  'zh-Hans': '打击人口贩运蓝心运动',
  ru: 'Кампания «Голубое сердце» против торговли людьми',
};
const CTA_NAMES: Record<string, string> = {
  en: 'Learn more (opens unodc.org in a new tab)',
  fr: 'En savoir plus (ouvre unodc.org dans un nouvel onglet)',
  es: 'Más información (abre unodc.org en una pestaña nueva)',
  ar: 'اعرف المزيد (يفتح unodc.org في علامة تبويب جديدة)',
  'zh-Hans': '了解更多（在新标签页中打开 unodc.org）',
  ru: 'Подробнее (открывает unodc.org в новой вкладке)',
};
const KEY = 'endht-blue-heart:dismissed:';

const q = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const text = (el: Element, sel: string) => (q(el, sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Forgets every campaign mark (dismissals, and the acted marks another suite may have left). */
const clear = forgetCampaign;

async function banner(markup: string): Promise<Banner> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.innerHTML = markup;
  const el = host.firstElementChild as Banner;
  await el.updateComplete;
  return el;
}

describe('<endht-blue-heart> in dist/endht-widgets.js', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(clear);
  const bundle = useBundle<Bundle>(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    clear();
  });

  it('renders the heart, headline, line and the UNODC link with no attributes', async () => {
    const el = await banner('<endht-blue-heart></endht-blue-heart>');
    expect(q(el, '[part="heart"] path')).to.not.equal(null);
    expect(text(el, '[part="headline"]')).to.equal(HEADLINES.en);
    expect(text(el, '[part="text"]')).to.contain('UN Voluntary Trust Fund for Victims of Trafficking in Persons');
    const a = q(el, '[part="cta"]') as HTMLAnchorElement;
    expect(a.href).to.equal('https://unodc.org/unodc/en/blueheart/highlights.html');
    expect(a.rel).to.equal('noopener noreferrer');
  });

  it('follows <html lang> through all six languages, with no request of its own', async () => {
    const el = await banner('<endht-blue-heart dismissible variant="card"></endht-blue-heart>');
    const before = performance.getEntriesByType('resource').length;
    for (const lang of LOCALES) {
      document.documentElement.lang = lang;
      await whenLocale(bundle(), lang);
      await el.updateComplete;
      expect(text(el, '[part="headline"]'), lang).to.equal(HEADLINES[lang]);
      expect(q(el, '[part="cta"]')!.getAttribute('aria-label'), lang).to.equal(CTA_NAMES[lang]);
      expect(q(el, '[part="close"]')!.getAttribute('aria-label')!.length, lang).to.be.greaterThan(3);
      expect(q(el, '.base')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    }
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('a dismissal is remembered for remember-days, then forgotten', async () => {
    clock = sinon.useFakeTimers({ now: Date.parse('2027-03-01T12:00:00Z'), toFake: ['Date'] });
    const el = await banner('<endht-blue-heart dismissible remember-days="10"></endht-blue-heart>');
    let year = 0;
    el.addEventListener('endht-dismissed', (e) => (year = (e as CustomEvent<{ year: number }>).detail.year));
    q(el, '[part="close"]')!.click();
    await el.updateComplete;
    expect(year).to.equal(2027);
    expect(q(el, '[part="base"]')).to.equal(null);
    expect(localStorage.getItem(`${KEY}2027`)).to.not.equal(null);
    clock.tick(9 * 86_400_000);
    expect((await banner('<endht-blue-heart dismissible remember-days="10"></endht-blue-heart>')).visible).to.equal(
      false,
    );
    clock.tick(86_400_000);
    expect((await banner('<endht-blue-heart dismissible remember-days="10"></endht-blue-heart>')).visible).to.equal(
      true,
    );
  });

  it('storage that throws: closing still works, and nothing is remembered', async () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new Error('blocked'));
    const el = await banner('<endht-blue-heart dismissible></endht-blue-heart>');
    q(el, '[part="close"]')!.click();
    await el.updateComplete;
    expect(q(el, '[part="base"]')).to.equal(null);
    expect((await banner('<endht-blue-heart dismissible></endht-blue-heart>')).visible).to.equal(true);
  });

  it('a July-only banner: shown in July, nothing (and no space) after it', async () => {
    clock = sinon.useFakeTimers({ now: Date.parse('2027-07-15T12:00:00Z'), toFake: ['Date'] });
    const inside = await banner('<endht-blue-heart show-from="2027-07-01" show-until="2027-07-31"></endht-blue-heart>');
    expect(inside.getBoundingClientRect().height).to.be.greaterThan(0);
    clock.setSystemTime(Date.parse('2027-08-15T12:00:00Z'));
    const after = await banner('<endht-blue-heart show-from="2027-07-01" show-until="2027-07-31"></endht-blue-heart>');
    expect(after.getBoundingClientRect().height).to.equal(0);
    expect(after.shadowRoot!.textContent!.trim()).to.equal('');
  });

  it('bad input warns once and falls back: a javascript: href, an invalid date, an unknown variant', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    let el: Banner;
    try {
      el = await banner(
        '<endht-blue-heart href="javascript:alert(1)" show-until="2027-13-01" variant="popup"></endht-blue-heart>',
      );
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(3);
    expect((q(el, '[part="cta"]') as HTMLAnchorElement).href).to.equal(
      'https://unodc.org/unodc/en/blueheart/highlights.html',
    );
    expect(el.visible).to.equal(true);
  });

  it('position="top" is a sticky bar with a close button', async () => {
    const el = await banner('<endht-blue-heart position="top"></endht-blue-heart>');
    expect(getComputedStyle(el).position).to.equal('sticky');
    expect(q(el, '[part="close"]')).to.not.equal(null);
  });
});
