// Lifecycle churn and the JS heap, in Chromium only (web-test-runner.config.mjs runs this file in
// its own group, with Chromium started with --js-flags=--expose-gc --enable-precise-memory-info;
// Firefox exposes neither a forced GC nor the heap size to a page, so it cannot measure this):
// on a page where no built-in is patched, each element created, attached, moved, detached and
// re-attached; after 1,000 warm-up rounds, another 1,000 rounds must not grow the heap by 1 MB
// after a forced GC.
import { expect } from '@open-wc/testing';
import { ELEMENTS, importEveryElement } from '../elements.js';

const ROUNDS = 1000;
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const gc = (window as unknown as { gc?: () => void }).gc;
const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;

async function heap(): Promise<number> {
  if (!gc || !memory) throw new Error('this browser cannot measure the heap: run this file in Chromium');
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  return memory.usedJSHeapSize;
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
  before(async () => {
    await importEveryElement();
  });

  it('the browser exposes a forced GC and the heap size (Chromium with the flags above)', () => {
    expect(typeof gc, 'window.gc (--js-flags=--expose-gc)').to.equal('function');
    expect(typeof memory?.usedJSHeapSize, 'performance.memory (--enable-precise-memory-info)').to.equal('number');
  });

  for (const tag of ELEMENTS) {
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
