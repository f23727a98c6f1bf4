// Runs once per visitor zone, in browsers started with TZ=<zone> (see the wtr config): the
// banner's show-from / show-until are whole days in the visitor's own zone.
import { fixture, html, expect } from '@open-wc/testing';
import '../src/index.js';
import type { EndhtBlueHeart } from '../src/elements/blue-heart/blue-heart.js';
import { fakeClock, type FakeClock } from './helpers.js';
import { visitorZone } from './visitor-zone.js';

/** Local midnight of 1 July and of 1 August 2027 in each zone, in UTC (computed with Python zoneinfo). */
const TABLE: Record<string, { julyStarts: string; augustStarts: string }> = {
  UTC: { julyStarts: '2027-07-01T00:00:00Z', augustStarts: '2027-08-01T00:00:00Z' },
  'Asia/Kathmandu': { julyStarts: '2027-06-30T18:15:00Z', augustStarts: '2027-07-31T18:15:00Z' },
  'America/New_York': { julyStarts: '2027-07-01T04:00:00Z', augustStarts: '2027-08-01T04:00:00Z' },
};
const zone = visitorZone;

describe(`<endht-blue-heart> date window, visitor zone (browser started with TZ=${zone})`, () => {
  let clock: FakeClock | undefined;
  afterEach(() => clock?.restore());

  it('is one of the zones this suite knows', () => {
    expect(Object.keys(TABLE)).to.include(zone);
  });

  const t = TABLE[zone] ?? { julyStarts: '', augustStarts: '' };
  const cases: Array<[string, number, boolean]> = [
    ['one second before 1 July, local', Date.parse(t.julyStarts) - 1000, false],
    ['1 July 00:00, local', Date.parse(t.julyStarts), true],
    ['31 July 23:59:59, local', Date.parse(t.augustStarts) - 1000, true],
    ['1 August 00:00, local', Date.parse(t.augustStarts), false],
  ];
  for (const [what, now, visible] of cases) {
    it(`show-from="2027-07-01" show-until="2027-07-31": ${what} → ${visible ? 'shown' : 'nothing'}`, async () => {
      clock = fakeClock(now);
      const el = await fixture<EndhtBlueHeart>(
        html`<endht-blue-heart show-from="2027-07-01" show-until="2027-07-31"></endht-blue-heart>`,
      );
      expect(el.visible).to.equal(visible);
      expect(!!el.shadowRoot!.querySelector('[part="base"]')).to.equal(visible);
    });
  }
});
