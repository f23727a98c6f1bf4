// <endht-donate> from the built drop-in file only (nothing from src/ is imported).
import { fixture, html, expect } from '@open-wc/testing';
import { LOCALES, forgetCampaign, useBundle, whenLocale } from './bundle-helpers.js';

const FUND = 'https://www.unodc.org/unodc/en/human-trafficking-fund/unvtf-about.html';
type Bundle = { getLocale: () => string; DonateEvent: new (...a: never[]) => Event };
type Donate = HTMLElement & { updateComplete: Promise<unknown>; amount?: string };
type DonateEventLike = CustomEvent<{ href: string; amount: number | null; currency: string }>;

const LABELS: Record<string, [string, string]> = {
  en: ['Donate', 'Donate US$25'],
  fr: ['Faire un don', 'Faire un don de 25 $US'],
  es: ['Donar', 'Donar 25 US$'],
  ar: ['تبرّع', 'تبرّع بمبلغ 25 \u2068US$\u2069'], // the currency isolated in right-to-left text
  'zh-Hans': ['捐款', '捐款 US$25'],
  ru: ['Пожертвовать', 'Пожертвовать 25 $'],
};
const NEW_TAB: Record<string, string> = {
  en: '(opens unodc.org in a new tab)',
  fr: '(ouvre unodc.org dans un nouvel onglet)',
  es: '(abre unodc.org en una pestaña nueva)',
  ar: '(يفتح unodc.org في علامة تبويب جديدة)',
  'zh-Hans': '（在新标签页中打开 unodc.org）',
  ru: '(открывает unodc.org в новой вкладке)',
};

const plain = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u200e\u200f\u061c]/g, '')
    .trim();
const button = (el: Element) => el.shadowRoot!.querySelector('[part="button"]') as HTMLAnchorElement;

async function donate(markup: string): Promise<Donate> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.innerHTML = markup;
  const el = host.firstElementChild as Donate;
  await el.updateComplete;
  return el;
}

