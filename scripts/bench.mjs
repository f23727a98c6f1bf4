// npm run bench: builds the drop-in, then measures it in Debian's Chromium (puppeteer-core) and
// prints medians with min–max; writes everything to bench/results.json. Not part of npm test:
// timings depend on the machine. Sizes are deterministic; npm run size holds the drop-in files to
// their ceilings (size-limit), and an element's own code is reported here, not policed.
//
//   node scripts/bench.mjs [--runs N] [--window MS] [--cycles N] [--no-build] [--out FILE]
//                          [--only startup,ticking,heights,cls,memory]
//   BENCH_RUNS, BENCH_WINDOW_MS, BENCH_CYCLES, CHROME_PATH override the defaults.
//
// Generic over the elements: it measures every endht-* tag the bundle defines (recorded by
// wrapping customElements.define before the bundle runs) and says which of the element folders
// (build/elements.mjs) it did not define. What each number means is in docs/performance.md.
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, extname, join, normalize, relative } from 'node:path';
import puppeteer from 'puppeteer-core';
import { listElements } from '../build/elements.mjs';
import {
  ROOT,
  bundleSizes,
  elementSizes,
  elementSources,
  localeSizes,
  sizes,
  table,
  visualizerGroups,
} from './bench-sizes.mjs';
import { clsOf, measureHostPages, FLOOR_ELEMENT, THROTTLE } from './bench-host.mjs';
import { loadLighthouse, lighthouseRuns } from './bench-lighthouse.mjs';

// ---- options -------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const opt = (name, env, dflt) => {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0 && argv[i + 1] !== undefined) return Number(argv[i + 1]);
  return process.env[env] ? Number(process.env[env]) : dflt;
};
const RUNS = opt('runs', 'BENCH_RUNS', 7);
const WINDOW_MS = opt('window', 'BENCH_WINDOW_MS', 2000);
const CYCLES = opt('cycles', 'BENCH_CYCLES', 1000);
const LH_RUNS = opt('lh-runs', 'BENCH_LH_RUNS', 3);
const BUILD = !argv.includes('--no-build');
/** --only startup,ticking,heights,cls,memory runs just those browser sections (sizes always run). */
const ONLY = (() => {
  const i = argv.indexOf('--only');
  return i >= 0 ? new Set(argv[i + 1].split(',')) : null;
})();
const want = (section) => !ONLY || ONLY.has(section);
const OUT = (() => {
  const i = argv.indexOf('--out');
  return i >= 0 ? argv[i + 1] : join(ROOT, 'bench/results.json');
})();
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
const VIEWPORT = { width: 1024, height: 900 };
/** The ticking element and the one the pre-upgrade snippet is measured for today. */
const TICKING_TAG = 'endht-countdown';
/** Extra attribute sets whose size the snippet reserves (besides no attributes). */
const VARIANTS = { 'endht-countdown': ['variant="compact"'] };
/** What a partner puts inside the tag (shown before the upgrade, and without JavaScript). */
const FALLBACK = { 'endht-countdown': '30 July: World Day against Trafficking in Persons' };
const INLINE_FALLBACK = 'on 30 July';
const CLS_LATE_MS = 500;
const TICK_COUNTS = [1, 100];

const started = Date.now();
const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!existsSync(CHROME)) {
  console.error(`Chromium not found at ${CHROME}: install it with "sudo apt-get install chromium" or set CHROME_PATH.`);
  process.exit(1);
}

// ---- statistics ----------------------------------------------------------------------------

function stat(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return { median: null, min: null, max: null, n: 0, values };
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length, values };
}
const round = (x, d = 2) => (typeof x === 'number' ? Math.round(x * 10 ** d) / 10 ** d : null);
const fmt = (s, d = 1, unit = '') =>
  typeof s?.median !== 'number' ? '—' : `${s.median.toFixed(d)}${unit} (${s.min.toFixed(d)}–${s.max.toFixed(d)})`;

// ---- 1. build and sizes ----------------------------------------------------------------------

if (BUILD) {
  log('building: npx vite build');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}
log('sizes: bundle, each element alone, each locale, visualizer data');
const bundle = bundleSizes();
const elementRows = await elementSizes();
const ALL_ELEMENTS = elementSources().map((e) => e.tags[0]);
const locales = await localeSizes();
const visualizer = visualizerGroups();

// Peers, from their npm packages (devDependencies of the benchmark only), each bundled by
// esbuild as a minified ES module, exactly what a site would load.
const SHARE_MENU_TARGETS = [
  'x',
  'facebook',
  'linkedin',
  'whatsapp',
  'telegram',
  'bluesky',
  'mastodon',
  'reddit',
  'email',
];
const PEERS = [
  {
    pkg: '@github/relative-time-element',
    ours: 'endht-countdown',
    entry: "export * from '@github/relative-time-element';",
    what: 'the element (defines <relative-time>)',
  },
  {
    pkg: 'share-menu',
    ours: 'endht-share',
    entry: `export * from 'share-menu';\n${SHARE_MENU_TARGETS.map((t) => `import 'share-menu/targets/${t}.js';`).join('\n')}`,
    what: `element + our networks: ${SHARE_MENU_TARGETS.join(', ')} (Web Share and copy are built in)`,
  },
  {
    pkg: 'shareon',
    ours: 'endht-share',
    entry: "export * from 'shareon';",
    css: 'node_modules/shareon/dist/shareon.min.css',
    what: 'JS + its stylesheet (all networks; it ships one CSS file)',
  },
  {
    pkg: 'countup.js',
    ours: 'endht-stats',
    entry: "export * from 'countup.js';",
    what: 'CountUp class (the count-up animation only)',
  },
];
log('peers: esbuild each');
const esbuild = await import('esbuild');
/** A module's source bundled and minified as a peer ships it (one ES module), in memory. */
async function esbuildModule(contents) {
  const res = await esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return res.outputFiles[0];
}
const peers = [];
for (const p of PEERS) {
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', p.pkg, 'package.json'), 'utf8')).version;
  const js = sizes((await esbuildModule(p.entry)).contents);
  const css = p.css ? sizes(readFileSync(join(ROOT, p.css))) : null;
  peers.push({
    pkg: p.pkg,
    version,
    ours: p.ours,
    what: p.what,
    js,
    css,
    total: { raw: js.raw + (css?.raw ?? 0), gzip: js.gzip + (css?.gzip ?? 0), brotli: js.brotli + (css?.brotli ?? 0) },
  });
}

// ---- 2. a static server on 127.0.0.1 -----------------------------------------------------------

const pages = new Map();
const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const headers = { 'Cache-Control': 'no-store' };
  if (pages.has(path)) {
    // A page (HTML text), or { type, body } for another generated file.
    const page = pages.get(path);
    const { type, body } = typeof page === 'string' ? { type: 'text/html', body: page } : page;
    res.writeHead(200, { ...headers, 'Content-Type': `${type}; charset=utf-8` });
    res.end(body);
    return;
  }
  const file = normalize(join(ROOT, path));
  const allowed = ['dist', 'demo'].some((d) => !relative(join(ROOT, d), file).startsWith('..'));
  if (!allowed || !existsSync(file)) {
    res.writeHead(404, headers);
    res.end('not found');
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
  });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;

