// npm run bench, "What the host page pays": a partner's article measured from the page's side, as
// a site owner's tools see it. Chromium with 4× CPU throttling and Lighthouse's mobile viewport
// (412×823 at 1.75 device pixels), each page load in a fresh browser context, the pages of one
// run loaded one after the other (so a busy machine slows them all alike):
//
//   bare      the article, no widget
//   floor     the article with one trivial Lit element (a bundled LitElement that renders a
//             paragraph with one Intl.NumberFormat): what any Lit widget costs a page
//   all       the article with all six elements and the full file: <endht-countdown> above the
//             fold, the others below it
//   <name>    the article with that element above the fold and its own file, dist/endht-<name>.js
//
// From each load: the longest main-thread task (PerformanceObserver "longtask"), Total Blocking
// Time (the part over 50 ms of every long task, until the page is quiet), First Contentful
// Paint, Largest Contentful Paint and its element, and Cumulative Layout Shift. Then, on the
// "all" page: the page scrolled to the end (the long tasks of the first renders below the fold,
// whether an element was ever seen before it rendered, CLS), and four interactions (pointer down
// → next paint, the Event Timing API's duration, as INP takes it).
//
// Everything is reported against the floor page of the same run: these are ratios, which hold
// from machine to machine where milliseconds do not.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/** Where our built files and their source maps are. */
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const maps = new Map();

/**
 * A profiled function of one of our built files named from its source map: the original name
 * (when the map has one) and its source file and line; else its minified name and file.
 */
function originalName(frame) {
  const file = (frame.url ?? '').split('/').pop() || '(native)';
  const minified = `${frame.functionName || '(anonymous)'} ${file}`;
  if (!frame.url?.includes('/dist/') || frame.lineNumber < 0) return minified;
  if (!maps.has(file)) {
    const path = `${DIST}${file}.map`;
    maps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
  }
  const map = maps.get(file);
  if (!map) return minified;
  const at = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!at.source) return minified;
  const source = at.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
  return `${at.name ?? frame.functionName ?? '(anonymous)'} (${source}:${at.line})`;
}

/** Lighthouse's mobile screen (moto g power), and its desktop one. */
export const MOBILE = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
export const DESKTOP = { width: 1350, height: 940, deviceScaleFactor: 1 };
export const THROTTLE = 4;

/** How each element sits in the article: attributes and the fallback a partner writes inside the tag. */
export const IN_ARTICLE = {
  'endht-countdown': { attrs: '', fallback: '30 July: World Day against Trafficking in Persons' },
  'endht-stats': { attrs: '', fallback: 'Key figures on human trafficking (UNODC).' },
  'endht-share': { attrs: '', fallback: 'Share this page.' },
  'endht-blue-heart': { attrs: ' dismissible', fallback: 'Blue Heart Campaign against Human Trafficking.' },
  'endht-donate': {
    attrs: ' amounts="10,25,50"',
    fallback: '<a href="https://www.unodc.org/unodc/en/human-trafficking-fund/index.html">Donate</a>',
  },
  'endht-partners': { attrs: '', fallback: 'Our partners in the campaign.' },
};

/** The element above the fold on the page with all six. */
export const ABOVE = 'endht-countdown';

const WORDS =
  'Every year on 30 July the world marks the day. Trafficking in persons affects every region, and most ' +
  'detected victims are women and girls. Partners publish figures, campaigns and ways to help, and ' +
  '<a href="#more">read more</a> about the work of their teams.';
const para = (n) => Array.from({ length: n }, () => `<p>${WORDS}</p>`).join('');

const ARTICLE_CSS = `
body { margin: 0; font: 17px/1.55 Georgia, serif; color: #222; }
header { display: flex; gap: 1rem; padding: .75rem 1rem; background: #0b3d5c; }
header a { color: #fff; }
main { max-inline-size: 720px; margin-inline: auto; padding: 0 1rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; }
.hero { display: block; inline-size: 100%; block-size: auto; }
main > * { margin-block: 1rem; }`;

