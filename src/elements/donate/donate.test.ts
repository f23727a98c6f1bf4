import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../index.js';
import { DonateEvent, MAX_AMOUNT, MAX_CHOICES, fillHref, parseAmount, type EndhtDonate } from './donate.js';
import { FUND_URL } from '../../data/donate.js';
import {
  $,
  LOCALES,
  captureWarnings,
  forgetCampaign,
  shadowText,
  switchLang,
  mountMarkup,
} from '../../../test/helpers.js';
import { fastestMount } from '../../../test/timing.js';

/** Intl's spaces and bidi marks made plain, so expectations are readable. */
const plain = (s: string | null | undefined) =>
  (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');
const button = (el: Element) => $(el, '[part="button"]') as HTMLAnchorElement;
const label = (el: Element) => plain(button(el).textContent);
const name = (el: Element) => plain(button(el).getAttribute('aria-label'));
const chips = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="amount"] input')];
const chipText = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="amount"] span')].map((s) => plain(s.textContent));
/** A site's words as the element isolates them from its own text (core/bidi.ts). */
const isolated = (words: string) => `\u2068${words}\u2069`;
const FUND_NAME = 'to the UN Voluntary Trust Fund for Victims of Trafficking in Persons (opens unodc.org in a new tab)';

/** Mounts markup as a page writes it, capturing warnings (test/helpers.ts). */
const make = (markup: string) => mountMarkup<EndhtDonate>('endht-donate', markup);

/** Clicks the button; the page's own last-chance listener stops any navigation the element allowed. */
function click(el: EndhtDonate): { event?: DonateEvent; navigates: boolean } {
  const out: { event?: DonateEvent; navigates: boolean } = { navigates: false };
  const onDonate = (e: DonateEvent) => (out.event = e);
  const last = (e: Event) => {
    out.navigates = !e.defaultPrevented;
    e.preventDefault();
  };
  document.addEventListener('endht-donate', onDonate);
  window.addEventListener('click', last);
  try {
    button(el).click();
  } finally {
    document.removeEventListener('endht-donate', onDonate);
    window.removeEventListener('click', last);
  }
  return out;
}

