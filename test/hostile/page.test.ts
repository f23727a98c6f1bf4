// Hostile pages, against the built bundle: a strict CSP with Trusted Types, and a request log.
import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../elements.js';
import { LANGS, frameSwitchLang, openFixture, shadowButtons, visibleText } from './frame.js';

const summary: string[] = [];
after(() => summary.forEach((s) => console.log(s)));

describe('hostile page: strict CSP with Trusted Types (dist/endht-widgets.js)', () => {
  it('every element renders, in all six languages, with zero violations and zero errors', async () => {
    const { frame, win, elements } = await openFixture('csp', ELEMENTS);
    let tried = 0;
    try {
      for (const lang of LANGS) {
        await frameSwitchLang(win, elements, lang);
        for (const el of elements) {
          tried++;
          expect(visibleText(el).length, `${el.localName} in ${lang} shows text`).to.be.greaterThan(0);
          expect(el.getBoundingClientRect().height, `${el.localName} in ${lang} takes room`).to.be.greaterThan(0);
        }
      }
      win.addEventListener('endht-share', (e) => e.preventDefault());
      win.addEventListener('endht-donate', (e) => e.preventDefault());
      for (const el of elements) for (const b of shadowButtons(el)) b.click();
      await Promise.all(elements.map((e) => e.updateComplete));
      expect(win.__report.violations).to.deep.equal([]);
      expect(win.__report.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
    summary.push(`hostile csp: ${tried} element×language renders tried, 0 violations, 0 errors`);
  });

  it('the policy is really enforced (control: an inline style attribute is blocked)', async () => {
    const { frame, win } = await openFixture('csp', []);
    try {
      const div = win.document.createElement('div');
      win.document.body.append(div);
      div.setAttribute('style', 'color: red');
      await new Promise((r) => setTimeout(r, 50));
      expect(win.__report.violations.join('\n')).to.match(/style-src/);
      // and Trusted Types (Chromium): a string into innerHTML throws
      if ('trustedTypes' in win) expect(() => (div.innerHTML = '<b>x</b>')).to.throw();
    } finally {
      frame.remove();
    }
  });
});

describe('hostile page: no request of its own', () => {
  for (const page of ['plain', 'csp'] as const) {
    it(`${page} page: loading, six languages and every control request nothing but the page and the bundle`, async () => {
      const { frame, win, elements } = await openFixture(page, ELEMENTS);
      // Controls that leave the page are used up to the point of leaving (the cancelable events
      // stop the navigation), so nothing outside the page is requested by following a link.
      win.addEventListener('endht-share', (e) => e.preventDefault());
      win.addEventListener('endht-donate', (e) => e.preventDefault());
      let clicks = 0;
      try {
        for (const lang of LANGS) {
          await frameSwitchLang(win, elements, lang);
          // Use every control (buttons; links that leave the page are not followed), twice, so that
          // controls revealed by the first round (dialogs, menus) are used too.
          for (let round = 0; round < 2; round++) {
            for (const el of elements) {
              for (const b of shadowButtons(el)) {
                if (b.disabled) continue;
                b.click();
                clicks++;
              }
              await el.updateComplete;
            }
          }
        }
        await new Promise((r) => setTimeout(r, 100));
        // The test server injects its own web-socket client into every HTML page it serves; that
        // one is the harness's, not ours. Everything else is listed.
        const requested = win.performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => !p.startsWith('/__web-dev-server__'));
        expect(requested.sort()).to.deep.equal([
          '/dist/endht-help.js',
          '/dist/endht-widgets.js',
          '/test/fixtures/probe.js',
        ]);
        expect(win.__report.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
      summary.push(
        `hostile requests (${page}): ${ELEMENTS.length} elements, ${LANGS.length} languages, ${clicks} clicks, 0 extra requests`,
      );
    });
  }
});