/**
 * The article's own picture, its Largest Contentful Paint on every page: a 1200×675 PNG (a
 * gradient with some grain; Chromium does not count an image with too few bytes per pixel, such
 * as a plain SVG, as contentful).
 */
export function heroPng(width = 800, height = 450) {
  let seed = 1;
  const grain = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed >> 16) % 2;
  };
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      row[1 + x * 3] = 11 + t * 60 + grain();
      row[2 + x * 3] = 61 + t * 97 + grain();
      row[3 + x * 3] = 92 + t * 127 + grain();
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buffer) {
  let crc = -1;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

/**
 * The article. `widgets` is the markup placed above the fold (`first`) and below it (`rest`,
 * each after a few screens of text); `script` the script tags; `snippet` the CSS of docs/layout.md.
 */
export function articlePage({ title, first = '', rest = [], script = '', snippet = '' }) {
  const below = rest.map((markup) => `${para(4)}${markup}`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>${ARTICLE_CSS}${snippet}</style></head><body>
<header><a href="#">A partner NGO</a><a href="#">News</a><a href="#">About</a></header>
<main><h1>30 July: the World Day against Trafficking in Persons</h1>
<img class="hero" src="/bench/hero.png" width="1200" height="675" alt="A heart on a blue gradient">
<p>${WORDS}</p>${first}${para(12)}${below}<p id="more">${WORDS}</p></main>${script}</body></html>`;
}

/** An element's tag with its attributes and fallback; `data-bench` marks it for the bench. */
export const widget = (tag) =>
  `<${tag}${IN_ARTICLE[tag]?.attrs ?? ''} data-bench>${IN_ARTICLE[tag]?.fallback ?? ''}</${tag}>`;

/** The trivial Lit element of the floor page (bundled from the lit package by esbuild). */
export const FLOOR_ELEMENT = `
import { LitElement, html } from 'lit';
class TrivialElement extends LitElement {
  static properties = { value: { type: Number } };
  constructor() {
    super();
    this.value = 1234567;
  }
  render() {
    const lang = document.documentElement.lang || 'en';
    return html\`<p>A trivial Lit element: \${new Intl.NumberFormat(lang).format(this.value)}</p>\`;
  }
}
customElements.define('trivial-element', TrivialElement);`;

/** Runs in every page before its own scripts: records what a site owner's tools would. */
function observePage() {
  const H = (window.__host = { tasks: [], shifts: [], lcp: null, fcp: null, events: [], seenWaiting: [] });
  const watch = (type, each, options = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true, ...options });
    } catch {
      H[`no-${type}`] = true;
    }
  };
  watch('longtask', (e) => H.tasks.push({ start: e.startTime, duration: e.duration }));
  watch('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    const node = e.sources?.find((s) => s.node)?.node;
    const el = node && (node.nodeType === 1 ? node : node.parentElement);
    H.shifts.push({ value: e.value, start: e.startTime, node: el ? el.localName + (el.id ? `#${el.id}` : '') : '?' });
  });
  watch('largest-contentful-paint', (e) => {
    const el = e.element;
    let name = 'an element in a shadow tree';
    if (el) name = el.localName + (el.className ? `.${String(el.className).split(' ')[0]}` : '');
    H.lcp = { time: e.startTime, size: e.size, element: name, url: e.url || '' };
  });
  watch('paint', (e) => {
    if (e.name === 'first-contentful-paint') H.fcp = e.startTime;
  });
  watch(
    'event',
    (e) =>
      e.interactionId && H.events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration }),
    {
      durationThreshold: 16,
    },
  );
}

/** CLS as Chromium defines it: the largest session window (gaps < 1 s, at most 5 s) of shifts. */
export function clsOf(shifts) {
  let best = 0;
  let cur = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.start - b.start)) {
    if (s.start - last > 1000 || s.start - first > 5000) {
      cur = 0;
      first = s.start;
    }
    cur += s.value;
    last = s.start;
    best = Math.max(best, cur);
  }
  return best;
}

