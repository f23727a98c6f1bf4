// <endht-help> from its own built file, dist/endht-help.js, as a support site loads it: the
// helpline of a country, the international advice, axe in six languages, and the quick exit
// leaving a real page with location.replace. Nothing from src/ is imported.
import { expect, fixture, html } from '@open-wc/testing';
import { LOCALES, openPage, until, whenLocale, type Page } from './bundle-helpers.js';

const HELP = new URL('../dist/endht-help.js', import.meta.url).href;

/** The page the quick exit leaves for in these tests: same origin, so the frame can be read after it. */
const EXIT_PAGE = new URL('/test/fixtures/plain.html', location.href).href;

type Help = HTMLElement & { updateComplete: Promise<unknown>; country: string };
type HelpModule = { getLocale: () => string };

const text = (el: Element, selector: string) =>
  (el.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const phoneLink = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]');

describe('<endht-help> from dist/endht-help.js', function () {
  this.timeout(30000);
  let help: HelpModule;
  before(async () => {
    help = (await import(HELP)) as HelpModule;
  });
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await whenLocale(help, 'en');
  });

  async function mount(markup: ReturnType<typeof html>): Promise<Help> {
    const el = await fixture<Help>(markup);
    await el.updateComplete;
    return el;
  }

  it('the file defines <endht-help> only: the campaign elements are in endht-widgets.js', () => {
    expect(customElements.get('endht-help')).to.be.a('function');
    for (const tag of ['endht-countdown', 'endht-stats', 'endht-share', 'endht-blue-heart', 'endht-donate']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('country="GB" shows 08000 121 700 as a tel: link, with its source', async () => {
    const el = await mount(html`<endht-help country="GB"></endht-help>`);
    const phone = phoneLink(el)!;
    expect(phone.getAttribute('href')).to.equal('tel:+448000121700');
    expect(phone.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Call 08000 121 700');
    expect(text(el, '[part="helpline-name"]')).to.equal('Modern Slavery & Exploitation Helpline');
    const source = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="source-link"]')!;
    expect(source.href).to.equal('https://www.modernslaveryhelpline.org/');
  });

  it('country="US" shows the US line with its text option', async () => {
    const el = await mount(html`<endht-help country="US"></endht-help>`);
    expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:+18883737888');
    const actions = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="action"]')];
    expect(actions.map((a) => a.getAttribute('href'))).to.include('sms:233733');
  });

  it('a country without an entry shows the international advice', async () => {
    const el = await mount(html`<endht-help country="FR"></endht-help>`);
    expect(phoneLink(el)).to.equal(null);
    expect(text(el, '[part="advice"]')).to.include('No helpline has been checked for France yet.');
    const iom = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="advice-link"]')!;
    expect(iom.href).to.equal('https://migrantinfo.iom.int/en/identify-signs-human-trafficking');
  });

  for (const lang of LOCALES) {
    it(`axe finds nothing in ${lang}, light and dark, every topic, with the quick exit`, async () => {
      document.documentElement.lang = lang;
      await whenLocale(help, lang);
      for (const theme of ['light', 'dark']) {
        const el = await mount(
          html`<endht-help country="GB" topics="signs,online,report" quick-exit theme=${theme}></endht-help>`,
        );
        expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(lang);
        await expect(el).to.be.accessible();
        el.remove();
      }
    });
  }

  describe('the quick exit, in a page of its own', () => {
    let page: Page | undefined;
    afterEach(() => {
      page?.frame.remove();
      page = undefined;
    });

    it('Shift pressed 3 times hides the page and leaves it with location.replace (no new history entry)', async () => {
      page = await openPage([HELP]);
      const { doc, win } = page;
      doc.body.innerHTML = `<p>A support page</p><endht-help quick-exit country="GB" exit-url="${EXIT_PAGE}"></endht-help>`;
      const el = doc.querySelector('endht-help') as Help;
      await until(() => el.shadowRoot?.querySelector('[part="exit"]') !== null, 'the exit button');
      const historyLength = history.length;
      const left = new Promise((resolve) => page!.frame.addEventListener('load', resolve, { once: true }));
      for (let press = 0; press < 3; press++) {
        doc.dispatchEvent(new win.KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
      }
      // Hidden at once, before the next page arrives.
      expect(doc.documentElement.style.getPropertyValue('visibility')).to.equal('hidden');
      await left;
      expect(page.frame.contentWindow!.location.href).to.equal(EXIT_PAGE);
      // location.assign() would have added an entry: Back would return to the support page.
      expect(history.length).to.equal(historyLength);
      expect(page.log).to.deep.equal([]);
    });

    it('the "Leave this site" button leaves the same way', async () => {
      page = await openPage([HELP]);
      const { doc } = page;
      doc.body.innerHTML = `<endht-help quick-exit topics="none" exit-url="${EXIT_PAGE}"></endht-help>`;
      const el = doc.querySelector('endht-help') as Help;
      await until(() => el.shadowRoot?.querySelector('[part="exit"]') !== null, 'the exit button');
      const historyLength = history.length;
      const left = new Promise((resolve) => page!.frame.addEventListener('load', resolve, { once: true }));
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="exit"]')!.click();
      await left;
      expect(page.frame.contentWindow!.location.href).to.equal(EXIT_PAGE);
      expect(history.length).to.equal(historyLength);
    });
  });
});
