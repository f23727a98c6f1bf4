import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../index.js';
import { DismissedEvent, STORAGE_KEY, campaignYear, inWindow, type EndhtBlueHeart } from './blue-heart.js';
import { BLUE_HEART_URL } from '../../data/blue-heart.js';
import { parseDaySpec } from '../../core/calendar.js';
import {
  $,
  LOCALES,
  captureWarnings,
  fakeClock,
  forgetCampaign,
  shadowText,
  switchLang,
  type FakeClock,
  mountMarkup,
} from '../../../test/helpers.js';

const DAY = 86_400_000;
const ctaName = (el: Element) => ($(el, '[part="cta"]').getAttribute('aria-label') ?? '').replace(/\s+/g, ' ');
const shown = (el: Element) => !!el.shadowRoot!.querySelector('[part="base"]');
const clearMemory = forgetCampaign;

/** Mounts markup as a page writes it, capturing warnings (test/helpers.ts). */
const make = (markup: string) => mountMarkup<EndhtBlueHeart>('endht-blue-heart', markup);

describe('<endht-blue-heart>', () => {
  let clock: FakeClock | undefined;
  beforeEach(clearMemory);
  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    clearMemory();
    await switchLang('en');
  });

  describe('with no attributes', () => {
    it('shows the heart, the headline, the line and a link to the UNODC Blue Heart page', async () => {
      const { el, warnings } = await make('<endht-blue-heart></endht-blue-heart>');
      expect(warnings).to.deep.equal([]);
      expect($(el, '[part="heart"]').getAttribute('aria-hidden')).to.equal('true');
      expect($(el, '[part="heart"] path').getAttribute('d')).to.match(/^M16 28/);
      expect(shadowText(el, '[part="headline"]')).to.equal('Blue Heart Campaign against Human Trafficking');
      expect(shadowText(el, '[part="text"]')).to.equal(
        'Wear the Blue Heart in solidarity with victims of human trafficking. All proceeds of the global campaign go to the UN Voluntary Trust Fund for Victims of Trafficking in Persons.',
      );
      const a = $(el, '[part="cta"]') as HTMLAnchorElement;
      expect(a.href).to.equal(BLUE_HEART_URL);
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.textContent).to.equal('Learn more');
      expect(ctaName(el)).to.equal('Learn more (opens unodc.org in a new tab)');
      expect(a.getAttribute('aria-describedby')).to.equal('headline');
      expect(el.shadowRoot!.querySelector('[part="close"]')).to.equal(null);
      expect($(el, '.base').className)
        .to.match(/\binline\b/)
        .and.match(/\btheme-light\b/);
      expect(el.visible).to.equal(true);
      expect(getComputedStyle(el).position).to.equal('static');
      expect(el.hasAttribute('position'), 'the default position is not reflected').to.equal(false);
    });

    it('the heart is drawn inline in UN blue, and the text has AA contrast tokens', async () => {
      const { el } = await make('<endht-blue-heart></endht-blue-heart>');
      expect(getComputedStyle($(el, '[part="heart"]')).fill).to.equal('rgb(0, 158, 219)');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('shows its light-DOM fallback before it is defined, and not after', async () => {
      const tag = 'endht-blue-heart-fallback-test';
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<${tag}><a href="https://unodc.org/">Blue Heart Campaign</a></${tag}>`;
      expect(host.innerText.trim()).to.equal('Blue Heart Campaign');
      const Ctor = customElements.get('endht-blue-heart')!;
      customElements.define(tag, class extends (Ctor as typeof HTMLElement) {});
      const el = host.firstElementChild as EndhtBlueHeart;
      await el.updateComplete;
      expect(host.innerText).not.to.contain('Blue Heart Campaign\n');
      expect(shadowText(el, '[part="headline"]')).to.equal('Blue Heart Campaign against Human Trafficking');
    });
  });

  describe('attributes', () => {
    it('variant="card" and variant="bar"', async () => {
      const card = (await make('<endht-blue-heart variant="card"></endht-blue-heart>')).el;
      expect($(card, '.base').classList.contains('card')).to.equal(true);
      expect(getComputedStyle($(card, '.base')).flexDirection).to.equal('column');
      const bar = (await make('<endht-blue-heart variant="BAR"></endht-blue-heart>')).el;
      expect($(bar, '.base').classList.contains('bar')).to.equal(true);
      expect(getComputedStyle($(bar, '.base')).borderTopLeftRadius).to.equal('0px');
    });

    for (const position of ['top', 'bottom'] as const) {
      it(`position="${position}": a sticky bar with a close button, even without dismissible`, async () => {
        const { el } = await make(`<endht-blue-heart position="${position}"></endht-blue-heart>`);
        const cs = getComputedStyle(el);
        expect(cs.position).to.equal('sticky');
        expect(position === 'top' ? cs.top : cs.bottom).to.equal('0px');
        expect($(el, '.base').classList.contains('bar')).to.equal(true);
        expect($(el, '[part="close"]').getAttribute('aria-label')).to.equal('Close the Blue Heart Campaign banner');
        // An explicit variant wins over the bar.
        el.variant = 'card';
        await el.updateComplete;
        expect($(el, '.base').classList.contains('card')).to.equal(true);
        // The position is reflected (the host is what sticks), in lower case; the default is not.
        el.setAttribute('position', position.toUpperCase());
        await el.updateComplete;
        expect(el.getAttribute('position')).to.equal(position);
        el.position = 'static';
        await el.updateComplete;
        expect(el.hasAttribute('position')).to.equal(false);
        expect(getComputedStyle(el).position).to.equal('static');
      });
    }

    it('position="bottom" leaves room for itself: scrolled to the end, the last content is above the bar', async () => {
      const host = await fixture<HTMLElement>(
        html`<div>
          <div style="height: 2500px">content</div>
          <p id="last">The last paragraph of the page.</p>
          <endht-blue-heart position="bottom"></endht-blue-heart>
        </div>`,
      );
      const el = host.querySelector('endht-blue-heart') as EndhtBlueHeart;
      await el.updateComplete;
      window.scrollTo(0, 0);
      await new Promise(requestAnimationFrame);
      // Stuck to the bottom of the viewport while the page is scrolled above it…
      expect(Math.round(el.getBoundingClientRect().bottom)).to.equal(window.innerHeight);
      // …and at the end of the page it sits below the content, covering none of it.
      window.scrollTo(0, document.documentElement.scrollHeight);
      await new Promise(requestAnimationFrame);
      const last = host.querySelector('#last')!.getBoundingClientRect();
      expect(last.bottom).to.be.at.most(el.getBoundingClientRect().top);
      expect(last.bottom).to.be.at.most(window.innerHeight);
      window.scrollTo(0, 0);
    });

    it('href and cta override the link, as text and http(s) only', async () => {
      const { el, warnings } = await make(
        '<endht-blue-heart href="https://example.org/blue?a=1&amp;b=&lt;x&gt;" cta="<b>Join</b> us &amp; them"></endht-blue-heart>',
      );
      expect(warnings).to.deep.equal([]);
      const a = $(el, '[part="cta"]') as HTMLAnchorElement;
      expect(a.href).to.equal('https://example.org/blue?a=1&b=%3Cx%3E');
      // Text, never markup; isolated from the element's own text in the accessible name (core/bidi.ts).
      expect(a.textContent).to.equal('\u2068<b>Join</b> us & them\u2069');
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect(ctaName(el)).to.equal('\u2068<b>Join</b> us & them\u2069 (opens example.org in a new tab)');
    });

    it('a link on the same site opens in the same tab, and says nothing about tabs', async () => {
      const { el } = await make('<endht-blue-heart href="/blue-heart"></endht-blue-heart>');
      const a = $(el, '[part="cta"]') as HTMLAnchorElement;
      expect(a.href).to.equal(`${location.origin}/blue-heart`);
      expect(a.hasAttribute('target')).to.equal(false);
      expect(a.hasAttribute('rel')).to.equal(false);
      expect(a.hasAttribute('aria-label')).to.equal(false);
    });

    const bad: Array<[string, string, RegExp, (el: EndhtBlueHeart) => void]> = [
      [
        'variant',
        'huge',
        /<endht-blue-heart>: variant="huge" is not valid; using "inline"/,
        (el) => {
          expect($(el, '.base').classList.contains('inline')).to.equal(true);
          expect(el.variant, 'unset: it follows the position').to.equal(undefined);
        },
      ],
      [
        'position',
        'left',
        /<endht-blue-heart>: position="left" is not valid; using "static"/,
        (el) => {
          expect(getComputedStyle(el).position).to.equal('static');
          expect(el.position).to.equal('static');
        },
      ],
      [
        'theme',
        'neon',
        /<endht-blue-heart>: theme="neon" is not valid; using "light"/,
        (el) => {
          expect($(el, '.base').classList.contains('theme-light')).to.equal(true);
          expect(el.theme).to.equal('light');
        },
      ],
      [
        'href',
        'javascript:alert(1)',
        /<endht-blue-heart>: href="javascript:alert\(1\)" is not valid; using the Blue Heart page/,
        (el) => {
          expect(($(el, '[part="cta"]') as HTMLAnchorElement).href).to.equal(BLUE_HEART_URL);
          expect(el.href).to.equal(undefined);
        },
      ],
      [
        'href',
        'data:text/html,<script>alert(1)</script>',
        /<endht-blue-heart>: href="data:text\/html/,
        (el) => expect(($(el, '[part="cta"]') as HTMLAnchorElement).href).to.equal(BLUE_HEART_URL),
      ],
      [
        'href',
        'https://',
        /<endht-blue-heart>: href="https:\/\/" is not valid/,
        (el) => expect(($(el, '[part="cta"]') as HTMLAnchorElement).href).to.equal(BLUE_HEART_URL),
      ],
      [
        'remember-days',
        '-3',
        /<endht-blue-heart>: remember-days="-3" is not valid; using 30/,
        (el) => expect(el.rememberDays).to.equal(30),
      ],
      [
        'remember-days',
        'ten',
        /<endht-blue-heart>: remember-days="ten" is not valid; using 30/,
        (el) => expect(el.rememberDays).to.equal(30),
      ],
      [
        'remember-days',
        '9999',
        /<endht-blue-heart>: remember-days="9999" is not valid; using 30/,
        (el) => expect(el.rememberDays).to.equal(30),
      ],
      [
        'show-from',
        '2027-02-30',
        /<endht-blue-heart>: show-from="2027-02-30" is not valid; using no start date/,
        (el) => {
          expect(shown(el)).to.equal(true);
          expect(el.showFrom).to.equal(undefined);
        },
      ],
      [
        'show-until',
        'next July',
        /<endht-blue-heart>: show-until="next July" is not valid; using no end date/,
        (el) => expect(shown(el)).to.equal(true),
      ],
      [
        'show-until',
        '2020-7-31',
        /<endht-blue-heart>: show-until="2020-7-31" is not valid; using no end date/,
        (el) => expect(shown(el)).to.equal(true),
      ],
    ];
    for (const [attr, value, pattern, check] of bad) {
      it(`invalid ${attr}="${value}" → one warning and the default`, async () => {
        const { el, warnings } = await make(
          `<endht-blue-heart dismissible ${attr}="${value.replace(/"/g, '&quot;')}"></endht-blue-heart>`,
        );
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(pattern);
        expect(shadowText(el, '[part="headline"]')).to.equal('Blue Heart Campaign against Human Trafficking');
        check(el);
      });
    }

    it('bad remember-days behaves as 30 days', async () => {
      clock = fakeClock('2027-03-01T12:00:00Z');
      const { el } = await make('<endht-blue-heart dismissible remember-days="forever"></endht-blue-heart>');
      $(el, '[part="close"]').click();
      await el.updateComplete;
      clock.tick(29 * DAY);
      expect(
        (await make('<endht-blue-heart dismissible remember-days="forever"></endht-blue-heart>')).el.visible,
      ).to.equal(false);
      clock.tick(DAY);
      expect(
        (await make('<endht-blue-heart dismissible remember-days="forever"></endht-blue-heart>')).el.visible,
      ).to.equal(true);
    });

    it('empty attributes are the defaults, without a warning; odd property values never throw', async () => {
      const { el, warnings } = await make(
        '<endht-blue-heart variant="" position=" " theme="" href="" cta="" remember-days="" show-from="" show-until=""></endht-blue-heart>',
      );
      expect(warnings).to.deep.equal([]);
      expect(shadowText(el, '[part="cta"]')).to.equal('Learn more');
      const w = captureWarnings();
      const any = el as unknown as Record<string, unknown>;
      any.variant = { toString: () => 'CARD' };
      any.rememberDays = 7;
      any.href = 42; // a relative path, resolved against the page
      any.cta = null;
      await el.updateComplete;
      w.restore();
      expect(w.messages).to.deep.equal([]);
      expect($(el, '.base').classList.contains('card')).to.equal(true);
      expect(($(el, '[part="cta"]') as HTMLAnchorElement).href).to.match(/^http:\/\/[^/]+\/.*42$/);
      expect(shadowText(el, '[part="cta"]')).to.equal('Learn more');
    });

    it('theme="dark" changes the colours', async () => {
      const { el } = await make('<endht-blue-heart theme="dark"></endht-blue-heart>');
      const dark = getComputedStyle($(el, '.base')).backgroundColor;
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle($(el, '.base')).backgroundColor).not.to.equal(dark);
    });
  });

  describe('dismissible', () => {
    it('a labelled close button hides the banner, fires endht-dismissed and remembers it for 30 days', async () => {
      clock = fakeClock('2027-03-01T12:00:00Z');
      const { el } = await make('<endht-blue-heart dismissible></endht-blue-heart>');
      const close = $(el, '[part="close"]') as HTMLButtonElement;
      expect(close.type).to.equal('button');
      expect(close.getAttribute('aria-label')).to.equal('Close the Blue Heart Campaign banner');
      const events: DismissedEvent[] = [];
      document.addEventListener('endht-dismissed', (e) => events.push(e), { once: true });
      close.click();
      await el.updateComplete;
      expect(shown(el)).to.equal(false);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(events).to.have.length(1);
      expect(events[0]).to.be.instanceOf(DismissedEvent);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(events[0]!.cancelable).to.equal(false);
      expect(events[0]!.detail.year).to.equal(2027);
      expect(events[0]!.detail.remembered).to.equal(true);
      // The time of the dismissal, and the fingerprint of what was dismissed.
      const stored = localStorage.getItem(`${STORAGE_KEY}2027`) ?? '';
      expect(stored).to.match(/^\d+ [0-9a-z]+$/);
      expect(stored.split(' ')[0]).to.equal(String(Date.parse('2027-03-01T12:00:00Z')));

      // Remembered on the next page view; a banner that is not dismissible is not affected.
      clock.tick(29 * DAY);
      expect((await make('<endht-blue-heart dismissible></endht-blue-heart>')).el.visible).to.equal(false);
      expect(shown((await make('<endht-blue-heart></endht-blue-heart>')).el)).to.equal(true);
      // Forgotten after 30 days.
      clock.tick(DAY);
      expect(shown((await make('<endht-blue-heart dismissible></endht-blue-heart>')).el)).to.equal(true);
    });

    it('remember-days="7" remembers a week; remember-days="0" only this page view', async () => {
      clock = fakeClock('2027-03-01T12:00:00Z');
      const { el } = await make('<endht-blue-heart dismissible remember-days="7"></endht-blue-heart>');
      $(el, '[part="close"]').click();
      await el.updateComplete;
      clock.tick(7 * DAY - 1000);
      expect((await make('<endht-blue-heart dismissible remember-days="7"></endht-blue-heart>')).el.visible).to.equal(
        false,
      );
      clock.tick(1000);
      expect((await make('<endht-blue-heart dismissible remember-days="7"></endht-blue-heart>')).el.visible).to.equal(
        true,
      );

      clearMemory();
      const zero = (await make('<endht-blue-heart dismissible remember-days="0"></endht-blue-heart>')).el;
      let remembered: boolean | undefined;
      zero.addEventListener('endht-dismissed', (e) => (remembered = e.detail.remembered));
      $(zero, '[part="close"]').click();
      await zero.updateComplete;
      expect(shown(zero)).to.equal(false);
      expect(remembered).to.equal(false);
      expect((await make('<endht-blue-heart dismissible remember-days="0"></endht-blue-heart>')).el.visible).to.equal(
        true,
      );
    });

    it('the dismissal belongs to one campaign year: from 31 July it shows again', async () => {
      clock = fakeClock('2027-07-29T12:00:00Z');
      const { el } = await make('<endht-blue-heart dismissible></endht-blue-heart>');
      $(el, '[part="close"]').click();
      await el.updateComplete;
      clock.tick(DAY); // 30 July: still the 2027 campaign
      expect((await make('<endht-blue-heart dismissible></endht-blue-heart>')).el.visible).to.equal(false);
      clock.tick(DAY); // 31 July: the 2028 campaign
      const next = (await make('<endht-blue-heart dismissible></endht-blue-heart>')).el;
      expect(next.visible).to.equal(true);
      let year = 0;
      next.addEventListener('endht-dismissed', (e) => (year = e.detail.year));
      $(next, '[part="close"]').click();
      expect(year).to.equal(2028);
      expect(localStorage.getItem(`${STORAGE_KEY}2027`)).to.equal(null); // the old year is cleaned up
      expect(localStorage.getItem(`${STORAGE_KEY}2028`)).to.not.equal(null);
    });

    it('storage that throws only makes the dismissal forgettable', async () => {
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('quota', 'QuotaExceededError'));
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      const { el } = await make('<endht-blue-heart dismissible></endht-blue-heart>');
      expect(shown(el)).to.equal(true);
      let remembered: boolean | undefined;
      el.addEventListener('endht-dismissed', (e) => (remembered = e.detail.remembered));
      $(el, '[part="close"]').click();
      await el.updateComplete;
      expect(shown(el)).to.equal(false);
      expect(remembered).to.equal(false);
      expect(shown((await make('<endht-blue-heart dismissible></endht-blue-heart>')).el)).to.equal(true);
    });

    it('a stored value that is not a time is ignored', async () => {
      localStorage.setItem(`${STORAGE_KEY}${campaignYear(Date.now())}`, '<garbage>');
      expect(shown((await make('<endht-blue-heart dismissible></endht-blue-heart>')).el)).to.equal(true);
      localStorage.setItem(`${STORAGE_KEY}${campaignYear(Date.now())}`, String(Date.now())); // without a fingerprint
      expect(shown((await make('<endht-blue-heart dismissible></endht-blue-heart>')).el)).to.equal(true);
    });

    it('a dismissal is forgotten when the content changes: its text, link or variant', async () => {
      const closeOne = async (markup: string) => {
        const { el } = await make(markup);
        $(el, '[part="close"]').click();
        await el.updateComplete;
      };
      const shownAgain = async (markup: string) => shown((await make(markup)).el);
      const banner =
        '<endht-blue-heart dismissible cta="Join us" href="/a"><a href="/a">Blue Heart</a></endht-blue-heart>';
      await closeOne(banner);
      expect(await shownAgain(banner)).to.equal(false);
      expect(await shownAgain(banner.replace('Join us', 'Join us on 30 July'))).to.equal(true);
      expect(await shownAgain(banner.replace(/\/a"/g, '/b"'))).to.equal(true);
      expect(await shownAgain(banner.replace('dismissible', 'dismissible variant="card"'))).to.equal(true);
      expect(await shownAgain(banner.replace('>Blue Heart<', '>Blue Heart: new events<'))).to.equal(true);
      // The same content written differently (attribute order, spaces in the text) is the same banner.
      expect(await shownAgain(banner.replace('dismissible cta="Join us"', 'cta="Join us" dismissible'))).to.equal(
        false,
      );
      expect(await shownAgain(banner.replace('>Blue Heart<', '>  Blue   Heart <'))).to.equal(false);
    });

    it('Escape closes a sticky bar, wherever the focus is; a static banner stays', async () => {
      const host = await fixture<HTMLElement>(
        html`<div>
          <a href="#x" id="link">link</a>
          <endht-blue-heart position="bottom" dismissible></endht-blue-heart>
          <endht-blue-heart dismissible></endht-blue-heart>
        </div>`,
      );
      const [bar, inline] = [...host.querySelectorAll('endht-blue-heart')] as EndhtBlueHeart[];
      await Promise.all([bar.updateComplete, inline.updateComplete]);
      let remembered: boolean | undefined;
      bar.addEventListener('endht-dismissed', (e) => (remembered = e.detail.remembered));
      host.querySelector<HTMLElement>('#link')!.focus();
      await sendKeys({ press: 'Escape' });
      await bar.updateComplete;
      expect(shown(bar)).to.equal(false);
      expect(remembered).to.equal(true);
      expect(shown(inline)).to.equal(true);
    });

    it('Escape is not for the bar when the page handled it, or when it closes a dialog', async () => {
      const host = await fixture<HTMLElement>(
        html`<div>
          <endht-blue-heart position="top"></endht-blue-heart>
          <dialog><button>in a dialog</button></dialog>
        </div>`,
      );
      const bar = host.querySelector('endht-blue-heart') as EndhtBlueHeart;
      await bar.updateComplete;
      const handled = (e: KeyboardEvent) => e.preventDefault();
      document.body.addEventListener('keydown', handled);
      await sendKeys({ press: 'Escape' });
      document.body.removeEventListener('keydown', handled);
      const dialog = host.querySelector('dialog')!;
      dialog.showModal();
      await sendKeys({ press: 'Escape' });
      expect(dialog.open).to.equal(false);
      await bar.updateComplete;
      expect(shown(bar)).to.equal(true);
    });

    it('a full or failing storage never stops a close, by button or by Escape', async () => {
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      sinon.stub(Storage.prototype, 'removeItem').throws(new DOMException('denied', 'SecurityError'));
      const first = (await make('<endht-blue-heart dismissible position="top"></endht-blue-heart>')).el;
      $(first, '[part="close"]').click();
      await first.updateComplete;
      expect(shown(first)).to.equal(false);
      const second = (await make('<endht-blue-heart dismissible position="top"></endht-blue-heart>')).el;
      await sendKeys({ press: 'Escape' });
      await second.updateComplete;
      expect(shown(second)).to.equal(false);
    });

    it('keyboard: Enter on the close button closes it and moves focus to the next control after the banner', async () => {
      const host = await fixture<HTMLElement>(
        html`<div>
          <a href="#before">before</a>
          <endht-blue-heart dismissible></endht-blue-heart>
          <p>text</p>
          <button disabled>disabled</button>
          <a href="#after" id="after">after</a>
        </div>`,
      );
      const el = host.querySelector('endht-blue-heart') as EndhtBlueHeart;
      await el.updateComplete;
      $(el, '[part="close"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      expect(shown(el)).to.equal(false);
      expect(document.activeElement?.id).to.equal('after');
    });

    it('keyboard: with nothing after it, focus goes to the control before it', async () => {
      const host = await fixture<HTMLElement>(
        html`<div>
          <a href="#before" id="before">before</a>
          <endht-blue-heart position="bottom"></endht-blue-heart>
        </div>`,
      );
      // Nothing focusable may follow in the whole document for this case.
      const el = host.querySelector('endht-blue-heart') as EndhtBlueHeart;
      await el.updateComplete;
      $(el, '[part="close"]').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(shown(el)).to.equal(false);
      const after = [...document.querySelectorAll<HTMLElement>('a[href],button,input,select,textarea')].filter(
        (e) => el.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING && e.getClientRects().length,
      );
      expect(document.activeElement === (after[0] ?? host.querySelector('#before'))).to.equal(true);
    });

    it('a sticky bar that is not dismissible closes for this page view only', async () => {
      const { el } = await make('<endht-blue-heart position="top"></endht-blue-heart>');
      let remembered: boolean | undefined;
      el.addEventListener('endht-dismissed', (e) => (remembered = e.detail.remembered));
      $(el, '[part="close"]').click();
      await el.updateComplete;
      expect(shown(el)).to.equal(false);
      expect(remembered).to.equal(false);
      expect(Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_KEY))).to.deep.equal([]);
      expect(shown((await make('<endht-blue-heart position="top"></endht-blue-heart>')).el)).to.equal(true);
    });

    it('no endht-dismissed when code hides it (a date window) or changes attributes', async () => {
      let fired = 0;
      const count = () => fired++;
      document.addEventListener('endht-dismissed', count);
      const { el } = await make('<endht-blue-heart dismissible position="top"></endht-blue-heart>');
      el.showUntil = '2000-01-01';
      el.dismissible = false;
      el.position = 'static';
      await el.updateComplete;
      document.removeEventListener('endht-dismissed', count);
      expect(shown(el)).to.equal(false);
      expect(fired).to.equal(0);
    });
  });

  describe('date window (show-from / show-until, visitor zone; this browser runs in UTC)', () => {
    const at = async (iso: string, attrs: string) => {
      clock?.restore();
      clock = fakeClock(iso);
      return (await make(`<endht-blue-heart ${attrs}></endht-blue-heart>`)).el;
    };

    it('from 00:00 on show-from until 24:00 on show-until, inclusive', async () => {
      const july = 'show-from="2027-07-01" show-until="2027-07-31"';
      expect((await at('2027-06-30T23:59:59Z', july)).visible).to.equal(false);
      expect((await at('2027-07-01T00:00:00Z', july)).visible).to.equal(true);
      expect((await at('2027-07-31T23:59:59Z', july)).visible).to.equal(true);
      expect((await at('2027-08-01T00:00:00Z', july)).visible).to.equal(false);
    });

    it('outside the window it renders nothing and takes no space', async () => {
      const el = await at('2027-08-01T00:00:00Z', 'show-until="2027-07-31" variant="card"');
      expect(el.shadowRoot!.children.length).to.equal(0);
      expect(shadowText(el)).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('only one bound: show-from alone, show-until alone', async () => {
      expect((await at('2027-06-30T12:00:00Z', 'show-from="2027-07-01"')).visible).to.equal(false);
      expect((await at('2030-06-30T12:00:00Z', 'show-from="2027-07-01"')).visible).to.equal(true);
      expect((await at('2027-07-31T12:00:00Z', 'show-until="2027-07-31"')).visible).to.equal(true);
      expect((await at('2027-08-01T12:00:00Z', 'show-until="2027-07-31"')).visible).to.equal(false);
    });

    it('MM-DD repeats every year, and a window may wrap across New Year', async () => {
      const july = 'show-from="07-01" show-until="07-31"';
      expect((await at('2031-07-15T12:00:00Z', july)).visible).to.equal(true);
      expect((await at('2031-08-15T12:00:00Z', july)).visible).to.equal(false);
      const winter = 'show-from="12-01" show-until="01-31"';
      expect((await at('2031-12-31T12:00:00Z', winter)).visible).to.equal(true);
      expect((await at('2032-01-31T23:59:59Z', winter)).visible).to.equal(true);
      expect((await at('2032-02-01T00:00:00Z', winter)).visible).to.equal(false);
      expect((await at('2031-11-30T23:59:59Z', winter)).visible).to.equal(false);
    });

    it('show-until before show-from: one warning, and the end date is ignored', async () => {
      clock = fakeClock('2027-09-01T12:00:00Z');
      const { el, warnings } = await make(
        '<endht-blue-heart show-from="2027-08-01" show-until="2027-07-31"></endht-blue-heart>',
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        /<endht-blue-heart>: show-until="2027-07-31" is not valid; using no end date \(it is before show-from\)/,
      );
      expect(el.visible).to.equal(true);
    });

    it('in other zones the window turns at that zone’s midnight (Pacific/Kiritimati +14, Pacific/Pago_Pago −11)', () => {
      // The visitor's own zone is tested by test/zones-blue-heart.test.ts, in browsers started in a zone.
      const from = parseDaySpec('2027-07-01');
      const until = parseDaySpec('2027-07-31');
      const kiritimati = 'Pacific/Kiritimati'; // 1 July begins at 10:00 UTC on 30 June
      expect(inWindow(Date.parse('2027-06-30T09:59:59Z'), from, until, kiritimati)).to.equal(false);
      expect(inWindow(Date.parse('2027-06-30T10:00:00Z'), from, until, kiritimati)).to.equal(true);
      expect(inWindow(Date.parse('2027-07-31T09:59:59Z'), from, until, kiritimati)).to.equal(true);
      expect(inWindow(Date.parse('2027-07-31T10:00:00Z'), from, until, kiritimati)).to.equal(false);
      const pagoPago = 'Pacific/Pago_Pago'; // 1 July begins at 11:00 UTC on 1 July
      expect(inWindow(Date.parse('2027-07-01T10:59:59Z'), from, until, pagoPago)).to.equal(false);
      expect(inWindow(Date.parse('2027-07-01T11:00:00Z'), from, until, pagoPago)).to.equal(true);
      expect(inWindow(Date.parse('2027-08-01T10:59:59Z'), from, until, pagoPago)).to.equal(true);
      expect(inWindow(Date.parse('2027-08-01T11:00:00Z'), from, until, pagoPago)).to.equal(false);
    });
  });

  describe('motion', () => {
    it('the heart beats a few times (under 5 s in all) when motion is allowed', async () => {
      const { el } = await make('<endht-blue-heart></endht-blue-heart>');
      const cs = getComputedStyle($(el, '[part="heart"]'));
      if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
        expect(cs.animationName).to.equal('none');
        return;
      }
      expect(cs.animationName).to.equal('endht-heartbeat');
      const total = parseFloat(cs.animationDuration) * Number(cs.animationIterationCount);
      expect(total).to.be.greaterThan(1).and.at.most(5);
    });
  });

  describe('accessibility', () => {
    it('link and close button are at least 24×24 px, also in a 280 px column', async () => {
      const host = await fixture<HTMLElement>(
        html`<div style="width: 280px">
          <endht-blue-heart dismissible></endht-blue-heart>
          <endht-blue-heart variant="bar" dismissible></endht-blue-heart>
          <endht-blue-heart variant="card" dismissible></endht-blue-heart>
        </div>`,
      );
      for (const el of host.querySelectorAll('endht-blue-heart')) {
        await (el as EndhtBlueHeart).updateComplete;
        for (const part of ['cta', 'close']) {
          const r = $(el, `[part="${part}"]`).getBoundingClientRect();
          expect(r.width, part).to.be.at.least(24);
          expect(r.height, part).to.be.at.least(24);
        }
        // Nothing overflows the column.
        expect(el.shadowRoot!.querySelector('.base')!.scrollWidth).to.be.at.most(280);
      }
    });

    for (const theme of ['light', 'dark']) {
      it(`axe: every variant, ${theme} theme`, async () => {
        const el = await fixture(
          html`<div>
            <endht-blue-heart theme=${theme}></endht-blue-heart>
            <endht-blue-heart theme=${theme} variant="card" dismissible></endht-blue-heart>
            <endht-blue-heart theme=${theme} variant="bar" dismissible></endht-blue-heart>
            <endht-blue-heart theme=${theme} position="bottom" href="/own-page" cta="Our campaign"></endht-blue-heart>
          </div>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('six languages', () => {
    const expected: Record<string, { headline: string; cta: string; close: string }> = {
      en: {
        headline: 'Blue Heart Campaign against Human Trafficking',
        cta: 'Learn more (opens unodc.org in a new tab)',
        close: 'Close the Blue Heart Campaign banner',
      },
      fr: {
        headline: 'Campagne Cœur bleu contre la traite des êtres humains',
        cta: 'En savoir plus (ouvre unodc.org dans un nouvel onglet)',
        close: 'Fermer la bannière de la campagne Cœur bleu',
      },
      es: {
        headline: 'Campaña Corazón Azul contra la Trata de Personas',
        cta: 'Más información (abre unodc.org en una pestaña nueva)',
        close: 'Cerrar el banner de la Campaña Corazón Azul',
      },
      ar: {
        headline: 'حملة القلب الأزرق لمكافحة الاتجار بالبشر',
        cta: 'اعرف المزيد (يفتح unodc.org في علامة تبويب جديدة)',
        close: 'إغلاق لافتة حملة القلب الأزرق',
      },
      'zh-Hans': {
        headline: '打击人口贩运蓝心运动',
        cta: '了解更多（在新标签页中打开 unodc.org）',
        close: '关闭蓝心运动横幅',
      },
      ru: {
        headline: 'Кампания «Голубое сердце» против торговли людьми',
        cta: 'Подробнее (открывает unodc.org в новой вкладке)',
        close: 'Закрыть баннер кампании «Голубое сердце»',
      },
    };
    for (const lang of LOCALES) {
      it(`${lang}: text and accessible names follow <html lang>`, async () => {
        const { el } = await make('<endht-blue-heart dismissible></endht-blue-heart>');
        await switchLang(lang);
        await el.updateComplete;
        const e = expected[lang]!;
        const base = $(el, '.base');
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(shadowText(el, '[part="headline"]')).to.equal(e.headline);
        expect(shadowText(el, '[part="text"]').length).to.be.greaterThan(20);
        expect(ctaName(el)).to.equal(e.cta);
        expect($(el, '[part="close"]').getAttribute('aria-label')).to.equal(e.close);
      });

      it(`axe clean in ${lang}`, async () => {
        await switchLang(lang);
        const el = await fixture(
          html`<div>
            <endht-blue-heart dismissible></endht-blue-heart>
            <endht-blue-heart variant="card" theme="dark"></endht-blue-heart>
            <endht-blue-heart position="top"></endht-blue-heart>
          </div>`,
        );
        await expect(el).to.be.accessible();
      });
    }

    it('Arabic: right to left, the close button at the left end', async () => {
      await switchLang('ar');
      const { el } = await make('<endht-blue-heart dismissible></endht-blue-heart>');
      expect(getComputedStyle($(el, '.base')).direction).to.equal('rtl');
      const base = $(el, '.base').getBoundingClientRect();
      const close = $(el, '[part="close"]').getBoundingClientRect();
      expect(close.left - base.left).to.be.lessThan(base.right - close.right);
    });
  });

  it('makes no request of its own', async () => {
    const before = performance.getEntriesByType('resource').length;
    const { el } = await make('<endht-blue-heart dismissible variant="card"></endht-blue-heart>');
    $(el, '[part="close"]').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });
});
