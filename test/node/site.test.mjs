// The documentation site (npm run build:site), in one Chromium: every page fits a phone (no
// sideways scroll at 320 and 375 px; tables scroll in their own box), every internal link and
// anchor leads somewhere, every live example renders with no console error or warning, and the
// index's language and theme switches change the live widgets. Builds site/ itself (the drop-in
// files must be built: npm test builds them first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { markdown } from '../../scripts/site-pages.mjs';
import { launchChromium, serveFolder } from './serve.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const SITE = join(ROOT, 'site');
const WIDTHS = [320, 375];

/** Every HTML file of the site, relative to it. */
function htmlFiles(dir = SITE) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return htmlFiles(path);
    return d.name.endsWith('.html') ? [relative(SITE, path)] : [];
  });
}

const idsCache = new Map();
/** The ids and names a page's HTML declares, for anchors. */
function anchorsOf(file) {
  if (!idsCache.has(file)) {
    const html = readFileSync(join(SITE, file), 'utf8');
    idsCache.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsCache.get(file);
}

test('the Markdown renderer writes tables in their own scroll box and maps links (unit)', () => {
  const html = markdown('# A `b`\n\n| x | y |\n| --- | --- |\n| 1 | [z](other.md#part) |\n\n- one\n  - two\n', {
    link: (href) => href.replace('.md', '.html'),
  });
  assert.match(html, /<h1 id="a-b">A <code>b<\/code><\/h1>/);
  assert.match(html, /<div class="table" role="region" tabindex="0"[^>]*><table>/);
  assert.match(html, /<a href="other.html#part">z<\/a>/);
  assert.match(html, /<li>one<ul><li>two<\/li><\/ul><\/li>|<li>one\n?<ul>\n?<li>two<\/li>\n?<\/ul>\n?<\/li>/);
});

test('the site: no sideways scroll at 320 and 375 px, no broken link or anchor, no console error, live switches', async (t) => {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.site.config.ts', '--logLevel', 'error'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const pages = htmlFiles().sort();
  assert.ok(
    pages.includes('index.html') && pages.includes('builder.html') && pages.includes('elements/countdown.html'),
  );

  const origin = await serveFolder(t, SITE);
  const browser = await launchChromium(t);
  const page = await browser.newPage();
  const problems = [];
  let current = '';
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${current}: console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`${current}: request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${current}: HTTP ${r.status()}: ${r.url()}`);
  });

  const ready = () =>
    page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('endht-'));
      await Promise.all([...new Set(widgets.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
      await Promise.all(widgets.map((el) => el.updateComplete));
      if (document.getElementById('builder')) {
        const start = Date.now();
        while (!document.querySelector('#builder select, #builder form') && Date.now() - start < 5000) {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return widgets.length;
    });
  const overflow = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return null;
      // Name the widest element that sticks out, to say what to fix.
      const culprit = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1))[0];
      return `${document.documentElement.scrollWidth} px wide (${culprit?.outerHTML.slice(0, 120) ?? '?'})`;
    });

  const wide = [];
  const broken = [];
  let liveWidgets = 0;
  for (const file of pages) {
    current = file;
    await page.setViewport({ width: WIDTHS[1], height: 800 });
    await page.goto(`${origin}/${file}`, { waitUntil: 'load' });
    liveWidgets += await ready();
    for (const width of WIDTHS) {
      await page.setViewport({ width, height: 800 });
      await ready();
      const o = await overflow();
      if (o) wide.push(`${file} at ${width} px: ${o}`);
    }
    // Links of the page itself (an example's own links are illustrations, like example.org).
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].filter((a) => !a.closest('.live')).map((a) => a.href),
    );
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const target = decodeURIComponent(url.pathname.slice(1)) || 'index.html';
      if (!existsSync(join(SITE, target))) {
        broken.push(`${file}: ${href} (no such file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !anchorsOf(target).has(anchor)) {
        broken.push(`${file}: ${href} (no such anchor)`);
      }
    }
  }
  assert.ok(liveWidgets > 20, `the pages show live widgets (${liveWidgets})`);
  assert.deepEqual(wide, [], 'no page scrolls sideways');
  assert.deepEqual(broken, [], 'no broken internal link or anchor');
  assert.deepEqual(problems, [], 'no console error or warning, no failed request');

  // The index's switches change the live widgets.
  current = 'index.html (switches)';
  await page.setViewport({ width: 1024, height: 800 });
  await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
  await ready();
  const countdownText = () =>
    page.evaluate(() => document.querySelector('endht-countdown').shadowRoot.textContent.replace(/\s+/g, ' '));
  const english = await countdownText();
  await page.select('#site-lang', 'fr');
  await ready();
  const french = await countdownText();
  assert.notEqual(french, english, 'the countdown changed language');
  assert.match(french, /jours|Journée/, 'the countdown speaks French');
  await page.select('#site-theme', 'dark');
  const themes = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => el.localName.startsWith('endht-'))
      .map((el) => el.getAttribute('theme')),
  );
  assert.ok(themes.length >= 7 && themes.every((theme) => theme === 'dark'), `every widget is dark: ${themes}`);
  assert.deepEqual(problems, [], 'no console error or warning while switching');
});
