// node scripts/contact-sheet.mjs: docs/img/contact-sheet.png, the README's picture of all six
// campaign widgets, laid out from their English light screenshots (docs/img/<name>-en-light.png,
// written by npm run screenshots). Run it after npm run screenshots. Headless Chromium
// (CHROME_PATH, else /usr/bin/chromium) lays the images out in three columns.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { listElements } from '../build/elements.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const IMG = join(ROOT, 'docs/img');
const ORDER = ['countdown', 'blue-heart', 'donate', 'stats', 'share', 'partners'];

const names = listElements(ROOT)
  .filter((e) => e.inDropIn)
  .map((e) => e.name)
  .sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
const figure = (name) =>
  `<figure><img src="data:image/png;base64,${readFileSync(join(IMG, `${name}-en-light.png`)).toString('base64')}"
  alt=""><figcaption>&lt;endht-${name}&gt;</figcaption></figure>`;
const html = `<!doctype html><meta charset="utf-8"><style>
body { margin: 0; padding: 16px; background: #e6eef4; font: 14px system-ui, sans-serif; color: #1a2b3c; inline-size: 1208px; }
main { columns: 3; column-gap: 16px; }
figure { break-inside: avoid; margin: 0 0 16px; padding: 8px; background: #fff; border-radius: 8px; }
img { display: block; inline-size: 100%; }
figcaption { margin-block-start: 6px; font-family: ui-monospace, monospace; }
</style><main>${names.map(figure).join('')}</main>`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1240, height: 400 });
  await page.setContent(html, { waitUntil: 'load' });
  const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await page.setViewport({ width: 1240, height });
  const png = await page.screenshot({ type: 'png', fullPage: true });
  writeFileSync(join(IMG, 'contact-sheet.png'), png);
  console.log(`docs/img/contact-sheet.png: ${names.length} widgets, 1240 × ${height}`);
} finally {
  await browser.close();
}
