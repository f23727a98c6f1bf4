import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../index.js';
import { TAKEOVER_KEY } from '../../core/campaign.js';
import type { DonateEvent } from '../donate/events.js';
import type { DismissedEvent, EndhtBlueHeart } from './blue-heart.js';
import {
  $,
  LOCALES,
  captureWarnings,
  fakeClock,
  forgetCampaign,
  setPreviewHash,
  shadowText,
  switchLang,
  type FakeClock,
} from '../../../test/helpers.js';

/** An instant in the browser's own zone (the visitor's). */
const local = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) =>
  new Date(year, month - 1, day, hour, minute, second).getTime();
const ON_THE_DAY = local(2027, 7, 30, 10);

const dialogOf = (el: Element) => el.shadowRoot!.querySelector('dialog');
const isOpen = (el: Element) => dialogOf(el)?.open === true && dialogOf(el)!.matches(':modal');

/** The page around the takeover: a focusable control before it, the site's message inside it. */
async function page(attributes = '', message = 'Our offices are closed today.'): Promise<EndhtBlueHeart> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.innerHTML = `<button id="outside">outside</button>
    <endht-blue-heart variant="takeover" ${attributes}><p>${message}</p></endht-blue-heart>`;
  const el = host.querySelector('endht-blue-heart') as EndhtBlueHeart;
  await el.updateComplete;
  return el;
}

/**
 * Closes the takeover with `close` (a click, a key) and waits for what the browser does next: the
 * dialog's close event (a task of its own), then the re-render.
 */
async function closeWith(el: EndhtBlueHeart, close: () => unknown): Promise<void> {
  const dialog = dialogOf(el)!;
  const done = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
  await close();
  await done;
  await el.updateComplete;
}