// ---- 3. the page instrumentation (runs before any page script) ------------------------------

function instrument() {
  const B = (window.__bench = {
    setTimeout: 0,
    setInterval: 0,
    timersFired: 0,
    timerMs: 0,
    updateMs: 0,
    raf: 0,
    renders: {},
    defined: [],
    visibilityChanges: 0,
    shifts: [],
  });
  // Keep the originals for the bench's own use, so its waiting is not counted.
  B.realSetTimeout = window.setTimeout.bind(window);
  const now = performance.now.bind(performance);
  const wrapCb = (cb) =>
    typeof cb === 'function'
      ? function (...a) {
          B.timersFired++;
          const t = now();
          try {
            return cb.apply(this, a);
          } finally {
            B.timerMs += now() - t;
          }
        }
      : cb;
  const st = window.setTimeout;
  window.setTimeout = function (cb, ...rest) {
    B.setTimeout++;
    return st.call(this, wrapCb(cb), ...rest);
  };
  const si = window.setInterval;
  window.setInterval = function (cb, ...rest) {
    B.setInterval++;
    return si.call(this, wrapCb(cb), ...rest);
  };
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = function (cb) {
    B.raf++;
    return raf.call(this, cb);
  };
  // Discovery and render counting: every endht-* definition is recorded, its update() (Lit's
  // render + commit) counted per tag, and its performUpdate() (willUpdate, update, updated)
  // timed. Lit runs these in promise microtasks, which CDP's ScriptDuration does not count.
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ctor, options) {
    if (typeof name === 'string' && name.startsWith('endht-') && !this.get(name)) {
      B.defined.push(name);
      const proto = ctor && ctor.prototype;
      const update = proto && proto.update;
      if (typeof update === 'function') {
        proto.update = function (...a) {
          B.renders[name] = (B.renders[name] || 0) + 1;
          return update.apply(this, a);
        };
      }
      const perform = proto && proto.performUpdate;
      if (typeof perform === 'function') {
        proto.performUpdate = function (...a) {
          const t = now();
          try {
            return perform.apply(this, a);
          } finally {
            B.updateMs += now() - t;
          }
        };
      }
    }
    return define.call(this, name, ctor, options);
  };
  document.addEventListener('visibilitychange', () => B.visibilityChanges++);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.shifts.push({
          value: e.value,
          startTime: e.startTime,
          hadRecentInput: e.hadRecentInput,
          // A shifted text node is named by its parent and its first words.
          sources: (e.sources || []).map((s) =>
            !s.node
              ? '?'
              : s.node.nodeType === 3
                ? `#text in ${s.node.parentNode ? s.node.parentNode.nodeName.toLowerCase() : '?'} "${s.node.textContent.trim().slice(0, 24)}…"`
                : s.node.nodeName.toLowerCase(),
          ),
          // Whether every shifted node is inside a sentence that holds an inline element
          // (marked data-inline-sentence): text re-flowing around it, which no block reservation prevents.
          inlineOnly:
            !!e.sources?.length &&
            e.sources.every((s) => {
              const el = s.node && (s.node.nodeType === 3 ? s.node.parentElement : s.node);
              return !!el?.closest?.('[data-inline-sentence]');
            }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    B.shiftsUnsupported = true;
  }
  /**
   * Resolves when every given endht-* tag is defined and every such element has rendered. With
   * `all`, the elements still waiting to come near the viewport render at once first (the
   * `beforeprint` event makes them, as for printing).
   */
  B.whenReady = async (tags, { all = false } = {}) => {
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    if (all) window.dispatchEvent(new Event('beforeprint'));
    const els = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(
      els.map(async (e) => {
        while (!(await e.updateComplete));
      }),
    );
    return els.length;
  };
  B.snapshot = () => ({
    setTimeout: B.setTimeout,
    setInterval: B.setInterval,
    timersFired: B.timersFired,
    jsMs: B.timerMs + B.updateMs,
    raf: B.raf,
    renders: Object.values(B.renders).reduce((a, b) => a + b, 0),
    visibility: document.visibilityState,
  });
}

const html = (title, head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const BASE_CSS =
  '<style>body{font-family:Georgia,serif;font-size:16px;margin:0;padding:1rem}main{max-inline-size:720px;margin-inline:auto}</style>';

log(`chromium: ${CHROME}`);
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: CHROME_ARGS,
  defaultViewport: VIEWPORT,
});
const chromeVersion = await browser.version();

async function newPage({ throttle = 1 } = {}) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.evaluateOnNewDocument(instrument);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  page.on('pageerror', (e) => log('page error:', e.message));
  return { page, cdp };
}
const metrics = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

// ---- 4. discovery ------------------------------------------------------------------------------

log('discovering the elements the bundle defines');
pages.set('/bench/probe.html', html('probe', '', '<script type="module" src="/dist/endht-widgets.js"></script>'));
let defined;
{
  const { page } = await newPage();
  await page.goto(`${ORIGIN}/bench/probe.html`, { waitUntil: 'load' });
  defined = await page.evaluate(async () => {
    await new Promise((r) => window.__bench.realSetTimeout(r, 50));
    return window.__bench.defined.slice();
  });
  await page.close();
}
const missing = ALL_ELEMENTS.filter((t) => !defined.includes(t));
const extra = defined.filter((t) => !ALL_ELEMENTS.includes(t));
const sourceTags = elementSources().flatMap((e) => e.tags);
log(`defined: ${defined.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'}`);
if (!defined.length) throw new Error('the bundle defined no endht-* element');

// ---- 5. start-up --------------------------------------------------------------------------------

function startupPage(run) {
  const tags = JSON.stringify(defined);
  return html(
    'start-up',
    BASE_CSS,
    `<main>${defined.map((t) => `<p>Text before.</p><${t}></${t}>`).join('')}</main>
<script type="module">
import '/dist/endht-widgets.js?run=${run}';
const B = window.__bench;
B.evaluated = performance.now();
B.count = await B.whenReady(${tags});
B.ready = performance.now();
const r = performance.getEntriesByType('resource').find((e) => e.name.includes('/dist/endht-widgets.js'));
B.fetched = r ? r.responseEnd : null;
B.rendered = [...document.querySelectorAll(${JSON.stringify(defined.join(','))})].map((e) => !!e.shadowRoot && e.shadowRoot.childElementCount > 0);
</script>`,
  );
}

async function startup(throttle) {
  const out = { ready: [], evalToReady: [], fetchToEval: [], taskMs: [], scriptMs: [] };
  for (let i = 0; i < RUNS; i++) {
    const run = `${throttle}x-${i}-${Date.now()}`;
    pages.set(`/bench/startup-${run}.html`, startupPage(run));
    const { page, cdp } = await newPage({ throttle });
    await page.goto(`${ORIGIN}/bench/startup-${run}.html`, { waitUntil: 'load' });
    const r = await page.evaluate(async () => {
      const B = window.__bench;
      for (let i = 0; B.ready === undefined; i++) {
        if (i > 3000) throw new Error('the elements were not ready after 30 s');
        await new Promise((res) => B.realSetTimeout(res, 10));
      }
      return { ready: B.ready, evaluated: B.evaluated, fetched: B.fetched, rendered: B.rendered, count: B.count };
    });
    const m = await metrics(cdp);
    pages.delete(`/bench/startup-${run}.html`);
    await page.close();
    if (r.rendered.some((x) => !x)) log(`warning: not every element rendered content (${JSON.stringify(r.rendered)})`);
    out.ready.push(r.ready);
    out.evalToReady.push(r.ready - r.evaluated);
    if (typeof r.fetched === 'number') out.fetchToEval.push(r.evaluated - r.fetched);
    out.taskMs.push(m.TaskDuration * 1000);
    out.scriptMs.push(m.ScriptDuration * 1000);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, stat(v)]));
}