const tbtOf = (tasks) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
const longestOf = (tasks) => tasks.reduce((max, t) => Math.max(max, t.duration), 0);

/**
 * Waits in the page until the element marked data-bench-first (if any) has rendered, then until
 * no long task has ended for `quietMs` (at most 8 s more).
 */
async function settle(page, quietMs = 1000) {
  await page.evaluate(async (quietMs) => {
    const H = window.__host;
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    const first = document.querySelector('[data-bench-first]');
    for (let i = 0; first && !(first.shadowRoot?.childElementCount > 0); i++) {
      if (i > 1500) throw new Error(`<${first.localName}> above the fold did not render in 30 s`);
      await sleep(20);
    }
    H.readyAt = performance.now();
    const deadline = performance.now() + 8000;
    for (;;) {
      const lastEnd = H.tasks.reduce((m, t) => Math.max(m, t.start + t.duration), H.readyAt);
      if (performance.now() - lastEnd >= quietMs || performance.now() > deadline) break;
      await sleep(50);
    }
  }, quietMs);
}

/** Opens a page in a fresh browser context (no cache, no storage) with the page observer. */
async function openPage(ctx, { viewport = MOBILE, throttle = THROTTLE } = {}) {
  const context = await ctx.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  await page.setCacheEnabled(false);
  await page.evaluateOnNewDocument(observePage);
  page.on('pageerror', (e) => ctx.log('page error:', e.message));
  const cdp = await page.createCDPSession();
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { page, close: () => context.close() };
}

/** One load of a page: its long tasks, TBT, FCP, LCP and CLS once it is quiet. */
async function loadOnce(ctx, path, options) {
  const { page, close } = await openPage(ctx, options);
  try {
    await page.goto(`${ctx.origin}${path}`, { waitUntil: 'load' });
    await settle(page);
    const h = await page.evaluate(() => window.__host);
    return {
      longest: longestOf(h.tasks),
      tbt: tbtOf(h.tasks),
      tasks: h.tasks.length,
      fcp: h.fcp,
      lcp: h.lcp?.time ?? null,
      lcpElement: h.lcp ? `${h.lcp.element}${h.lcp.url ? ` (${h.lcp.url.split('/').pop()})` : ''}` : 'none',
      cls: clsOf(h.shifts),
      shifted: h.shifts.map((s) => s.node),
    };
  } finally {
    await close();
  }
}

/**
 * The "all" page scrolled to its end by the mouse wheel, one step at a time: the long tasks of the
 * first renders below the fold, the elements seen (in the viewport) before they had rendered, and
 * CLS over the whole visit (scrolling is not an input that excuses a shift).
 */
