// The campaign mechanics from the built drop-in file only (nothing from src/ is imported): the
// takeover, the preview, dismissals, "already acted", campaign codes, the page-wide setting.
import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { LOCALES, forgetCampaign, setPreviewHash, useBundle, whenLocale } from './bundle-helpers.js';

type Bundle = { getLocale: () => string; EndhtCampaign: { reset: () => void } };
type Widget = HTMLElement & { updateComplete: Promise<unknown>; visible?: boolean; phase?: string };

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Element, selector: string) => (q(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const dialogOf = (el: Element) => el.shadowRoot!.querySelector('dialog');
const local = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) =>
  new Date(year, month - 1, day, hour, minute, second).getTime();
const fake = (now: number) =>
  sinon.useFakeTimers({ now, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
const stored = () => Object.keys(localStorage).filter((key) => key.startsWith('endht-'));

async function mount(markup: string): Promise<Widget[]> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.innerHTML = markup;
  const elements = [...host.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('endht-'));
  for (const el of elements) await el.updateComplete;
  return elements;
}

/** Clicks a link as a visitor does; a last window listener keeps the test page from leaving. */
function clickWithoutLeaving(link: HTMLElement): void {
  const stop = (event: Event) => event.preventDefault();
  window.addEventListener('click', stop);
  try {
    link.click();
  } finally {
    window.removeEventListener('click', stop);
  }
}

/** Closes a takeover with `close` and waits for its close event and the re-render. */
async function closeWith(el: Widget, close: () => unknown): Promise<void> {
  const done = new Promise((resolve) => dialogOf(el)!.addEventListener('close', resolve, { once: true }));
  await close();
  await done;
  await el.updateComplete;
}

describe('campaign mechanics in dist/endht-widgets.js', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(forgetCampaign);
  const bundle = useBundle<Bundle>(() => {
    for (const el of document.querySelectorAll('endht-blue-heart')) dialogOf(el)?.close();
    clock?.restore();
    clock = undefined;
    sinon.restore();
    setPreviewHash();
    document.getElementById('endht-campaign')?.remove();
    forgetCampaign();
  });

  it('exports EndhtCampaign', () => {
    expect(typeof bundle().EndhtCampaign.reset).to.equal('function');
  });

  describe('the takeover', () => {
    it('29 July 23:59:59 → 30 July 00:00: it appears without a reload, modal, with focus inside', async () => {
      clock = fake(local(2027, 7, 29, 23, 59, 59));
      const [el] = await mount('<endht-blue-heart variant="takeover"></endht-blue-heart>');
      expect(dialogOf(el)).to.equal(null);
      clock.tick(1000);
      await el.updateComplete;
      const dialog = dialogOf(el)!;
      expect(dialog.open && dialog.matches(':modal')).to.equal(true);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('continue');
    });

    it('never on another day', async () => {
      for (const day of [local(2027, 7, 29, 12), local(2027, 7, 31), local(2027, 1, 1), local(2028, 7, 29, 23, 59)]) {
        clock = fake(day);
        const [el] = await mount('<endht-blue-heart variant="takeover"></endht-blue-heart>');
        expect(el.visible, new Date(day).toString()).to.equal(false);
        clock.restore();
      }
      clock = undefined;
    });

    it('closes by its button and by Escape, also when storage throws', async () => {
      clock = fake(local(2027, 7, 30, 9));
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      const [first] = await mount('<endht-blue-heart variant="takeover"></endht-blue-heart>');
      await closeWith(first, () => q(first, '[part="continue"]')!.click());
      expect(dialogOf(first)).to.equal(null);
      const [second] = await mount('<endht-blue-heart variant="takeover"></endht-blue-heart>');
      await closeWith(second, () => sendKeys({ press: 'Escape' }));
      expect(dialogOf(second)).to.equal(null);
    });

    for (const lang of LOCALES) {
      it(`${lang}: axe-clean (previewed)`, async () => {
        setPreviewHash('2027-07-30');
        document.documentElement.lang = lang;
        await whenLocale(bundle(), lang);
        const [el] = await mount('<endht-blue-heart variant="takeover"><p>Message</p></endht-blue-heart>');
        const dialog = dialogOf(el)!;
        await Promise.all(dialog.getAnimations().map((animation) => animation.finished));
        expect(dialog.open).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('#endht-date=', () => {
    it('previews every element, with a label, and saves nothing', async () => {
      setPreviewHash('2027-07-30');
      const [countdown, takeover, banner, share, donate] = await mount(
        `<endht-countdown></endht-countdown><endht-blue-heart variant="takeover"></endht-blue-heart>
         <endht-blue-heart dismissible show-from="07-30" show-until="07-30"></endht-blue-heart>
         <endht-share networks="x"></endht-share><endht-donate></endht-donate>`,
      );
      expect(countdown.phase).to.equal('day');
      expect(dialogOf(takeover)!.open).to.equal(true);
      expect(banner.visible).to.equal(true);
      for (const el of [countdown, banner, share, donate]) {
        expect(text(el, '[part="preview"]'), el.localName).to.equal('Preview: 30 July 2027');
      }
      expect(text(takeover, 'dialog [part="preview"]')).to.equal('Preview: 30 July 2027');
      q(banner, '[part="close"]')!.click();
      clickWithoutLeaving(q(share, '[part~="control-x"]')!);
      clickWithoutLeaving(q(donate, '[part="button"]')!);
      expect(stored()).to.deep.equal([]);
    });

    it('YYYY-MM-DDTHH:MM runs on: the countdown rolls into the Day, and on 31 July to the next year', async () => {
      setPreviewHash('2027-07-29T23:59');
      const [countdown] = await mount('<endht-countdown precision="minute"></endht-countdown>');
      expect(countdown.phase).to.equal('counting');
      setPreviewHash('2027-07-30T23:59');
      await countdown.updateComplete;
      expect(countdown.phase).to.equal('day');
      setPreviewHash('2027-07-31T00:00');
      await countdown.updateComplete;
      expect(countdown.phase).to.equal('counting');
      expect(text(countdown, '[part="date"]')).to.equal('30 July 2028');
    });

    it('an invalid date: one warning, the real date', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        setPreviewHash('2027-02-30');
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((w) => w.includes('endht-date="2027-02-30"'))).to.have.length(1);
      const [countdown] = await mount('<endht-countdown></endht-countdown>');
      expect(q(countdown, '[part="preview"]')).to.equal(null);
    });
  });

  it('a dismissal is forgotten when the message changes', async () => {
    const markup = '<endht-blue-heart dismissible cta="Join us"><a href="/">Blue Heart</a></endht-blue-heart>';
    const [first] = await mount(markup);
    q(first, '[part="close"]')!.click();
    await first.updateComplete;
    expect((await mount(markup))[0].visible).to.equal(false);
    expect((await mount(markup.replace('Join us', 'Join us on 30 July')))[0].visible).to.equal(true);
  });

  it('acted → quiet: a share or a donation that goes ahead closes sticky bars for the campaign; reset() undoes it', async () => {
    const [share, donate] = await mount('<endht-share networks="x"></endht-share><endht-donate></endht-donate>');
    clickWithoutLeaving(q(share, '[part~="control-x"]')!);
    await share.updateComplete;
    expect(text(share, '[part="thanks"]')).to.equal('Thank you for spreading the word');
    expect((await mount('<endht-blue-heart position="bottom"></endht-blue-heart>'))[0].visible).to.equal(false);
    bundle().EndhtCampaign.reset();
    expect((await mount('<endht-blue-heart position="bottom"></endht-blue-heart>'))[0].visible).to.equal(true);
    clickWithoutLeaving(q(donate, '[part="button"]')!);
    await donate.updateComplete;
    expect(text(donate, '[part="thanks"]')).to.equal('Thank you for your support');
    expect((await mount('<endht-blue-heart position="top"></endht-blue-heart>'))[0].visible).to.equal(false);
  });

  it('campaign codes on the links to unodc.org and the shared address, only when asked for', async () => {
    const plain = await mount('<endht-blue-heart></endht-blue-heart><endht-donate></endht-donate>');
    for (const el of plain) expect(el.shadowRoot!.innerHTML).to.not.contain('utm_');
    const [heart, donate, share] = await mount(
      `<endht-blue-heart campaign="acme-2027"></endht-blue-heart><endht-donate campaign="acme-2027"></endht-donate>
       <endht-share campaign="acme-2027" url="https://ngo.example/day" networks="threads"></endht-share>`,
    );
    const codes = /utm_source=acme-2027&utm_medium=endht-widgets&utm_campaign=world-day-\d{4}/;
    expect((q(heart, '[part="cta"]') as HTMLAnchorElement).href).to.match(codes);
    expect((q(donate, '[part="button"]') as HTMLAnchorElement).href).to.match(codes);
    const threads = q(share, '[part~="control-threads"]') as HTMLAnchorElement;
    expect(threads.href.startsWith('https://www.threads.com/intent/post?text=')).to.equal(true);
    expect(decodeURIComponent(threads.href.split('&url=')[1]!)).to.match(codes);
  });

  it('the page-wide setting applies to every element; an own attribute wins', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'endht-campaign';
    script.textContent = '{"theme": "dark", "campaign": "acme", "donate-href": "https://give.example/"}';
    document.head.append(script);
    const [countdown, donate, light] = await mount(
      '<endht-countdown></endht-countdown><endht-donate></endht-donate><endht-stats theme="light"></endht-stats>',
    );
    expect(q(countdown, '.base')!.classList.contains('theme-dark')).to.equal(true);
    expect((q(donate, '[part="button"]') as HTMLAnchorElement).href).to.equal('https://give.example/');
    expect(q(light, '.base')!.classList.contains('theme-light')).to.equal(true);
  });
});
