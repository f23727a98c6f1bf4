// Failing browser APIs, against the built bundle: every element keeps working, with the
// documented fallback, when storage throws, the Clipboard API or Web Share is missing or
// rejects, IntersectionObserver or Intl.DurationFormat is missing, or a zone is unknown.
import { expect, fixture, html } from '@open-wc/testing';
import { ELEMENTS, appendEvery, type Updatable, importEveryElement } from '../elements.js';
import { shadowButtons, visibleText } from './frame.js';

interface Scenario {
  name: string;
  /** Breaks the API; returns the function that mends it. */
  break: () => () => void;
}

/** Replaces a property (own or inherited) of `obj` until the returned function is called. */
function replace(obj: object, key: string, descriptor: PropertyDescriptor): () => void {
  const own = Object.getOwnPropertyDescriptor(obj, key);
  Object.defineProperty(obj, key, { configurable: true, ...descriptor });
  return () => {
    if (own) Object.defineProperty(obj, key, own);
    else delete (obj as Record<string, unknown>)[key];
  };
}

const throwing = () => {
  throw new DOMException('denied', 'SecurityError');
};

const SCENARIOS: Scenario[] = [
  {
    name: 'localStorage throws on every call',
    break: () => {
      const broken = {
        getItem: throwing,
        setItem: throwing,
        removeItem: throwing,
        clear: throwing,
        key: throwing,
        length: 0,
      };
      return replace(window, 'localStorage', { get: () => broken });
    },
  },
  { name: 'localStorage getter throws', break: () => replace(window, 'localStorage', { get: throwing }) },
  { name: 'Clipboard API missing', break: () => replace(navigator, 'clipboard', { get: () => undefined }) },
  {
    name: 'Clipboard API rejects',
    break: () => {
      const clip = {
        writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
        readText: () => Promise.reject(new Error('x')),
      };
      return replace(navigator, 'clipboard', { get: () => clip });
    },
  },
  {
    name: 'execCommand("copy") throws too',
    break: () => {
      const a = replace(navigator, 'clipboard', { get: () => undefined });
      const b = replace(document, 'execCommand', { value: throwing });
      return () => {
        b();
        a();
      };
    },
  },
  { name: 'navigator.share missing', break: () => replace(navigator, 'share', { value: undefined }) },
  {
    name: 'navigator.share rejects (visitor cancels)',
    break: () => {
      const a = replace(navigator, 'share', { value: () => Promise.reject(new DOMException('cancel', 'AbortError')) });
      const b = replace(navigator, 'canShare', { value: () => true });
      return () => {
        b();
        a();
      };
    },
  },
  { name: 'IntersectionObserver missing', break: () => replace(window, 'IntersectionObserver', { value: undefined }) },
  { name: 'Intl.DurationFormat missing', break: () => replace(Intl, 'DurationFormat', { value: undefined }) },
  { name: 'matchMedia missing', break: () => replace(window, 'matchMedia', { value: undefined }) },
];

describe('hostile: failing browser APIs (dist/endht-widgets.js)', () => {
  const summary: string[] = [];
  before(async () => {
    await importEveryElement();
  });
  after(() => summary.forEach((s) => console.log(s)));

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: every element renders and every control works without an error`, async function () {
      this.timeout(30_000);
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const mend = scenario.break();
      let clicks = 0;
      try {
        const host = await fixture<HTMLElement>(html`<div></div>`);
        // Controls that leave the page (share to a network, donate) are used up to the point of
        // leaving: the site's documented cancelable events stop the navigation, so no new tab
        // takes the test page's place in front.
        host.addEventListener('endht-share', (e) => e.preventDefault());
        host.addEventListener('endht-donate', (e) => e.preventDefault());
        const els = await appendEvery(host);
        for (const el of els) {
          expect(visibleText(el).length, `${el.localName} shows content`).to.be.greaterThan(0);
          for (const b of shadowButtons(el)) {
            // Links that leave the page are not followed; buttons are pressed.
            b.click();
            clicks++;
            await el.updateComplete;
          }
          await new Promise((r) => setTimeout(r, 20));
          expect(visibleText(el).length, `${el.localName} still shows content`).to.be.greaterThan(0);
        }
        host.remove();
      } finally {
        mend();
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(errors).to.deep.equal([]);
      summary.push(`hostile apis "${scenario.name}": ${ELEMENTS.length} elements, ${clicks} clicks, 0 errors`);
    });
  }

  it("a time zone the browser does not know: a warning and the visitor's zone", async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const el = await fixture<Updatable>(html`<endht-countdown time-zone="America/Atlantis"></endht-countdown>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part="value"]').length).to.equal(4);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('time-zone');
  });
});