/**
 * The platform's floor: what the first use of Intl costs in a fresh page with no bundle at all
 * (ICU data and the host time zone are loaded lazily). Every widget that formats with Intl pays
 * it once per page; it is part of "bundle evaluated → all ready" above.
 */
async function intlFloor(throttle) {
  pages.set(
    '/bench/intl.html',
    html(
      'intl',
      '',
      `<script>
const t0 = performance.now();
new Intl.DateTimeFormat().resolvedOptions().timeZone;
new Intl.NumberFormat('en').format(1);
window.__bench.intl = performance.now() - t0;
</script>`,
    ),
  );
  const values = [];
  for (let i = 0; i < RUNS; i++) {
    const { page } = await newPage({ throttle });
    await page.goto(`${ORIGIN}/bench/intl.html`, { waitUntil: 'load' });
    values.push(await page.evaluate(() => window.__bench.intl));
    await page.close();
  }
  return stat(values);
}

let startupResults = null;
if (want('startup')) {
  log(`start-up: ${RUNS} runs unthrottled, ${RUNS} runs at 4× CPU throttling`);
  startupResults = { unthrottled: await startup(1), throttled4x: await startup(4) };
  startupResults.unthrottled.intlFirstUse = await intlFloor(1);
  startupResults.throttled4x.intlFirstUse = await intlFloor(4);
}

// ---- 6. ticking, visible and hidden ------------------------------------------------------------

async function ticking(count, hidden) {
  const path = `/bench/tick-${count}.html`;
  const body = `<main>${Array.from({ length: count }, () => `<${TICKING_TAG}></${TICKING_TAG}>`).join('')}</main>
<script type="module" src="/dist/endht-widgets.js"></script>`;
  pages.set(path, html(`${count} countdowns`, BASE_CSS, body));
  const { page, cdp } = await newPage();
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
  // Every countdown renders (most would wait below the fold): the cost of 100 ticking at once.
  const n = await page.evaluate((t) => window.__bench.whenReady([t], { all: true }), TICKING_TAG);
  if (n !== count) throw new Error(`expected ${count} countdowns, found ${n}`);
  let front;
  let visibility = 'visible';
  if (hidden) {
    // What really hides a tab in headless Chromium: another tab in front. (setWebLifecycleState
    // "frozen" also reports hidden, but it stops every task of the page whatever our code does,
    // so it would prove nothing; focus emulation does not change visibilityState at all.)
    front = await browser.newPage();
    await front.bringToFront();
    visibility = await page.evaluate(() => document.visibilityState);
    const changes = await page.evaluate(() => window.__bench.visibilityChanges);
    if (visibility !== 'hidden' || changes < 1)
      throw new Error(`could not hide the tab (visibilityState=${visibility}, visibilitychange events=${changes})`);
  }
  await sleep(1200); // settle: the first aligned tick, or the clock stopping
  const rates = { timers: [], timersFired: [], raf: [], renders: [], jsMsPerS: [], scriptMsPerS: [], taskMsPerS: [] };
  for (let i = 0; i < RUNS; i++) {
    const a = await page.evaluate(() => window.__bench.snapshot());
    const ma = await metrics(cdp);
    await sleep(WINDOW_MS);
    const b = await page.evaluate(() => window.__bench.snapshot());
    const mb = await metrics(cdp);
    const s = mb.Timestamp - ma.Timestamp;
    if (hidden && b.visibility !== 'hidden') throw new Error('the tab became visible during the hidden measurement');
    rates.timers.push((b.setTimeout + b.setInterval - a.setTimeout - a.setInterval) / s);
    rates.timersFired.push((b.timersFired - a.timersFired) / s);
    rates.raf.push((b.raf - a.raf) / s);
    rates.renders.push((b.renders - a.renders) / s);
    rates.jsMsPerS.push((b.jsMs - a.jsMs) / s);
    rates.scriptMsPerS.push(((mb.ScriptDuration - ma.ScriptDuration) * 1000) / s);
    rates.taskMsPerS.push(((mb.TaskDuration - ma.TaskDuration) * 1000) / s);
  }
  let resumed = null;
  if (hidden) {
    // Shown again, the clock must resync at once and tick again.
    const before = await page.evaluate(() => window.__bench.snapshot());
    await page.bringToFront();
    await front.close();
    await sleep(1500);
    const after = await page.evaluate(() => window.__bench.snapshot());
    resumed = after.visibility === 'visible' && after.renders - before.renders >= count;
  }
  await page.close();
  pages.delete(path);
  return { visibility, resumed, ...Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, stat(v)])) };
}

const tickingResults = {};
if (!want('ticking')) {
  // skipped
} else if (defined.includes(TICKING_TAG)) {
  for (const count of TICK_COUNTS) {
    tickingResults[count] = {};
    for (const hidden of [false, true]) {
      log(`ticking: ${count} × <${TICKING_TAG}>, ${hidden ? 'hidden' : 'visible'}, ${RUNS} windows of ${WINDOW_MS} ms`);
      tickingResults[count][hidden ? 'hidden' : 'visible'] = await ticking(count, hidden);
    }
  }
} else log(`ticking: skipped, <${TICKING_TAG}> is not defined`);

// ---- 7. the pre-upgrade snippet: measured sizes, and CLS with and without it -------------------

/** The snippet as documented in docs/layout.md (the css block that starts with its marker comment). */
function readSnippet() {
  const readme = readFileSync(join(ROOT, 'docs/layout.md'), 'utf8');
  const m = /```css\n(\/\* endht-widgets: pre-upgrade snippet[\s\S]*?)```/.exec(readme);
  return m ? m[1].trim() : null;
}
const snippet = readSnippet();
const dropIn = readFileSync(join(ROOT, 'demo/drop-in.html'), 'utf8');
// The demo must carry the same rules (compared line by line, comments aside).
const snippetInDemo =
  !!snippet &&
  snippet
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('/*'))
    .every((l) => dropIn.includes(l));
if (!snippet)
  log(
    'warning: no pre-upgrade snippet found in docs/layout.md (a ```css block starting with "/* endht-widgets: pre-upgrade snippet")',
  );

