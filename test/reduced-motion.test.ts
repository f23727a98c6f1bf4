// Runs in browsers started with the OS "reduce motion" preference on (see the wtr config).
import { fixture, html, expect } from '@open-wc/testing';
import '../src/index.js';
import type { EndhtCountdown } from '../src/elements/countdown/countdown.js';
import type { EndhtBlueHeart } from '../src/elements/blue-heart/blue-heart.js';
import { $, fakeClock, type FakeClock } from './helpers.js';

const values = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="value"]')].map((v) => v.textContent!.trim());

describe('with prefers-reduced-motion: reduce', () => {
  let clock: FakeClock | undefined;
  afterEach(() => clock?.restore());

  it('the browser really reports reduced motion', () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  it('<endht-countdown> stops the per-second ticking: minutes only, one minute timer', async () => {
    clock = fakeClock('2027-01-15T08:30:15Z');
    const el = await fixture<EndhtCountdown>(html`<endht-countdown time-zone="UTC"></endht-countdown>`);
    expect(values(el)).to.deep.equal(['195', '15', '30']); // 15 h 29 min 45 s, rounded up to minutes
    expect($(el, '[role="timer"]').getAttribute('aria-label')).to.contain('195 days, 15 hours and 30 minutes');
    expect(clock.countTimers()).to.equal(1);
    clock.tick(1000);
    await el.updateComplete;
    expect(values(el)).to.deep.equal(['195', '15', '30']);
    clock.tick(44_000); // 08:31:00
    await el.updateComplete;
    expect(values(el)).to.deep.equal(['195', '15', '29']);
  });

  it('<endht-blue-heart> does not animate its heart', async () => {
    const el = await fixture<EndhtBlueHeart>(html`<endht-blue-heart variant="card"></endht-blue-heart>`);
    const heart = $(el, '[part="heart"]');
    expect(getComputedStyle(heart).animationName).to.equal('none');
    expect(heart.getAnimations().length).to.equal(0);
  });
});
