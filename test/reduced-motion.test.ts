// Runs in browsers started with the OS "reduce motion" preference on (see the wtr config).
import { fixture, html, expect } from '@open-wc/testing';
import '../src/index.js';
import type { EndhtCountdown } from '../src/elements/countdown/countdown.js';
import type { EndhtPartners } from '../src/elements/partners/partners.js';
import type { EndhtStats } from '../src/elements/stats/stats.js';
import sinon from 'sinon';
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

  it('<endht-partners layout="marquee"> is a still row that scrolls by hand: one copy, no animation, no button', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="inline-size:480px"><endht-partners layout="marquee"></endht-partners></div>`,
    );
    const el = box.firstElementChild as EndhtPartners;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const track = root.querySelector<HTMLElement>('.track')!;
    expect(getComputedStyle(track).animationName).to.equal('none');
    expect(getComputedStyle(root.querySelector('.copy')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('.toggle')!).display).to.equal('none');
    const viewport = root.querySelector<HTMLElement>('.viewport')!;
    expect(getComputedStyle(viewport).overflowX).to.equal('auto');
    expect(viewport.scrollWidth).to.be.greaterThan(viewport.clientWidth);
    viewport.scrollLeft = 200;
    expect(viewport.scrollLeft).to.equal(200);
    // The heading stays; without one, the empty bar goes too.
    expect(getComputedStyle(root.querySelector('.bar')!).display).to.equal('flex');
    el.noHeading = true;
    await el.updateComplete;
    expect(getComputedStyle(root.querySelector('.bar')!).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('<endht-stats> shows its final values at once: no count-up, no observer, nothing hidden but the spoken copy', async () => {
    const io = sinon.spy(window, 'IntersectionObserver');
    try {
      const host = await fixture<HTMLElement>(
        html`<div>
          <div style="block-size: 200vh"></div>
          <endht-stats></endht-stats>
        </div>`,
      );
      const el = host.querySelector<EndhtStats>('endht-stats')!;
      await el.updateComplete;
      const digits = () => [...el.shadowRoot!.querySelectorAll('.n')].map((n) => n.textContent);
      expect(digits()).to.deep.equal(['38%', '61%', '+25%', '+47%']); // off screen, still final
      el.scrollIntoView();
      await new Promise((r) => requestAnimationFrame(r));
      expect(digits()).to.deep.equal(['38%', '61%', '+25%', '+47%']);
      // No count-up observer (the one core/first-render.ts shares is made with a margin).
      expect(io.getCalls().filter((call) => call.args[1] === undefined)).to.have.length(0);
      window.scrollTo(0, 0);
    } finally {
      io.restore();
    }
  });

  it('<endht-blue-heart> does not animate its heart', async () => {
    const el = await fixture<EndhtBlueHeart>(html`<endht-blue-heart variant="card"></endht-blue-heart>`);
    const heart = $(el, '[part="heart"]');
    expect(getComputedStyle(heart).animationName).to.equal('none');
    expect(heart.getAnimations().length).to.equal(0);
  });

  it('<endht-blue-heart variant="takeover"> opens without a fade, its heart still', async () => {
    clock = fakeClock('2027-07-30T10:00:00Z');
    const el = await fixture<EndhtBlueHeart>(html`<endht-blue-heart variant="takeover"></endht-blue-heart>`);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(getComputedStyle(dialog).animationName).to.equal('none');
    expect(dialog.getAnimations({ subtree: true }).length).to.equal(0);
    dialog.close();
  });
});
