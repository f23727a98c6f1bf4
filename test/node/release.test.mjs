// The download for people without Node (npm run release): unzipped and served as a web host
// would, its example.html works in Chromium — every widget upgrades, nothing fails in the console.
// Runs after the build (npm test builds first); writes dist/endht-widgets-<version>.zip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { sriOf, version, writeZip } from '../../scripts/release.mjs';
import { listElements } from '../../build/elements.mjs';
import { launchChromium, serveFolder } from './serve.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const CAMPAIGN = listElements(ROOT).filter((e) => e.inDropIn);

test('the release zip holds the files, README.txt and example.html, and example.html works when served', async (t) => {
  const zipPath = writeZip();
  const dir = mkdtempSync(join(tmpdir(), 'endht-release-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  new AdmZip(zipPath).extractAllTo(dir);
  const folder = join(dir, `endht-widgets-${version()}`);
  const files = readdirSync(folder);
  for (const f of [
    'endht-widgets.js',
    'endht-widgets.js.sri',
    'endht-help.js',
    ...CAMPAIGN.map((e) => `endht-${e.name}.js`),
    'endht-widgets.LICENSES.txt',
    'LICENSE',
    'README.txt',
    'example.html',
  ]) {
    assert.ok(files.includes(f), `${f} is in the zip`);
  }
  assert.ok(!files.some((f) => f.endsWith('.map') || f.startsWith('stats')), 'no source maps or build reports');
  const readme = readFileSync(join(folder, 'README.txt'), 'utf8');
  const example = readFileSync(join(folder, 'example.html'), 'utf8');
  assert.ok(!/\{\{\w+\}\}/.test(readme + example), 'every placeholder is filled in');
  assert.ok(readme.includes(`version ${version()}`));
  assert.ok(example.includes(`integrity="${sriOf()}"`), "example.html carries the file's hash");
  for (const { tag } of CAMPAIGN) assert.ok(example.includes(`<${tag}`), `example.html shows <${tag}>`);

  const origin = await serveFolder(t, folder);
  const browser = await launchChromium(t);
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${origin}/example.html`, { waitUntil: 'load' });
  const tags = CAMPAIGN.map((e) => e.tag);
  await page.waitForFunction((list) => list.every((tag) => customElements.get(tag)), { timeout: 10_000 }, tags);
  const rendered = await page.evaluate(async (list) => {
    const out = {};
    for (const tag of list) {
      const el = document.querySelector(tag);
      await el?.updateComplete;
      out[tag] = Boolean(el?.shadowRoot?.querySelector('[part~="base"]'));
    }
    return out;
  }, tags);
  for (const tag of tags) assert.ok(rendered[tag], `<${tag}> upgraded and rendered`);
  assert.deepEqual(problems, [], 'no console error or warning, no failed request');
});
