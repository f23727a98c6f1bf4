// Runs once per visitor zone, in browsers started with TZ=<zone> (see the wtr config): the
// countdown has no time-zone attribute, so it must use the browser's own zone.
import { fixture, html, expect } from '@open-wc/testing';
import '../src/index.js';
import type { EndhtCountdown } from '../src/elements/countdown/countdown.js';
import { fakeClock, type FakeClock } from './helpers.js';

const values = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="value"]')].map((v) => v.textContent!.trim());

type Case = { now: string; expect: string[] | 'day' };
/** Expected values computed independently (Python zoneinfo). */
const TABLE: Record<string, { dayStartsUtc: string; cases: Case[] }> = {
  UTC: {
    dayStartsUtc: '2027-07-30T00:00:00Z',
    cases: [
      { now: '2027-01-15T08:30:15Z', expect: ['195', '15', '29', '45'] },
      { now: '2027-07-30T23:59:59Z', expect: 'day' },
      { now: '2027-07-31T00:00:00Z', expect: ['365', '00', '00', '00'] },
    ],
  },
  'Asia/Kathmandu': {
    dayStartsUtc: '2027-07-29T18:15:00Z',
    cases: [
      { now: '2027-01-01T00:00:00Z', expect: ['209', '18', '15', '00'] },
      { now: '2027-07-30T18:14:59Z', expect: 'day' },
      { now: '2027-07-30T18:15:00Z', expect: ['365', '00', '00', '00'] },
    ],
  },
  'America/New_York': {
    dayStartsUtc: '2027-07-30T04:00:00Z',
    cases: [
      { now: '2027-03-13T12:00:00Z', expect: ['138', '16', '00', '00'] }, // DST starts 14 March
      { now: '2027-03-14T12:00:00Z', expect: ['137', '16', '00', '00'] },
      { now: '2027-11-06T12:00:00Z', expect: ['266', '16', '00', '00'] }, // DST ends 7 Nov
      { now: '2027-11-08T12:00:00Z', expect: ['264', '16', '00', '00'] },
    ],
  },
};

// Chromium reports ICU's older canonical spelling for some zones.
const ALIASES: Record<string, string> = { 'Asia/Katmandu': 'Asia/Kathmandu', 'Etc/UTC': 'UTC', 'Etc/Universal': 'UTC' };
const reported = new Intl.DateTimeFormat().resolvedOptions().timeZone;
const zone = ALIASES[reported] ?? reported;

describe(`visitor zone (browser started with TZ=${zone})`, () => {
  let clock: FakeClock | undefined;
  afterEach(() => clock?.restore());

  it('is one of the zones this suite knows', () => {
    expect(Object.keys(TABLE)).to.include(zone);
  });

  const t = TABLE[zone] ?? { dayStartsUtc: '', cases: [] };
  for (const c of t.cases) {
    it(`${c.now} → ${Array.isArray(c.expect) ? c.expect.join(':') : c.expect}`, async () => {
      clock = fakeClock(c.now);
      const el = await fixture<EndhtCountdown>(html`<endht-countdown></endht-countdown>`);
      if (c.expect === 'day') expect(el.phase).to.equal('day');
      else expect(values(el)).to.deep.equal(c.expect);
    });
  }

  it('the day begins at local midnight: one second before it, then the day-of state', async () => {
    clock = fakeClock(Date.parse(t.dayStartsUtc) - 1000);
    const el = await fixture<EndhtCountdown>(html`<endht-countdown></endht-countdown>`);
    let fired = 0;
    el.addEventListener('endht-day-started', () => fired++);
    expect(values(el)).to.deep.equal(['0', '00', '00', '01']);
    clock.tick(1000);
    await el.updateComplete;
    expect(el.phase).to.equal('day');
    expect(fired).to.equal(1);
  });
});
