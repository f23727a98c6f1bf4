// The demo page and the embed-code builder (in English and in French) fit a phone: no sideways scroll at
// 320 and 375 px, each loaded in a frame of that width once its widgets (or the builder's controls) are there.
import { expect } from '@open-wc/testing';

const PAGES = ['/demo/index.html', '/demo/builder.html', '/demo/builder.html?ui=fr'];
const WIDTHS = [320, 375];

async function open(src: string, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: 800px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  const deadline = Date.now() + 10_000;
  // Ready: every widget defined and rendered, and the builder's form built.
  for (;;) {
    const widgets = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('endht-'));
    const pending = widgets.filter((el) => !win.customElements.get(el.localName));
    const builderPending = doc.getElementById('builder') !== null && doc.querySelector('#builder form') === null;
    if ((widgets.length > 0 || doc.getElementById('builder')) && !pending.length && !builderPending) break;
    if (Date.now() > deadline) throw new Error(`${src} did not get ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 300)); // the last renders and the builder's preview
  return frame;
}

describe('demo pages on a phone', function () {
  this.timeout(60_000);
  for (const page of PAGES) {
    for (const width of WIDTHS) {
      it(`${page} does not scroll sideways at ${width} px`, async () => {
        const frame = await open(page, width);
        const root = frame.contentDocument!.documentElement;
        // The viewport is the frame, less a vertical scrollbar where the browser draws one (Firefox).
        expect(root.clientWidth).to.be.within(width - 20, width);
        expect(root.scrollWidth, `${page} is ${root.scrollWidth} px wide`).to.be.at.most(root.clientWidth);
        frame.remove();
      });
    }
  }
});
