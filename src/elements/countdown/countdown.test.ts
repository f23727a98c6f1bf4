import { fixture, html, expect } from '@open-wc/testing';
import '../../index.js';
import type { EndhtCountdown } from './countdown.js';
import { DayStartedEvent } from './countdown.js';
import { clockState } from '../../core/clock.js';
import {
  $,
  LOCALES,
  captureWarnings,
  fakeClock,
  restorePageVisibility,
  setPageVisibility,
  shadowText,
  switchLang,
  type FakeClock,
} from '../../../test/helpers.js';

const values = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="value"]')].map((v) => v.textContent!.trim());
/** The timer's aria-label, with Intl's no-break spaces as plain spaces. */
const timerLabel = (el: Element) =>
  ($(el, '[role="timer"]').getAttribute('aria-label') ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** Every expected number below was computed independently (Python zoneinfo), not by this code. */
describe('<endht-countdown>', () => {
  let clock: FakeClock | undefined;
  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    await switchLang('en');
  });

  describe('numbers with a fixed clock and zone', () => {
    const cases: Array<{ now: string; zone: string; expect: [number, number, number, number]; year: number }> = [
      { now: '2027-01-15T08:30:15Z', zone: 'UTC', expect: [195, 15, 29, 45], year: 2027 }, // winter
      { now: '2026-11-27T12:00:00Z', zone: 'UTC', expect: [244, 12, 0, 0], year: 2027 },
      { now: '2028-02-28T00:00:00Z', zone: 'UTC', expect: [153, 0, 0, 0], year: 2028 }, // leap year: 29 Feb counts
      { now: '2028-02-29T12:00:00Z', zone: 'UTC', expect: [151, 12, 0, 0], year: 2028 },
      { now: '2027-03-13T12:00:00Z', zone: 'America/New_York', expect: [138, 16, 0, 0], year: 2027 }, // across the DST start
      { now: '2027-11-06T12:00:00Z', zone: 'America/New_York', expect: [266, 16, 0, 0], year: 2028 }, // across the DST end
      { now: '2027-01-01T00:00:00Z', zone: 'Asia/Kathmandu', expect: [209, 18, 15, 0], year: 2027 }, // +5:45
      { now: '2027-01-01T00:00:00Z', zone: 'Pacific/Kiritimati', expect: [209, 10, 0, 0], year: 2027 }, // +14
      { now: '2027-01-01T00:00:00Z', zone: 'Pacific/Pago_Pago', expect: [210, 11, 0, 0], year: 2027 }, // −11
      { now: '2027-07-31T00:00:00Z', zone: 'UTC', expect: [365, 0, 0, 0], year: 2028 }, // 31 July → next year
    ];
    for (const c of cases) {
      it(`${c.now} in ${c.zone} → ${c.expect.join(' d ')} s to 30 July ${c.year}`, async () => {
        clock = fakeClock(c.now);
        const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone=${c.zone}></endht-countdown>`);
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(values(el)).to.deep.equal([String(c.expect[0]), pad(c.expect[1]), pad(c.expect[2]), pad(c.expect[3])]);
        expect(el.remaining).to.include({
          days: c.expect[0],
          hours: c.expect[1],
          minutes: c.expect[2],
          seconds: c.expect[3],
        });
        expect($(el, 'time').getAttribute('datetime')).to.equal(`${c.year}-07-30`);
        expect(shadowText(el, '[part="date"]')).to.equal(`30 July ${c.year}`);
        expect(el.phase).to.equal('counting');
      });
    }

    it('ticks each second with one shared timer and shows the new value', async () => {
      clock = fakeClock('2027-01-15T08:30:15Z');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
      clock.tick(1000);
      await el.updateComplete;
      expect(values(el)).to.deep.equal(['195', '15', '29', '44']);
      clock.tick(45_000);
      await el.updateComplete;
      expect(values(el)).to.deep.equal(['195', '15', '28', '59']);
    });

    it('a timer aligned to the next second boundary, even when started mid-second', async () => {
      clock = fakeClock(Date.parse('2027-01-15T08:30:15Z') + 400);
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
      expect(values(el)[3]).to.equal('45'); // 44.6 s left, rounded up
      clock.tick(599);
      await el.updateComplete;
      expect(values(el)[3]).to.equal('45'); // no tick yet: 44.001 s left still reads 45
      clock.tick(1);
      await el.updateComplete;
      expect(values(el)[3]).to.equal('44'); // the tick lands exactly on the boundary: 44.000 s
      clock.tick(999);
      await el.updateComplete;
      expect(values(el)[3]).to.equal('44');
      clock.tick(1);
      await el.updateComplete;
      expect(values(el)[3]).to.equal('43');
    });
  });

  describe('the day itself', () => {
    it('29 July 23:59:58 → 30 July 00:00 switches without reload and fires endht-day-started once', async () => {
      clock = fakeClock('2027-07-29T23:59:58Z');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
      const events: DayStartedEvent[] = [];
      document.addEventListener('endht-day-started', (e) => events.push(e));
      expect(values(el)).to.deep.equal(['0', '00', '00', '02']);
      expect(timerLabel(el)).to.equal('World Day against Trafficking in Persons, 30 July 2027: 2 seconds to go.');
      clock.tick(1000);
      await el.updateComplete;
      expect(values(el)).to.deep.equal(['0', '00', '00', '01']);
      expect(events).to.have.length(0);
      clock.tick(1000);
      await el.updateComplete;
      expect(el.phase).to.equal('day');
      expect(el.shadowRoot!.querySelector('[role="timer"]')).to.equal(null);
      expect(shadowText(el, '[part="name"]')).to.equal('Today is the World Day against Trafficking in Persons');
      expect(el.shadowRoot!.querySelector('[part="heart"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(events).to.have.length(1);
      expect(events[0]).to.be.instanceOf(DayStartedEvent);
      expect(events[0]!.detail.date).to.equal('2027-07-30');
      expect(events[0]!.detail.timeZone).to.equal('UTC');
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      clock.tick(3_600_000);
      await el.updateComplete;
      expect(events).to.have.length(1);
    });

    it('does not fire endht-day-started when the page is opened on the day, or when code changes the zone', async () => {
      clock = fakeClock('2027-07-30T12:00:00Z');
      let fired = 0;
      const count = () => fired++;
      document.addEventListener('endht-day-started', count);
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="Europe/Vienna"></endht-countdown>`);
      expect(el.phase).to.equal('day');
      el.timeZone = 'Pacific/Pago_Pago'; // 01:00 on 30 July there
      await el.updateComplete;
      expect(el.phase).to.equal('day');
      el.timeZone = 'Pacific/Kiritimati'; // already 31 July → counting
      await el.updateComplete;
      expect(el.phase).to.equal('counting');
      el.timeZone = 'UTC';
      await el.updateComplete;
      expect(el.phase).to.equal('day');
      clock.tick(60_000);
      await el.updateComplete;
      document.removeEventListener('endht-day-started', count);
      expect(fired).to.equal(0);
    });

    it('stays in the day-of state for the whole of 30 July, then counts to next year', async () => {
      clock = fakeClock('2027-07-30T00:00:00Z');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
      expect(el.phase).to.equal('day');
      expect(el.remaining).to.equal(null);
      clock.tick(86_399_000); // 23:59:59
      await el.updateComplete;
      expect(el.phase).to.equal('day');
      clock.tick(1000); // 31 July 00:00:00
      await el.updateComplete;
      expect(el.phase).to.equal('counting');
      expect(values(el)).to.deep.equal(['365', '00', '00', '00']);
      expect(shadowText(el, '[part="date"]')).to.equal('30 July 2028');
    });

    it('shows the year’s theme on the day where one is known', async () => {
      clock = fakeClock('2025-07-30T09:00:00Z');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
      expect(shadowText(el, '[part="theme"]')).to.equal(
        'Theme 2025: Human Trafficking is Organized Crime – End the Exploitation',
      );
      clock.setSystemTime(Date.parse('2026-07-30T09:00:00Z'));
      clock.tick(1000);
      await el.updateComplete; // 30 July 2026: no theme known
      expect(el.phase).to.equal('day');
      expect(el.shadowRoot!.querySelector('[part="theme"]')).to.equal(null);
    });

    it('in Pacific/Kiritimati (+14) the day starts at 10:00 UTC on 29 July', async () => {
      clock = fakeClock('2027-07-29T09:59:59Z');
      const el = await fixture<EndhtCountdown>(
        html`<endht-countdown time-zone="Pacific/Kiritimati"></endht-countdown>`,
      );
      expect(values(el)).to.deep.equal(['0', '00', '00', '01']);
      clock.tick(1000);
      await el.updateComplete;
      expect(el.phase).to.equal('day');
    });

    it('in Pacific/Pago_Pago (−11) the day lasts until 11:00 UTC on 31 July', async () => {
      clock = fakeClock('2027-07-30T10:59:59Z');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="Pacific/Pago_Pago"></endht-countdown>`);
      expect(values(el)).to.deep.equal(['0', '00', '00', '01']);
      clock.tick(1000);
      await el.updateComplete;
      expect(el.phase).to.equal('day');
      clock.tick(86_399_000);
      await el.updateComplete;
      expect(el.phase).to.equal('day');
      clock.tick(1000);
      await el.updateComplete;
      expect(el.phase).to.equal('counting');
      expect(shadowText(el, '[part="date"]')).to.equal('30 July 2028');
    });
  });

  describe('attributes', () => {
    it('precision="hour" / "day" / "minute" hide the smaller units', async () => {
      clock = fakeClock('2027-01-15T08:30:15Z');
      // 195 d 15 h 29 min 45 s left: each precision rounds up to its smallest unit.
      const el = await fixture<EndhtCountdown>(
        html`<endht-countdown time-zone="UTC" precision="hour"></endht-countdown>`,
      );
      expect(values(el)).to.deep.equal(['195', '16']);
      expect(timerLabel(el)).to.equal(
        'World Day against Trafficking in Persons, 30 July 2027: 195 days and 16 hours to go.',
      );
      el.precision = 'day';
      await el.updateComplete;
      expect(values(el)).to.deep.equal(['196']); // 15 January → 30 July is 196 calendar days
      el.precision = 'minute';
      await el.updateComplete;
      expect(values(el)).to.deep.equal(['195', '15', '30']);
    });

    it('precision="minute" subscribes to minute ticks only', async () => {
      clock = fakeClock('2027-01-15T08:30:15Z');
      const el = await fixture<EndhtCountdown>(
        html`<endht-countdown time-zone="UTC" precision="minute"></endht-countdown>`,
      );
      // The one pending timer fires at the next minute boundary (45 s away), not every second.
      expect(clock.countTimers()).to.equal(1);
      expect(values(el)).to.deep.equal(['195', '15', '30']);
      clock.tick(44_999);
      await el.updateComplete;
      expect(values(el)).to.deep.equal(['195', '15', '30']);
      clock.tick(1); // 08:31:00: 195 d 15 h 29 min exactly
      await el.updateComplete;
      expect(values(el)).to.deep.equal(['195', '15', '29']);
      clock.tick(60_000);
      await el.updateComplete;
      expect(values(el)).to.deep.equal(['195', '15', '28']);
    });

    it('variant="compact" is one line; variant="inline" a sentence', async () => {
      clock = fakeClock('2027-01-15T08:30:15Z');
      const c = await fixture<EndhtCountdown>(
        html`<endht-countdown time-zone="UTC" variant="compact"></endht-countdown>`,
      );
      expect(shadowText(c, '[part="timer"]')).to.equal('195d 15h 29m 45s');
      expect(timerLabel(c)).to.contain('195 days, 15 hours, 29 minutes and 45 seconds');
      const i = await fixture<EndhtCountdown>(
        html`<endht-countdown time-zone="UTC" variant="inline"></endht-countdown>`,
      );
      expect(shadowText(i)).to.equal('in 196 days');
      expect(getComputedStyle(i).display).to.equal('inline');
    });

    it('inline: below one day it says hours, then minutes; with precision="day" it says "tomorrow"', async () => {
      clock = fakeClock('2027-07-29T20:30:00Z');
      const i = await fixture<EndhtCountdown>(
        html`<endht-countdown time-zone="UTC" variant="inline"></endht-countdown>`,
      );
      expect(shadowText(i)).to.equal('in 4 hours');
      clock.tick(3 * 3_600_000 + 15 * 60_000);
      await i.updateComplete;
      expect(shadowText(i)).to.equal('in 15 minutes');
      i.precision = 'day';
      await i.updateComplete;
      expect(shadowText(i)).to.equal('tomorrow');
      clock.tick(15 * 60_000);
      await i.updateComplete;
      expect(shadowText(i)).to.equal('today');
    });

    describe('inline in a sentence, in six languages (the README example)', () => {
      const phrases: Record<string, [counting: string, day: string]> = {
        en: ['in 239 days', 'today'],
        fr: ['dans 239 jours', 'aujourd’hui'],
        es: ['dentro de 239 días', 'hoy'],
        ar: ['خلال 239 يومًا', 'اليوم'], // CLDR's wording, as Intl gives it (not "بعد 239 يومًا")
        'zh-Hans': ['239天后', '今天'],
        ru: ['через 239 дней', 'сегодня'],
      };
      for (const lang of LOCALES) {
        it(`${lang}: only the relative phrase, never the name of the day`, async () => {
          await switchLang(lang);
          clock = fakeClock('2026-12-03T12:00:00Z');
          const p = await fixture<HTMLParagraphElement>(
            html`<p>The World Day is <endht-countdown time-zone="UTC" variant="inline"></endht-countdown>.</p>`,
          );
          const el = p.querySelector('endht-countdown')!;
          await el.updateComplete;
          const [counting, day] = phrases[lang]!;
          expect(shadowText(el).replace(/[\u00a0\u202f]/g, ' ')).to.equal(counting);
          clock.setSystemTime(Date.parse('2027-07-30T12:00:00Z'));
          clock.tick(60_000);
          await el.updateComplete;
          expect(shadowText(el)).to.equal(day);
        });
      }
    });

    it('the day as a headline: heart, official name, theme, date and the site’s call to action', async () => {
      clock = fakeClock('2025-07-30T09:00:00Z');
      const el = await fixture<EndhtCountdown>(
        html`<endht-countdown time-zone="UTC"><a slot="action" href="/vigil">Join our vigil</a></endht-countdown>`,
      );
      expect(shadowText(el, '[part="name"]')).to.equal('Today is the World Day against Trafficking in Persons');
      expect(el.shadowRoot!.querySelector('[part="heart"]')).to.not.equal(null);
      expect(shadowText(el, '[part="date"]')).to.equal('30 July 2025');
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="action"]')!;
      expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Join our vigil']);
      const link = el.querySelector('a')!;
      expect(getComputedStyle(link).borderTopLeftRadius).to.equal('999px');
    });

    it('the action slot is empty by default and takes no room', async () => {
      clock = fakeClock('2027-07-30T09:00:00Z');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="action"]')!;
      expect(slot.assignedElements()).to.deep.equal([]);
      expect(slot.getBoundingClientRect().height).to.equal(0);
    });

    it('day-theme: a site supplies the theme of a year this version does not know, as text or in a slot', async () => {
      clock = fakeClock('2026-07-30T09:00:00Z');
      const el = await fixture<EndhtCountdown>(
        html`<endht-countdown time-zone="UTC" day-theme="<i>Our theme</i>"></endht-countdown>`,
      );
      expect(shadowText(el, '[part="theme"]')).to.equal('Theme 2026: \u2068<i>Our theme</i>\u2069');
      expect(el.shadowRoot!.querySelector('i')).to.equal(null);
      const slotted = await fixture<EndhtCountdown>(
        html`<endht-countdown time-zone="UTC"><span slot="day-theme">Slotted theme</span></endht-countdown>`,
      );
      const slot = slotted.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="day-theme"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Slotted theme']);
      expect(shadowText(slotted, '[part="theme"]')).to.equal('Theme 2026:');
    });

    it("day-theme slotted after the first render (by the site's script) is shown, and taken away again", async () => {
      clock = fakeClock('2026-07-30T09:00:00Z');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
      expect(el.shadowRoot!.querySelector('[part="theme"]')).to.equal(null);
      /** Does `change`, then waits for the day-theme slot's slotchange and the render that follows. */
      const slotChanged = async (change: () => void) => {
        const slot = el.shadowRoot!.querySelector('slot[name="day-theme"]')!;
        const changed = new Promise((resolve) => slot.addEventListener('slotchange', resolve, { once: true }));
        change();
        await changed;
        await el.updateComplete;
      };
      const theme = document.createElement('span');
      theme.slot = 'day-theme';
      theme.textContent = 'A theme added later';
      await slotChanged(() => el.append(theme));
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part="theme"] slot[name="day-theme"]')!;
      expect(slot.assignedElements()).to.deep.equal([theme]);
      expect(shadowText(el, '[part="theme"]')).to.equal('Theme 2026:');
      await slotChanged(() => theme.remove());
      expect(el.shadowRoot!.querySelector('[part="theme"]')).to.equal(null);
    });

    it('a theme in English on another page is marked lang="en" and set upright in quotes (no synthetic italics)', async () => {
      await switchLang('ar');
      clock = fakeClock('2025-07-30T09:00:00Z');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
      const quote = $(el, '[part="theme"] q');
      expect(quote.getAttribute('lang')).to.equal('en');
      expect(getComputedStyle(quote).fontStyle).to.equal('normal');
      expect(getComputedStyle($(el, '[part="theme"]')).fontStyle).to.equal('normal');
    });

    it('the compact bar keeps its height on the day', async () => {
      clock = fakeClock('2027-07-29T23:59:59Z');
      const el = await fixture<EndhtCountdown>(
        html`<endht-countdown time-zone="UTC" variant="compact" style="width: 320px"></endht-countdown>`,
      );
      const before = el.getBoundingClientRect().height;
      clock.tick(1000);
      await el.updateComplete;
      expect(el.phase).to.equal('day');
      expect(shadowText(el, '[part="today"]')).to.equal('Today');
      expect(el.getBoundingClientRect().height).to.equal(before);
    });

    it('date="MM-DD" counts to a site’s own yearly date, with its label', async () => {
      clock = fakeClock('2027-01-15T08:30:15Z');
      const el = await fixture<EndhtCountdown>(
        html`<endht-countdown time-zone="UTC" date="12-10" label="<b>Human Rights Day</b>"></endht-countdown>`,
      );
      // Text, never markup; isolated from the element's own text (core/bidi.ts).
      expect(shadowText(el, '[part="name"]')).to.equal('\u2068<b>Human Rights Day</b>\u2069');
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect(shadowText(el, '[part="date"]')).to.equal('10 December 2027');
      expect(values(el)).to.deep.equal(['328', '15', '29', '45']);
    });

    it('date="02-29" waits for a leap year; date="YYYY-MM-DD" happens once, then has passed', async () => {
      clock = fakeClock('2029-03-01T00:00:00Z');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC" date="02-29"></endht-countdown>`);
      expect(shadowText(el, '[part="date"]')).to.equal('29 February 2032');
      expect(shadowText(el, '[part="name"]')).to.equal('Event');
      el.date = '2029-02-28';
      await el.updateComplete;
      expect(el.phase).to.equal('passed');
      expect(shadowText(el)).to.contain('This day has passed.');
      el.date = '2029-03-01';
      await el.updateComplete;
      expect(el.phase).to.equal('day');
    });

    const bad: Array<[string, string, string, RegExp]> = [
      [
        'time-zone',
        'Mars/Olympus_Mons',
        'timeZone',
        /<endht-countdown>: time-zone="Mars\/Olympus_Mons" is not valid; using the visitor's time zone/,
      ],
      ['date', '2027-02-30', 'date', /<endht-countdown>: date="2027-02-30" is not valid; using 30 July/],
      ['date', '<script>', 'date', /<endht-countdown>: date="<script>"/],
      ['precision', 'weeks', 'precision', /<endht-countdown>: precision="weeks" is not valid; using "second"/],
      ['variant', 'huge', 'variant', /<endht-countdown>: variant="huge" is not valid; using "full"/],
      ['theme', 'neon', 'theme', /<endht-countdown>: theme="neon" is not valid; using "light"/],
    ];
    for (const [attr, value, , pattern] of bad) {
      it(`invalid ${attr}="${value}" → one warning and the default`, async () => {
        clock = fakeClock('2027-01-15T08:30:15Z');
        const w = captureWarnings();
        let el: EndhtCountdown;
        try {
          el = await fixture<EndhtCountdown>(html`<div></div>`).then(async (host) => {
            host.innerHTML = `<endht-countdown ${attr === 'time-zone' ? '' : 'time-zone="UTC"'}></endht-countdown>`;
            const c = host.firstElementChild as EndhtCountdown;
            c.setAttribute(attr, value);
            await c.updateComplete;
            return c;
          });
        } finally {
          w.restore();
        }
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.match(pattern);
        // The default still renders real numbers (never blank): 30 July, full variant.
        expect(el.shadowRoot!.querySelector('.base')!.className).to.match(/\bfull\b/);
        if (attr !== 'time-zone') expect(values(el)).to.deep.equal(['195', '15', '29', '45']);
        else expect(values(el).length).to.equal(4);
        expect(shadowText(el, '[part="date"]')).to.equal('30 July 2027');
      });
    }

    it('empty attributes are the defaults, without a warning; non-string property values never throw', async () => {
      clock = fakeClock('2027-01-15T08:30:15Z');
      const w = captureWarnings();
      const el = await fixture<EndhtCountdown>(
        html`<endht-countdown time-zone="UTC" precision="" variant=" " date="" theme=""></endht-countdown>`,
      );
      w.restore();
      expect(w.messages).to.deep.equal([]);
      expect(values(el)).to.deep.equal(['195', '15', '29', '45']);
      const w2 = captureWarnings();
      (el as unknown as Record<string, unknown>).precision = { toString: () => 'HOUR' };
      (el as unknown as Record<string, unknown>).date = 42;
      await el.updateComplete;
      w2.restore();
      expect(values(el)).to.deep.equal(['195', '16']);
      expect(w2.messages).to.have.length(1); // date=42
    });

    it('theme="dark" switches the token class', async () => {
      const el = await fixture<EndhtCountdown>(html`<endht-countdown theme="dark"></endht-countdown>`);
      expect($(el, '.base').classList.contains('theme-dark')).to.equal(true);
      const light = getComputedStyle($(el, '.base')).backgroundColor;
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle($(el, '.base')).backgroundColor).not.to.equal(light);
    });
  });

  describe('accessibility', () => {
    it('role="timer", aria-live="off", a full-sentence aria-label, digits hidden', async () => {
      clock = fakeClock('2027-01-15T08:30:15Z');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
      const timer = $(el, '[role="timer"]');
      expect(timer.getAttribute('aria-live')).to.equal('off');
      expect(timerLabel(el)).to.equal(
        'World Day against Trafficking in Persons, 30 July 2027: 195 days, 15 hours, 29 minutes and 45 seconds to go.',
      );
      for (const u of timer.querySelectorAll('[part="unit"]')) expect(u.getAttribute('aria-hidden')).to.equal('true');
    });

    for (const theme of ['light', 'dark']) {
      for (const state of ['counting', 'day']) {
        it(`axe: ${state}, ${theme} theme, all variants`, async () => {
          const date = state === 'day' ? new Date().toISOString().slice(5, 10) : '07-30';
          const el = await fixture(
            html`<div>
              <endht-countdown time-zone="UTC" date=${date} theme=${theme}></endht-countdown>
              <endht-countdown time-zone="UTC" date=${date} theme=${theme} variant="compact"></endht-countdown>
              <p>
                Text <endht-countdown time-zone="UTC" date=${date} theme=${theme} variant="inline"></endht-countdown>
              </p>
            </div>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe('six languages', () => {
    const expected: Record<string, { name: string; days: string; date: string; label: RegExp }> = {
      en: {
        name: 'World Day against Trafficking in Persons',
        days: 'days',
        date: '30 July 2027',
        label: /195 days, 15 hours, 29 minutes and 45 seconds to go\.$/,
      },
      fr: {
        name: "Journée mondiale de la lutte contre la traite d'êtres humains",
        days: 'jours',
        date: '30 juillet 2027',
        label: /encore 195 jours, 15 heures, 29 minutes et 45 secondes\.$/,
      },
      es: {
        name: 'Día Mundial contra la Trata de Personas',
        days: 'días',
        date: '30 de julio de 2027',
        label: /Tiempo restante: 195 días, 15 horas, 29 minutos y 45 segundos\.$/,
      },
      ar: {
        name: 'اليوم العالمي لمكافحة الاتجار بالأشخاص',
        days: 'يومًا',
        date: '30 يوليو 2027',
        label: /الوقت المتبقي: .*يومًا/,
      },
      'zh-Hans': {
        name: '世界打击贩运人口行为日',
        days: '天',
        date: '2027年7月30日',
        label: /还有195天、?15小时、?29分钟和45秒钟。$/,
      },
      ru: {
        name: 'Всемирный день борьбы с торговлей людьми',
        days: 'дней',
        date: '30 июля 2027 г.',
        label: /до начала 195 дней, 15 часов, 29 минут и 45 секунд\.$/,
      },
    };
    for (const lang of LOCALES) {
      it(`${lang}: text, date, unit labels and aria-label follow <html lang>`, async () => {
        clock = fakeClock('2027-01-15T08:30:15Z');
        const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
        await switchLang(lang);
        await el.updateComplete;
        const e = expected[lang]!;
        const base = $(el, '.base');
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(shadowText(el, '[part="name"]')).to.equal(e.name);
        expect(shadowText(el, '[part="label"]')).to.equal(e.days);
        expect(shadowText(el, '[part="date"]').replace(/[\u061c\u200f]/g, '')).to.equal(e.date);
        expect(timerLabel(el)).to.match(e.label);
        expect(timerLabel(el).startsWith(e.name)).to.equal(true);
      });
    }

    it('Russian plurals come from Intl: 1 день, 2 дня, 5 дней, 21 день', async () => {
      await switchLang('ru');
      const labels: string[] = [];
      for (const days of [1, 2, 5, 21]) {
        clock = fakeClock(Date.parse('2027-07-30T00:00:00Z') - days * 86_400_000);
        const el = await fixture<EndhtCountdown>(
          html`<endht-countdown time-zone="UTC" precision="day"></endht-countdown>`,
        );
        labels.push(`${values(el)[0]} ${shadowText(el, '[part="label"]')}`);
        clock.restore();
        clock = undefined;
      }
      expect(labels).to.deep.equal(['1 день', '2 дня', '5 дней', '21 день']);
    });

    it('Arabic renders right to left', async () => {
      await switchLang('ar');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown></endht-countdown>`);
      expect(getComputedStyle($(el, '.timer')).direction).to.equal('rtl');
    });

    for (const lang of LOCALES) {
      it(`axe clean in ${lang}`, async () => {
        await switchLang(lang);
        const el = await fixture(
          html`<div><endht-countdown></endht-countdown><endht-countdown variant="compact"></endht-countdown></div>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('the shared clock', () => {
    afterEach(() => restorePageVisibility());

    it('50 countdowns on one page use one timer', async () => {
      clock = fakeClock('2027-01-15T08:30:15Z');
      const host = await fixture<HTMLElement>(html`<div></div>`);
      for (let i = 0; i < 50; i++) host.append(document.createElement('endht-countdown'));
      const els = [...host.children] as EndhtCountdown[];
      await Promise.all(els.map((e) => e.updateComplete));
      expect(clock.countTimers()).to.equal(1);
      expect(clockState().subscribers).to.equal(50);
      clock.tick(1000);
      await Promise.all(els.map((e) => e.updateComplete));
      expect(clock.countTimers()).to.equal(1);
      host.remove();
      expect(clock.countTimers()).to.equal(0);
      expect(clockState()).to.deep.equal({ subscribers: 0, scheduled: false });
    });

    it('a hidden tab schedules nothing, and resyncs when visible again', async () => {
      clock = fakeClock('2027-01-15T08:30:15Z');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
      setPageVisibility('hidden');
      expect(clock.countTimers()).to.equal(0);
      clock.tick(3_600_000);
      await el.updateComplete;
      expect(values(el)).to.deep.equal(['195', '15', '29', '45']); // nothing ran while hidden
      setPageVisibility('visible');
      await el.updateComplete;
      expect(values(el)).to.deep.equal(['195', '14', '29', '45']);
      expect(clock.countTimers()).to.equal(1);
    });

    it('removing the element releases its timer; re-adding it resubscribes', async () => {
      clock = fakeClock('2027-01-15T08:30:15Z');
      const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
      expect(clock.countTimers()).to.equal(1);
      const parent = el.parentElement!;
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      clock.tick(5000);
      parent.append(el);
      await el.updateComplete;
      expect(clock.countTimers()).to.equal(1);
      expect(values(el)).to.deep.equal(['195', '15', '29', '40']);
    });
  });

  it('shows its light-DOM fallback before it is defined, and not after', async () => {
    const tag = 'endht-countdown-fallback-test';
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = `<${tag}>30 July: World Day against Trafficking in Persons</${tag}>`;
    const el = host.firstElementChild as EndhtCountdown;
    expect(host.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(host.innerText.trim()).to.equal('30 July: World Day against Trafficking in Persons');
    const Ctor = customElements.get('endht-countdown')!;
    customElements.define(tag, class extends (Ctor as typeof HTMLElement) {});
    await (el as EndhtCountdown).updateComplete;
    expect(el.shadowRoot).to.not.equal(null);
    expect(host.innerText).to.not.contain('30 July: World Day');
    expect(shadowText(el, '[part="name"]')).to.equal('World Day against Trafficking in Persons');
  });
});
