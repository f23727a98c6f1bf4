import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../index.js';
import '../elements/help/define.js';
import type { DayStartedEvent } from '../elements/countdown/countdown.js';
import { EndhtElement, type PreparationStep } from './element.js';
import { captureWarnings, fakeClock, forgetCampaign, type FakeClock } from '../../test/helpers.js';

/*
 * The first render of an element waits until it comes near the viewport (core/first-render.ts).
 * These tests put elements a few screens below the top of the page, under a spacer.
 */

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

const SCREENS_DOWN = 4;

/** Resolves after `count` animation frames (the IntersectionObserver reports with a frame). */
function frames(count = 3): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

const rendered = (el: Element) => (el.shadowRoot?.childElementCount ?? 0) > 0;
const stateSupported = CSS.supports('selector(:state(waiting))');
const waitingState = (el: Element) => (stateSupported ? el.matches(':state(waiting)') : undefined);

/** Waits (up to ~2 s of frames) until `condition` holds. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (condition()) return;
    await frames(1);
  }
  throw new Error(`timed out waiting: ${what}`);
}

/** A page with `before` at the top, then SCREENS_DOWN screens of spacer, then `markup`. */
async function belowTheFold(markup: string, before = ''): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.innerHTML = `${before}<div style="block-size: ${SCREENS_DOWN * innerHeight}px"></div>${markup}`;
  await frames();
  return host;
}

const pageTop = (el: Element) => el.getBoundingClientRect().top + scrollY;

/** What the element below did, in order, and when a new task was asked for. */
const preparedLog: string[] = [];

/** An element that prepares two steps before its first render, and logs all three. */
class PreparedElement extends EndhtElement {
  failingStep = false;

  protected override prepareFirstRender(): readonly PreparationStep[] {
    return [
      () => {
        preparedLog.push('step 1');
        if (this.failingStep) throw new Error('step 1 failed');
      },
      () => preparedLog.push('step 2'),
    ];
  }

  protected override renderContent() {
    preparedLog.push('render');
    return html`<p>Rendered.</p>`;
  }
}
customElements.define('test-prepared-element', PreparedElement);

/**
 * Runs `body` with the page's task scheduler (scheduler.postTask, which first-render.ts uses where
 * the browser has it) replaced by one that logs each task asked for in `preparedLog` and holds
 * it until `body` runs it with `runTask()` (which waits, frame by frame, for one to be asked for).
 * Each step asks for the task of the next as it ends.
 */
async function withHeldTasks(body: (runTask: () => Promise<void>) => Promise<void>): Promise<void> {
  const held: Array<() => void> = [];
  const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
  const postTask = (callback: () => void) => {
    preparedLog.push('new task');
    held.push(callback);
  };
  const runTask = async () => {
    await until(() => held.length > 0, 'a task is asked for');
    held.shift()!();
    await frames(1);
  };
  Object.defineProperty(globalThis, 'scheduler', { configurable: true, value: { postTask } });
  try {
    await body(runTask);
  } finally {
    if (own) Object.defineProperty(globalThis, 'scheduler', own);
    else delete (globalThis as { scheduler?: unknown }).scheduler;
    // Whatever is still held runs now, so that no later test waits behind it.
    for (const callback of held.splice(0)) setTimeout(callback);
  }
}

