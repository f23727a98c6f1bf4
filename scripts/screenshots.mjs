// npm run screenshots: every element from the BUILT files in headless Chromium, in English and
// Arabic, light and dark, 480 px wide, into docs/img/<element>-<lang>-<theme>.png; and the Day's
// takeover over a page, 960 × 800, light, into docs/img/takeover-<lang>.png.
//
// - The clock is frozen at 2027-01-15 12:00 UTC (and the zone is UTC), so the countdown's
//   numbers do not change between runs and the PNGs only change when an element does.
//   Runs one shot at a time (each in a fresh page): about 1.5 s per PNG.
// - Compressed with pngquant (palette, quality 80–95) then optipng when they are installed
//   (Debian: apt-get install pngquant optipng); otherwise Chromium's PNGs are kept as they are.
// - Arabic needs a font with Arabic glyphs: apt-get install fonts-noto-core.
// - The takeover is shown on 30 July 2027 (the clock is frozen at 10:00 UTC that day), over a
//   page of a made-up site, with the site's message in the tag.
// - The Day: all six elements on 30 July 2027 (10:00 UTC), English, light, 960 px wide, into
//   docs/img/the-day.png, with a site's call to action in the countdown.
// Options: --only endht-donate (--only the-day for the Day's picture) (one element; --only takeover for the takeover), CHROME_PATH
// (default /usr/bin/chromium).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, 'dist/endht-widgets.js');
const OUT = join(ROOT, 'docs/img');
const NOW = Date.parse('2027-01-15T12:00:00Z');
const ON_THE_DAY = Date.parse('2027-07-30T10:00:00Z');
const WIDTH = 480;
/** Frozen clock, run before the bundle: Date.now() and new Date() are `now`, always (same PNGs every run). */
const freeze = (now) => `(() => { const R = Date;
  class D extends R { constructor(...a) { super(...(a.length ? a : [${now}])); } static now() { return ${now}; } }
  globalThis.Date = D; })();`;
const FREEZE = freeze(NOW);

/** The takeover's page: a made-up site behind it, and the site's message in each language shot. */
const TAKEOVER_SIZE = { width: 960, height: 800 };
const TAKEOVER_MESSAGE = {
  en: 'Our offices are closed today. Join our vigil in the town square at 6 pm.',
  ar: 'مكاتبنا مغلقة اليوم. انضموا إلينا في الوقفة التضامنية في ساحة البلدة الساعة السادسة مساءً.',
};

/**
 * What each element is shown as (its defaults, unless a default would be empty or off-screen),
 * from the full file, or from its own file for the element that is not in it.
 */
export const SHOTS = [
  ['endht-countdown', ''],
  ['endht-stats', ''],
  ['endht-share', ''],
  ['endht-blue-heart', 'variant="card"'],
  ['endht-donate', 'amounts="10,25,50" amount="25"'],
  ['endht-partners', ''],
  ['endht-help', 'country="GB" topics="signs,report"', 'dist/endht-help.js'],
];
const LANGS = ['en', 'ar'];
const THEMES = ['light', 'dark'];

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

if (!existsSync(BUNDLE)) {
  console.log('Building dist/endht-widgets.js …');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
const bundle = readFileSync(BUNDLE, 'utf8');
mkdirSync(OUT, { recursive: true });

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const pngquant = has('pngquant');
const optipng = has('optipng');
if (!pngquant) console.warn('pngquant not found: PNGs are not palette-compressed (apt-get install pngquant).');

let total = 0;

/** Compresses a written PNG (when the tools are installed), counts and prints its size. */
function finish(file) {
  if (pngquant)
    spawnSync('pngquant', ['--force', '--skip-if-larger', '--quality=80-95', '--strip', '--ext', '.png', file]);
  if (optipng) spawnSync('optipng', ['-quiet', '-o2', file]);
  const size = statSync(file).size;
  total += size;
  console.log(`${relative(ROOT, file)}  ${(size / 1024).toFixed(1)} KB`);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  env: { ...process.env, TZ: 'UTC' },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    '--font-render-hinting=none',
  ],
});

/** A fresh page per shot: document.open() would keep the window, its customElements and the bundle's state. */
async function newPage() {
  const page = await browser.newPage();
  await page.setViewport({ width: WIDTH + 32, height: 800, deviceScaleFactor: 1 });
  // Nothing leaves the machine: every request other than the page itself is refused.
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith('data:') || r.url() === 'about:blank' ? r.continue() : r.abort()));
  page.on('pageerror', (e) => console.error('page error:', e.message));

  return page;
}

