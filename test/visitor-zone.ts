/*
 * For the visitor-zone suites (test/zones*.test.ts), which run once per zone in browsers started
 * with TZ=<zone> (see the wtr config): the zone the browser runs in, the countdown's expected
 * numbers in each zone, and the countdown's suite itself. Nothing from src/ is imported: the
 * suite runs on whichever definition of <endht-countdown> the page has (the source's, or the
 * built file's).
 */
import { fixture, html, expect } from '@open-wc/testing';
import sinon from 'sinon';

// Chromium reports ICU's older canonical spelling for some zones.
const ALIASES: Record<string, string> = { 'Asia/Katmandu': 'Asia/Kathmandu', 'Etc/UTC': 'UTC', 'Etc/Universal': 'UTC' };
const reported = new Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The browser's own time zone, by its current IANA name. */
export const visitorZone = ALIASES[reported] ?? reported;

export type CountdownCase = { now: string; expect: string[] | 'day' };

/**
 * A countdown without a time-zone attribute, in each visitor zone: when 30 July begins there
 * (in UTC) and [days, hours, minutes, seconds] at given instants. Computed independently
 * (Python zoneinfo), not by our code.
 */
export const COUNTDOWN_BY_ZONE: Record<string, { dayStartsUtc: string; cases: CountdownCase[] }> = {
  UTC: {
    dayStartsUtc: '2027-07-30T00:00:00Z',
    cases: [
      { now: '2027-01-15T08:30:15Z', expect: ['195', '15', '29', '45'] },
      { now: '2027-07-30T23:59:59Z', expect: 'day' },
      { now: '2027-07-31T00:00:00Z', expect: ['365', '00', '00', '00'] },
      { now: '2028-02-28T00:00:00Z', expect: ['153', '00', '00', '00'] }, // 2028 is a leap year
    ],
  },
  'Asia/Kathmandu': {
    dayStartsUtc: '2027-07-29T18:15:00Z',
    cases: [
      { now: '2027-01-01T00:00:00Z', expect: ['209', '18', '15', '00'] },
      { now: '2027-07-30T18:14:59Z', expect: 'day' },
      { now: '2027-07-30T18:15:00Z', expect: ['365', '00', '00', '00'] },
      { now: '2028-03-01T00:00:00Z', expect: ['150', '18', '15', '00'] }, // after 29 February 2028
    ],
  },
  'America/New_York': {
    dayStartsUtc: '2027-07-30T04:00:00Z',
    cases: [
      { now: '2027-03-13T12:00:00Z', expect: ['138', '16', '00', '00'] }, // DST starts 14 March
      { now: '2027-03-14T12:00:00Z', expect: ['137', '16', '00', '00'] },
      { now: '2027-11-06T12:00:00Z', expect: ['266', '16', '00', '00'] }, // DST ends 7 Nov
      { now: '2027-11-08T12:00:00Z', expect: ['264', '16', '00', '00'] },
      { now: '2028-02-28T12:00:00Z', expect: ['152', '16', '00', '00'] }, // across 29 February 2028
    ],
  },
};

type Countdown = HTMLElement & { phase: string; updateComplete: Promise<unknown> };
const values = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="value"]')].map((v) => v.textContent!.trim());
const fake = (now: number) =>
  sinon.useFakeTimers({ now, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });

/**
 * A countdown without a time-zone attribute must count in the browser's own zone: the numbers
 * of COUNTDOWN_BY_ZONE, and the day-of state from local midnight (with endht-day-started once).
 * `load` runs before the tests (imports the definition under test).
 */
export function describeCountdownInVisitorZone(title: string, load?: () => Promise<unknown>): void {
  describe(`${title} (browser started with TZ=${visitorZone})`, () => {
    let clock: sinon.SinonFakeTimers | undefined;
    if (load) before(load);
    afterEach(() => clock?.restore());

    it('is one of the zones this suite knows', () => {
      expect(Object.keys(COUNTDOWN_BY_ZONE)).to.include(visitorZone);
    });

    const t = COUNTDOWN_BY_ZONE[visitorZone] ?? { dayStartsUtc: '', cases: [] };
    for (const c of t.cases) {
      it(`${c.now} → ${Array.isArray(c.expect) ? c.expect.join(':') : c.expect}`, async () => {
        clock = fake(Date.parse(c.now));
        const el = await fixture<Countdown>(html`<endht-countdown></endht-countdown>`);
        if (c.expect === 'day') expect(el.phase).to.equal('day');
        else expect(values(el)).to.deep.equal(c.expect);
      });
    }

    it('the day begins at local midnight: one second before it, then the day-of state', async () => {
      clock = fake(Date.parse(t.dayStartsUtc) - 1000);
      const el = await fixture<Countdown>(html`<endht-countdown></endht-countdown>`);
      let fired = 0;
      el.addEventListener('endht-day-started', () => fired++);
      expect(values(el)).to.deep.equal(['0', '00', '00', '01']);
      clock.tick(1000);
      await el.updateComplete;
      expect(el.phase).to.equal('day');
      expect(fired).to.equal(1);
    });
  });
}

type Takeover = HTMLElement & { visible: boolean; updateComplete: Promise<unknown> };
const dialogOf = (el: Element) => el.shadowRoot!.querySelector('dialog');

/**
 * The takeover and the preview in the browser's own zone: the takeover opens at local midnight
 * of 30 July (COUNTDOWN_BY_ZONE's instants), without a reload; `#endht-date=2027-07-30` is that
 * date (noon) in every zone, and `…T23:59` a minute before the Day. `load` imports the definition.
 */
export function describeTakeoverInVisitorZone(title: string, load?: () => Promise<unknown>): void {
  describe(`${title} (browser started with TZ=${visitorZone})`, () => {
    let clock: sinon.SinonFakeTimers | undefined;
    if (load) before(load);
    afterEach(() => {
      for (const el of document.querySelectorAll('endht-blue-heart')) dialogOf(el)?.close();
      clock?.restore();
      clock = undefined;
      history.replaceState(null, '', location.pathname + location.search);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      for (const key of Object.keys(localStorage)) if (key.startsWith('endht-')) localStorage.removeItem(key);
    });
    const dayStarts = Date.parse((COUNTDOWN_BY_ZONE[visitorZone] ?? { dayStartsUtc: '' }).dayStartsUtc);

    it('the takeover opens at local midnight of 30 July, one second after nothing', async () => {
      clock = fake(dayStarts - 1000);
      const el = await fixture<Takeover>(html`<endht-blue-heart variant="takeover"></endht-blue-heart>`);
      expect(el.visible).to.equal(false);
      clock.tick(1000);
      await el.updateComplete;
      expect(dialogOf(el)?.open).to.equal(true);
    });

    it('#endht-date=2027-07-30 is 30 July here; 2027-07-29T23:59 reaches the Day a minute later', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#endht-date=2027-07-30`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      const countdown = await fixture<Countdown>(html`<endht-countdown></endht-countdown>`);
      expect(countdown.phase).to.equal('day');
      const label = countdown.shadowRoot!.querySelector('[part="preview"]')!.textContent!.trim();
      expect(label).to.equal('Preview: 30 July 2027');
      clock = fake(Date.now());
      history.replaceState(null, '', `${location.pathname}${location.search}#endht-date=2027-07-29T23:59`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      const el = await fixture<Takeover>(html`<endht-blue-heart variant="takeover"></endht-blue-heart>`);
      expect(el.visible).to.equal(false);
      clock.tick(60_000);
      await el.updateComplete;
      expect(dialogOf(el)?.open).to.equal(true);
    });
  });
}
