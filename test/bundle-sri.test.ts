// Subresource Integrity: `npm run build` writes dist/endht-widgets.js.sri, and a partner page that
// pastes it as the script tag's `integrity` (with `crossorigin`) really loads the file.
import { expect } from '@open-wc/testing';
import { BUNDLE } from './bundle-helpers.js';

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

function load(integrity: string): Promise<'load' | 'error'> {
  return new Promise((resolve) => {
    const s = document.createElement('script');
    s.type = 'module';
    // A query string makes it a new module record, so the browser checks the hash again.
    s.src = `${BUNDLE}?sri=${Math.random()}`;
    s.integrity = integrity;
    s.crossOrigin = 'anonymous';
    s.onload = () => resolve('load');
    s.onerror = () => resolve('error');
    document.head.append(s);
  });
}

describe('dist/endht-widgets.js.sri', () => {
  it('is one line "sha384-<base64>" and matches the built file', async () => {
    const text = await (await fetch(`${BUNDLE}.sri`)).text();
    expect(text).to.match(/^sha384-[A-Za-z0-9+/]{64}\n$/);
    expect(text.trim()).to.equal(await sha384(BUNDLE));
  });

  it('loads with integrity + crossorigin, and a wrong hash is refused', async () => {
    const hash = (await (await fetch(`${BUNDLE}.sri`)).text()).trim();
    expect(await load(hash)).to.equal('load');
    expect(customElements.get('endht-countdown')).to.be.a('function');
    expect(await load(`sha384-${'A'.repeat(64)}`)).to.equal('error');
  });
});