try {
  for (const [tag, attrs, file = 'dist/endht-widgets.js'] of SHOTS) {
    if (only && only !== tag) continue;
    const script = file === 'dist/endht-widgets.js' ? bundle : readFileSync(join(ROOT, file), 'utf8');
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        const page = await newPage();
        const dir = lang === 'ar' ? 'rtl' : 'ltr';
        const bg = theme === 'dark' ? '#08131b' : '#ffffff';
        await page.setContent(
          `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><script>${FREEZE}</script><style>` +
            `body{margin:0;background:${bg};font-family:system-ui,'Noto Sans','Noto Naskh Arabic',sans-serif}` +
            `#shot{inline-size:${WIDTH}px;padding:16px;box-sizing:content-box}` +
            `*{animation:none!important;transition:none!important}</style></head>` +
            `<body><div id="shot"><${tag} theme="${theme}" ${attrs}></${tag}></div></body></html>`,
        );
        await page.addScriptTag({ content: script, type: 'module' });
        await page.evaluate(async (t) => {
          await customElements.whenDefined(t);
          const el = document.querySelector(t);
          await el.updateComplete;
          await document.fonts.ready;
          // The locale module, the stats count-up and any first-frame layout settle.
          await new Promise((r) => setTimeout(r, 1500));
          await el.updateComplete;
        }, tag);
        const name = `${tag.replace('endht-', '')}-${lang}-${theme}.png`;
        const file = join(OUT, name);
        const shot = await page.$('#shot');
        await shot.screenshot({ path: file });
        await page.close();
        finish(file);
      }
    }
  }
  if (!only || only === 'the-day') {
    const page = await newPage();
    await page.setViewport({ width: 992, height: 800, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><script>${freeze(ON_THE_DAY)}</script>` +
        `<style>body{margin:0;font-family:'Noto Sans','Noto Sans Arabic','Noto Sans CJK SC',sans-serif}` +
        `#shot{inline-size:960px;padding:16px;box-sizing:content-box;display:grid;gap:12px}` +
        `*{animation:none!important;transition:none!important}</style></head><body><div id="shot">` +
        `<endht-countdown time-zone="UTC"><a slot="action" href="#vigil">Join our vigil at 6 pm</a></endht-countdown>` +
        `<endht-blue-heart variant="bar" time-zone="UTC"></endht-blue-heart><endht-stats></endht-stats>` +
        `<endht-share></endht-share><endht-donate amounts="10,25,50" amount="25"></endht-donate>` +
        `<endht-partners></endht-partners></div></body></html>`,
    );
    await page.addScriptTag({ content: bundle, type: 'module' });
    await page.evaluate(async () => {
      await customElements.whenDefined('endht-partners');
      await document.fonts.ready;
      await new Promise((r) => setTimeout(r, 1500));
    });
    const file = join(OUT, 'the-day.png');
    await (await page.$('#shot')).screenshot({ path: file });
    await page.close();
    finish(file);
  }
  if (!only || only === 'takeover') {
    for (const lang of LANGS) {
      const page = await newPage();
      await page.setViewport({ ...TAKEOVER_SIZE, deviceScaleFactor: 1 });
      const dir = lang === 'ar' ? 'rtl' : 'ltr';
      await page.setContent(
        `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><script>${freeze(ON_THE_DAY)}</script>` +
          `<style>body{margin:0;font-family:system-ui,'Noto Sans','Noto Naskh Arabic',sans-serif}main{padding:2em}` +
          `*{animation:none!important;transition:none!important}</style></head>` +
          `<body><main><h1>Harbour Aid</h1><p>…</p></main>` +
          `<endht-blue-heart variant="takeover"><p>${TAKEOVER_MESSAGE[lang]}</p></endht-blue-heart></body></html>`,
      );
      await page.addScriptTag({ content: bundle, type: 'module' });
      await page.evaluate(async () => {
        await customElements.whenDefined('endht-blue-heart');
        const el = document.querySelector('endht-blue-heart');
        await el.updateComplete;
        await document.fonts.ready;
        await new Promise((r) => setTimeout(r, 1500));
        // The picture shows the dialog as it opens, before anyone has pressed a key: no focus ring.
        el.shadowRoot.activeElement?.blur();
        await el.updateComplete;
      });
      const name = `takeover-${lang}.png`;
      const file = join(OUT, name);
      await page.screenshot({ path: file });
      await page.close();
      finish(file);
    }
  }
} finally {
  await browser.close();
}
console.log(`total ${(total / 1024).toFixed(1)} KB`);