async function scrollOnce(ctx, path, viewport) {
  const { page, close } = await openPage(ctx, { viewport });
  try {
    await page.goto(`${ctx.origin}${path}`, { waitUntil: 'load' });
    await settle(page);
    const before = await page.evaluate(() => {
      const H = window.__host;
      H.scrollFrom = performance.now();
      // Every frame: an element inside the viewport that has not rendered yet was seen unrendered.
      const check = () => {
        for (const el of document.querySelectorAll('[data-bench]')) {
          const r = el.getBoundingClientRect();
          const visible = r.bottom > 0 && r.top < innerHeight && r.height > 0;
          if (visible && !el.shadowRoot && !H.seenWaiting.includes(el.localName)) H.seenWaiting.push(el.localName);
        }
        if (!H.stopChecking) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
      return document.documentElement.scrollHeight;
    });
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    for (let y = 0; y < before; y += viewport.height / 2) {
      await page.mouse.wheel({ deltaY: viewport.height / 2 });
      await new Promise((r) => setTimeout(r, 150));
    }
    await settle(page);
    const h = await page.evaluate(() => {
      window.__host.stopChecking = true;
      const waiting = [...document.querySelectorAll('[data-bench]')]
        .filter((e) => !e.shadowRoot)
        .map((e) => e.localName);
      return { ...window.__host, waiting };
    });
    const during = h.tasks.filter((t) => t.start >= h.scrollFrom);
    return {
      longest: longestOf(during),
      tbt: tbtOf(during),
      cls: clsOf(h.shifts),
      shifted: h.shifts.map((s) => s.node),
      seenBeforeRendered: h.seenWaiting,
      neverRendered: h.waiting,
    };
  } finally {
    await close();
  }
}

/** Trace events summed inside the longest task, by what they are (inclusive times: they nest). */
const TRACE_KINDS = {
  EvaluateScript: 'evaluate a script (compile and run its top level)',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile a module',
  'v8.evaluateModule': 'run a module',
  FunctionCall: 'a callback (event, timer, observer)',
  RunMicrotasks: 'microtasks (where Lit renders)',
  TimerFire: 'timer',
  'V8.GC_SCAVENGER': 'garbage collection (scavenge)',
  MajorGC: 'garbage collection (major)',
  MinorGC: 'garbage collection (minor)',
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'parse a style sheet',
  UpdateLayoutTree: 'style recalculation',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  HitTest: 'hit test',
  IntersectionObserverController: 'IntersectionObserver',
  'v8.run': 'run a classic script',
  EventDispatch: 'an event dispatched',
  FireAnimationFrame: 'an animation frame callback',
  'Document::updateStyleAndLayout': 'forced style and layout',
  CommitLoad: 'commit the navigation',
  ResourceReceivedData: 'receive data',
};

/**
 * One load of a page with a performance trace (throttled as in loadOnce): the longest main-thread
 * task and what it is made of (trace events inside it, summed by kind, and the heaviest functions
 * of the V8 CPU profile within it, by self time).
 */
async function traceOnce(ctx, path) {
  const { page, close } = await openPage(ctx);
  try {
    await page.tracing.start({
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'blink.user_timing',
        'disabled-by-default-v8.cpu_profiler',
      ],
    });
    await page.goto(`${ctx.origin}${path}`, { waitUntil: 'load' });
    await settle(page);
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    return summariseTrace(events, `${ctx.origin}${path}`);
  } finally {
    await close();
  }
}

/** The longest task of the renderer's main thread, and its make-up. */
export function summariseTrace(events, url) {
  // The page's renderer: the process that parsed its HTML (a trace also holds other renderers).
  const parsed = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === parsed?.pid,
  );
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  // The tasks that ran script (the page's own start-up, navigation and parsing set aside).
  const SCRIPT = new Set([
    'EvaluateScript',
    'v8.evaluateModule',
    'RunMicrotasks',
    'FunctionCall',
    'TimerFire',
    'v8.run',
  ]);
  const scriptAt = onMain.filter((e) => e.ph === 'X' && SCRIPT.has(e.name));
  const tasks = onMain.filter(
    (e) =>
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      e.dur > 0 &&
      scriptAt.some((x) => x.ts >= e.ts && x.ts + (x.dur ?? 0) <= e.ts + e.dur),
  );
  const longest = tasks.reduce((a, b) => (b.dur > (a?.dur ?? 0) ? b : a), undefined);
  if (!longest) return null;
  const from = longest.ts;
  const to = longest.ts + longest.dur;
  const kinds = {};
  for (const e of onMain) {
    if (e.ph !== 'X' || !(e.name in TRACE_KINDS) || e.ts < from || e.ts + (e.dur ?? 0) > to) continue;
    kinds[e.name] = (kinds[e.name] ?? 0) + e.dur / 1000;
  }
  // The V8 CPU profile (ProfileChunk samples) inside the task: self time by function and script.
  const nodes = new Map();
  const self = {};
  const profile = events.find((x) => x.name === 'Profile' && main && x.pid === main.pid && x.tid === main.tid);
  let sampleTime = profile?.args?.data?.startTime ?? 0;
  const chunks = events.filter(
    (x) => x.name === 'ProfileChunk' && profile && x.pid === profile.pid && x.id === profile.id,
  );
  for (const e of chunks) {
    const data = e.args?.data ?? {};
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      sampleTime += deltas[i] ?? 0;
      if (sampleTime < from || sampleTime > to) continue;
      const frame = nodes.get(samples[i])?.callFrame;
      if (!frame) continue;
      const key = originalName(frame);
      self[key] = (self[key] ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    }
  }
  const top = Object.entries(self)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, ms]) => ({ name, ms }));
  return { longest: longest.dur / 1000, kinds, topSelf: top };
}