describe('<endht-donate> in dist/endht-widgets.js', () => {
  const bundle = useBundle<Bundle>(forgetCampaign);

  it('is a real link to the UN trust fund that says where it goes', async () => {
    const el = await donate('<endht-donate></endht-donate>');
    expect(button(el).localName).to.equal('a');
    expect(button(el).href).to.equal(FUND);
    expect(button(el).target).to.equal('_blank');
    expect(button(el).getAttribute('aria-label')).to.equal(
      'Donate to the UN Voluntary Trust Fund for Victims of Trafficking in Persons (opens unodc.org in a new tab)',
    );
  });

  it('label and amount formatted in all six languages, with no request of its own', async () => {
    const bare = await donate('<endht-donate></endht-donate>');
    const el = await donate('<endht-donate amount="25"></endht-donate>');
    const before = performance.getEntriesByType('resource').length;
    for (const lang of LOCALES) {
      document.documentElement.lang = lang;
      await whenLocale(bundle(), lang);
      await bare.updateComplete;
      await el.updateComplete;
      expect(plain(button(bare).textContent), lang).to.equal(LABELS[lang]![0]);
      expect(plain(button(el).textContent), lang).to.equal(LABELS[lang]![1]);
      const name = plain(button(el).getAttribute('aria-label'));
      expect(name.startsWith(LABELS[lang]![1]), lang).to.equal(true);
      expect(name.endsWith(NEW_TAB[lang]!), lang).to.equal(true);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    }
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('amount choices fill {amount} and {currency} into the site’s own link', async () => {
    const el = await donate(
      '<endht-donate amounts="10,25,50" currency="EUR" href="https://ngo.example/give?a={amount}&amp;c={currency}"></endht-donate>',
    );
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios).to.have.length(3);
    radios[2]!.click();
    await el.updateComplete;
    expect(button(el).href).to.equal('https://ngo.example/give?a=50&c=EUR');
    expect(plain(button(el).textContent)).to.equal('Donate €50');
  });

  it('at most 6 amount choices: 7 give one warning and the first 6', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    let el: Donate;
    try {
      el = await donate('<endht-donate amounts="1,2,3,4,5,6,7"></endht-donate>');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal(['<endht-donate>: amounts: 7 entries, more than 6; using the first 6.']);
    const choices = [...el.shadowRoot!.querySelectorAll('[part="amount"]')].map((c) => plain(c.textContent));
    expect(choices).to.deep.equal(['US$1', 'US$2', 'US$3', 'US$4', 'US$5', 'US$6']);
  });

  it('amounts are rounded to the currency’s minor units, the same in the text and in the link', async () => {
    const href = 'https://ngo.example/give?a={amount}';
    const yen = await donate(`<endht-donate amount="12.5" currency="JPY" href="${href}"></endht-donate>`);
    expect([plain(button(yen).textContent), button(yen).href]).to.deep.equal([
      'Donate JP¥13',
      'https://ngo.example/give?a=13',
    ]);
    const dinar = await donate(`<endht-donate amount="12.5" currency="KWD" href="${href}"></endht-donate>`);
    expect([plain(button(dinar).textContent), button(dinar).href]).to.deep.equal([
      'Donate KWD 12.500',
      'https://ngo.example/give?a=12.5',
    ]);
  });

  it('endht-donate is cancelable: a site can open its own checkout', async () => {
    const el = await donate('<endht-donate amount="25"></endht-donate>');
    let seen: DonateEventLike | undefined;
    let navigated: boolean | undefined;
    const onDonate = (e: Event) => {
      seen = e as DonateEventLike;
      e.preventDefault();
    };
    const last = (e: Event) => {
      navigated = !e.defaultPrevented;
      e.preventDefault();
    };
    document.addEventListener('endht-donate', onDonate);
    window.addEventListener('click', last);
    button(el).click();
    document.removeEventListener('endht-donate', onDonate);
    window.removeEventListener('click', last);
    expect(seen).to.be.instanceOf(bundle().DonateEvent);
    expect(seen!.detail).to.deep.equal({ href: FUND, amount: 25, currency: 'USD' });
    expect(seen!.bubbles && seen!.composed && seen!.cancelable).to.equal(true);
    expect(navigated).to.equal(false);
  });

  it('a child <a href> supplies the link and label (the no-JavaScript rendering)', async () => {
    const el = await donate(
      '<endht-donate><a href="https://ngo.example/donate">Support our shelter</a></endht-donate>',
    );
    expect(button(el).href).to.equal('https://ngo.example/donate');
    // The site's words, isolated from the element's own text (U+2068 … U+2069).
    expect(plain(button(el).textContent)).to.equal('\u2068Support our shelter\u2069');
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('a javascript: href warns once and keeps the fund’s page', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    let el: Donate;
    try {
      el = await donate('<endht-donate href="javascript:alert(1)"></endht-donate>');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<endht-donate>: href=');
    expect(button(el).href).to.equal(FUND);
  });

  it('with the pre-upgrade snippet of docs/layout.md, its line is as tall while it waits as once it has rendered (with or without a fallback)', async () => {
    const layout = await (await fetch(new URL('../docs/layout.md', import.meta.url))).text();
    const snippet = /```css\n([\s\S]*?)```/.exec(layout)![1];
    const style = document.createElement('style');
    style.textContent = snippet;
    document.head.append(style);
    try {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<div style="block-size: 400vh"></div>
        <div id="empty"><endht-donate></endht-donate></div>
        <div id="link"><endht-donate><a href="${FUND}">Donate</a></endht-donate></div>`;
      const lines = ['#empty', '#link'].map((id) => host.querySelector<HTMLElement>(id)!);
      const heights = () => lines.map((line) => line.getBoundingClientRect().height);
      for (const line of lines) expect(line.firstElementChild!.matches(':state(waiting)')).to.equal(true);
      const waiting = heights();
      lines[1].scrollIntoView();
      for (const line of lines) await (line.firstElementChild as Donate).updateComplete;
      expect(lines.map((line) => line.firstElementChild!.shadowRoot)).to.not.include(null);
      expect(heights()).to.deep.equal(waiting);
      scrollTo(0, 0);
    } finally {
      style.remove();
    }
  });
});