describe('<endht-blue-heart variant="takeover">', () => {
  let clock: FakeClock | undefined;
  beforeEach(forgetCampaign);
  afterEach(async () => {
    for (const dialog of document.querySelectorAll('endht-blue-heart')) dialogOf(dialog)?.close();
    clock?.restore();
    clock = undefined;
    sinon.restore();
    setPreviewHash();
    forgetCampaign();
    await switchLang('en');
  });

  describe('on the Day only', () => {
    it('29 July at 23:59:59 nothing; at 00:00 on 30 July it opens over the page, without a reload', async () => {
      clock = fakeClock(local(2027, 7, 29, 23, 59, 59));
      const el = await page();
      expect(el.visible).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
      clock.tick(1000);
      await el.updateComplete;
      expect(isOpen(el)).to.equal(true);
      expect(el.visible).to.equal(true);
    });

    it('a modal dialog: named by the Day, focus inside on "Continue to the site", the page behind inert', async () => {
      clock = fakeClock(ON_THE_DAY);
      const el = await page();
      const dialog = dialogOf(el)!;
      expect(isOpen(el)).to.equal(true);
      expect(dialog.getAttribute('aria-labelledby')).to.equal('name');
      expect(shadowText(el, '#name')).to.equal('World Day against Trafficking in Persons');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="continue"]'));
      expect(shadowText(el, '[part="continue"]')).to.equal('Continue to the site');
      const outside = document.getElementById('outside')!;
      outside.focus();
      expect(document.activeElement).to.not.equal(outside);
      const rect = dialog.getBoundingClientRect();
      expect(rect.width).to.equal(innerWidth);
      expect(rect.height).to.equal(innerHeight);
    });

    it('shows the Blue Heart, the date, the name, a sourced figure, the site message and the two links', async () => {
      clock = fakeClock(ON_THE_DAY);
      const el = await page();
      expect($(el, '[part="heart"]').getAttribute('aria-hidden')).to.equal('true');
      expect(shadowText(el, '[part="date"]')).to.equal('30 July 2027');
      expect(el.shadowRoot!.querySelector('[part="theme"]')).to.equal(null); // no theme is known for 2027
      expect(shadowText(el, '[part="figure"] p')).to.equal('38% of detected victims were children');
      const source = $(el, '[part="figure"] [part="link"]') as HTMLAnchorElement;
      expect(source.href).to.contain('unodc.org/unodc/en/press/releases/2024/December/');
      expect(shadowText(el, '[part="source"]')).to.contain('Global Report on Trafficking in Persons 2024');
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Our offices are closed today.']);
      const donate = $(el, '[part="donate"]') as HTMLAnchorElement;
      expect(donate.href).to.equal('https://www.unodc.org/unodc/en/human-trafficking-fund/unvtf-about.html');
      expect(donate.getAttribute('aria-label')).to.equal(
        'Donate to the UN Voluntary Trust Fund for Victims of Trafficking in Persons (opens unodc.org in a new tab)',
      );
      const cta = $(el, '[part="cta"]') as HTMLAnchorElement;
      expect(cta.href).to.equal('https://unodc.org/unodc/en/blueheart/highlights.html');
      expect(cta.getAttribute('aria-label')).to.equal('Learn more (opens unodc.org in a new tab)');
    });

    it("a year's theme when there is one (2025)", async () => {
      clock = fakeClock(local(2025, 7, 30, 10));
      const el = await page();
      expect(shadowText(el, '[part="theme"]')).to.equal(
        'Theme 2025: Human Trafficking is Organized Crime – End the Exploitation',
      );
    });

    it('another day renders nothing, or the fallback-variant; from 31 July 00:00 the Day is over', async () => {
      clock = fakeClock(local(2027, 7, 31));
      expect((await page()).visible).to.equal(false);
      const bar = await page('fallback-variant="bar"');
      expect(dialogOf(bar)).to.equal(null);
      expect($(bar, '.base').classList.contains('bar')).to.equal(true);
      expect(shadowText(bar, '[part="headline"]')).to.equal('Blue Heart Campaign against Human Trafficking');
      const card = await page('fallback-variant="card"');
      expect($(card, '.base').classList.contains('card')).to.equal(true);
      clock.setSystemTime(local(2027, 7, 31) - 1); // 30 July 23:59:59.999
      expect((await page()).visible).to.equal(true);
    });

    it('the Day in time-zone: 30 July begins in Kiritimati (UTC+14) on 29 July at 10:00 UTC', async () => {
      clock = fakeClock('2027-07-29T09:59:59Z');
      const el = await page('time-zone="Pacific/Kiritimati"');
      expect(el.visible).to.equal(false);
      clock.tick(1000);
      await el.updateComplete;
      expect(isOpen(el)).to.equal(true);
      expect(shadowText(el, '[part="date"]')).to.equal('30 July 2027');
    });

    it('a bad time-zone, fallback-variant or figure: one warning each, and the default', async () => {
      clock = fakeClock(ON_THE_DAY);
      const w = captureWarnings();
      let el: EndhtBlueHeart;
      try {
        el = await page('time-zone="Mars/Olympus" fallback-variant="banner" figure="nope"');
      } finally {
        w.restore();
      }
      expect(w.messages).to.have.length(3);
      expect(w.messages.join('\n')).to.contain('time-zone="Mars/Olympus"').and.contain('fallback-variant="banner"');
      expect(el.figure).to.equal('glotip24_children_share');
      expect(el.fallbackVariant).to.equal('none');
      expect(el.timeZone).to.equal(undefined);
    });

    it('figure="…" shows another of the built-in figures', async () => {
      clock = fakeClock(ON_THE_DAY);
      const el = await page('figure="glotip24_female_share"');
      expect(shadowText(el, '[part="figure"] p')).to.equal('61% of detected victims were women or girls');
    });
  });

  describe('closing', () => {
    it('"Continue to the site" closes it: focus goes back, endht-dismissed, the fallback shows', async () => {
      const host = await fixture<HTMLElement>(html`<div><button id="before">before</button></div>`);
      const before = host.querySelector<HTMLButtonElement>('#before')!;
      before.focus();
      clock = fakeClock(local(2027, 7, 29, 23, 59));
      const el = document.createElement('endht-blue-heart');
      el.setAttribute('variant', 'takeover');
      el.setAttribute('fallback-variant', 'card');
      host.append(el);
      await el.updateComplete;
      clock.tick(60_000); // the Day begins while the visitor is on the page
      await el.updateComplete;
      expect(isOpen(el)).to.equal(true);
      const events: DismissedEvent[] = [];
      el.addEventListener('endht-dismissed', (e) => events.push(e));
      await closeWith(el, () => $(el, '[part="continue"]').click());
      expect(dialogOf(el)).to.equal(null);
      expect(document.activeElement).to.equal(before);
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({ year: 2027, remembered: true });
      expect($(el, '.base').classList.contains('card')).to.equal(true);
    });

    it('Escape closes it', async () => {
      clock = fakeClock(ON_THE_DAY);
      const el = await page();
      expect(isOpen(el)).to.equal(true);
      await closeWith(el, () => sendKeys({ press: 'Escape' }));
      expect(dialogOf(el)).to.equal(null);
      expect(el.visible).to.equal(false);
    });

    it('storage that throws: it still opens, and closes by the button and by Escape', async () => {
      clock = fakeClock(ON_THE_DAY);
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      const first = await page();
      let remembered: boolean | undefined;
      first.addEventListener('endht-dismissed', (e) => (remembered = e.detail.remembered));
      expect(isOpen(first)).to.equal(true);
      await closeWith(first, () => $(first, '[part="continue"]').click());
      expect(dialogOf(first)).to.equal(null);
      expect(remembered).to.equal(false);
      first.remove();
      const second = await page();
      expect(isOpen(second)).to.equal(true);
      await closeWith(second, () => sendKeys({ press: 'Escape' }));
      expect(dialogOf(second)).to.equal(null);
    });
  });

  describe('once per visitor per Day', () => {
    it('seen once, the next page views of the Day show the fallback; a changed message shows it again', async () => {
      clock = fakeClock(ON_THE_DAY);
      const first = await page('fallback-variant="bar"');
      expect(isOpen(first)).to.equal(true);
      expect(localStorage.getItem(`${TAKEOVER_KEY}2027`)).to.match(/^\d+ [0-9a-z]+$/);
      first.remove(); // the visitor goes to another page without closing it
      const second = await page('fallback-variant="bar"');
      expect(dialogOf(second)).to.equal(null);
      expect($(second, '.base').classList.contains('bar')).to.equal(true);
      second.remove();
      const changed = await page('fallback-variant="bar"', 'Our offices are open again.');
      expect(isOpen(changed)).to.equal(true);
    });

    it('quiet after the visitor acted: a donation in the takeover marks it, and no takeover again this year', async () => {
      clock = fakeClock(ON_THE_DAY);
      const el = await page();
      const events: DonateEvent[] = [];
      el.addEventListener('endht-donate', (e) => events.push(e));
      const stop = (event: Event) => event.preventDefault(); // the test page never leaves
      window.addEventListener('click', stop);
      try {
        $(el, '[part="donate"]').click();
      } finally {
        window.removeEventListener('click', stop);
      }
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({
        href: 'https://www.unodc.org/unodc/en/human-trafficking-fund/unvtf-about.html',
        amount: null,
        currency: 'USD',
      });
      expect(isOpen(el)).to.equal(true); // it stays open until the visitor closes it
      localStorage.removeItem(`${TAKEOVER_KEY}2027`); // as if it had never been seen
      el.remove();
      expect((await page()).visible).to.equal(false);
      expect((await page('quiet-after-action="off"')).visible).to.equal(true);
    });

    it('a cancelled donate event keeps the page and marks nothing', async () => {
      clock = fakeClock(ON_THE_DAY);
      const el = await page();
      el.addEventListener('endht-donate', (e) => e.preventDefault());
      const donate = $(el, '[part="donate"]');
      let prevented = false;
      const last = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      };
      window.addEventListener('click', last);
      try {
        donate.click();
      } finally {
        window.removeEventListener('click', last);
      }
      expect(prevented).to.equal(true);
      expect(Object.keys(localStorage).some((key) => key.startsWith('endht-widgets:acted:'))).to.equal(false);
    });
  });

  describe('links, preview, crawlers', () => {
    it('campaign codes on the links to unodc.org; donate-href and href for the site’s own pages', async () => {
      clock = fakeClock(ON_THE_DAY);
      const el = await page('campaign="acme-2027"');
      const codes = 'utm_source=acme-2027&utm_medium=endht-widgets&utm_campaign=world-day-2027';
      for (const part of ['donate', 'cta', 'link']) {
        expect(($(el, `[part="${part}"]`) as HTMLAnchorElement).href, part).to.contain(codes);
      }
      dialogOf(el)!.close();
      localStorage.removeItem(`${TAKEOVER_KEY}2027`);
      const own = await page('campaign="acme" donate-href="/give" href="/heart"');
      expect(($(own, '[part="donate"]') as HTMLAnchorElement).href).to.equal(new URL('/give', location.href).href);
      expect(($(own, '[part="cta"]') as HTMLAnchorElement).href).to.equal(new URL('/heart', location.href).href);
      expect($(own, '[part="donate"]').getAttribute('aria-label')).to.equal(null); // named by its text
    });

    it('#endht-date= previews it on any day, with the Preview label inside, and remembers nothing', async () => {
      setPreviewHash('2027-07-30');
      const el = await page();
      expect(isOpen(el)).to.equal(true);
      expect(shadowText(el, 'dialog [part="preview"]')).to.equal('Preview: 30 July 2027');
      expect(localStorage.getItem(`${TAKEOVER_KEY}2027`)).to.equal(null);
      await closeWith(el, () => $(el, '[part="continue"]').click());
      expect(Object.keys(localStorage).filter((key) => key.startsWith('endht-'))).to.not.include(`${TAKEOVER_KEY}2027`);
      setPreviewHash('2027-07-29T23:59');
      const waiting = await page();
      expect(waiting.visible).to.equal(false);
    });

    it('the light DOM is left as the site wrote it: nothing in it hides or covers the page', async () => {
      clock = fakeClock(ON_THE_DAY);
      const el = await page();
      expect(el.innerHTML.trim()).to.equal('<p>Our offices are closed today.</p>');
      expect(el.attributes.length).to.equal(1); // variant only: no hidden, inert, style or aria-hidden added
      expect(document.querySelector('dialog')).to.equal(null); // the dialog is the shadow root's
    });
  });

  // axe needs real timers: the Day is previewed rather than faked.
  describe('six languages, both themes', () => {
    for (const lang of LOCALES) {
      it(`${lang}: translated, and axe-clean`, async () => {
        setPreviewHash('2027-07-30');
        await switchLang(lang);
        const el = await page('theme="dark"');
        expect(isOpen(el)).to.equal(true);
        // The colours axe checks are the final ones, once the dialog has faded in.
        await Promise.all(
          dialogOf(el)!
            .getAnimations()
            .map((animation) => animation.finished),
        );
        expect($(el, '.base').getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        if (lang !== 'en') expect(shadowText(el, '[part="continue"]')).to.not.equal('Continue to the site');
        await expect(el).to.be.accessible();
        el.theme = 'light';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });
});
