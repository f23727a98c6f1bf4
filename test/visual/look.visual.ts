/*
 * Visual regression (Chromium only, its own group in web-test-runner.config.mjs): the six
 * elements of the campaign file, stacked as a page shows them, in English, Arabic and Chinese,
 * light and dark, 320 and 960 px wide, on an ordinary day and on 30 July. One picture per
 * combination (24 baselines in test/visual/baselines/); a change in pixels fails with a diff
 * image in test/visual/failed/. After an intended change: UPDATE_VISUAL=1 npm run test:visual.
 *
 * Frozen: the clock (sinon, an ordinary day or 30 July 2027, 10:00 UTC), motion (the group's
 * Chromium starts with reduced motion: no count-up, no marquee, no ticking seconds), the fonts
 * (Noto, installed by .ci/run) and the time zone (UTC, the elements' own attribute).
 */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';
import { fakeClock, switchLang, type FakeClock } from '../helpers.js';

const DAYS = { ordinary: '2027-01-15T12:00:00Z', day: '2027-07-30T10:00:00Z' } as const;
const PAGE = { light: '#ffffff', dark: '#08131b' } as const;

describe('visual regression: the six elements', () => {
  let clock: FakeClock | undefined;
  before(() => setViewport({ width: 1000, height: 900 }));
  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    await switchLang('en');
  });

  for (const lang of ['en', 'ar', 'zh-Hans']) {
    for (const theme of ['light', 'dark'] as const) {
      for (const width of [320, 960]) {
        for (const day of ['ordinary', 'day'] as const) {
          const name = `${lang}-${theme}-${width}-${day}`;
          it(name, async () => {
            await switchLang(lang);
            clock = fakeClock(DAYS[day]);
            const t = theme;
            const host = await fixture<HTMLElement>(
              html`<div
                style="inline-size: ${width}px; padding: 16px; display: grid; gap: 12px; background: ${PAGE[theme]};
                font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif"
              >
                <endht-countdown theme=${t} time-zone="UTC"></endht-countdown>
                <endht-countdown theme=${t} time-zone="UTC" variant="compact"></endht-countdown>
                <endht-blue-heart theme=${t} variant="bar" time-zone="UTC"></endht-blue-heart>
                <endht-stats theme=${t}></endht-stats>
                <endht-share theme=${t} url="https://example.org/"></endht-share>
                <endht-donate theme=${t} amounts="10,25,50" amount="25"></endht-donate>
                <endht-partners theme=${t}></endht-partners>
              </div>`,
            );
            for (const el of host.children)
              await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
            await document.fonts.ready;
            await visualDiff(host, name);
          });
        }
      }
    }
  }
});