/** The interactions measured on the "all" page: the element, the control (a shadow selector), and a name. */
export const INTERACTIONS = [
  { name: 'share: copy the link', tag: 'endht-share', selector: '[part~="control-copy"]' },
  { name: 'share: open the Mastodon dialog', tag: 'endht-share', selector: '[part~="control-mastodon"]' },
  { name: 'donate: choose an amount', tag: 'endht-donate', selector: '[part="amount"]:nth-of-type(2)' },
  { name: 'blue heart: close the banner', tag: 'endht-blue-heart', selector: '[part="close"]' },
];

/** One visit of the "all" page doing every interaction: pointer down → next paint of each (ms). */
async function interactOnce(ctx, path) {
  const { page, close } = await openPage(ctx);
  const out = {};
  try {
    await page.goto(`${ctx.origin}${path}`, { waitUntil: 'load' });
    await settle(page);
    for (const it of INTERACTIONS) {
      const box = await page.evaluate(async ({ tag, selector }) => {
        const el = document.querySelector(tag);
        el.scrollIntoView({ block: 'center' });
        for (let i = 0; !el.shadowRoot?.querySelector(selector); i++) {
          if (i > 1500) throw new Error(`no ${selector} in <${tag}> after 30 s`);
          await new Promise((r) => setTimeout(r, 20));
        }
        const target = el.shadowRoot.querySelector(selector);
        target.scrollIntoView({ block: 'center' });
        const r = target.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, it);
      await settle(page, 700);
      const from = await page.evaluate(() => performance.now());
      await page.mouse.click(box.x, box.y);
      await settle(page, 700);
      // INP's latency of one interaction: the longest of its events (pointerdown, pointerup, click),
      // each from the input to the next paint. Under 16 ms the browser reports nothing.
      out[it.name] = await page.evaluate((from) => {
        const events = window.__host.events.filter((e) => e.start >= from);
        return events.reduce((max, e) => Math.max(max, e.duration), 16);
      }, from);
      if (it.selector.includes('mastodon')) await page.keyboard.press('Escape');
    }
    return out;
  } finally {
    await close();
  }
}

/**
 * Builds the pages, runs everything `runs` times (interleaved) and returns medians and ranges.
 * ctx: { browser, pages (path → content), origin, runs, log, stat, snippet, elements (from
 * build/elements.mjs, drop-in ones), floorJs }
 */
export async function measureHostPages(ctx) {
  const { pages, runs, log, stat, snippet, elements, floorJs } = ctx;
  const snippetCss = snippet ?? '';
  pages.set('/bench/hero.png', { type: 'image/png', body: heroPng() });
  pages.set('/bench/floor.js', { type: 'text/javascript', body: floorJs });
  const script = (file) => `<script type="module" src="${file}"></script>`;
  const tags = elements.map((e) => e.tag);
  const rest = tags.filter((t) => t !== ABOVE);
  const first = (tag) => widget(tag).replace(' data-bench>', ' data-bench data-bench-first>');
  const pageList = [
    { key: 'bare', label: 'bare article (no widget)', html: articlePage({ title: 'bare', snippet: snippetCss }) },
    {
      key: 'floor',
      label: 'floor: one trivial Lit element',
      html: articlePage({
        title: 'floor',
        first: '<trivial-element data-bench-first></trivial-element>',
        script: script('/bench/floor.js'),
        snippet: snippetCss,
      }),
    },
    {
      key: 'all',
      label: `all six (full file; <${ABOVE}> above the fold)`,
      html: articlePage({
        title: 'all six',
        first: first(ABOVE),
        rest: rest.map(widget),
        script: script('/dist/endht-widgets.js'),
        snippet: snippetCss,
      }),
    },
    ...elements.map((e) => ({
      key: e.name,
      label: `<${e.tag}> alone (dist/endht-${e.name}.js)`,
      html: articlePage({
        title: e.name,
        first: first(e.tag),
        script: script(`/dist/endht-${e.name}.js`),
        snippet: snippetCss,
      }),
    })),
  ];
  for (const p of pageList) pages.set(`/bench/host-${p.key}.html`, p.html);

  const loads = Object.fromEntries(pageList.map((p) => [p.key, []]));
  const desktop = { bare: [], all: [] };
  const scrolls = { mobile: [], desktop: [] };
  const interactions = [];
  for (let i = 0; i < runs; i++) {
    log(`host page: run ${i + 1} of ${runs} (${pageList.map((p) => p.key).join(', ')}; scroll; interactions)`);
    for (const p of pageList) loads[p.key].push(await loadOnce(ctx, `/bench/host-${p.key}.html`));
    for (const key of Object.keys(desktop)) {
      desktop[key].push(await loadOnce(ctx, `/bench/host-${key}.html`, { viewport: DESKTOP }));
    }
    scrolls.mobile.push(await scrollOnce(ctx, '/bench/host-all.html', MOBILE));
    scrolls.desktop.push(await scrollOnce(ctx, '/bench/host-all.html', DESKTOP));
    interactions.push(await interactOnce(ctx, '/bench/host-all.html'));
  }

  // One traced load of the floor page, the "all" page and the countdown alone: what their longest task is made of.
  const traces = {};
  for (const key of ['floor', 'all', 'countdown']) {
    if (!pageList.some((p) => p.key === key)) continue;
    log(`host page: a traced load of "${key}" (what its longest task is made of)`);
    traces[key] = await traceOnce(ctx, `/bench/host-${key}.html`);
  }

  const summary = (list) => ({
    longest: stat(list.map((r) => r.longest)),
    tbt: stat(list.map((r) => r.tbt)),
    fcp: stat(list.map((r) => r.fcp)),
    lcp: stat(list.map((r) => r.lcp)),
    cls: stat(list.map((r) => r.cls)),
    lcpElements: count(list.map((r) => r.lcpElement)),
    shifted: count(list.flatMap((r) => r.shifted)),
  });
  const scrollSummary = (list) => ({
    longest: stat(list.map((r) => r.longest)),
    tbt: stat(list.map((r) => r.tbt)),
    cls: stat(list.map((r) => r.cls)),
    shifted: count(list.flatMap((r) => r.shifted)),
    seenBeforeRendered: count(list.flatMap((r) => r.seenBeforeRendered)),
    neverRendered: count(list.flatMap((r) => r.neverRendered)),
  });
  return {
    viewport: { mobile: MOBILE, desktop: DESKTOP },
    throttle: THROTTLE,
    pages: pageList.map((p) => ({ key: p.key, label: p.label, ...summary(loads[p.key]) })),
    desktop: Object.fromEntries(Object.entries(desktop).map(([k, list]) => [k, summary(list)])),
    scroll: { mobile: scrollSummary(scrolls.mobile), desktop: scrollSummary(scrolls.desktop) },
    interactions: Object.fromEntries(INTERACTIONS.map((it) => [it.name, stat(interactions.map((r) => r[it.name]))])),
    traces,
    traceKinds: TRACE_KINDS,
    raw: { loads, desktop, scrolls, interactions },
  };
}

/** How often each value occurs: { value: count }. */
function count(values) {
  const out = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
