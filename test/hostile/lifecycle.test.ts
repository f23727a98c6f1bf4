// Lifecycle churn against the built bundle: each element created, attached, moved, detached
// and re-attached 1,000 times. Nothing may be left behind: timers, animation frames,
// observers, listeners on window/document/media queries. (The heap check is heap.test.ts.)
import { expect } from '@open-wc/testing';
import { ELEMENTS, importEveryElement } from '../elements.js';

const ROUNDS = 1000;
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Counts what is live: timers, frames, observers that observe, listeners on global targets. */
function instrument() {
  const live = { timers: new Set<number>(), frames: new Set<number>(), observers: new Set<object>(), listeners: 0 };
  const w = window as unknown as Record<string, unknown>;
  const saved: Array<[object, string, unknown]> = [];
  const patch = (obj: object, key: string, value: unknown) => {
    saved.push([obj, key, (obj as Record<string, unknown>)[key]]);
    (obj as Record<string, unknown>)[key] = value;
  };
  const st = window.setTimeout.bind(window);
  const ct = window.clearTimeout.bind(window);
  const si = window.setInterval.bind(window);
  const ci = window.clearInterval.bind(window);
  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  patch(w, 'setTimeout', (fn: () => void, ms?: number, ...rest: unknown[]) => {
    const id: number = st(() => {
      live.timers.delete(id);
      fn(...(rest as []));
    }, ms);
    live.timers.add(id);
    return id;
  });
  patch(w, 'clearTimeout', (id: number) => {
    live.timers.delete(id);
    ct(id);
  });
  patch(w, 'setInterval', (fn: () => void, ms?: number) => {
    const id: number = si(fn, ms);
    live.timers.add(id);
    return id;
  });
  patch(w, 'clearInterval', (id: number) => {
    live.timers.delete(id);
    ci(id);
  });
  patch(w, 'requestAnimationFrame', (fn: FrameRequestCallback) => {
    const id: number = raf((t) => {
      live.frames.delete(id);
      fn(t);
    });
    live.frames.add(id);
    return id;
  });
  patch(w, 'cancelAnimationFrame', (id: number) => {
    live.frames.delete(id);
    caf(id);
  });
  for (const name of ['MutationObserver', 'IntersectionObserver', 'ResizeObserver'] as const) {
    const Orig = w[name] as (new (...a: unknown[]) => object) | undefined;
    if (!Orig) continue;
    const proto = Orig.prototype as { observe: (...a: unknown[]) => void; disconnect: () => void };
    const observe = proto.observe;
    const disconnect = proto.disconnect;
    patch(proto, 'observe', function (this: object, ...a: unknown[]) {
      live.observers.add(this);
      return observe.apply(this, a);
    });
    patch(proto, 'disconnect', function (this: object) {
      live.observers.delete(this);
      return disconnect.call(this);
    });
  }
  const globalTarget = (t: unknown) => t === window || t === document || t instanceof MediaQueryList;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const seen = new WeakMap<object, Set<unknown>>();
  patch(
    EventTarget.prototype,
    'addEventListener',
    function (this: EventTarget, type: string, fn: unknown, o?: unknown) {
      if (globalTarget(this) && fn) {
        const set = seen.get(this) ?? new Set();
        seen.set(this, set);
        if (!set.has(fn)) {
          set.add(fn);
          live.listeners++;
        }
      }
      return add.call(this, type, fn as EventListener, o as boolean);
    },
  );
  patch(
    EventTarget.prototype,
    'removeEventListener',
    function (this: EventTarget, type: string, fn: unknown, o?: unknown) {
      if (globalTarget(this) && fn && seen.get(this)?.delete(fn)) live.listeners--;
      return remove.call(this, type, fn as EventListener, o as boolean);
    },
  );
  return {
    live,
    restore() {
      for (const [obj, key, value] of saved.reverse()) (obj as Record<string, unknown>)[key] = value;
    },
  };
}

describe('hostile lifecycle: 1,000 × create, attach, move, detach, re-attach', () => {
  const summary: string[] = [];
  before(async () => {
    await importEveryElement();
  });
  after(() => summary.forEach((s) => console.log(s)));

  it('the instrument sees what is left behind (control)', async () => {
    const probe = instrument();
    try {
      setTimeout(() => {}, 60_000);
      new MutationObserver(() => {}).observe(document.body, { childList: true });
      window.addEventListener('resize', () => {});
      expect(probe.live.timers.size).to.equal(1);
      expect(probe.live.observers.size).to.equal(1);
      expect(probe.live.listeners).to.equal(1);
    } finally {
      probe.restore();
    }
  });

  /** One round: create, attach, move, detach, re-attach after detach, detach. */
  async function churn(tag: string, a: Element, b: Element, rounds: number): Promise<void> {
    for (let i = 0; i < rounds; i++) {
      const el = document.createElement(tag) as Updatable;
      a.append(el);
      await el.updateComplete;
      b.append(el); // move
      await el.updateComplete;
      el.remove(); // detach
      a.append(el); // re-attach after detach
      await el.updateComplete;
      el.remove();
    }
  }

  for (const tag of ELEMENTS) {
    it(`<${tag}> leaves nothing behind`, async function () {
      this.timeout(120_000);
      const a = document.createElement('div');
      const b = document.createElement('div');
      document.body.append(a, b);
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        // Leftovers, counted by the instrument. (The heap is measured in heap.test.ts, on a page
        // where no built-in was ever patched.)
        const probe = instrument();
        try {
          await churn(tag, a, b, ROUNDS);
          await new Promise((r) => setTimeout(r, 50));
          expect(probe.live.timers.size, 'timers left').to.equal(0);
          expect(probe.live.frames.size, 'animation frames left').to.equal(0);
          expect(probe.live.observers.size, 'observers left').to.equal(0);
          expect(probe.live.listeners, 'window/document/media-query listeners left').to.equal(0);
        } finally {
          probe.restore();
        }
      } finally {
        window.removeEventListener('error', onError);
        a.remove();
        b.remove();
      }
      expect(errors).to.deep.equal([]);
      summary.push(`hostile lifecycle <${tag}>: ${ROUNDS} rounds, 0 timers, frames, observers or listeners left`);
    });
  }
});