if (want('heights')) log('measuring the rendered block size of each element in every locale (for the snippet)');
/** Container widths: the 280/480/960 px every element is checked at, plus one in each of the countdown's ranges. */
const WIDTHS = [280, 360, 480, 720, 960];
const LOCALES = ['en', 'fr', 'es', 'ar', 'zh-Hans', 'ru'];
const heights = {};
for (const lang of want('heights') ? LOCALES : []) {
  const cases = defined.flatMap((t) => [
    { tag: t, attrs: '' },
    ...(VARIANTS[t] ?? []).map((a) => ({ tag: t, attrs: a })),
  ]);
  const body = `${cases
    .map((c, i) =>
      WIDTHS.map(
        (w) =>
          `<div style="inline-size:${w}px"><${c.tag} ${c.attrs} data-case="${i}" data-w="${w}">${FALLBACK[c.tag] ?? ''}</${c.tag}></div>`,
      ).join(''),
    )
    .join('')}<script type="module" src="/dist/endht-widgets.js"></script>`;
  pages.set(
    '/bench/heights.html',
    html('heights', BASE_CSS, body).replace(
      '<html lang="en">',
      `<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`,
    ),
  );
  const { page } = await newPage();
  await page.goto(`${ORIGIN}/bench/heights.html`, { waitUntil: 'load' });
  const settled = await page.evaluate(
    async (tags, lang) => {
      const B = window.__bench;
      await B.whenReady(tags, { all: true });
      // Wait until every element shows the page's language (its part="base" carries lang).
      for (let i = 0; i < 200; i++) {
        const els = [...document.querySelectorAll('[data-case]')];
        if (els.every((e) => e.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === lang)) {
          await B.whenReady(tags, { all: true });
          return true;
        }
        await new Promise((r) => B.realSetTimeout(r, 10));
      }
      return false;
    },
    defined,
    lang,
  );
  if (!settled) log(`warning: not every element switched to "${lang}" in 2 s`);
  const rects = await page.evaluate(() =>
    [...document.querySelectorAll('[data-case]')].map((e) => ({
      i: +e.dataset.case,
      w: +e.dataset.w,
      h: e.getBoundingClientRect().height,
    })),
  );
  await page.close();
  cases.forEach((c, i) => {
    const key = `${c.tag}${c.attrs ? `[${c.attrs.replace(/"/g, "'")}]` : ''}`;
    heights[key] ??= {};
    heights[key][lang] = Object.fromEntries(rects.filter((r) => r.i === i).map((r) => [r.w, round(r.h, 2)]));
  });
}
pages.delete('/bench/heights.html');

function clsPage(withSnippet) {
  const para = (s) => `<p>${s}</p>`;
  const words =
    'Every year on 30 July the world marks the day. Trafficking in persons affects every region, and most detected victims are women and girls. Partners publish figures, campaigns and ways to help.';
  const blocks = defined.map((t) => `${para(words)}<${t}>${FALLBACK[t] ?? ''}</${t}>${para(words)}`);
  if (defined.includes('endht-countdown'))
    blocks.splice(
      1,
      0,
      // The fallback docs/elements/countdown.md advises for a sentence: about as long as the phrase.
      `<p data-inline-sentence>The World Day is <endht-countdown variant="inline" precision="day">${INLINE_FALLBACK}</endht-countdown>, and the text goes on after it in the same line.</p>`,
    );
  return html(
    `CLS ${withSnippet ? 'with' : 'without'} the snippet`,
    `${BASE_CSS}${withSnippet && snippet ? `<style>${snippet}</style>` : ''}`,
    `<main><h1>A partner's article</h1>${blocks.join('')}</main>
<script>
// The bundle arrives late (a slow CDN, a script tag at the end of a CMS template).
window.__bench.realSetTimeout(async () => {
  await import('/dist/endht-widgets.js');
  window.__bench.imported = true;
}, ${CLS_LATE_MS});
</script>`,
  );
}

/** CLS of the layout-shift entries a page recorded: those without recent input, as clsOf (bench-host.mjs) counts them. */
function cls(shifts) {
  return clsOf(shifts.filter((x) => !x.hadRecentInput).map((x) => ({ start: x.startTime, value: x.value })));
}

const CLS_VIEWPORTS = { desktop: { width: 1024, height: 900 }, mobile: { width: 360, height: 740 } };

async function clsRuns(withSnippet, viewport) {
  const values = [];
  const blockValues = [];
  const sources = new Map();
  pages.set('/bench/cls.html', clsPage(withSnippet));
  for (let i = 0; i < RUNS; i++) {
    const { page } = await newPage();
    await page.setViewport(viewport);
    await page.goto(`${ORIGIN}/bench/cls.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.imported, { timeout: 30000 });
    // The visitor reads on: the page is scrolled to its end by the mouse wheel (which, unlike a
    // click or a key, excuses no shift), so that the elements below the fold render on the way.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    for (let y = 0; y < height; y += viewport.height / 2) {
      await page.mouse.wheel({ deltaY: viewport.height / 2 });
      await sleep(100);
    }
    const shifts = await page.evaluate(async (tags) => {
      const B = window.__bench;
      B.count = await B.whenReady(tags);
      // Let the frames after the upgrade be painted and their shifts reported.
      await new Promise((r) => B.realSetTimeout(r, 600));
      if (B.shiftsUnsupported) throw new Error('layout-shift entries are not supported');
      return B.shifts;
    }, defined);
    await page.close();
    values.push(cls(shifts));
    blockValues.push(cls(shifts.filter((x) => !x.inlineOnly)));
    for (const s of shifts) for (const n of s.sources) sources.set(n, (sources.get(n) ?? 0) + s.value / RUNS);
  }
  return {
    cls: stat(values),
    clsWithoutInlineSentence: stat(blockValues),
    shiftedNodes: Object.fromEntries([...sources].map(([k, v]) => [k, round(v, 4)])),
  };
}

const clsResults = want('cls') ? { lateMs: CLS_LATE_MS, viewports: CLS_VIEWPORTS } : null;
for (const [name, vp] of want('cls') ? Object.entries(CLS_VIEWPORTS) : []) {
  log(
    `layout stability, ${name} ${vp.width}×${vp.height}: ${RUNS} runs without and ${RUNS} with the snippet (bundle loaded ${CLS_LATE_MS} ms late)`,
  );
  clsResults[name] = { without: await clsRuns(false, vp), with: snippet ? await clsRuns(true, vp) : null };
}

// ---- 8. memory -----------------------------------------------------------------------------------

async function memoryRun() {
  pages.set(
    '/bench/memory.html',
    html('memory', BASE_CSS, '<main id="host"></main><script type="module" src="/dist/endht-widgets.js"></script>'),
  );
  const { page, cdp } = await newPage();
  await page.goto(`${ORIGIN}/bench/memory.html`, { waitUntil: 'load' });
  await page.evaluate((t) => window.__bench.whenReady(t, { all: true }), defined);
  const gc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const m = await metrics(cdp);
    return { heap: heap.usedSize, nodes: m.Nodes, listeners: m.JSEventListeners };
  };
  // One warm-up cycle so lazily created caches (Intl formatters, styles) are in the baseline.
  const cycle = (tags, n) =>
    page.evaluate(
      async (tags, n) => {
        const host = document.getElementById('host');
        const t0 = performance.now();
        for (let i = 0; i < n; i++) {
          const els = tags.map((t) => document.createElement(t));
          host.append(...els);
          window.dispatchEvent(new Event('beforeprint')); // render now, without waiting for a frame
          await Promise.all(els.map((e) => e.updateComplete));
          host.replaceChildren();
        }
        return (performance.now() - t0) / n;
      },
      tags,
      n,
    );
  await cycle(defined, 1);
  const before = await gc();
  const msPerCycle = await cycle(defined, CYCLES);
  const after = await gc();
  // As many cycles again: growth that stops is warm-up (compiled code, caches); growth that
  // goes on at the same rate is a leak.
  await cycle(defined, CYCLES);
  const again = await gc();
  const timers = await page.evaluate(async () => {
    // Nothing is mounted: no timer may fire any more (none pending from removed elements).
    const B = window.__bench;
    const f0 = B.timersFired;
    await new Promise((r) => B.realSetTimeout(r, 1100));
    return B.timersFired - f0; // the bench's own timeout is not counted (realSetTimeout)
  });
  await page.close();
  return { before, after, again, msPerCycle, timersAfter: timers };
}

const mem = [];
if (want('memory')) {
  log(`memory: ${RUNS} runs of mounting and removing all elements ${CYCLES} times`);
  for (let i = 0; i < RUNS; i++) mem.push(await memoryRun());
}
const memoryResults = !mem.length
  ? null
  : {
      cycles: CYCLES,
      thenBytesPerCycle: stat(mem.map((m) => (m.again.heap - m.after.heap) / CYCLES)),
      heapBeforeKB: stat(mem.map((m) => m.before.heap / 1024)),
      heapAfterKB: stat(mem.map((m) => m.after.heap / 1024)),
      heapGrowthKB: stat(mem.map((m) => (m.after.heap - m.before.heap) / 1024)),
      nodesGrowth: stat(mem.map((m) => m.after.nodes - m.before.nodes)),
      listenersGrowth: stat(mem.map((m) => m.after.listeners - m.before.listeners)),
      msPerCycle: stat(mem.map((m) => m.msPerCycle)),
      timersFiredAfterRemoval: stat(mem.map((m) => m.timersAfter)),
    };

// ---- 9. what the host page pays (bench-host.mjs) and Lighthouse (bench-lighthouse.mjs) -------------

let hostResults = null;
if (want('host')) {
  const floorJs = (await esbuildModule(FLOOR_ELEMENT)).text;
  const elements = listElements(ROOT).filter((e) => e.inDropIn && defined.includes(e.tag));
  log(
    `host page: ${RUNS} runs of ${elements.length + 3} pages at ${THROTTLE}× CPU throttling, then scrolling and interactions`,
  );
  hostResults = await measureHostPages({
    browser,
    pages,
    origin: ORIGIN,
    runs: RUNS,
    log,
    stat,
    snippet,
    elements,
    floorJs,
  });
  hostResults.floorFile = sizes(floorJs);
}

let lighthouseResults = null;
if (want('lighthouse') && LH_RUNS > 0) {
  const lh = await loadLighthouse(ROOT, log);
  const urls = Object.fromEntries(
    ['bare', 'floor', 'all', 'countdown'].map((key) => [key, `${ORIGIN}/bench/host-${key}.html`]),
  );
  if (!pages.has('/bench/host-bare.html')) {
    log('Lighthouse: skipped, it measures the host pages (run it with the "host" section)');
  } else {
    const runs = await lighthouseRuns({ lh, chromePath: CHROME, urls, runs: LH_RUNS, log });
    lighthouseResults = {
      version: lh.version,
      runs: LH_RUNS,
      pages: Object.fromEntries(
        Object.entries(runs).map(([key, list]) => [
          key,
          {
            score: stat(list.map((r) => r.score)),
            tbt: stat(list.map((r) => r.tbt)),
            lcp: stat(list.map((r) => r.lcp)),
            fcp: stat(list.map((r) => r.fcp)),
            cls: stat(list.map((r) => r.cls)),
            lcpElements: [...new Set(list.map((r) => r.lcpElement))],
            warnings: [...new Set(list.flatMap((r) => r.warnings))],
          },
        ]),
      ),
    };
  }
}

await browser.close();
server.close();

// ---- 9. report -------------------------------------------------------------------------------------

const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
const results = {
  meta: {
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    dirty: !!git('status', '--porcelain', '--', 'src', 'vite.config.ts'),
    chromium: chromeVersion,
    node: process.version,
    cpu: `${cpus()[0]?.model ?? '?'} × ${cpus().length}`,
    memoryGB: round(totalmem() / 2 ** 30, 1),
    loadavgAtEnd: loadavg().map((x) => round(x, 2)),
    runs: RUNS,
    windowMs: WINDOW_MS,
    seconds: round((Date.now() - started) / 1000, 1),
    note: process.env.BENCH_NOTE ?? null,
  },
  elements: { expected: ALL_ELEMENTS, defined, missing, notInExpectedList: extra, sourceFolders: sourceTags },
  size: {
    bundle,
    elements: elementRows.map((e) => ({
      folder: e.name,
      tags: e.tags,
      own: e.own,
      ownNotCore: e.noCore,
      file: e.file,
    })),
    locales,
    visualizer,
  },
  peers,
  startup: startupResults,
  ticking: tickingResults,
  cls: clsResults,
  memory: memoryResults,
  host: hostResults,
  lighthouse: lighthouseResults,
  snippet: { readme: snippet, usedByDropInDemo: snippetInDemo, measuredHeights: heights, widths: WIDTHS },
};
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);

const KB = (n) => (typeof n === 'number' ? (n / 1024).toFixed(2) : '—');
const tag = (t) => `<${t}>`;
/** Each section: a title, rows (first = header), column alignment, and notes under it. */
const sections = [];
const section = (title, rows, { align, notes = [] } = {}) => sections.push({ title, rows, align, notes });

const sizeRows = [['', 'raw KB', 'gzip KB', 'brotli KB']];
sizeRows.push(['drop-in dist/endht-widgets.js', KB(bundle.raw), KB(bundle.gzip), KB(bundle.brotli)]);
for (const e of elementRows) {
  sizeRows.push([`${e.tags.map(tag).join(' ')} own code`, KB(e.own.raw), KB(e.own.gzip), KB(e.own.brotli)]);
  sizeRows.push(['  of which not src/core', KB(e.noCore.raw), KB(e.noCore.gzip), KB(e.noCore.brotli)]);
  sizeRows.push([`  drop-in dist/endht-${e.name}.js`, KB(e.file?.raw), KB(e.file?.gzip), KB(e.file?.brotli)]);
}
for (const l of locales) sizeRows.push([`locale ${l.locale} (minified alone)`, KB(l.raw), KB(l.gzip), KB(l.brotli)]);
section('Size (gzip -9, brotli 11)', sizeRows, {
  notes: [
    "Own code: src/elements/<name>/define.ts built alone by the project's Vite config, lit and @lit/localize external (so it includes the src/core helpers it uses). Reported, not policed; the drop-in files' ceilings are npm run size's.",
    missing.length ? `Not built yet: ${missing.map(tag).join(' ')}.` : '',
  ],
});

if (visualizer) {
  const vr = [['part', 'modules', 'rendered KB', 'gzip KB', 'share']];
  for (const g of visualizer.groups)
    vr.push([g.group, g.modules, KB(g.rendered), KB(g.gzip), `${(g.share * 100).toFixed(1)} %`]);
  section("Share of the bundle by part (the visualizer's dist/stats.json)", vr, {
    notes: [
      'Per-module bytes before the final minification, so only the shares compare with the bundle; a src/data module counts for the element that imports it.',
    ],
  });
}

const pr = [['ours', 'own code', 'its drop-in file', 'peer', 'peer (gzip KB)', 'the peer bundle contains']];
for (const p of peers) {
  const e = elementRows.find((r) => r.tags.includes(p.ours));
  pr.push([
    tag(p.ours),
    e ? KB(e.own.gzip) : 'not built yet',
    e?.file ? KB(e.file.gzip) : '—',
    `${p.pkg} ${p.version}`,
    p.css ? `${KB(p.js.gzip)} JS + ${KB(p.css.gzip)} CSS` : KB(p.js.gzip),
    p.what,
  ]);
}
pr.push([
  'the whole drop-in',
  '',
  KB(bundle.gzip),
  'the four peers together',
  KB(peers.reduce((a, p) => a + p.total.gzip, 0)),
  '',
]);
section('Ours vs peers (KB gzip, same run)', pr, {
  align: ['l', 'r', 'r', 'l', 'r', 'l'],
  notes: [
    'Peers: bundled from their npm packages by esbuild (minified ES module). Standalone = our element with its own copy of Lit and @lit/localize, as a peer ships.',
  ],
});

if (startupResults) {
  const sr = [
    [
      '',
      'navigation → all ready',
      'bundle evaluated → all ready',
      'bundle fetched → evaluated',
      'main-thread tasks',
      'first Intl use, blank page',
    ],
  ];
  for (const [k, v] of Object.entries(startupResults))
    sr.push([
      k === 'unthrottled' ? 'unthrottled' : '4× CPU throttling',
      fmt(v.ready),
      fmt(v.evalToReady),
      fmt(v.fetchToEval),
      fmt(v.taskMs),
      fmt(v.intlFirstUse),
    ]);
  section(`Start-up (ms; one of each element: ${defined.map(tag).join(' ')})`, sr, {
    notes: [
      '"All ready": every element\'s updateComplete. "First Intl use": the platform\'s own cost of the first Intl call in a page without our bundle (ICU data, host time zone), which our elements pay too.',
    ],
  });
}

if (Object.keys(tickingResults).length) {
  const tr = [
    ['', 'timers scheduled/s', 'timer callbacks/s', 'renders/s', 'JS ms/s', 'ScriptDuration ms/s', 'TaskDuration ms/s'],
  ];
  for (const [count, r] of Object.entries(tickingResults)) {
    for (const [vis, v] of Object.entries(r)) {
      tr.push([
        `${count} × ${vis}${vis === 'hidden' ? ` (resumes when shown: ${v.resumed ? 'yes' : 'NO'})` : ''}`,
        fmt(v.timers, 2),
        fmt(v.timersFired, 2),
        fmt(v.renders, 1),
        fmt(v.jsMsPerS, 2),
        fmt(v.scriptMsPerS, 2),
        fmt(v.taskMsPerS, 2),
      ]);
    }
  }
  section(`Ticking (per second; ${tag(TICKING_TAG)} with precision="second"; ${RUNS} windows of ${WINDOW_MS} ms)`, tr, {
    notes: [
      "JS ms/s: time inside timer callbacks and the elements' performUpdate, measured in the page. ScriptDuration (CDP Performance.getMetrics) does not count promise microtasks, where Lit renders. TaskDuration: all main-thread work, including style, layout and paint.",
      'Hidden: another tab brought to the front (document.visibilityState === "hidden", asserted).',
    ],
  });
}

if (clsResults) {
  const cr = [['', 'CLS', 'CLS without the inline sentence', 'shifted nodes (mean score per run)']];
  for (const name of Object.keys(CLS_VIEWPORTS)) {
    const r = clsResults[name];
    const vp = CLS_VIEWPORTS[name];
    const nodes = (o) =>
      Object.entries(o)
        .map(([k, v]) => `${k} ${v}`)
        .join('; ') || 'none';
    cr.push([
      `${name} ${vp.width}×${vp.height}, without the snippet`,
      fmt(r.without.cls, 4),
      fmt(r.without.clsWithoutInlineSentence, 4),
      nodes(r.without.shiftedNodes),
    ]);
    if (r.with)
      cr.push([
        `${name} ${vp.width}×${vp.height}, with the snippet of docs/layout.md`,
        fmt(r.with.cls, 4),
        fmt(r.with.clsWithoutInlineSentence, 4),
        nodes(r.with.shiftedNodes),
      ]);
  }
  section(
    `Layout stability (CLS; an article with every element in flowing text, the bundle loaded ${CLS_LATE_MS} ms late)`,
    cr,
    {
      align: ['l', 'r', 'r', 'l'],
      notes: [
        '"Without the inline sentence": the same runs, leaving out the shifts that moved only text of the sentence holding <endht-countdown variant="inline">; its words re-flow when the fallback text is replaced, which no reserved block size can prevent.',
        `The snippet of docs/layout.md is used verbatim by demo/drop-in.html: ${snippetInDemo ? 'yes' : 'NO'}.`,
      ],
    },
  );
}

if (Object.keys(heights).length) {
  const hr = [['element', 'locale', ...WIDTHS.map((w) => `${w} px`)]];
  for (const [k, byLang] of Object.entries(heights)) {
    for (const [lang, v] of Object.entries(byLang))
      hr.push([lang === 'en' ? k : '', lang, ...WIDTHS.map((w) => `${v[w]} (${round(v[w] / 16, 3)}rem)`)]);
  }
  section('Rendered block size by container width (px, and rem at a 16 px root; for the pre-upgrade snippet)', hr, {
    align: ['l', 'l'],
  });
}

if (memoryResults) {
  const mr = [['', 'value']];
  mr.push(['JS heap before (KB)', fmt(memoryResults.heapBeforeKB, 0)]);
  mr.push(['JS heap after (KB)', fmt(memoryResults.heapAfterKB, 0)]);
  mr.push(['growth (KB)', fmt(memoryResults.heapGrowthKB, 1)]);
  mr.push([`growth over ${CYCLES} more cycles (bytes per cycle)`, fmt(memoryResults.thenBytesPerCycle, 1)]);
  mr.push(['DOM nodes growth', fmt(memoryResults.nodesGrowth, 0)]);
  mr.push(['JS event listeners growth', fmt(memoryResults.listenersGrowth, 0)]);
  mr.push(['timer callbacks in the 1.1 s after', fmt(memoryResults.timersFiredAfterRemoval, 0)]);
  mr.push(['ms per mount + render + remove of all', fmt(memoryResults.msPerCycle, 2)]);
  section(`Memory (mount, render and remove every element ${CYCLES} times; forced GC before each reading)`, mr, {
    notes: [`Growth that stops over the next ${CYCLES} cycles is warm-up (compiled code, caches), not a leak.`],
  });
}

// What the host page pays (bench-host.mjs): every figure next to the floor page's of the same run.
const hostPage = (key) => hostResults?.pages.find((p) => p.key === key);
const floorOf = (metric) => hostPage('floor')?.[metric]?.median;
/** "2.31×" of the floor's median, or "—" when the floor's is 0 or missing. */
const ratio = (value, base) => (typeof value === 'number' && base > 0 ? `${(value / base).toFixed(2)}×` : '—');
if (hostResults) {
  const hr = [['page', 'longest task', '× floor', 'TBT', '× floor', 'FCP', 'LCP', 'LCP element', 'CLS']];
  for (const p of hostResults.pages) {
    hr.push([
      p.label,
      fmt(p.longest, 0),
      ratio(p.longest.median, floorOf('longest')),
      fmt(p.tbt, 0),
      ratio(p.tbt.median, floorOf('tbt')),
      fmt(p.fcp, 0),
      fmt(p.lcp, 0),
      Object.keys(p.lcpElements).join(', '),
      fmt(p.cls, 4),
    ]);
  }
  for (const [key, p] of Object.entries(hostResults.desktop)) {
    hr.push([
      `${hostPage(key)?.label ?? key}, desktop ${hostResults.viewport.desktop.width}×${hostResults.viewport.desktop.height}`,
      fmt(p.longest, 0),
      '',
      fmt(p.tbt, 0),
      '',
      fmt(p.fcp, 0),
      fmt(p.lcp, 0),
      Object.keys(p.lcpElements).join(', '),
      fmt(p.cls, 4),
    ]);
  }
  const vp = hostResults.viewport.mobile;
  section(
    `What the host page pays (ms; an article page, ${hostResults.throttle}× CPU throttling, mobile ${vp.width}×${vp.height} unless said; ${RUNS} loads each, median (min–max))`,
    hr,
    {
      align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'r'],
      notes: [
        `Longest task: the longest main-thread task of the load (PerformanceObserver "longtask", which reports tasks over 50 ms: 0 means none). TBT: the part over 50 ms of every long task until the page is quiet. The floor page holds one trivial Lit element (a bundled LitElement rendering a paragraph with one Intl.NumberFormat, ${KB(hostResults.floorFile?.gzip)} KB gzip); the bare page none. Every page carries the pre-upgrade snippet of docs/layout.md; the element pages have their element above the fold; the "all six" page has <endht-countdown> above the fold and the other elements below it, a few screens apart.`,
      ],
    },
  );

  const sc = [['', 'longest task', 'TBT', 'CLS over the visit', 'seen before rendered', 'never rendered']];
  for (const [name, r] of Object.entries(hostResults.scroll)) {
    const v = hostResults.viewport[name];
    const list = (o) =>
      Object.entries(o)
        .map(([k, n]) => `${k} (${n})`)
        .join(', ') || 'none';
    sc.push([
      `${name} ${v.width}×${v.height}`,
      fmt(r.longest, 0),
      fmt(r.tbt, 0),
      fmt(r.cls, 4),
      list(r.seenBeforeRendered),
      list(r.neverRendered),
    ]);
  }
  section(
    `Scrolling the "all six" page to its end (mouse wheel, half a screen every 150 ms; ${hostResults.throttle}× CPU)`,
    sc,
    {
      align: ['l', 'r', 'r', 'r', 'l', 'l'],
      notes: [
        'The first renders of the elements below the fold happen here. "Seen before rendered": an element inside the viewport in an animation frame before it had rendered (its fallback and reserved room showed), with the number of runs.',
      ],
    },
  );

  const ir = [['interaction', 'pointer down → next paint', 'met (≤ 100 ms)']];
  for (const [name, v] of Object.entries(hostResults.interactions)) {
    ir.push([name, fmt(v, 0), v.max === null ? '—' : v.max <= 100 ? 'yes' : v.median <= 100 ? 'median only' : 'NO']);
  }
  section(`Interactions on the "all six" page (ms, ${hostResults.throttle}× CPU, mobile)`, ir, {
    align: ['l', 'r', 'l'],
    notes: [
      "INP's measure of one interaction: the longest of its events (pointerdown, pointerup, click), each from the input to the next paint (Event Timing API). 16 ms means under the API's threshold.",
    ],
  });

  const tr = [
    [
      'page',
      'longest task (ms)',
      ...Object.keys(hostResults.traceKinds ?? {}).slice(0, 0),
      'made of (ms, inclusive)',
      'heaviest functions (self ms)',
    ],
  ];
  for (const [key, t] of Object.entries(hostResults.traces ?? {})) {
    if (!t) continue;
    const kinds = Object.entries(t.kinds)
      .filter(([, ms]) => ms >= 1)
      .sort((a, b) => b[1] - a[1])
      .map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
      .join('; ');
    const fns = t.topSelf
      .filter((f) => f.ms >= 1)
      .map((f) => `${f.name} ${f.ms.toFixed(0)}`)
      .join('; ');
    tr.push([hostPage(key)?.label ?? key, t.longest.toFixed(0), kinds, fns]);
  }
  section(`What the longest task is made of (one traced load each, ${hostResults.throttle}× CPU, mobile)`, tr, {
    align: ['l', 'r', 'l', 'l'],
    notes: [
      `Trace events inside the task, summed by name (they nest: a style recalculation can sit inside a script's time). ${Object.entries(
        hostResults.traceKinds ?? {},
      )
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ')}. Heaviest functions: the V8 sampling profile inside the task (minified names in our file).`,
    ],
  });
}

if (lighthouseResults) {
  const lr = [['page', 'Performance score', 'TBT (ms)', 'LCP (ms)', 'CLS', 'LCP element']];
  const labels = {
    bare: 'bare article',
    floor: 'floor: one trivial Lit element',
    all: 'all six',
    countdown: '<endht-countdown> alone',
  };
  for (const [key, p] of Object.entries(lighthouseResults.pages)) {
    lr.push([
      labels[key] ?? key,
      fmt(p.score, 0),
      fmt(p.tbt, 0),
      fmt(p.lcp, 0),
      fmt(p.cls, 4),
      p.lcpElements.join(', '),
    ]);
  }
  section(
    `Lighthouse ${lighthouseResults.version}, mobile default (simulated slow 4G, 4× CPU), Performance only; ${lighthouseResults.runs} runs each`,
    lr,
    {
      align: ['l', 'r', 'r', 'r', 'r', 'l'],
      notes: [
        "Lighthouse from bench/package.json (its own lockfile), driving Debian's Chromium; the pages are the same as above, served on 127.0.0.1.",
        ...new Set(Object.values(lighthouseResults.pages).flatMap((p) => p.warnings)),
      ],
    },
  );
}

// The run-time targets (benchmark targets, not tests: the run does not fail on them).
// Sizes are not among them: npm run size holds the drop-in files to their ceilings.
{
  const tg = [['target', 'measured', 'met']];
  const yes = (b) => {
    if (typeof b !== 'boolean') return '—';
    return b ? 'yes' : 'NO';
  };
  if (startupResults) {
    const v = startupResults.unthrottled.evalToReady.median;
    tg.push(['all ready ≤ 50 ms after the bundle is evaluated (unthrottled)', `${v.toFixed(1)} ms`, yes(v <= 50)]);
  }
  const many = tickingResults[Math.max(...TICK_COUNTS)];
  if (many) {
    tg.push([
      `one timer per page with ${Math.max(...TICK_COUNTS)} countdowns`,
      `${many.visible.timers.max.toFixed(2)} timers/s at most`,
      yes(many.visible.timers.max <= 1.5),
    ]);
    const hid = Object.values(tickingResults).map((r) => r.hidden);
    const zero = hid.every((h) => h.timers.max === 0 && h.renders.max === 0 && h.jsMsPerS.max === 0 && h.resumed);
    tg.push([
      'zero work while hidden (and resumes when shown)',
      zero ? 'no timer, render or JS' : 'work seen',
      yes(zero),
    ]);
  }
  if (clsResults) {
    const worst = (k) => Math.max(...Object.keys(CLS_VIEWPORTS).map((n) => clsResults[n].with?.[k].max ?? Infinity));
    tg.push([
      'CLS 0 with the snippet: block elements',
      `${worst('clsWithoutInlineSentence').toFixed(4)} at most`,
      yes(worst('clsWithoutInlineSentence') === 0),
    ]);
    tg.push([
      'CLS 0 with the snippet: including an inline countdown in a sentence',
      `${worst('cls').toFixed(4)} at most`,
      yes(worst('cls') === 0),
    ]);
  }
  if (memoryResults) {
    // A leak grows at the same rate in the second round; warm-up growth fades.
    const then = memoryResults.thenBytesPerCycle.median;
    const first = (memoryResults.heapGrowthKB.median * 1024) / CYCLES;
    const flat = then < 100 || then < 0.5 * first;
    tg.push([
      `no leak (heap over ${CYCLES} more cycles)`,
      `${then.toFixed(1)} B per cycle (first ${CYCLES}: ${first.toFixed(1)})`,
      yes(flat && memoryResults.nodesGrowth.max === 0 && memoryResults.listenersGrowth.max === 0),
    ]);
  }
  if (hostResults) {
    const floorLongest = floorOf('longest');
    const floorTbt = floorOf('tbt');
    for (const p of hostResults.pages.filter((x) => !['bare', 'floor', 'all'].includes(x.key))) {
      const v = p.longest.median;
      tg.push([
        `one element (${p.label}): longest task ≤ 1.2× the floor's`,
        `${ratio(v, floorLongest)} (${v.toFixed(0)} / ${floorLongest.toFixed(0)} ms)`,
        yes(v <= 1.2 * floorLongest),
      ]);
    }
    const all = hostPage('all');
    if (all) {
      tg.push([
        `all six: longest task ≤ 1.3× the floor's`,
        `${ratio(all.longest.median, floorLongest)} (${all.longest.median.toFixed(0)} / ${floorLongest.toFixed(0)} ms)`,
        yes(all.longest.median <= 1.3 * floorLongest),
      ]);
      tg.push([
        `all six: TBT ≤ 1.3× the floor's`,
        `${all.tbt.median.toFixed(0)} / ${floorTbt.toFixed(0)} ms`,
        yes(all.tbt.median <= 1.3 * floorTbt),
      ]);
      const bareLcp = hostPage('bare').lcp.median;
      tg.push([
        `all six: the article's LCP not delayed (vs the bare page, +10 % noise)`,
        `${all.lcp.median.toFixed(0)} / ${bareLcp.toFixed(0)} ms, ${Object.keys(all.lcpElements).join(', ')}`,
        yes(all.lcp.median <= bareLcp * 1.1 && !Object.keys(all.lcpElements).some((e) => e.includes('shadow'))),
      ]);
    }
    // The pages with our elements: the bare and floor pages are the comparison, not ours.
    const ours = (key) => key !== 'bare' && key !== 'floor';
    const worstCls = Math.max(
      ...hostResults.pages.filter((p) => ours(p.key)).map((p) => p.cls.max),
      ...Object.entries(hostResults.desktop)
        .filter(([key]) => ours(key))
        .map(([, p]) => p.cls.max),
      ...Object.values(hostResults.scroll).map((p) => p.cls.max),
    );
    tg.push([
      'CLS exactly 0 with the snippet on the host pages with our elements (mobile and desktop, loading and scrolling)',
      `${worstCls.toFixed(4)} at most`,
      yes(worstCls === 0),
    ]);
    const slowest = Math.max(...Object.values(hostResults.interactions).map((v) => v.median));
    tg.push(['interactions paint within 100 ms (median)', `${slowest.toFixed(0)} ms at most`, yes(slowest <= 100)]);
  }
  if (lighthouseResults) {
    const score = (k) => lighthouseResults.pages[k]?.score.median;
    tg.push([
      'Lighthouse: the same Performance score with all six as without',
      `${score('all')} vs ${score('bare')}`,
      yes(score('all') >= score('bare')),
    ]);
  }
  sections.unshift({ title: 'Targets', rows: tg, align: ['l', 'r', 'l'], notes: [] });
}

const header = [
  `endht-widgets benchmark, ${results.meta.date}, commit ${results.meta.commit}${results.meta.dirty ? ' (with uncommitted changes)' : ''}`,
  `${chromeVersion}, Node ${process.version}, ${results.meta.cpu}, load average at the end ${results.meta.loadavgAtEnd.join(' ')}; ${RUNS} runs, median (min–max)`,
  `Elements in the bundle: ${defined.map(tag).join(' ')}${missing.length ? `; not yet: ${missing.map(tag).join(' ')}` : ''}`,
  ...(results.meta.note ? [`Note: ${results.meta.note}`] : []),
];
const text = [...header];
for (const sec of sections)
  text.push('', sec.title, table(sec.rows, { align: sec.align }), ...sec.notes.filter(Boolean));
text.push(
  '',
  `Written to ${relative(process.cwd(), OUT)} and ${relative(process.cwd(), OUT.replace(/\.json$/, '.md'))} in ${results.meta.seconds} s.`,
);

const esc = (c) =>
  String(c ?? '')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/^\s+/, '↳ ');
const escText = (t) => t.replace(/</g, '&lt;');
const md = [...header.map((h) => `${escText(h)}  `)];
for (const sec of sections) {
  const [head, ...rows] = sec.rows;
  const al = head.map((_, i) => ((sec.align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? '---' : '---:'));
  md.push(
    '',
    `**${escText(sec.title)}**`,
    '',
    `| ${head.map(esc).join(' | ')} |`,
    `| ${al.join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  );
  for (const n of sec.notes.filter(Boolean)) md.push('', escText(n));
}
writeFileSync(OUT.replace(/\.json$/, '.md'), `${md.join('\n')}\n`);

// docs/performance.md: the full run's figures with what they mean (written only by a run of every
// section, so that a partial run never replaces it; --out elsewhere leaves it alone too).
if (!ONLY && hostResults && lighthouseResults && OUT === join(ROOT, 'bench/results.json')) {
  const { performanceDoc } = await import('./bench-doc.mjs');
  writeFileSync(join(ROOT, 'docs/performance.md'), performanceDoc({ results, md: md.join('\n') }));
  log('wrote docs/performance.md');
}
console.log(text.join('\n'));
