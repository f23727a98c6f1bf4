// npm run bench, Lighthouse: its mobile default (simulated slow 4G and 4× CPU, moto g power
// screen), Performance category only, on the host pages of bench-host.mjs, served on 127.0.0.1.
// Lighthouse lives in bench/package.json (its own lockfile: ~200 packages the library's npm ci
// does not need), installed here on first use. It drives Debian's Chromium through
// chrome-launcher; nothing phones home (no error reporting, background networking off).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Loads Lighthouse from bench/node_modules, installing it from bench/package-lock.json when missing. */
export async function loadLighthouse(root, log) {
  const dir = join(root, 'bench');
  const main = join(dir, 'node_modules/lighthouse/core/index.js');
  if (!existsSync(main)) {
    log('Lighthouse: not installed yet, running "npm ci --prefix bench" (once)');
    execFileSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
  }
  const version = JSON.parse(readFileSync(join(dir, 'node_modules/lighthouse/package.json'), 'utf8')).version;
  const lighthouse = (await import(main)).default;
  const chromeLauncher = await import(join(dir, 'node_modules/chrome-launcher/dist/index.js'));
  return { version, lighthouse, chromeLauncher };
}

/**
 * Runs Lighthouse `runs` times on each of `urls` ({ key: url }), interleaved, one Chromium per
 * run. Returns { key: { score, tbt, lcp, cls, fcp, lcpElement } lists }.
 */
export async function lighthouseRuns({ lh, chromePath, urls, runs, log }) {
  const out = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [key, url] of Object.entries(urls)) {
      log(`Lighthouse ${lh.version}: ${key}, run ${i + 1} of ${runs}`);
      const chrome = await lh.chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
      try {
        const result = await lh.lighthouse(url, {
          port: chrome.port,
          onlyCategories: ['performance'],
          logLevel: 'error',
          output: 'json',
        });
        const { audits, categories } = result.lhr;
        const lcpItem = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
        out[key].push({
          score: Math.round(categories.performance.score * 100),
          tbt: audits['total-blocking-time'].numericValue,
          lcp: audits['largest-contentful-paint'].numericValue,
          fcp: audits['first-contentful-paint'].numericValue,
          cls: audits['cumulative-layout-shift'].numericValue,
          lcpElement: lcpItem ? `${lcpItem.nodeLabel ?? ''} <${(lcpItem.selector ?? '').split(' ').pop()}>` : 'none',
          warnings: result.lhr.runWarnings,
        });
      } finally {
        await chrome.kill();
      }
    }
  }
  return out;
}
