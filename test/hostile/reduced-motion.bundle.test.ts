// Runs in the "reduced motion" group (browsers started with the OS preference on): no element
// of the built bundle runs any animation.
import { expect, fixture, html } from '@open-wc/testing';
import { ELEMENTS, importEveryElement } from '../elements.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

describe('hostile: prefers-reduced-motion: reduce (dist/endht-widgets.js)', () => {
  before(async () => {
    await importEveryElement();
  });

  it('the browser really reports reduced motion', () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  it('no element runs an animation (getAnimations() is empty), in every variant it declares', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const els: Updatable[] = [];
    for (const tag of ELEMENTS) {
      const el = document.createElement(tag) as Updatable;
      host.append(el);
      els.push(el);
      // Also the animated layouts, where an element has them.
      const declared = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      const animated = [
        ['layout', 'marquee'],
        ['variant', 'bar'],
        ['variant', 'card'],
        ['position', 'bottom'],
      ];
      for (const [attr, value] of animated.filter(([a]) => declared.includes(a!))) {
        const v = document.createElement(tag) as Updatable;
        v.setAttribute(attr!, value!);
        host.append(v);
        els.push(v);
      }
    }
    await Promise.all(els.map((e) => e.updateComplete));
    host.scrollIntoView();
    await new Promise((r) => setTimeout(r, 300));
    for (const el of els) {
      const running = el.shadowRoot!.getAnimations().filter((a) => a.playState === 'running');
      expect(running.map((a) => `${el.localName}: ${(a as CSSAnimation).animationName ?? a.id}`)).to.deep.equal([]);
    }
    console.log(`hostile reduced motion: ${els.length} element instances, 0 running animations`);
  });
});
