import { expect } from '@open-wc/testing';
import {
  dayState,
  isValidTimeZone,
  parseDaySpec,
  splitDuration,
  startOfDay,
  wallTime,
  zoneOffset,
} from './calendar.js';

const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

/** Expected instants computed independently (Python zoneinfo, minute scan). */
describe('core/calendar', () => {
  const starts: Array<[number, number, number, string, string]> = [
    [2027, 7, 30, 'UTC', '2027-07-30T00:00:00Z'],
    [2027, 7, 30, 'Asia/Kathmandu', '2027-07-29T18:15:00Z'],
    [2027, 7, 30, 'Pacific/Kiritimati', '2027-07-29T10:00:00Z'],
    [2027, 7, 30, 'Pacific/Pago_Pago', '2027-07-30T11:00:00Z'],
    [2027, 7, 30, 'America/New_York', '2027-07-30T04:00:00Z'],
    [2027, 7, 30, 'Asia/Tehran', '2027-07-29T20:30:00Z'],
    [2027, 7, 30, 'America/St_Johns', '2027-07-30T02:30:00Z'],
    [2027, 7, 30, 'Australia/Lord_Howe', '2027-07-29T13:30:00Z'],
    // Midnight skipped by DST (clocks go 00:00 → 01:00): the day begins at 01:00.
    [2027, 9, 5, 'America/Santiago', '2027-09-05T04:00:00Z'],
    [2027, 3, 28, 'Asia/Beirut', '2027-03-27T22:00:00Z'],
    // The day after a fall-back at midnight.
    [2027, 4, 4, 'America/Santiago', '2027-04-04T04:00:00Z'],
    [2027, 10, 3, 'Australia/Lord_Howe', '2027-10-02T13:30:00Z'],
  ];
  for (const [y, m, d, tz, expected] of starts) {
    it(`startOfDay(${y}-${m}-${d}, ${tz}) = ${expected}`, () => {
      expect(iso(startOfDay(y, m, d, tz))).to.equal(expected);
    });
  }

  it('wallTime and zoneOffset read the zone’s clock', () => {
    expect(wallTime(Date.parse('2027-07-29T18:15:00Z'), 'Asia/Kathmandu')).to.deep.equal({
      year: 2027,
      month: 7,
      day: 30,
      hour: 0,
      minute: 0,
      second: 0,
    });
    expect(zoneOffset(Date.parse('2027-01-15T12:00:00Z'), 'America/New_York')).to.equal(-5 * 3_600_000);
    expect(zoneOffset(Date.parse('2027-07-15T12:00:00Z'), 'America/New_York')).to.equal(-4 * 3_600_000);
    expect(zoneOffset(Date.parse('2027-07-15T12:00:00Z'), 'Asia/Kathmandu')).to.equal(20_700_000);
  });

  it('isValidTimeZone', () => {
    for (const ok of ['UTC', 'Europe/Vienna', 'Asia/Kathmandu', 'America/Argentina/Buenos_Aires', 'utc'])
      expect(isValidTimeZone(ok), ok).to.equal(true);
    for (const bad of ['', ' ', 'Mars/Base', 'Europe/Vien', '+05:00x', 'javascript:1', null, 3])
      expect(isValidTimeZone(bad), String(bad)).to.equal(false);
  });

  const specs: Array<[string, unknown]> = [
    ['07-30', { month: 7, day: 30 }],
    ['02-29', { month: 2, day: 29 }],
    ['2027-12-10', { year: 2027, month: 12, day: 10 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2027-02-29', undefined],
    ['13-01', undefined],
    ['00-10', undefined],
    ['7-30', undefined],
    ['07/30', undefined],
    ['2027-7-30', undefined],
    ['30 July', undefined],
    ['0999-01-01', undefined],
  ];
  for (const [input, expected] of specs) {
    it(`parseDaySpec(${JSON.stringify(input)})`, () => expect(parseDaySpec(input)).to.deep.equal(expected));
  }

  it('dayState: counting, the whole day, then next year', () => {
    const spec = { month: 7, day: 30 };
    const before = dayState(Date.parse('2027-07-29T23:59:59Z'), spec, 'UTC');
    expect(before).to.include({ kind: 'counting', year: 2027 });
    const start = dayState(Date.parse('2027-07-30T00:00:00Z'), spec, 'UTC');
    expect(start).to.include({ kind: 'day', year: 2027 });
    const end = dayState(Date.parse('2027-07-30T23:59:59.999Z'), spec, 'UTC');
    expect(end.kind).to.equal('day');
    const after = dayState(Date.parse('2027-07-31T00:00:00Z'), spec, 'UTC');
    expect(after).to.include({ kind: 'counting', year: 2028 });
    if (after.kind === 'counting') expect(iso(after.target)).to.equal('2028-07-30T00:00:00Z');
  });

  it('dayState: a day in a far-east zone is counted from that zone’s calendar, not UTC’s', () => {
    // 31 Dec 2027 20:00 UTC is already 1 Jan 2028 in Kiritimati.
    const s = dayState(Date.parse('2027-12-31T20:00:00Z'), { month: 1, day: 1 }, 'Pacific/Kiritimati');
    expect(s.kind).to.equal('day');
    expect(s.year).to.equal(2028);
  });

  it('dayState: 29 February waits for the next leap year; a one-off date passes', () => {
    const s = dayState(Date.parse('2029-03-01T00:00:00Z'), { month: 2, day: 29 }, 'UTC');
    expect(s).to.include({ kind: 'counting', year: 2032 });
    expect(dayState(Date.parse('2029-03-01T00:00:00Z'), { year: 2029, month: 2, day: 28 }, 'UTC').kind).to.equal(
      'passed',
    );
    expect(dayState(Date.parse('2029-02-27T00:00:00Z'), { year: 2029, month: 2, day: 28 }, 'UTC').kind).to.equal(
      'counting',
    );
  });

  it('splitDuration rounds up to the unit shown', () => {
    const ms = ((195 * 24 + 15) * 60 + 29) * 60_000 + 44_600;
    expect(splitDuration(ms)).to.include({ days: 195, hours: 15, minutes: 29, seconds: 45 });
    expect(splitDuration(ms, 'minute')).to.include({ days: 195, hours: 15, minutes: 30, seconds: 0 });
    expect(splitDuration(ms, 'hour')).to.include({ days: 195, hours: 16, minutes: 0 });
    expect(splitDuration(ms, 'day')).to.include({ days: 196, hours: 0 });
    expect(splitDuration(1, 'second')).to.include({ days: 0, seconds: 1 });
    expect(splitDuration(0)).to.include({ days: 0, hours: 0, minutes: 0, seconds: 0 });
    expect(splitDuration(-5000)).to.include({ totalMs: 0, seconds: 0 });
    expect(splitDuration(86_400_000)).to.include({ days: 1, hours: 0 });
  });
});
