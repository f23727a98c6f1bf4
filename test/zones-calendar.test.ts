// Runs once per visitor zone, in browsers started with TZ=<zone> (see the wtr config): the
// visitor's own zone (VISITOR_ZONE, read from Date's local time, without Intl) gives the same
// wall-clock times and the same midnights as the zone's IANA name read through Intl.
import { expect } from '@open-wc/testing';
import { VISITOR_ZONE, startOfDay, wallTime } from '../src/core/calendar.js';
import { visitorZone } from './visitor-zone.js';

const HOUR = 3_600_000;

describe(`the visitor's zone without Intl (browser started with TZ=${visitorZone})`, () => {
  it('reads the same wall-clock time as Intl, every 61 minutes of 2027 and 2028', () => {
    const differences: string[] = [];
    // 61 minutes: over two years the minute and the hour of the instants both vary.
    for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2029, 0, 1); t += HOUR + 60_000) {
      const local = wallTime(t, VISITOR_ZONE);
      const named = wallTime(t, visitorZone);
      if (JSON.stringify(local) !== JSON.stringify(named)) differences.push(new Date(t).toISOString());
    }
    expect(differences).to.deep.equal([]);
  });

  it('finds the same midnight as Intl for every day of 2027 and 2028, DST changes included', () => {
    const differences: string[] = [];
    for (let d = Date.UTC(2027, 0, 1); d < Date.UTC(2029, 0, 1); d += 24 * HOUR) {
      const date = new Date(d);
      const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      if (startOfDay(year, month, day, VISITOR_ZONE) !== startOfDay(year, month, day, visitorZone)) {
        differences.push(date.toISOString().slice(0, 10));
      }
    }
    expect(differences).to.deep.equal([]);
  });
});
