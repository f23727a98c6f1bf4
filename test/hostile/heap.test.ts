// Lifecycle churn and the JS heap (Chromium, which exposes gc() and precise memory info to the
// test browser): on a page where no built-in is patched, each element created, attached,
// moved, detached and re-attached; after 1,000 warm-up rounds, another 1,000 rounds must not
// grow the heap by 1 MB after a forced GC.
import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../elements.js';

const BUNDLE = new URL('../../dist/endht-widgets.js', import.meta.url).href;
const ROUNDS = 1000;
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const gc = (window as unknown as { gc?: () => void }).gc;
const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;

async function heap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc!();
    await new Promise((r) => setTimeout(r, 20));
  }
  return memory!.usedJSHeapSize;
}

async function churn(tag: string, a: Element, b: Element, rounds: number): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const el = document.createElement(tag) as Updatable;
    a.append(el);
    await el.updateComplete;
    b.append(el);
    await el.updateComplete;
    el.remove();
    a.append(el);
    await el.updateComplete;
    el.remove();
  }
}

describe('hostile lifecycle: the JS heap after 1,000 rounds (Chromium)', () => {
  const measurable = !!gc && !!memory;
  before(async () => {
    await import(BUNDLE);
  });

  it('this browser can measure the heap, or says why not', () => {
    // Chromium is started with --js-flags=--expose-gc --enable-precise-memory-info; Firefox
    // has neither gc() nor performance.memory, so only the leftovers check runs there.
    expect(measurable || navigator.userAgent.includes('Firefox')).to.equal(true);
  });

  // Registered only where the heap can be measured (no skipped tests in Firefox).
  for (const tag of measurable ? ELEMENTS : []) {
    it(`<${tag}>: the heap does not grow`, async function () {
      this.timeout(120_000);
      const a = document.createElement('div');
      const b = document.createElement('div');
      document.body.append(a, b);
      try {
        await churn(tag, a, b, ROUNDS);
        const before = await heap();
        await churn(tag, a, b, ROUNDS);
        const grew = (await heap()) - before;
        expect(grew, `JS heap grew by ${grew} bytes`).to.be.below(1024 * 1024);
        console.log(
          `hostile heap <${tag}>: ${ROUNDS} rounds after ${ROUNDS} warm-up, heap ${grew >= 0 ? '+' : ''}${(grew / 1024).toFixed(0)} KB`,
        );
      } finally {
        a.remove();
        b.remove();
      }
    });
  }
});
