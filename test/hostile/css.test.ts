// Hostile host CSS against the built bundle: aggressive global rules must not change the text
// colours, type, layout or focus rings inside the shadow roots (the font family may be
// inherited, by design), and nothing of the elements' CSS may leak out.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { ELEMENTS, importEveryElement } from '../elements.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const HOSTILE = `
  html { font-size: 40px !important; }
  * { color: red !important; font-size: 40px !important; line-height: 0 !important; display: inline !important;
      letter-spacing: 9px !important; word-spacing: 20px !important; text-transform: uppercase !important;
      font-weight: 900 !important; font-style: italic !important; text-align: right !important;
      white-space: nowrap !important; text-indent: 50px !important; text-shadow: 2px 2px red !important;
      visibility: visible !important; cursor: wait !important; box-sizing: content-box !important;
      background: yellow !important; outline: none !important; }
  *:focus, *:focus-visible { outline: 0 !important; box-shadow: none !important; }
  a, button { all: unset !important; }
  svg { display: none !important; width: 0 !important; }
  div, p, section { position: relative !important; }
  /* the test's own column, so both runs get the same width */
  #col { display: block !important; inline-size: 480px !important; padding: 0 !important; margin: 0 !important; border: 0 !important; }
`;

const TEXT_PROPS = [
  'color',
  'font-size',
  'line-height',
  'font-weight',
  'font-style',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'white-space',
  'text-indent',
  'text-shadow',
  'visibility',
  'cursor',
];

interface Snap {
  [key: string]: string;
}

/** Computed text properties and geometry (relative to the element's base) of every shadow node. */
function snapshot(el: Element): Snap {
  const out: Snap = {};
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]');
  const origin = base?.getBoundingClientRect();
  const walk = (root: ShadowRoot, path: string) => {
    [...root.querySelectorAll<HTMLElement>('*')].forEach((n, i) => {
      if (n.localName === 'style' || n.localName === 'slot') return;
      const key = `${path}/${i}:${n.localName}${n.getAttribute('part') ? `::${n.getAttribute('part')}` : ''}`;
      const s = getComputedStyle(n);
      for (const p of TEXT_PROPS) out[`${key} ${p}`] = s.getPropertyValue(p);
      if (origin && n.getClientRects().length) {
        // (A node that is not rendered, like a closed dialog, has no box to compare.)
        const r = n.getBoundingClientRect();
        out[`${key} box`] = [r.left - origin.left, r.top - origin.top, r.width, r.height]
          .map((v) => Math.round(v))
          .join(',');
      }
      if (n.shadowRoot) walk(n.shadowRoot, key);
    });
  };
  walk(el.shadowRoot!, el.localName);
  return out;
}

function isRunningText(el: Element): boolean {
  return !!el.shadowRoot!.querySelector('[part="base"].inline');
}

function diff(a: Snap, b: Snap): string[] {
  return Object.keys(a)
    .filter((k) => a[k] !== b[k])
    .map((k) => `${k}: ${a[k]} → ${b[k]}`);
}

async function focusRings(els: Element[]): Promise<string[]> {
  const rings: string[] = [];
  for (const el of els) {
    for (const c of el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button, input')) {
      if (!c.getClientRects().length) continue;
      c.focus();
      await sendKeys({ press: 'Shift' });
      const s = getComputedStyle(c);
      rings.push(`${el.localName} ${c.localName}: ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`);
    }
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return rings;
}

describe('hostile host CSS (dist/endht-widgets.js)', () => {
  before(async () => {
    await importEveryElement();
  });

  it('global !important rules do not reach inside any element', async function () {
    this.timeout(120_000);
    // Time stands still, so a ticking countdown shows the same digits in both snapshots.
    const clock = sinon.useFakeTimers({ now: Date.parse('2027-01-15T08:30:15Z'), toFake: ['Date'] });
    const col = await fixture<HTMLElement>(html`<div id="col"></div>`);
    col.style.inlineSize = '480px';
    const els = ELEMENTS.map((tag) => col.appendChild(document.createElement(tag)) as Updatable);
    await Promise.all(els.map((e) => e.updateComplete));
    // Let the statistics card's count-up (under 1.5 s, once, when in view) reach its final values:
    // brought into view wherever it sits in the column.
    els.find((e) => e.localName === 'endht-stats')?.scrollIntoView();
    await new Promise((r) => setTimeout(r, 1600));
    const clean = els.map((e) => snapshot(e));
    const cleanRings = await focusRings(els);
    const style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
    try {
      expect(getComputedStyle(col.parentElement!).color, 'control: the hostile sheet applies').to.equal(
        'rgb(255, 0, 0)',
      );
      await Promise.all(els.map((e) => e.updateComplete));
      let nodes = 0;
      els.forEach((el, i) => {
        if (isRunningText(el)) return; // running-text variants inherit the sentence's type by design
        const changed = diff(clean[i]!, snapshot(el));
        nodes += Object.keys(clean[i]!).length;
        expect(changed, `${el.localName} changed under hostile CSS`).to.deep.equal([]);
      });
      expect(await focusRings(els)).to.deep.equal(cleanRings);
      console.log(
        `hostile css: ${els.length} elements, ${nodes} shadow properties compared, ${cleanRings.length} focus rings, 0 changes`,
      );
    } finally {
      style.remove();
      clock.restore();
    }
  });

  it('nothing of the elements leaks out to the page', async function () {
    this.timeout(60_000);
    const page = await fixture<HTMLElement>(
      html`<div>
        <p class="probe">A paragraph <a href="#x">a link</a> <button>a button</button></p>
        <h2 class="probe">A heading</h2>
        <ul class="probe">
          <li>item</li>
        </ul>
        <div id="slot"></div>
      </div>`,
    );
    const probes = [...page.querySelectorAll<HTMLElement>('.probe, .probe *')];
    const read = () =>
      probes.map((p) => {
        const s = getComputedStyle(p);
        return [
          s.color,
          s.fontSize,
          s.fontFamily,
          s.lineHeight,
          s.margin,
          s.padding,
          s.display,
          s.backgroundColor,
          s.outlineStyle,
          s.borderTopStyle,
          s.boxSizing,
        ].join('|');
      });
    const before = read();
    const slot = page.querySelector('#slot')!;
    const els = ELEMENTS.map((tag) => slot.appendChild(document.createElement(tag)) as Updatable);
    await Promise.all(els.map((e) => e.updateComplete));
    expect(read()).to.deep.equal(before);
    // No element added a stylesheet or <style> to the page itself.
    expect(document.adoptedStyleSheets.length).to.equal(0);
    expect(
      [...document.querySelectorAll('style')].filter(
        (s) => !s.closest('[data-wtr]') && s.textContent!.includes('endht'),
      ),
    ).to.deep.equal([]);
  });
});
