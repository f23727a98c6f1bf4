// Accessibility matrix against the built bundle: axe on every element × six languages ×
// light/dark; keyboard-only traversal; 200 % zoom without clipped text. (Reduced motion runs
// in test/reduced-motion.test.ts, in browsers started with the OS preference on.)
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ELEMENTS, appendEvery, type Updatable, importEveryElement } from '../elements.js';
import { LANGS } from './frame.js';

type Bundle = { getLocale: () => string };

async function setLang(bundle: Bundle, lang: string, els: Updatable[]) {
  document.documentElement.lang = lang;
  for (let i = 0; i < 200 && bundle.getLocale() !== lang; i++) await new Promise((r) => setTimeout(r, 5));
  await Promise.all(els.map((e) => e.updateComplete));
}

/** The element that really has focus, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Focusable controls inside an element's shadow tree, in tree order. */
function controls(el: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (root: ShadowRoot) => {
    for (const n of root.querySelectorAll<HTMLElement>('*')) {
      const focusable = n.matches('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])');
      const usable =
        focusable &&
        !(n as HTMLButtonElement).disabled &&
        n.tabIndex >= 0 &&
        n.getClientRects().length > 0 &&
        !n.closest('[inert]') &&
        getComputedStyle(n).visibility !== 'hidden';
      if (usable) out.push(n);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

describe('hostile a11y matrix (dist/endht-widgets.js)', () => {
  const summary: string[] = [];
  let bundle: Bundle;
  before(async () => {
    bundle = (await importEveryElement()) as Bundle;
  });
  after(async () => {
    await setLang(bundle, 'en', []);
    summary.forEach((s) => console.log(s));
  });

  it('axe: every element × six languages × light and dark', async function () {
    this.timeout(120_000);
    let runs = 0;
    for (const theme of ['light', 'dark']) {
      const host = await fixture<HTMLElement>(html`<div class="page"></div>`);
      host.style.background = theme === 'dark' ? '#08131b' : '#ffffff';
      host.style.color = theme === 'dark' ? '#e8f1f8' : '#1a2b3c';
      const els = ELEMENTS.map((tag) => {
        const el = document.createElement(tag) as Updatable;
        el.setAttribute('theme', theme);
        host.append(el);
        return el;
      });
      for (const lang of LANGS) {
        await setLang(bundle, lang, els);
        await expect(host, `${theme} ${lang}`).to.be.accessible();
        runs++;
      }
      host.remove();
    }
    summary.push(`hostile a11y axe: ${ELEMENTS.length} elements × ${runs} language/theme runs, 0 violations`);
  });

  it('keyboard only: Tab reaches every control in order; Enter and Space activate buttons', async function () {
    this.timeout(60_000);
    const host = await fixture<HTMLElement>(html`<div><button id="start">start</button></div>`);
    const els = ELEMENTS.map((tag) => {
      const el = document.createElement(tag) as Updatable;
      host.append(el);
      return el;
    });
    await Promise.all(els.map((e) => e.updateComplete));
    const expected = els.flatMap((el) => controls(el));
    expect(expected.length, 'controls to reach').to.be.greaterThan(0);
    host.querySelector<HTMLButtonElement>('#start')!.focus();
    const reached: Element[] = [];
    for (let i = 0; i < expected.length; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(deepActive()!);
    }
    expect(
      reached.map((e) => e?.localName + (e?.getAttribute('part') ? `::${e.getAttribute('part')}` : '')),
    ).to.deep.equal(expected.map((e) => e.localName + (e.getAttribute('part') ? `::${e.getAttribute('part')}` : '')));
    expect(reached).to.deep.equal(expected);
    let pressed = 0;
    for (const b of expected.filter((c) => c.localName === 'button')) {
      for (const key of ['Enter', ' '] as const) {
        if (
          !b.isConnected ||
          controls(b.getRootNode() instanceof ShadowRoot ? (b.getRootNode() as ShadowRoot).host : b).indexOf(b) < 0
        )
          continue;
        let clicked = 0;
        const on = () => clicked++;
        b.addEventListener('click', on);
        b.focus();
        await sendKeys({ press: key });
        b.removeEventListener('click', on);
        expect(
          clicked,
          `${b.getAttribute('part') ?? b.textContent} activated by ${key === ' ' ? 'Space' : key}`,
        ).to.equal(1);
        pressed++;
        // Close anything the button opened (dialogs, menus) so the next one is reachable.
        await sendKeys({ press: 'Escape' });
      }
    }
    summary.push(
      `hostile a11y keyboard: ${expected.length} controls reached by Tab, ${pressed} Enter/Space activations`,
    );
  });

  it('every focusable control shows a visible focus ring', async function () {
    this.timeout(120_000);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const els = await appendEvery(host);
    let checked = 0;
    for (const el of els) {
      for (const c of controls(el)) {
        c.focus();
        await sendKeys({ press: 'Shift' }); // keyboard modality, so :focus-visible applies
        const s = getComputedStyle(c);
        const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
        expect(ring || s.boxShadow !== 'none', `${el.localName} ${c.localName} focus ring`).to.equal(true);
        checked++;
      }
    }
    expect(checked, 'controls checked').to.be.greaterThan(0);
    summary.push(`hostile a11y focus rings: ${checked} controls`);
  });

  it('200 % zoom: no text clipped or overflowing at 280 and 480 px columns', async function () {
    this.timeout(60_000);
    let checked = 0;
    for (const width of [280, 480]) {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      // A column `width` px wide at 200 % zoom lays its content out in width / 2 CSS px.
      host.style.inlineSize = `${width / 2}px`;
      (host.style as unknown as Record<string, string>).zoom = '2';
      const els = await appendEvery(host);
      for (const lang of LANGS) {
        await setLang(bundle, lang, els);
        for (const el of els) {
          const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]');
          if (!base) continue;
          const box = base.getBoundingClientRect();
          for (const n of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
            const s = getComputedStyle(n);
            if (s.display === 'none' || n.closest('[aria-hidden="true"][hidden]')) continue;
            if (
              /(hidden|clip)/.test(s.overflowX) &&
              n.scrollWidth > n.clientWidth + 1 &&
              !n.classList.contains('visually-hidden')
            ) {
              expect.fail(
                `${el.localName} ${lang} @${width}px: <${n.localName} class="${n.className}"> clips its text`,
              );
            }
          }
          expect(base.scrollWidth, `${el.localName} ${lang} @${width}px overflows`).to.be.at.most(base.clientWidth + 1);
          expect(box.width, `${el.localName} ${lang} @${width}px wider than its column`).to.be.at.most(width + 1);
          checked++;
        }
      }
      host.remove();
    }
    summary.push(`hostile a11y zoom 200%: ${checked} element×language×width layouts, 0 clipped`);
  });
});
