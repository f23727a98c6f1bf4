/*
 * <endht-help> in browsers really started in another time zone (the wtr config runs
 * test/zones*.test.ts once per zone with TZ=<zone>): without a `country` attribute or a region in
 * <html lang>, the zone decides. New York has a line (the US one); UTC and Kathmandu do not, so
 * they get the international advice. Only the element's tag is used: the suite also runs on the
 * built file once it is loaded instead of the source.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/page-locale.js';
import '../src/elements/help/define.js';
import { visitorZone } from './visitor-zone.js';

const EXPECTED: Record<string, string | null> = {
  'America/New_York': 'tel:+18883737888',
  UTC: null,
  'Asia/Kathmandu': null,
};

describe(`<endht-help> in the visitor's own time zone (TZ=${visitorZone})`, () => {
  it('is one of the zones this suite knows', () => {
    expect(Object.keys(EXPECTED)).to.include(visitorZone);
  });

  it('shows the line of the zone’s country, or the international advice', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<endht-help></endht-help>`);
    await el.updateComplete;
    const phone = el.shadowRoot!.querySelector('[part="phone"]');
    expect(phone?.getAttribute('href') ?? null).to.equal(EXPECTED[visitorZone]);
    if (EXPECTED[visitorZone] === null) {
      expect(el.shadowRoot!.querySelector('[part="advice"]')!.textContent).to.include('your country');
    }
  });
});
