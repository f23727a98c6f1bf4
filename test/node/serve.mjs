// Shared by the Node suites that open built pages in a browser (release.test.mjs, site.test.mjs).
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import sirv from 'sirv';

/** Serves `folder` on 127.0.0.1 as any static host would, until the test `t` ends. Returns its origin. */
export async function serveFolder(t, folder) {
  const serve = sirv(folder, { dev: true });
  const server = createServer((req, res) => serve(req, res, () => ((res.statusCode = 404), res.end())));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  return `http://127.0.0.1:${server.address().port}`;
}

/** Debian's Chromium (or CHROME_PATH), closed when the test `t` ends. */
export async function launchChromium(t) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  t.after(() => browser.close());
  return browser;
}
