// @web/test-runner config: Debian's apt browsers only (nothing is downloaded).
//   BROWSERS=chromium,firefox (default both)   CHROME_PATH / FIREFOX_PATH override the binaries.
// The visitor-zone suites (test/zones*.test.ts) run once per zone in its own browser
// processes started with TZ=<zone>, so the browser's own default zone is really changed.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteerCore from 'puppeteer-core';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

/**
 * `endht-forced-colors` (a test command): emulates `forced-colors: active` in Chromium through
 * CDP. Firefox has no such emulation; its "forced colors" browsers are started with the pref.
 */
function forcedColorsPlugin() {
  return {
    name: 'endht-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'endht-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      try {
        // Puppeteer's emulateMediaFeatures does not know forced-colors: send the CDP call.
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
        return true;
      } catch (e) {
        return String(e);
      }
    },
  };
}

/** Ends the run with one plain line, "tests: N passed, N failed", counted over every browser and group. */
function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const walk = (suite) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite?.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        walk(s.testResults);
        // A file that crashed or timed out before reporting its tests counts as a failure.
        if (!s.passed && !s.testResults?.tests?.length && !s.testResults?.suites?.length) failed++;
      }
      process.on('exit', () => {
        process.stdout.write(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
      });
    },
  };
}

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const wanted = (process.env.BROWSERS || 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean);

const missing = [];
if (wanted.includes('chromium') && !existsSync(CHROME)) {
  missing.push(`Chromium not found at ${CHROME}: install it with "sudo apt-get install chromium" or set CHROME_PATH.`);
}
if (wanted.includes('firefox') && !existsSync(FIREFOX)) {
  missing.push(`Firefox ESR not found at ${FIREFOX}: install it with "sudo apt-get install firefox-esr" or set FIREFOX_PATH.`);
}
if (missing.length) {
  for (const m of missing) console.error(m);
  process.exit(1);
}

/**
 * Browsers for one time zone (undefined = the machine's own zone). `reducedMotion` starts them
 * with the OS-level "reduce motion" preference on (a Chromium flag, a Firefox pref), so the
 * media query is real in both engines. `only` limits them to one engine (one that can measure what a suite needs).
 */
function browsersFor(tz, { reducedMotion = false, forcedColors = false, only } = {}) {
  const env = tz ? { ...process.env, TZ: tz } : process.env;
  const list = [];
  if (wanted.includes('chromium') && (!only || only === 'chromium')) {
    list.push(
      chromeLauncher({
        launchOptions: {
          executablePath: CHROME,
          headless: true,
          env,
          // --no-sandbox: required as root. The rest keep a closed-network container quiet.
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
            '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--js-flags=--expose-gc', '--enable-precise-memory-info',
            ...(reducedMotion ? ['--force-prefers-reduced-motion'] : [])],
        },
      }),
    );
  }
  if (wanted.includes('firefox') && (!only || only === 'firefox')) {
    list.push(
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {
          browser: 'firefox',
          executablePath: FIREFOX,
          headless: true,
          env,
          extraPrefsFirefox: {
            ...(reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
            // "Override the colours of the page: always" — Firefox's forced-colours mode.
            ...(forcedColors ? { 'browser.display.document_color_use': 2 } : {}),
          },
        },
      }),
    );
  }
  return list;
}

const ZONES = ['UTC', 'Asia/Kathmandu', 'America/New_York'];

/** The strict policy of the hostile-page suite: the bundle must work under it. */
// 'allow-duplicates': the page loads two of our files (the campaign file and dist/endht-help.js),
// and each bundled copy of Lit creates its own "lit-html" policy. A site that loads one file
// needs only `trusted-types lit-html` (docs/security.md).
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/**
 * Visual regression (test/visual/*.visual.ts, Chromium only): baselines in test/visual/baselines/,
 * a failed picture and its diff in test/visual/failed/ (not committed). UPDATE_VISUAL=1 writes new
 * baselines. The threshold allows anti-aliasing noise only: CI is the same Debian, Chromium and
 * Noto fonts as the machine that made the baselines.
 */
const visualRegression = visualRegressionPlugin({
  update: process.env.UPDATE_VISUAL === '1',
  baseDir: 'test/visual',
  getBaselineName: ({ name }) => `baselines/${name}.png`,
  getDiffName: ({ name }) => `failed/${name}-diff.png`,
  getFailedName: ({ name }) => `failed/${name}.png`,
  failureThreshold: 0.1,
  failureThresholdType: 'percent',
});

export default {
  files: [
    'src/**/*.test.ts',
    'test/**/*.test.ts',
    '!test/zones*.test.ts',
    '!test/**/reduced-motion*.test.ts',
    '!test/**/forced-colors*.test.ts',
    '!test/hostile/heap.test.ts',
  ],
  nodeResolve: { exportConditions: ['production'] },
  // The tsconfig is passed raw to esbuild ("extends" is not followed): decorator options live in it.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), forcedColorsPlugin(), visualRegression],
  browsers: browsersFor(undefined),
  middleware: [
    async (ctx, next) => {
      await next();
      if (ctx.path === '/test/fixtures/csp.html') ctx.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  groups: [
    ...ZONES.map((tz) => ({ name: `zone ${tz}`, files: 'test/zones*.test.ts', browsers: browsersFor(tz) })),
    { name: 'reduced motion', files: 'test/**/reduced-motion*.test.ts', browsers: browsersFor(undefined, { reducedMotion: true }) },
    { name: 'forced colors', files: 'test/**/forced-colors*.test.ts', browsers: browsersFor(undefined, { forcedColors: true }) },
    // Pixels are compared in Chromium only, in UTC and with reduced motion (see test/visual/look.visual.ts).
    ...(wanted.includes('chromium')
      ? [{ name: 'visual (Chromium)', files: 'test/visual/*.visual.ts', browsers: browsersFor('UTC', { reducedMotion: true, only: 'chromium' }) }]
      : []),
    // The heap can only be measured in Chromium (see test/hostile/heap.test.ts).
    ...(wanted.includes('chromium')
      ? [{ name: 'heap (Chromium)', files: 'test/hostile/heap.test.ts', browsers: browsersFor(undefined, { only: 'chromium' }) }]
      : []),
  ],
  // One page at a time per browser: a second concurrent page is a background tab, whose timers
  // and visibility the browsers throttle, which made the clock tests hang.
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),
};