describe('<endht-donate>', () => {
  afterEach(async () => {
    forgetCampaign(); // a donation went ahead: the campaign is marked as acted
    await switchLang('en');
  });

  describe('with no attributes', () => {
    it('a real link, styled as a button, to the UN trust fund, that says where it goes', async () => {
      const { el, warnings } = await make('<endht-donate></endht-donate>');
      expect(warnings).to.deep.equal([]);
      const a = button(el);
      expect(a.localName).to.equal('a');
      expect(a.href).to.equal(FUND_URL);
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(label(el)).to.equal('Donate');
      expect(name(el)).to.equal(`Donate ${FUND_NAME}`);
      expect(el.shadowRoot!.querySelector('[part="amounts"]')).to.equal(null);
      expect($(el, '.base').className)
        .to.match(/\bm\b/)
        .and.match(/\bsolid\b/)
        .and.match(/\btheme-light\b/);
      expect(el.selectedAmount).to.equal(null);
    });

    it('the solid button is filled with the accent colour and rounded', async () => {
      const { el } = await make('<endht-donate></endht-donate>');
      const cs = getComputedStyle(button(el));
      expect(cs.backgroundColor).to.equal('rgb(0, 104, 157)');
      expect(cs.textDecorationLine).to.equal('none');
    });
  });

  describe('amount and currency', () => {
    it('amount="25" → "Donate US$25"; decimals only when given', async () => {
      const { el } = await make('<endht-donate amount="25"></endht-donate>');
      expect(label(el)).to.equal('Donate US$25');
      expect(name(el)).to.equal(`Donate US$25 ${FUND_NAME}`);
      expect(el.selectedAmount).to.equal(25);
      expect(el.amount, 'the attribute, read as a number').to.equal(25);
      el.setAttribute('amount', '12.5');
      await el.updateComplete;
      expect(label(el)).to.equal('Donate US$12.50');
      expect(el.amount).to.equal(12.5);
      el.amount = 1000;
      el.currency = 'eur';
      await el.updateComplete;
      expect(label(el)).to.equal('Donate €1,000');
      expect(el.currency).to.equal('EUR');
    });

    const bad: Array<[string, string, RegExp, string]> = [
      ['amount', '-5', /<endht-donate>: amount="-5" is not valid; using no amount/, 'Donate'],
      ['amount', '0', /<endht-donate>: amount="0" is not valid; using no amount/, 'Donate'],
      ['amount', '25,50', /<endht-donate>: amount="25,50" is not valid/, 'Donate'],
      ['amount', '1e3', /<endht-donate>: amount="1e3" is not valid/, 'Donate'],
      ['amount', '<b>5</b>', /<endht-donate>: amount="<b>5<\/b>" is not valid/, 'Donate'],
      ['currency', 'EURO', /<endht-donate>: currency="EURO" is not valid; using "USD"/, 'Donate US$25'],
      ['currency', '€', /<endht-donate>: currency="€" is not valid; using "USD"/, 'Donate US$25'],
    ];
    for (const [attr, value, pattern, expected] of bad) {
      it(`invalid ${attr}="${value}" → one warning and "${expected}"`, async () => {
        const other = attr === 'amount' ? 'currency="USD"' : 'amount="25"';
        const { el, warnings } = await make(`<endht-donate ${other} ${attr}="${value}"></endht-donate>`);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(pattern);
        expect(label(el)).to.equal(expected);
        // The default is written back to the property.
        expect([el.amount, el.currency]).to.deep.equal(attr === 'amount' ? [undefined, 'USD'] : [25, 'USD']);
      });
    }

    it('parseAmount accepts plain positive numbers with up to two decimals, up to 1,000,000,000', () => {
      expect(MAX_AMOUNT).to.equal(1_000_000_000);
      expect(['25', '12.50', '0.5', '999999999', '1000000000'].map(parseAmount)).to.deep.equal([
        25, 12.5, 0.5, 999999999, 1000000000,
      ]);
      const invalid = ['0', '-1', '1.234', '1e3', ' 5', '0x10', 'Infinity', 'NaN', '1,5', '', '1000000000.01'];
      expect(invalid.map(parseAmount)).to.deep.equal(Array(invalid.length).fill(undefined));
      expect(parseAmount('9'.repeat(400))).to.equal(undefined);
    });

    it('an amount above 1,000,000,000: one warning that says the largest, and no amount', async () => {
      const { el, warnings } = await make('<endht-donate amount="1000000001" currency="VND"></endht-donate>');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        /<endht-donate>: amount="1000000001" is not valid; using no amount \(.*1000000000\)/,
      );
      expect(label(el)).to.equal('Donate');
      expect(el.amount).to.equal(undefined);
    });

    it('currency: a code Intl does not know (ABC) → one warning and USD; any case of a known one is fine', async () => {
      const { el, warnings } = await make('<endht-donate amount="25" currency="ABC"></endht-donate>');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/<endht-donate>: currency="ABC" is not valid; using "USD"/);
      expect([label(el), el.currency]).to.deep.equal(['Donate US$25', 'USD']);
      for (const code of ['jpy', 'Chf', 'KWD']) {
        const { warnings: none } = await make(`<endht-donate amount="25" currency="${code}"></endht-donate>`);
        expect(none, code).to.deep.equal([]);
      }
    });

    it('the text and the link carry the same amount: rounded to the currency’s minor units', async () => {
      const { el } = await make(
        '<endht-donate amount="999999999.99" currency="JPY" href="https://ngo.example/give?a={amount}"></endht-donate>',
      );
      expect(label(el)).to.equal('Donate JP¥1,000,000,000');
      expect(button(el).href).to.equal('https://ngo.example/give?a=1000000000');
      expect([el.amount, el.selectedAmount]).to.deep.equal([1000000000, 1000000000]);
      expect(click(el).event!.detail.amount).to.equal(1000000000);
      // Three decimals for a dinar; two for a dollar. The amount is read again when the currency changes.
      el.currency = 'KWD';
      el.amount = 12.5;
      await el.updateComplete;
      expect(label(el)).to.equal('Donate KWD 12.500');
      expect(button(el).href).to.equal('https://ngo.example/give?a=12.5');
      el.currency = 'JPY';
      await el.updateComplete;
      expect(label(el)).to.equal('Donate JP¥13');
      expect(button(el).href).to.equal('https://ngo.example/give?a=13');
    });

    it('an amount that rounds to nothing in its currency: one warning, no amount', async () => {
      const { el, warnings } = await make('<endht-donate amount="0.25" currency="JPY"></endht-donate>');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/<endht-donate>: amount="0.25" is not valid; using no amount/);
      expect(label(el)).to.equal('Donate');
    });
  });

  describe('amounts="10,25,50"', () => {
    it('shows choices as a radio group the visitor can pick from; the label and link follow', async () => {
      const { el } = await make(
        '<endht-donate amounts="10, 25,50" href="https://ngo.example/give?amount={amount}&amp;currency={currency}"></endht-donate>',
      );
      const group = $(el, '[part="amounts"]');
      expect(group.localName).to.equal('fieldset');
      expect(plain(group.querySelector('legend')!.textContent)).to.equal('Amount');
      expect(chipText(el)).to.deep.equal(['US$10', 'US$25', 'US$50']);
      expect(chips(el).map((c) => c.type)).to.deep.equal(['radio', 'radio', 'radio']);
      expect(chips(el).some((c) => c.checked)).to.equal(false);
      expect(label(el)).to.equal('Donate');
      expect(button(el).href).to.equal('https://ngo.example/give?amount=&currency=USD');
      chips(el)[1]!.click();
      await el.updateComplete;
      expect(label(el)).to.equal('Donate US$25');
      expect(button(el).href).to.equal('https://ngo.example/give?amount=25&currency=USD');
      expect(name(el)).to.equal('Donate US$25 (opens ngo.example in a new tab)');
      expect(el.selectedAmount).to.equal(25);
    });

    it('is keyboard-operable: arrow keys move the choice', async () => {
      const { el } = await make('<endht-donate amounts="10,25,50" amount="10"></endht-donate>');
      expect(chips(el).map((c) => c.checked)).to.deep.equal([true, false, false]);
      chips(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(chips(el).map((c) => c.checked)).to.deep.equal([false, true, false]);
      expect(label(el)).to.equal('Donate US$25');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(label(el)).to.equal('Donate US$50');
      // Tab leaves the group for the button.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === button(el)).to.equal(true);
    });

    it('bad entries: one warning, the valid ones are kept (duplicates once)', async () => {
      const { el, warnings } = await make('<endht-donate amounts="10,abc,-5,25,10,"></endht-donate>');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        /<endht-donate>: amounts="10,abc,-5,25,10," is not valid; using the valid amounts only/,
      );
      expect(chipText(el)).to.deep.equal(['US$10', 'US$25']);
      expect(el.amounts, 'the valid amounts, written back').to.equal('10,25');
    });

    it(`at most ${MAX_CHOICES} choices: ${MAX_CHOICES} silently; one more → one warning, the first ${MAX_CHOICES}`, async () => {
      expect(MAX_CHOICES).to.equal(6);
      const six = await make('<endht-donate amounts="5,10,25,50,100,250"></endht-donate>');
      expect(six.warnings).to.deep.equal([]);
      expect(chipText(six.el)).to.have.length(6);
      const { el, warnings } = await make('<endht-donate amounts="5,10,25,50,100,250,500"></endht-donate>');
      expect(warnings).to.deep.equal(['<endht-donate>: amounts: 7 entries, more than 6; using the first 6.']);
      expect(chipText(el)).to.deep.equal(['US$5', 'US$10', 'US$25', 'US$50', 'US$100', 'US$250']);
      expect(el.amounts, 'the choices shown, written back').to.equal('5,10,25,50,100,250');
    });

    it('10,000 amounts: one warning, 6 choices, in well under 100 ms', async () => {
      const amounts = Array.from({ length: 10_000 }, (_, i) => i + 1).join(',');
      const { el, ms, warnings } = await fastestMount(
        `<endht-donate amounts="${amounts}"></endht-donate>`,
        'endht-donate',
      );
      expect(warnings).to.deep.equal(['<endht-donate>: amounts: 10000 entries, more than 6; using the first 6.']);
      expect(chips(el)).to.have.length(6);
      expect(ms).to.be.below(100);
    });

    it('a bad entry and too many: one warning, about the bad entry', async () => {
      const { el, warnings } = await make('<endht-donate amounts="1,2,x,3,4,5,6,7"></endht-donate>');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/amounts="1,2,x,3,4,5,6,7" is not valid; using the valid amounts only/);
      expect(el.amounts).to.equal('1,2,3,4,5,6');
    });

    it('amounts are rounded as the amount is, and shown once', async () => {
      const { el } = await make('<endht-donate amounts="10.2,10.4,12.5" currency="JPY"></endht-donate>');
      expect(chipText(el)).to.deep.equal(['JP¥10', 'JP¥13']);
    });

    it('changing amounts or amount from code resets the visitor’s pick, without an event', async () => {
      let fired = 0;
      const count = () => fired++;
      document.addEventListener('endht-donate', count);
      const { el } = await make('<endht-donate amounts="10,25"></endht-donate>');
      chips(el)[0]!.click();
      await el.updateComplete;
      el.amounts = '5,15';
      el.amount = 15;
      el.href = 'https://ngo.example/{amount}';
      await el.updateComplete;
      document.removeEventListener('endht-donate', count);
      expect(chipText(el)).to.deep.equal(['US$5', 'US$15']);
      expect(chips(el).map((c) => c.checked)).to.deep.equal([false, true]);
      expect(fired).to.equal(0);
    });
  });

  describe('href', () => {
    it('{amount} and {currency} are filled in, URL-encoded', async () => {
      expect(fillHref('https://x.example/{amount}/{currency}?a={amount}', 12.5, 'EUR')).to.equal(
        'https://x.example/12.5/EUR?a=12.5',
      );
      expect(fillHref('https://x.example/?a={amount}&c={currency}', null, 'a b&c')).to.equal(
        'https://x.example/?a=&c=a%20b%26c',
      );
      const { el } = await make(
        `<endht-donate amount="25" currency="chf" href="https://ngo.example/don&#233;r/{currency}?sum={amount}&amp;note=&quot;&lt;hi&gt;&quot;"></endht-donate>`,
      );
      expect(button(el).href).to.equal('https://ngo.example/don%C3%A9r/CHF?sum=25&note=%22%3Chi%3E%22');
      expect(label(el)).to.equal('Donate CHF 25');
    });

    it('a page on the same site opens in the same tab, with no note about tabs', async () => {
      const { el } = await make('<endht-donate href="/donate?amount={amount}" amount="10"></endht-donate>');
      expect(button(el).href).to.equal(`${location.origin}/donate?amount=10`);
      expect(button(el).hasAttribute('target')).to.equal(false);
      expect(button(el).hasAttribute('aria-label')).to.equal(false);
    });

    for (const value of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'vbscript:x',
      'https://',
      'java{amount}script:alert(1)',
      '   javascript:alert(1)',
    ]) {
      it(`href="${value}" → one warning and the fund's page`, async () => {
        const { el, warnings } = await make(`<endht-donate href="${value}"></endht-donate>`);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(/^<endht-donate>: href=".*" is not valid; using the UN trust fund's page\.$/);
        expect(button(el).href).to.equal(FUND_URL);
        expect(name(el)).to.equal(`Donate ${FUND_NAME}`);
        expect(el.href).to.equal(undefined);
      });
    }
  });

  describe('label, size, variant, theme', () => {
    it('label is plain text; {amount} in it is the formatted amount', async () => {
      const { el } = await make('<endht-donate label="<i>Give</i> {amount} now" amount="5"></endht-donate>');
      expect(label(el)).to.equal(`${isolated('<i>Give</i>')} US$5 ${isolated('now')}`);
      expect(el.shadowRoot!.querySelector('i')).to.equal(null);
      expect(name(el)).to.equal(`${isolated('<i>Give</i>')} US$5 ${isolated('now')} ${FUND_NAME}`);
      el.amount = undefined;
      await el.updateComplete;
      expect(label(el)).to.equal(`${isolated('<i>Give</i>')} ${isolated('now')}`);
    });

    it('size="s|m|l" changes the button size', async () => {
      const heights: number[] = [];
      for (const size of ['s', 'm', 'l']) {
        const { el } = await make(`<endht-donate size="${size}"></endht-donate>`);
        heights.push(button(el).getBoundingClientRect().height);
      }
      expect(heights[0]).to.be.lessThan(heights[1]!);
      expect(heights[1]).to.be.lessThan(heights[2]!);
    });

    it('variant="outline" is an outlined button on the surface', async () => {
      const { el } = await make('<endht-donate variant="outline"></endht-donate>');
      const cs = getComputedStyle(button(el));
      expect(cs.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(cs.color).to.equal('rgb(0, 104, 157)');
      expect(cs.borderTopColor).to.equal('rgb(0, 104, 157)');
    });

    it('theme="dark" changes the colours', async () => {
      const { el } = await make('<endht-donate theme="dark"></endht-donate>');
      expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(127, 202, 242)');
    });

    const bad: Array<[string, string, string]> = [
      ['size', 'xl', '"m"'],
      ['variant', 'ghost', '"solid"'],
      ['theme', 'neon', '"light"'],
    ];
    for (const [attr, value, fallback] of bad) {
      it(`invalid ${attr}="${value}" → one warning and ${fallback}`, async () => {
        const { el, warnings } = await make(`<endht-donate ${attr}="${value}"></endht-donate>`);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.equal(`<endht-donate>: ${attr}="${value}" is not valid; using ${fallback}.`);
        expect($(el, '.base').classList.contains(attr === 'theme' ? 'theme-light' : JSON.parse(fallback))).to.equal(
          true,
        );
        expect((el as unknown as Record<string, unknown>)[attr], 'the default, written back').to.equal(
          JSON.parse(fallback),
        );
      });
    }

    it('empty attributes are the defaults, without a warning; odd property values never throw', async () => {
      const { el, warnings } = await make(
        '<endht-donate href="" label=" " amount="" currency="" amounts="" size="" variant="" theme=""></endht-donate>',
      );
      expect(warnings).to.deep.equal([]);
      expect(label(el)).to.equal('Donate');
      expect(button(el).href).to.equal(FUND_URL);
      const w = captureWarnings();
      const any = el as unknown as Record<string, unknown>;
      any.amount = 7;
      any.size = { toString: () => 'L' };
      any.amounts = null;
      await el.updateComplete;
      w.restore();
      expect(w.messages).to.deep.equal([]);
      expect(label(el)).to.equal('Donate US$7');
      expect($(el, '.base').classList.contains('l')).to.equal(true);
    });
  });

  describe('progressive enhancement: a child <a href>', () => {
    it('supplies the default href and label', async () => {
      const { el } = await make(
        '<endht-donate><a href="https://ngo.example/donate">  Give to   our shelter </a></endht-donate>',
      );
      expect(button(el).href).to.equal('https://ngo.example/donate');
      expect(label(el)).to.equal(isolated('Give to our shelter'));
      expect(name(el)).to.equal(`${isolated('Give to our shelter')} (opens ngo.example in a new tab)`);
    });

    it('attributes win over the child link', async () => {
      const { el } = await make(
        '<endht-donate href="https://other.example/" label="Donate now"><a href="https://ngo.example/donate">Give</a></endht-donate>',
      );
      expect(button(el).href).to.equal('https://other.example/');
      expect(label(el)).to.equal(isolated('Donate now'));
    });

    it('a child link with a bad href: one warning, the fund’s page (and the child’s text)', async () => {
      const { el, warnings } = await make('<endht-donate><a href="javascript:alert(1)">Give</a></endht-donate>');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/<endht-donate>: child <a href>="javascript:alert\(1\)" is not valid/);
      expect(button(el).href).to.equal(FUND_URL);
      expect(label(el)).to.equal(isolated('Give'));
    });

    it('is what shows before the element is defined, and is hidden after', async () => {
      const tag = 'endht-donate-fallback-test';
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<${tag}><a href="https://ngo.example/donate">Donate</a></${tag}>`;
      const child = host.querySelector('a')!;
      expect(child.getBoundingClientRect().height).to.be.greaterThan(0);
      const Ctor = customElements.get('endht-donate')!;
      customElements.define(tag, class extends (Ctor as typeof HTMLElement) {});
      const el = host.firstElementChild as EndhtDonate;
      await el.updateComplete;
      expect(child.getBoundingClientRect().height).to.equal(0);
      expect(button(el).href).to.equal('https://ngo.example/donate');
    });
  });

  describe('the endht-donate event', () => {
    it('fires before navigating, with href, amount and currency; bubbles, composed, cancelable', async () => {
      const { el } = await make('<endht-donate amounts="10,25" amount="25" currency="EUR"></endht-donate>');
      const { event, navigates } = click(el);
      expect(event).to.be.instanceOf(DonateEvent);
      expect(event!.type).to.equal('endht-donate');
      expect(event!.bubbles && event!.composed && event!.cancelable).to.equal(true);
      expect(event!.detail.href).to.equal(FUND_URL);
      expect(event!.detail.amount).to.equal(25);
      expect(event!.detail.currency).to.equal('EUR');
      expect(event!.detail).to.deep.equal({ href: FUND_URL, amount: 25, currency: 'EUR' });
      expect(navigates).to.equal(true);
    });

    it('preventDefault() keeps the browser on the page (the site opens its own checkout)', async () => {
      const { el } = await make('<endht-donate href="https://ngo.example/?a={amount}" amount="10"></endht-donate>');
      let opened: string | undefined;
      const checkout = (e: DonateEvent) => {
        e.preventDefault();
        opened = `${e.detail.href} ${e.detail.amount} ${e.detail.currency}`;
      };
      el.addEventListener('endht-donate', checkout);
      const { navigates } = click(el);
      el.removeEventListener('endht-donate', checkout);
      expect(navigates).to.equal(false);
      expect(opened).to.equal('https://ngo.example/?a=10 10 USD');
    });

    it('keyboard: Enter on the focused button fires it, and a cancel holds', async () => {
      const { el } = await make('<endht-donate></endht-donate>');
      let fired = 0;
      let navigates: boolean | undefined;
      const stop = (e: Event) => {
        fired++;
        e.preventDefault();
      };
      const last = (e: Event) => {
        navigates = !e.defaultPrevented;
        e.preventDefault();
      };
      el.addEventListener('endht-donate', stop);
      window.addEventListener('click', last);
      button(el).focus();
      await sendKeys({ press: 'Enter' });
      el.removeEventListener('endht-donate', stop);
      window.removeEventListener('click', last);
      expect(fired).to.equal(1);
      expect(navigates).to.equal(false);
    });
  });

  describe('six languages', () => {
    const expected: Record<string, { label: string; amount: string; name: RegExp; legend: string }> = {
      en: {
        label: 'Donate',
        amount: 'Donate US$25',
        legend: 'Amount',
        name: /^Donate US\$25 to the UN Voluntary Trust Fund .* \(opens unodc\.org in a new tab\)$/,
      },
      fr: {
        label: 'Faire un don',
        amount: 'Faire un don de 25 $US',
        legend: 'Montant',
        name: /^Faire un don de 25 \$US au Fonds de contributions volontaires des Nations Unies .* \(ouvre unodc\.org dans un nouvel onglet\)$/,
      },
      es: {
        label: 'Donar',
        amount: 'Donar 25 US$',
        legend: 'Importe',
        name: /^Donar 25 US\$ al Fondo Fiduciario .* \(abre unodc\.org en una pestaña nueva\)$/,
      },
      ar: {
        label: 'تبرّع',
        // The currency isolated, so that "$" stays with "US" in right-to-left text.
        amount: 'تبرّع بمبلغ 25 \u2068US$\u2069',
        legend: 'المبلغ',
        name: /^تبرّع بمبلغ 25 \u2068US\$\u2069 لصندوق الأمم المتحدة .*unodc\.org في علامة تبويب جديدة\)$/,
      },
      'zh-Hans': {
        label: '捐款',
        amount: '捐款 US$25',
        legend: '金额',
        name: /^捐款 US\$25：联合国.*信托基金（在新标签页中打开 unodc\.org）$/,
      },
      ru: {
        label: 'Пожертвовать',
        amount: 'Пожертвовать 25 $',
        legend: 'Сумма',
        name: /^Пожертвовать 25 \$ в Целевой фонд .* \(открывает unodc\.org в новой вкладке\)$/,
      },
    };
    const euros: Record<string, string> = {
      en: '€1,000.50',
      fr: '1 000,50 €',
      es: '1000,50 €',
      ar: '1,000.50 \u2068€\u2069',
      'zh-Hans': '€1,000.50',
      ru: '1 000,50 €',
    };
    for (const lang of LOCALES) {
      it(`${lang}: label, amounts (formatted by Intl) and accessible name follow <html lang>`, async () => {
        const { el } = await make('<endht-donate></endht-donate>');
        const withAmount = (await make('<endht-donate amount="25" amounts="1000.5,25"></endht-donate>')).el;
        await switchLang(lang);
        await el.updateComplete;
        await withAmount.updateComplete;
        const e = expected[lang]!;
        expect($(el, '.base').getAttribute('lang')).to.equal(lang);
        expect($(el, '.base').getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(label(el)).to.equal(e.label);
        expect(label(withAmount)).to.equal(e.amount);
        expect(name(withAmount)).to.match(e.name);
        expect(plain(shadowText(withAmount, 'legend'))).to.equal(e.legend);
        withAmount.currency = 'EUR';
        await withAmount.updateComplete;
        expect(chipText(withAmount)[0]).to.equal(euros[lang]);
      });

      it(`axe clean in ${lang}, both themes and variants, with choices`, async () => {
        await switchLang(lang);
        const el = await fixture(
          html`<div>
            <endht-donate></endht-donate>
            <endht-donate amounts="10,25,50" amount="25" currency="EUR" variant="outline" size="l"></endht-donate>
            <div style="background: #0d1b26">
              <endht-donate theme="dark" amounts="5,10" size="s"></endht-donate>
              <endht-donate theme="dark" variant="outline"></endht-donate>
            </div>
            <endht-donate href="/own-page"></endht-donate>
          </div>`,
        );
        await expect(el).to.be.accessible();
      });
    }

    it('Arabic: right to left, the choices before the button from the right', async () => {
      await switchLang('ar');
      const { el } = await make('<endht-donate amounts="10,25"></endht-donate>');
      expect(getComputedStyle($(el, '.base')).direction).to.equal('rtl');
      expect(chips(el)[0]!.getBoundingClientRect().left).to.be.greaterThan(button(el).getBoundingClientRect().left);
    });
  });

  it('Arabic: the amount reads "US$ 25" from the left, never "$US 25", in the chips and the button', async () => {
    await switchLang('ar');
    const { el } = await make('<endht-donate amounts="10,25" amount="25"></endht-donate>');
    const chip = el.shadowRoot!.querySelectorAll('[part="amount"] span')[1]!;
    for (const box of [chip, button(el)]) {
      // Where `needle` is drawn: in whichever of the box's text nodes holds it (a translation may
      // put the amount and the currency in nodes of their own).
      const rectOf = (needle: string) => {
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const at = text.textContent!.indexOf(needle);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + needle.length);
          return range.getBoundingClientRect();
        }
        throw new Error(`"${needle}" is not in "${box.textContent}"`);
      };
      // Right to left: the number first (on the right), then "US$" to its left, "$" last of all.
      expect(rectOf('US').left, box.textContent!).to.be.lessThan(rectOf('$').left);
      expect(rectOf('$').right, box.textContent!).to.be.at.most(rectOf('25').left + 0.5);
    }
  });

  it('the chosen amount looks unlike the button: a tinted chip with a tick, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const { el } = await make(`<endht-donate theme="${theme}" amounts="10,25" amount="25"></endht-donate>`);
      const chosen = getComputedStyle(el.shadowRoot!.querySelectorAll('[part="amount"] span')[1]!);
      const main = getComputedStyle(button(el));
      expect(chosen.backgroundColor, theme).to.not.equal(main.backgroundColor);
      expect(chosen.color, theme).to.not.equal(main.color);
      const tick = getComputedStyle(el.shadowRoot!.querySelectorAll('[part="amount"] span')[1]!, '::before');
      expect(tick.content, theme).to.contain('✓');
      expect(chosen.borderTopLeftRadius, 'one shape: chips are pills like the button').to.equal(
        main.borderTopLeftRadius,
      );
    }
  });

  it('targets are at least 24×24 px, also with size="s"', async () => {
    for (const size of ['s', 'm', 'l']) {
      const { el } = await make(`<endht-donate size="${size}" amounts="1,2"></endht-donate>`);
      const targets = [button(el), ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="amount"]')];
      for (const t of targets) {
        const r = t.getBoundingClientRect();
        expect(r.width, `${size} ${t.className}`).to.be.at.least(24);
        expect(r.height, `${size} ${t.className}`).to.be.at.least(24);
      }
    }
  });

  it('fits a 280 px column without overflowing', async () => {
    const host = await fixture<HTMLElement>(
      html`<div style="width: 280px">
        <endht-donate amounts="10,25,50,100,250" amount="25" size="l"></endht-donate>
      </div>`,
    );
    const el = host.firstElementChild as EndhtDonate;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(280);
    expect($(el, '.base').scrollWidth).to.be.at.most(280);
  });

  it('makes no request of its own', async () => {
    const before = performance.getEntriesByType('resource').length;
    const { el } = await make('<endht-donate amounts="10,25"><a href="https://ngo.example/">Donate</a></endht-donate>');
    chips(el)[0]!.click();
    await el.updateComplete;
    click(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });
});
