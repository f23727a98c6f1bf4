// Runs in browsers started with "reduce motion" on (the reduced-motion group). The server
// rendered the countdown with seconds; this visitor's countdown shows none, so its first render
// cannot adopt the server's DOM. The package's hydrate support then renders it again: one
// widget (not two), no error, one warning naming the element.
import { expect } from '@open-wc/testing';

type FrameWin = Window & typeof globalThis & { __errors: string[]; __warnings: string[] };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('hydration when the visitor asks for reduced motion', () => {
  it('<endht-countdown> rendered with seconds on the server is rendered again, once, without seconds', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const frame = document.createElement('iframe');
    frame.src = new URL('../dist-test/ssr/endht-countdown.fr.html', import.meta.url).href;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    try {
      const win = frame.contentWindow as FrameWin;
      await win.customElements.whenDefined('endht-countdown');
      const el = win.document.querySelector('endht-countdown') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      for (let i = 0; i < 100 && el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') !== 'fr'; i++)
        await sleep(20);
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('[part~="base"]').length).to.equal(1);
      expect(root.querySelectorAll('[part="unit"]').length, 'days, hours, minutes').to.equal(3);
      expect(root.querySelectorAll('style').length, "the server's styles stay").to.equal(1);
      expect(win.__errors).to.deep.equal([]);
      expect(win.__warnings.length).to.equal(1);
      expect(win.__warnings[0]).to.match(
        /^endht-widgets: <endht-countdown> renders differently in this browser than on the server/,
      );
    } finally {
      frame.remove();
    }
  });
});
