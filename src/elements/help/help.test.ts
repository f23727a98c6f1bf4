import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../page-locale.js';
import './define.js';
import { MAX_SITE_HELPLINES, type EndhtHelp, type ExitTriggeredEvent, type SiteHelpline } from './help.js';
import { HELPLINES } from '../../data/helplines.js';
import { forgetVisitorTimeZone } from '../../core/calendar.js';
import { $, LOCALES, captureWarnings, fakeClock, mountMarkup, shadowText, switchLang } from '../../../test/helpers.js';

/*
 * Written against the tag and its documented strings, so that a suite for the built file can
 * reuse it: the class is the one the page defined, and the event names, storage key, timeout and
 * default exit page are the documented values. (Faking the time zone resets the source's cache
 * of the visitor's zone; for the built file, test/zones-help.test.ts runs in real zones.)
 */
type Help = EndhtHelp;

const DEFAULT_EXIT_URL = 'https://worldweather.wmo.int/';
const STORAGE_KEY = 'endht-help-country';
const SHORTCUT_TIMEOUT_MS = 5000;
const COUNTRY_CHANGED = 'endht-country-changed';
const EXIT_TRIGGERED = 'endht-exit-triggered';

/** The class the page defined: its static `navigate` is the seam that stands in for location.replace. */
const helpClass = () => customElements.get('endht-help') as unknown as { navigate: (url: string) => void };

const mount = (markup: string) => mountMarkup<Help>('endht-help', markup);
const phoneLink = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="phone"]');
const select = (el: Element) => $(el, 'select') as HTMLSelectElement;

/** Fakes the visitor's time zone as Intl reports it (the element asks core/calendar, which asks Intl). */
function fakeZone(zone: string): () => void {
  const original = Intl.DateTimeFormat.prototype.resolvedOptions;
  const stub = sinon.stub(Intl.DateTimeFormat.prototype, 'resolvedOptions').callsFake(function (
    this: Intl.DateTimeFormat,
  ) {
    return { ...original.call(this), timeZone: zone };
  });
  forgetVisitorTimeZone();
  return () => {
    stub.restore();
    forgetVisitorTimeZone();
  };
}

/** Sets <html lang> without changing the widgets' language (same primary subtag). */
function setPageLang(lang: string): void {
  document.documentElement.lang = lang;
}

const shift = (init: KeyboardEventInit = {}) =>
  document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true, ...init }));
const key = (name: string, init: KeyboardEventInit = {}) =>
  document.dispatchEvent(new KeyboardEvent('keyup', { key: name, bubbles: true, ...init }));

const KENYA: SiteHelpline = {
  country: 'KE',
  name: 'Example line',
  phone: '0800 000 000',
  tel: '+254800000000',
  source: 'https://example.org/kenya',
};

