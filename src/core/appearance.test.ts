import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../index.js';
import { APPEARANCES, THEMES, type Appearance, type Theme } from './element.js';
import { switchLang } from '../../test/helpers.js';

/** The text and surface tokens that are drawn one on the other (core/styles.ts), each needing 4.5:1 (WCAG 2 AA). */
const PAIRS: Array<[text: string, surface: string, what: string]> = [
  ['--_text', '--_surface', 'text on the surface'],
  ['--_muted', '--_surface', 'secondary text on the surface'],
  ['--_accent', '--_surface', 'links and outlined buttons'],
  ['--_surface', '--_accent', 'text on a filled button'],
];

/** sRGB channels 0–1 of a computed colour: `rgb(…)`, `rgba(…)` or `color(srgb …)` (what color-mix() computes to). */
function channels(computed: string): [number, number, number] {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(computed);
  if (rgb) return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255];
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(computed);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3])];
  throw new Error(`unexpected colour ${computed}`);
}

/** WCAG 2 relative luminance. */
function luminance(computed: string): number {
  const [r, g, b] = channels(computed).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The background a site that chose a theme is assumed to have behind a plain element. */
const PAGE: Record<Theme, string> = { light: '#fff', dark: '#0d1b26' };

describe('appearance: card, band, plain', () => {
  afterEach(() => switchLang('en'));

  describe('the contrast of every text and surface token pair', () => {
    for (const theme of THEMES) {
      for (const appearance of APPEARANCES) {
        it(`${appearance}, ${theme} theme: every pair is at least 4.5:1`, async () => {
          const el = await fixture(
            html`<endht-countdown theme=${theme} appearance=${appearance} time-zone="UTC"></endht-countdown>`,
          );
          const base = el.shadowRoot!.querySelector('.base')!;
          expect(base.classList.contains(`appearance-${appearance}`)).to.equal(true);
          for (const [text, surface, what] of PAIRS) {
            const probe = document.createElement('span');
            probe.style.color = `var(${text})`;
            probe.style.backgroundColor = `var(${surface})`;
            base.append(probe);
            const style = getComputedStyle(probe);
            const ratio = contrast(style.color, style.backgroundColor);
            probe.remove();
            expect(ratio, `${what}: ${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
          }
        });
      }
    }

    it('the ratios are computed, not assumed: white on the campaign blue fails, #0b1f2a on it passes', () => {
      expect(contrast('rgb(255, 255, 255)', 'rgb(0, 158, 219)')).to.be.closeTo(3.04, 0.01);
      expect(contrast('rgb(11, 31, 42)', 'rgb(0, 158, 219)')).to.be.closeTo(5.56, 0.01);
      expect(contrast('color(srgb 1 1 1)', 'rgb(0, 90, 140)')).to.be.closeTo(7.39, 0.01);
    });
  });

  it('a bad value warns once and takes the default of the element', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<HTMLElement & { appearance?: Appearance }>(
        html`<endht-stats appearance="glass"></endht-stats>`,
      );
      expect(el.appearance).to.equal('card');
      expect(warnings).to.deep.equal(['<endht-stats>: appearance="glass" is not valid; using "card".']);
    } finally {
      console.warn = original;
    }
  });

  it('defaults: a card, a plain donate button, a band for the bar of the Blue Heart', async () => {
    const host = await fixture(
      html`<div>
        <endht-countdown></endht-countdown><endht-donate></endht-donate>
        <endht-blue-heart variant="bar"></endht-blue-heart><endht-blue-heart variant="card"></endht-blue-heart>
      </div>`,
    );
    // Rendered now, wherever they are on the test page (an element may wait until it is near the viewport).
    await Promise.all([...host.children].map((el) => (el as LitElement).updateComplete));
    const classes = [...host.children].map((el) => {
      const base = el.shadowRoot!.querySelector('.base')!;
      return [...base.classList].find((name) => name.startsWith('appearance-'));
    });
    expect(classes).to.deep.equal(['appearance-card', 'appearance-plain', 'appearance-band', 'appearance-card']);
  });

  describe('axe in every appearance, theme and language', () => {
    for (const lang of ['en', 'ar', 'zh-Hans']) {
      for (const theme of THEMES) {
        for (const appearance of APPEARANCES) {
          it(`${lang}, ${theme}, ${appearance}`, async () => {
            await switchLang(lang);
            const a = { theme, appearance };
            const host = await fixture(
              html`<div style="background: ${PAGE[theme]}; padding: 8px">
                <endht-countdown theme=${a.theme} appearance=${a.appearance}></endht-countdown>
                <endht-countdown theme=${a.theme} appearance=${a.appearance} variant="compact"></endht-countdown>
                <endht-stats theme=${a.theme} appearance=${a.appearance}></endht-stats>
                <endht-share theme=${a.theme} appearance=${a.appearance}></endht-share>
                <endht-blue-heart theme=${a.theme} appearance=${a.appearance} variant="card"></endht-blue-heart>
                <endht-donate theme=${a.theme} appearance=${a.appearance} amounts="10,25" amount="25"></endht-donate>
                <endht-partners theme=${a.theme} appearance=${a.appearance}></endht-partners>
              </div>`,
            );
            for (const el of host.children)
              await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
            await expect(host).to.be.accessible();
          });
        }
      }
    }
  });
});
