// Runs in the "forced colors" group: Firefox is started with its forced-colours pref, Chromium
// emulates `forced-colors: active` through CDP. Every element keeps visible borders on its
// cards and buttons, and a visible focus ring on every control.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { appendEvery, importEveryElement } from '../elements.js';

describe('hostile: forced colors (dist/endht-widgets.js)', () => {
  before(async () => {
    await importEveryElement();
    const r = await executeServerCommand('endht-forced-colors', { active: true });
    if (r !== true) console.log(`forced colors by pref (CDP emulation: ${String(r)})`);
  });
  after(async () => {
    await executeServerCommand('endht-forced-colors', { active: false });
  });

  it('the browser really is in forced-colours mode', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('cards and buttons keep a visible border; every control a visible focus ring', async function () {
    this.timeout(60_000);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const els = await appendEvery(host);
    let boxes = 0;
    let rings = 0;
    for (const el of els) {
      const root = el.shadowRoot!;
      // Anything drawn as a box in normal colours (a background of its own) must keep an edge,
      // because forced colours remove backgrounds.
      for (const n of root.querySelectorAll<HTMLElement>('a, button')) {
        if (!n.getClientRects().length) continue;
        const s = getComputedStyle(n);
        const edge = ['Top', 'Right', 'Bottom', 'Left'].some(
          (side) =>
            s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
            parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
        );
        const underlinedLink = n.localName === 'a' && s.textDecorationLine.includes('underline');
        expect(
          edge || underlinedLink,
          `${el.localName} <${n.localName} part="${n.getAttribute('part')}"> keeps an edge`,
        ).to.equal(true);
        boxes++;
      }
      for (const c of root.querySelectorAll<HTMLElement>('a[href], button, input')) {
        if (!c.getClientRects().length || c.closest('[inert]')) continue;
        c.focus();
        await sendKeys({ press: 'Shift' });
        const s = getComputedStyle(c);
        expect(
          s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1,
          `${el.localName} ${c.localName} focus ring`,
        ).to.equal(true);
        rings++;
      }
    }
    expect(boxes).to.be.greaterThan(0);
    expect(rings).to.be.greaterThan(0);
    console.log(
      `hostile forced colors: ${els.length} elements, ${boxes} boxes keep an edge, ${rings} focus rings visible`,
    );
  });
});