describe('core/first-render: the first render waits until the element comes near the viewport', () => {
  let clock: FakeClock | undefined;

  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    scrollTo(0, 0);
    history.replaceState(null, '', location.pathname + location.search);
    forgetCampaign();
  });

  it('above the fold: renders at once', async () => {
    const host = await fixture<HTMLElement>(html`<div><endht-share>Share this page.</endht-share></div>`);
    const el = host.querySelector<Lit>('endht-share')!;
    await el.updateComplete;
    expect(rendered(el)).to.equal(true);
    expect(waitingState(el)).to.not.equal(true);
  });

  it('below the fold: no shadow content and the fallback on show until it is scrolled near; then it renders before it is in view', async () => {
    const host = await belowTheFold(
      `<endht-share id="near"><p id="fallback">Share this page.</p></endht-share>
       <div style="block-size: ${SCREENS_DOWN * innerHeight}px"></div>
       <endht-share id="far">Share this page.</endht-share>`,
    );
    const near = host.querySelector('#near')!;
    const far = host.querySelector('#far')!;
    expect(near.shadowRoot).to.equal(null);
    expect(waitingState(near)).to.not.equal(false);
    const fallback = host.querySelector('#fallback')!;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(fallback.checkVisibility()).to.equal(true);

    // Half a screen below the visible area: within the margin of one viewport.
    scrollTo(0, pageTop(near) - 1.5 * innerHeight);
    await until(() => rendered(near), 'the near element renders');
    expect(near.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    expect(waitingState(near)).to.not.equal(true);
    expect(near.shadowRoot!.querySelector('[part="base"]')).to.not.equal(null);
    // The one further down still waits.
    expect(far.shadowRoot).to.equal(null);
    expect(waitingState(far)).to.not.equal(false);

    far.scrollIntoView();
    await until(() => rendered(far), 'the far element renders');
  });

  it('reached by Tab: it renders before focus moves, and focus lands inside it (Shift+Tab too)', async () => {
    const host = await belowTheFold(
      '<endht-share id="share">Share this page.</endht-share><button id="after">after</button>',
      '<button id="before">before</button>',
    );
    const el = host.querySelector('#share')!;
    expect(el.shadowRoot).to.equal(null);
    host.querySelector<HTMLElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(rendered(el)).to.equal(true);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.not.equal(null);

    // From the control after a waiting element, Shift+Tab lands on its last control.
    const second = await belowTheFold(
      '<endht-share id="other">Share this page.</endht-share><button id="next">next</button>',
    );
    const other = second.querySelector('#other')!;
    expect(other.shadowRoot).to.equal(null);
    second.querySelector<HTMLElement>('#next')!.focus({ preventScroll: true });
    scrollTo(0, 0);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(rendered(other)).to.equal(true);
    expect(document.activeElement).to.equal(other);
  });

  it('focus moving into its fallback (a link) renders it, and focus moves into what it rendered', async () => {
    const host = await belowTheFold('<endht-share><a id="link" href="#share">Share this page</a></endht-share>');
    const el = host.querySelector('endht-share')!;
    expect(el.shadowRoot).to.equal(null);
    host.querySelector<HTMLElement>('#link')!.focus({ preventScroll: true });
    expect(rendered(el)).to.equal(true);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.not.equal(null);
  });

  it('the target of an anchor link renders when the fragment changes (here, hidden: no observer would see it)', async () => {
    const host = await belowTheFold('<div hidden><endht-share id="share-it">Share this page.</endht-share></div>');
    const el = host.querySelector('endht-share')!;
    await frames();
    expect(el.shadowRoot).to.equal(null);
    const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#share-it';
    await changed;
    expect(rendered(el)).to.equal(true);
  });

  it('the target of the URL fragment when the script upgrades it (as at load) renders at once', async () => {
    const host = await belowTheFold(
      '<div hidden><endht-share-later id="later">Share this page.</endht-share-later></div>',
    );
    location.hash = '#later';
    const el = host.querySelector('endht-share-later')!;
    expect(el.matches(':target')).to.equal(true);
    const Share = customElements.get('endht-share')!;
    customElements.define('endht-share-later', class extends Share {});
    expect(rendered(el)).to.equal(true);
  });

  it('before the page is printed, every waiting element renders', async () => {
    const host = await belowTheFold('<endht-stats></endht-stats><endht-partners></endht-partners>');
    const els = [...host.querySelectorAll('endht-stats, endht-partners')];
    expect(els.map((el) => el.shadowRoot)).to.deep.equal([null, null]);
    dispatchEvent(new Event('beforeprint'));
    expect(els.map(rendered)).to.deep.equal([true, true]);
  });

  it('removed while waiting: it never renders; put back above the fold, it renders', async () => {
    const host = await belowTheFold('<endht-share>Share this page.</endht-share>');
    const el = host.querySelector<Lit>('endht-share')!;
    el.remove();
    dispatchEvent(new Event('beforeprint'));
    expect(el.shadowRoot).to.equal(null);
    host.prepend(el);
    await el.updateComplete;
    expect(rendered(el)).to.equal(true);
  });

  it('a sticky banner or a takeover renders at once, wherever its tag is; a static banner waits until it becomes one', async () => {
    const host = await belowTheFold(
      `<endht-blue-heart id="bar" position="bottom"></endht-blue-heart>
       <endht-blue-heart id="takeover" variant="Takeover" fallback-variant="bar"></endht-blue-heart>
       <endht-blue-heart id="static"></endht-blue-heart>`,
    );
    const [bar, takeover, banner] = ['#bar', '#takeover', '#static'].map((id) => host.querySelector<Lit>(id)!);
    expect(rendered(bar)).to.equal(true);
    expect(rendered(takeover)).to.equal(true);
    expect(banner.shadowRoot).to.equal(null);
    banner.setAttribute('position', 'top');
    expect(rendered(banner)).to.equal(true);
  });

  it('what an element prepares runs step by step, each in a task of its own, and it renders in the task after', async () => {
    preparedLog.length = 0;
    await withHeldTasks(async (runTask) => {
      const host = await belowTheFold('<test-prepared-element>Fallback.</test-prepared-element>');
      const el = host.querySelector('test-prepared-element')!;
      expect(preparedLog).to.deep.equal([]);
      el.scrollIntoView();
      await runTask();
      expect(preparedLog).to.deep.equal(['new task', 'step 1', 'new task']);
      await runTask();
      expect(preparedLog).to.deep.equal(['new task', 'step 1', 'new task', 'step 2', 'new task']);
      expect(el.shadowRoot).to.equal(null);
      await runTask();
      expect(preparedLog.slice(0, 6)).to.deep.equal(['new task', 'step 1', 'new task', 'step 2', 'new task', 'render']);
      expect(rendered(el)).to.equal(true);
    });
  });

  it('a step that fails is reported, the steps after it are skipped, and the element still renders', async () => {
    preparedLog.length = 0;
    const errors = sinon.stub(console, 'error');
    await withHeldTasks(async (runTask) => {
      const host = await belowTheFold('<test-prepared-element>Fallback.</test-prepared-element>');
      const el = host.querySelector<PreparedElement>('test-prepared-element')!;
      el.failingStep = true;
      el.scrollIntoView();
      await runTask();
      await runTask();
      expect(preparedLog.slice(0, 4)).to.deep.equal(['new task', 'step 1', 'new task', 'render']);
      expect(rendered(el)).to.equal(true);
    });
    expect(errors.callCount).to.equal(1);
    expect(String(errors.firstCall.args[0])).to.contain('step 1 failed');
  });

  it('rendered meanwhile (here, by a script awaiting it): the steps left are skipped', async () => {
    preparedLog.length = 0;
    await withHeldTasks(async (runTask) => {
      const host = await belowTheFold('<test-prepared-element>Fallback.</test-prepared-element>');
      const el = host.querySelector<Lit>('test-prepared-element')!;
      el.scrollIntoView();
      await runTask();
      await el.updateComplete;
      expect(preparedLog).to.deep.equal(['new task', 'step 1', 'new task', 'render']);
      await runTask();
      expect(preparedLog).to.not.include('step 2');
    });
  });

  describe('what an element does while it waits', () => {
    it('<endht-countdown> fires endht-day-started when the Day begins, unrendered', async () => {
      clock = fakeClock('2027-07-29T23:59:58Z');
      const host = await belowTheFold('<endht-countdown time-zone="UTC">30 July</endht-countdown>');
      const el = host.querySelector('endht-countdown')!;
      const fired: DayStartedEvent[] = [];
      el.addEventListener('endht-day-started', (event) => fired.push(event));
      clock.tick(3000);
      expect(el.shadowRoot).to.equal(null);
      expect(fired.map((event) => event.detail)).to.deep.equal([{ date: '2027-07-30', timeZone: 'UTC' }]);
    });

    it('<endht-countdown> with a date and a bad time zone: one warning, its own date, no throw', async () => {
      clock = fakeClock('2027-03-14T23:59:58Z');
      const warnings = captureWarnings();
      let el: Lit;
      const fired: DayStartedEvent[] = [];
      try {
        const host = await belowTheFold(
          '<endht-countdown date="2027-03-15" time-zone="Mars/Olympus"></endht-countdown>',
        );
        el = host.querySelector<Lit>('endht-countdown')!;
        el.addEventListener('endht-day-started', (event) => fired.push(event));
        clock.tick(2 * 86_400_000);
        expect(el.shadowRoot).to.equal(null);
        el.scrollIntoView();
        await until(() => rendered(el), 'the countdown renders');
        await el.updateComplete;
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('time-zone');
      expect(fired.map((event) => event.detail.date)).to.deep.equal(['2027-03-15']);
    });

    it('<endht-blue-heart variant="takeover"> opens on the Day, wherever its tag is', async () => {
      clock = fakeClock(new Date(2027, 6, 30, 10).getTime());
      const host = await belowTheFold('<endht-blue-heart variant="takeover"><p>Closed today.</p></endht-blue-heart>');
      const el = host.querySelector<Lit>('endht-blue-heart')!;
      await el.updateComplete;
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      dialog.close();
    });

    it('<endht-help quick-exit>: the button is there and Shift pressed 3 times leaves, wherever its tag is', async () => {
      const helpClass = customElements.get('endht-help') as unknown as { navigate: (url: string) => void };
      const navigate = sinon.stub(helpClass, 'navigate');
      const host = await belowTheFold('<endht-help quick-exit></endht-help><endht-help id="plain"></endht-help>');
      const el = host.querySelector<Lit>('endht-help')!;
      expect(el.shadowRoot!.querySelector('[part="exit"]')).to.not.equal(null);
      expect(host.querySelector('#plain')!.shadowRoot).to.equal(null);
      for (let i = 0; i < 3; i++) {
        document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
      }
      expect(navigate.callCount).to.equal(1);
      document.documentElement.style.removeProperty('visibility');
      el.shadowRoot!.querySelector('dialog')?.close();
    });
  });
});