describe('<endht-help>', () => {
  let restoreZone: (() => void) | undefined;
  let navigate: sinon.SinonStub<[string], void>;

  beforeEach(() => {
    navigate = sinon.stub(helpClass(), 'navigate');
    restoreZone = fakeZone('UTC');
    localStorage.removeItem(STORAGE_KEY);
  });

  afterEach(async () => {
    navigate.restore();
    restoreZone?.();
    restoreZone = undefined;
    localStorage.removeItem(STORAGE_KEY);
    document.documentElement.style.removeProperty('visibility');
    await switchLang('en');
  });

  describe('the helpline of a country', () => {
    it('country="GB" shows 08000 121 700 as a tel: link, with its source', async () => {
      const { el, warnings } = await mount('<endht-help country="GB"></endht-help>');
      expect(warnings).to.deep.equal([]);
      const phone = phoneLink(el)!;
      expect(phone.getAttribute('href')).to.equal('tel:+448000121700');
      expect(phone.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Call 08000 121 700');
      expect(shadowText(el, '[part="helpline-name"]')).to.equal('Modern Slavery & Exploitation Helpline');
      const source = $(el, '[part="source-link"]') as HTMLAnchorElement;
      expect(source.href).to.equal('https://www.modernslaveryhelpline.org/');
      expect(source.getAttribute('aria-label')).to.equal('Source (opens modernslaveryhelpline.org in a new tab)');
      expect(source.rel).to.equal('noopener noreferrer');
      expect(shadowText(el, '[part="source"]')).to.include('Checked 3 December 2026');
      expect(shadowText(el, '.facts')).to.include('24 hours a day, 7 days a week');
    });

    it('country="US" shows the US line with its text option, TTY and the CyberTipline', async () => {
      const { el } = await mount('<endht-help country="us"></endht-help>');
      expect(el.country).to.equal('US');
      expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:+18883737888');
      const actions = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="action"]')];
      expect(actions.map((a) => [a.getAttribute('href'), a.textContent!.replace(/\s+/g, ' ').trim()])).to.deep.equal([
        ['sms:233733', 'Text 233733'],
        ['tel:711', 'TTY 711'],
      ]);
      expect(($(el, '[part="online-report"]') as HTMLAnchorElement).href).to.equal('https://report.cybertip.org/');
    });

    it('a country without an entry shows the international advice (emergency number, IOM, INHOPE)', async () => {
      const { el } = await mount('<endht-help country="FR"></endht-help>');
      expect(phoneLink(el)).to.equal(null);
      expect(shadowText(el, '[part="advice"]')).to.include('No helpline has been checked for France yet.');
      const iom = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="advice-link"]')!;
      expect(iom.href).to.equal('https://migrantinfo.iom.int/en/identify-signs-human-trafficking');
      expect(shadowText(el, '.emergency')).to.equal(
        'If someone is in immediate danger, call your local emergency number.',
      );
      expect(($(el, '[part="online-report"]') as HTMLAnchorElement).href).to.equal('https://www.inhope.org/EN');
      expect(select(el).value).to.equal('other');
    });

    it('a line that is not a dedicated trafficking line says what it is', async () => {
      const { el } = await mount('<endht-help country="AU"></endht-help>');
      expect(shadowText(el, '.kind')).to.equal('A police line. The authorities name it for reporting trafficking.');
      expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:131237');
      const { el: gb } = await mount('<endht-help country="GB"></endht-help>');
      expect(gb.shadowRoot!.querySelector('.kind')).to.equal(null);
    });

    it('a local name carries its language; a line reachable from abroad shows that number', async () => {
      const { el } = await mount('<endht-help country="MD"></endht-help>');
      const local = $(el, '[part="helpline-name"] [lang="ro"]');
      expect(local.textContent).to.equal('Linia Fierbinte Naţională');
      expect(el.shadowRoot!.querySelector('.abroad a')!.getAttribute('href')).to.equal('tel:+37322233309');
    });
  });

  describe('which country', () => {
    afterEach(() => switchLang('en'));

    it('the country attribute decides first (over <html lang> and the time zone)', async () => {
      setPageLang('en-GB');
      restoreZone?.();
      restoreZone = fakeZone('America/Chicago');
      const { el } = await mount('<endht-help country="IE"></endht-help>');
      expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:+3531800666111');
    });

    it('then the region of <html lang>: en-GB → GB', async () => {
      setPageLang('en-GB');
      restoreZone?.();
      restoreZone = fakeZone('America/Chicago');
      const { el } = await mount('<endht-help></endht-help>');
      expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:+448000121700');
    });

    it('a region without a line decides too (the international advice, named)', async () => {
      setPageLang('en-FR');
      restoreZone?.();
      restoreZone = fakeZone('Europe/London');
      const { el } = await mount('<endht-help></endht-help>');
      expect(phoneLink(el)).to.equal(null);
      expect(shadowText(el, '[part="advice"]')).to.include('France');
    });

    it('then the time zone: America/Chicago → US, Europe/Kiev → UA, Asia/Saigon → VN', async () => {
      for (const [zone, tel] of [
        ['America/Chicago', 'tel:+18883737888'],
        ['Europe/Kiev', 'tel:527'],
        ['Asia/Saigon', 'tel:111'],
        ['Australia/Perth', 'tel:131237'],
      ]) {
        restoreZone?.();
        restoreZone = fakeZone(zone!);
        const { el } = await mount('<endht-help></endht-help>');
        expect(phoneLink(el)!.getAttribute('href'), zone).to.equal(tel);
      }
    });

    it('an ambiguous or unlisted zone gives the international advice for "your country"', async () => {
      for (const zone of ['Asia/Bangkok', 'UTC', 'Asia/Kathmandu']) {
        restoreZone?.();
        restoreZone = fakeZone(zone);
        const { el } = await mount('<endht-help></endht-help>');
        expect(phoneLink(el), zone).to.equal(null);
        expect(shadowText(el, '[part="advice"]')).to.include('your country');
      }
    });

    it('zh-Hans and es-419 name no country: the time zone decides', async () => {
      setPageLang('es-419');
      restoreZone?.();
      restoreZone = fakeZone('America/Argentina/Buenos_Aires');
      await switchLang('es-419', 'es');
      const { el } = await mount('<endht-help></endht-help>');
      expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:145');
    });

    it('no request is made to find the country', async () => {
      const fetchSpy = sinon.spy(window, 'fetch');
      try {
        await mount('<endht-help></endht-help>');
        expect(fetchSpy.callCount).to.equal(0);
      } finally {
        fetchSpy.restore();
      }
    });
  });

  describe('the country list', () => {
    it('lists the countries with a line, by name in the page language, then "Other country"', async () => {
      const { el } = await mount('<endht-help country="GB"></endht-help>');
      const options = [...select(el).options];
      const names = options.map((o) => o.textContent!.trim());
      expect(names.at(-1)).to.equal('Other country');
      expect(names.slice(0, -1)).to.deep.equal([...names.slice(0, -1)].sort(new Intl.Collator('en-GB').compare));
      expect(options.length).to.equal(28);
      expect(select(el).value).to.equal('GB');
      expect($(el, 'label').getAttribute('for')).to.equal('country');
    });

    it('country names follow the language: Royaume-Uni in French', async () => {
      await switchLang('fr');
      const { el } = await mount('<endht-help country="GB"></endht-help>');
      expect(select(el).selectedOptions[0]!.textContent!.trim()).to.equal('Royaume-Uni');
      expect(shadowText(el, 'label')).to.equal('Pays');
    });

    it('choosing a country shows its line and fires endht-country-changed; "Other" shows the advice', async () => {
      const { el } = await mount('<endht-help country="GB"></endht-help>');
      const list = select(el);
      list.value = 'CA';
      setTimeout(() => list.dispatchEvent(new Event('change', { bubbles: true })));
      const event = await oneEvent(el, COUNTRY_CHANGED);
      expect(event).to.be.instanceOf(CustomEvent);
      expect(event.detail).to.deep.equal({ country: 'CA' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:+18339001010');
      list.value = 'other';
      setTimeout(() => list.dispatchEvent(new Event('change', { bubbles: true })));
      expect((await oneEvent(el, COUNTRY_CHANGED)).detail).to.deep.equal({ country: null });
      await el.updateComplete;
      expect(phoneLink(el)).to.equal(null);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    });

    it('the choice is kept for the page view only, unless remember-country', async () => {
      const { el } = await mount('<endht-help remember-country country="GB"></endht-help>');
      select(el).value = 'NZ';
      select(el).dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(localStorage.getItem(STORAGE_KEY)).to.equal('NZ');
      const { el: next } = await mount('<endht-help remember-country country="GB"></endht-help>');
      expect(phoneLink(next)!.getAttribute('href')).to.equal('tel:+64800555111');
      const { el: forgetful } = await mount('<endht-help country="GB"></endht-help>');
      expect(phoneLink(forgetful)!.getAttribute('href')).to.equal('tel:+448000121700');
    });

    it('a storage that throws changes nothing but memory', async () => {
      const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      try {
        const { el, warnings } = await mount('<endht-help remember-country country="GB"></endht-help>');
        select(el).value = 'IT';
        expect(() => select(el).dispatchEvent(new Event('change'))).not.to.throw();
        await el.updateComplete;
        expect(warnings).to.deep.equal([]);
        expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:+39800290290');
      } finally {
        Object.defineProperty(window, 'localStorage', original);
      }
    });
  });

  describe("a site's own lines", () => {
    it('the helplines property adds a country and replaces a built-in line', async () => {
      const el = await fixture<Help>(html`<endht-help country="KE"></endht-help>`);
      const own: SiteHelpline = { ...KENYA, hours: '24/7', kind: 'police', checked: '2027-01-02' };
      const gb: SiteHelpline = { ...KENYA, country: 'GB', name: 'Our partner line', tel: '+448000000000' };
      el.helplines = [own, gb];
      await el.updateComplete;
      expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:+254800000000');
      expect([...select(el).options].map((o) => o.value)).to.include('KE');
      el.country = 'GB';
      await el.updateComplete;
      expect(shadowText(el, '[part="helpline-name"]')).to.equal('Our partner line');
    });

    it('a JSON child supplies lines', async () => {
      const { el, warnings } = await mount(
        `<endht-help country="KE"><script type="application/json">${JSON.stringify([KENYA])}</script></endht-help>`,
      );
      expect(warnings).to.deep.equal([]);
      expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:+254800000000');
    });

    it(`more than ${MAX_SITE_HELPLINES} lines: one warning, and only the first ${MAX_SITE_HELPLINES} are used`, async () => {
      const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
      const builtIn = new Set(HELPLINES.map((line) => line.country));
      const codes: string[] = [];
      for (let a = 65; a <= 90; a++) {
        for (let b = 65; b <= 90; b++) {
          const code = String.fromCharCode(a, b);
          if (code !== 'ZZ' && !builtIn.has(code) && regions.of(code) !== undefined) codes.push(code);
        }
      }
      const lines = codes.slice(0, MAX_SITE_HELPLINES + 1).map((country) => ({ ...KENYA, country }));
      const el = await fixture<Help>(html`<endht-help></endht-help>`);
      const w = captureWarnings();
      try {
        el.helplines = lines;
        await el.updateComplete;
      } finally {
        w.restore();
      }
      expect(w.messages).to.deep.equal([
        `<endht-help>: helplines: ${MAX_SITE_HELPLINES + 1} entries, more than ${MAX_SITE_HELPLINES}; ` +
          `using the first ${MAX_SITE_HELPLINES}.`,
      ]);
      const offered = [...select(el).options].map((o) => o.value);
      expect(offered).to.include(lines[MAX_SITE_HELPLINES - 1]!.country);
      expect(offered).not.to.include(lines[MAX_SITE_HELPLINES]!.country);
    });

    const invalid: Array<[string, unknown, string]> = [
      ['a tel that is not E.164', [{ ...KENYA, tel: '0800 000 000' }], 'helplines[0].tel'],
      ['an http source', [{ ...KENYA, source: 'http://example.org/' }], 'helplines[0].source'],
      ['no name', [{ ...KENYA, name: ' ' }], 'helplines[0].name'],
      ['an unknown country', [{ ...KENYA, country: 'XX' }], 'helplines[0].country'],
      ['a second line for a country', [KENYA, KENYA], 'helplines[1].country'],
      ['a javascript: chat', [{ ...KENYA, chat: 'javascript:alert(1)' }], 'helplines[0].chat'],
      ['hours other than 24/7', [{ ...KENYA, hours: '9-5' }], 'helplines[0].hours'],
      ['not an array', { KE: KENYA }, 'helplines'],
    ];
    for (const [what, value, path] of invalid) {
      it(`${what}: one warning naming ${path}, and the built-in table`, async () => {
        const el = await fixture<Help>(html`<endht-help country="KE"></endht-help>`);
        const w = captureWarnings();
        try {
          el.helplines = value as SiteHelpline[];
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
        } finally {
          w.restore();
        }
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.match(new RegExp(`^<endht-help>: ${path.replace(/[[\]]/g, '\\$&')}=`));
        expect(w.messages[0]).to.include('using the built-in helplines');
        expect(phoneLink(el)).to.equal(null);
        expect([...select(el).options].map((o) => o.value)).not.to.include('KE');
      });
    }

    it('invalid JSON: one warning, the built-in table', async () => {
      const { el, warnings } = await mount(
        '<endht-help country="GB"><script type="application/json">[{"country": </script></endht-help>',
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^<endht-help>: JSON helplines=/);
      expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:+448000121700');
    });
  });

  describe('topics', () => {
    it('topic="report" is the default; topic="signs" shows IOM’s signs with UNODC’s caution and one source', async () => {
      const { el } = await mount('<endht-help topic="signs"></endht-help>');
      const topics = el.shadowRoot!.querySelectorAll('[part="topic"]');
      expect(topics).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('.signs [part="list"] li')).to.have.length(5);
      expect(shadowText(el, '[part="caution"]')).to.match(/^These signs are not proof\./);
      const sources = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="source-link"]');
      expect([...sources].map((a) => a.href)).to.deep.equal([
        'https://migrantinfo.iom.int/en/identify-signs-human-trafficking',
      ]);
      const { el: plain } = await mount('<endht-help></endht-help>');
      expect(plain.shadowRoot!.querySelector('.report')).not.to.equal(null);
    });

    it('topics shows several, in the order given, each with one source link', async () => {
      const { el } = await mount('<endht-help topics="report, signs online" country="GB"></endht-help>');
      const topics = [...el.shadowRoot!.querySelectorAll('[part="topic"]')].map((t) => t.classList[1]);
      expect(topics).to.deep.equal(['report', 'signs', 'online']);
      expect(el.shadowRoot!.querySelectorAll('[part="source-link"]')).to.have.length(3);
    });

    it('topics="none" shows only the quick exit (and nothing without it)', async () => {
      const { el } = await mount('<endht-help topics="none" quick-exit></endht-help>');
      expect(el.shadowRoot!.querySelector('[part="topic"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="exit"]')).not.to.equal(null);
      const { el: empty } = await mount('<endht-help topics="none"></endht-help>');
      expect(empty.shadowRoot!.querySelector('.base')).to.equal(null);
    });
  });

  describe('bad input: one warning, then the default', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['topic="faq"', 'topic', /^<endht-help>: topic="faq" is not valid; using "report"\.$/],
      ['topics="signs, faq"', 'topics', /^<endht-help>: topics="signs, faq" is not valid; using "signs"\.$/],
      ['country="Britain"', 'country', /^<endht-help>: country="Britain" is not valid; using the visitor's country\.$/],
      ['country="ZZ"', 'country', /^<endht-help>: country="ZZ" is not valid/],
      ['exit-url="javascript:alert(1)"', 'exit-url', /^<endht-help>: exit-url="javascript:alert\(1\)" is not valid/],
      ['exit-position="left"', 'exit-position', /^<endht-help>: exit-position="left" is not valid; using "top"\.$/],
      ['safety-url="data:text/html,x"', 'safety-url', /^<endht-help>: safety-url="data:text\/html,x" is not valid/],
    ];
    for (const [attribute, name, message] of cases) {
      it(`${attribute}: one warning`, async () => {
        const { el, warnings } = await mount(`<endht-help quick-exit ${attribute}></endht-help>`);
        expect(warnings, name).to.have.length(1);
        expect(warnings[0]).to.match(message);
        const w = captureWarnings();
        el.requestUpdate();
        await el.updateComplete;
        w.restore();
        expect(w.messages).to.deep.equal([]);
      });
    }

    it('the defaults are written back', async () => {
      const { el } = await mount(
        '<endht-help quick-exit topic="faq" exit-url="ftp://x" exit-position="left" country="??"></endht-help>',
      );
      expect([el.topic, el.exitUrl, el.exitPosition, el.country]).to.deep.equal([
        'report',
        DEFAULT_EXIT_URL,
        'top',
        undefined,
      ]);
      expect($(el, '[part="exit"]').getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
    });
  });

  describe('quick exit', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => {
      clock?.restore();
      clock = undefined;
    });

    const status = (el: Element) => $(el, '[role="status"]').textContent!.trim();

    it('the button: "Leave this site", named "Emergency: Leave this site", rel nofollow noreferrer, a plain link', async () => {
      const { el } = await mount('<endht-help quick-exit></endht-help>');
      const exit = $(el, '[part="exit"]') as HTMLAnchorElement;
      expect(exit.localName).to.equal('a');
      expect(exit.getAttribute('href')).to.equal('https://worldweather.wmo.int/');
      expect(exit.rel).to.equal('nofollow noreferrer');
      expect(exit.hasAttribute('target')).to.equal(false);
      expect(exit.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergency: Leave this site');
      expect(exit.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('Emergency:');
      expect(getComputedStyle(exit.parentElement!).position).to.equal('fixed');
      expect(shadowText(el, '[part="exit-note"]')).to.include('history still lists this site');
    });

    it('exit-position="bottom" keeps it at the bottom edge; top by default', async () => {
      const { el: top } = await mount('<endht-help quick-exit></endht-help>');
      const { el: bottom } = await mount('<endht-help quick-exit exit-position="bottom"></endht-help>');
      const rect = (el: Element) => $(el, '[part="exit"]').getBoundingClientRect();
      expect(rect(top).top).to.be.lessThan(100);
      expect(rect(bottom).bottom).to.be.greaterThan(window.innerHeight - 100);
    });

    it('Shift pressed 3 times hides the page and leaves with location.replace', async () => {
      const { el } = await mount('<endht-help quick-exit country="GB"></endht-help>');
      let fired: ExitTriggeredEvent | undefined;
      el.addEventListener(EXIT_TRIGGERED, (e) => (fired = e));
      shift();
      await el.updateComplete;
      expect(status(el)).to.equal('Shift, press 2 more times to leave this site.');
      expect(el.shadowRoot!.querySelectorAll('.dot.on')).to.have.length(1);
      shift();
      await el.updateComplete;
      expect(status(el)).to.equal('Shift, press 1 more time to leave this site.');
      expect(navigate.callCount).to.equal(0);
      shift();
      expect(navigate.calledOnceWithExactly('https://worldweather.wmo.int/')).to.equal(true);
      expect(document.documentElement.style.getPropertyValue('visibility')).to.equal('hidden');
      expect(document.documentElement.style.getPropertyPriority('visibility')).to.equal('important');
      const dialog = $(el, 'dialog') as HTMLDialogElement;
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelector('[role="alert"]')!.textContent).to.equal('Leaving…');
      expect(fired?.detail).to.deep.equal({ url: 'https://worldweather.wmo.int/', trigger: 'shortcut' });
      expect(fired!.cancelable).to.equal(false);
      await el.updateComplete;
      expect(getComputedStyle($(el, '.base')).visibility).to.equal('hidden');
      expect(getComputedStyle(dialog).visibility).to.equal('visible');
      // Escape does not close the blank screen.
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
      expect(dialog.open).to.equal(true);
      // Back from the next page (bfcache): the page is shown again.
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(document.documentElement.style.getPropertyValue('visibility')).to.equal('');
      expect(dialog.open).to.equal(false);
      expect(getComputedStyle($(el, '.base')).visibility).to.equal('visible');
    });

    it('up to 5 seconds between presses (the timer restarts on each press)', async () => {
      clock = fakeClock('2027-01-15T12:00:00Z');
      await mount('<endht-help quick-exit topics="none"></endht-help>');
      shift();
      clock.tick(SHORTCUT_TIMEOUT_MS - 1);
      shift();
      clock.tick(SHORTCUT_TIMEOUT_MS - 1);
      shift();
      expect(navigate.callCount).to.equal(1);
    });

    it('after 5 seconds without a press the count resets, and says so', async () => {
      clock = fakeClock('2027-01-15T12:00:00Z');
      const { el } = await mount('<endht-help quick-exit topics="none"></endht-help>');
      shift();
      shift();
      clock.tick(SHORTCUT_TIMEOUT_MS);
      await el.updateComplete;
      expect(status(el)).to.equal('Shortcut to leave this site timed out.');
      expect(el.shadowRoot!.querySelector('.dots')).to.equal(null);
      shift();
      expect(navigate.callCount).to.equal(0);
      clock.tick(SHORTCUT_TIMEOUT_MS);
      await el.updateComplete;
      shift();
      shift();
      expect(navigate.callCount).to.equal(0);
    });

    it('any other key resets the count; Shift used as a modifier does not count', async () => {
      await mount('<endht-help quick-exit topics="none"></endht-help>');
      shift();
      shift();
      key('a');
      shift();
      shift();
      expect(navigate.callCount).to.equal(0);
      key('A', { shiftKey: true }); // Shift+A: "A" released with Shift held…
      shift(); // …then Shift: not a press of its own.
      shift();
      shift();
      expect(navigate.callCount).to.equal(0);
      shift();
      expect(navigate.callCount).to.equal(1);
    });

    it('the button leaves at once with location.replace (its default navigation prevented)', async () => {
      const { el } = await mount('<endht-help quick-exit exit-url="https://example.org/weather"></endht-help>');
      const exit = $(el, '[part="exit"]');
      setTimeout(() => exit.click());
      const event = await oneEvent(el, EXIT_TRIGGERED);
      expect(event.detail).to.deep.equal({ url: 'https://example.org/weather', trigger: 'button' });
      expect(navigate.calledOnceWithExactly('https://example.org/weather')).to.equal(true);
    });

    it('a page link marked data-endht-quick-exit leaves the same way', async () => {
      const host = await fixture<HTMLElement>(
        html`<div>
          <a data-endht-quick-exit href="https://worldweather.wmo.int/">Leave this site</a>
          <endht-help quick-exit topics="none"></endht-help>
        </div>`,
      );
      const el = host.querySelector<Help>('endht-help')!;
      await el.updateComplete;
      const link = host.querySelector('a')!;
      const click = new MouseEvent('click', { bubbles: true, cancelable: true });
      let trigger = '';
      el.addEventListener(EXIT_TRIGGERED, (e) => (trigger = e.detail.trigger));
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      expect(trigger).to.equal('link');
      expect(navigate.callCount).to.equal(1);
    });

    it('two elements with a quick exit leave once; without quick-exit or once removed, Shift does nothing', async () => {
      const host = await fixture<HTMLElement>(
        html`<div>
          <endht-help quick-exit topics="none"></endht-help><endht-help quick-exit topics="none"></endht-help>
        </div>`,
      );
      shift();
      shift();
      shift();
      expect(navigate.callCount).to.equal(1);
      for (const el of host.querySelectorAll('endht-help')) el.remove();
      document.documentElement.style.removeProperty('visibility');
      shift();
      shift();
      shift();
      await mount('<endht-help></endht-help>');
      shift();
      shift();
      shift();
      expect(navigate.callCount).to.equal(1);
    });

    it('turning quick-exit off stops listening', async () => {
      const { el } = await mount('<endht-help quick-exit></endht-help>');
      el.quickExit = false;
      await el.updateComplete;
      shift();
      shift();
      shift();
      expect(navigate.callCount).to.equal(0);
      expect(el.shadowRoot!.querySelector('[part="exit"]')).to.equal(null);
    });

    it('no storage is read or written by the quick exit', async () => {
      const getItem = sinon.spy(Storage.prototype, 'getItem');
      const setItem = sinon.spy(Storage.prototype, 'setItem');
      try {
        const { el } = await mount('<endht-help quick-exit topics="none"></endht-help>');
        shift();
        shift();
        shift();
        $(el, '[part="exit"]').click();
        expect(getItem.callCount + setItem.callCount).to.equal(0);
      } finally {
        getItem.restore();
        setItem.restore();
      }
    });
  });

  describe('six languages, two themes, right to left', () => {
    for (const lang of LOCALES) {
      for (const theme of ['light', 'dark']) {
        it(`axe clean: ${lang}, ${theme}`, async () => {
          await switchLang(lang);
          const el = await fixture(
            html`<div>
              <endht-help theme=${theme} topics="signs online report" country="US" quick-exit></endht-help>
              <endht-help theme=${theme} country="FR"></endht-help>
              <endht-help theme=${theme} country="DE"></endht-help>
            </div>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }

    it('every message is translated (no English left in French, Arabic, Chinese)', async () => {
      for (const lang of ['fr', 'ar', 'zh-Hans']) {
        await switchLang(lang);
        const el = await fixture<Help>(
          html`<endht-help topics="signs online report" country="FR" quick-exit></endht-help>`,
        );
        const text = shadowText(el);
        for (const english of [
          'Know the signs',
          'Stay safe online',
          'Get help or report',
          'Leave this site',
          'Country',
        ]) {
          expect(text, `${lang}: ${english}`).not.to.include(english);
        }
      }
    });

    it('Arabic renders right to left, the exit button at the left edge', async () => {
      await switchLang('ar');
      const el = await fixture<Help>(html`<endht-help country="GB" quick-exit></endht-help>`);
      const base = $(el, '.base');
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle($(el, '.helpline')).direction).to.equal('rtl');
      const exit = $(el, '[part="exit"]').getBoundingClientRect();
      expect(exit.left).to.be.lessThan(window.innerWidth / 2);
      // The number reads left to right inside the Arabic text.
      expect($(el, '.number').getAttribute('dir')).to.equal('ltr');
    });
  });

  describe('layout', () => {
    it('topics sit side by side from 960 px, one under the other below', async () => {
      const tops = async (width: number) => {
        const el = await fixture<Help>(
          html`<endht-help style="width:${width}px" topics="signs online report" country="GB"></endht-help>`,
        );
        return [...el.shadowRoot!.querySelectorAll('[part="topic"]')].map((t) => t.getBoundingClientRect().top);
      };
      const wide = await tops(980);
      expect(new Set(wide).size).to.equal(1);
      const narrow = await tops(320);
      expect(narrow[0]).to.be.lessThan(narrow[1]!);
      expect(narrow[1]).to.be.lessThan(narrow[2]!);
    });

    it('nothing overflows at 280 px (the number never breaks)', async () => {
      const el = await fixture<Help>(html`<endht-help style="width:280px" country="LT"></endht-help>`);
      const number = $(el, '.number');
      expect(number.getBoundingClientRect().right).to.be.at.most($(el, '.base').getBoundingClientRect().right);
      expect(number.getClientRects()).to.have.length(1);
    });

    it('the light-DOM fallback is not rendered once the element is defined', async () => {
      const el = await fixture<Help>(
        html`<endht-help country="GB"
          ><p id="fallback">Call <a href="tel:+448000121700">08000 121 700</a></p></endht-help
        >`,
      );
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(el.querySelector('#fallback')!.getClientRects()).to.have.length(0);
    });

    it('targets are at least 24 × 24 px', async () => {
      const el = await fixture<Help>(html`<endht-help country="US" quick-exit topics="report"></endht-help>`);
      const targets =
        '[part="phone"], [part="action"], [part="exit"], select, [part="source-link"], [part="advice-link"]';
      for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>(targets)) {
        const rect = target.getBoundingClientRect();
        expect(rect.height, target.outerHTML.slice(0, 60)).to.be.at.least(24);
        expect(rect.width, target.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });
  });
});
