// npm run test:interop: the PACKED package in throwaway apps, as a company would use it.
//   1. `npm run build` (the drop-in file and dist/npm), then `npm pack`; with `--built`, the
//      files `npm test` has just built are packed as they are (CI)
//   2. for each app in test/interop/apps/ (React 19, Vue 3, Svelte 5, an app with its own
//      @lit/localize):
//      a fresh copy in a work folder OUTSIDE this repository (so nothing resolves from our own
//      node_modules), `npm ci` from the app's lockfile (kept between runs while the lockfile is
//      unchanged), then the tarball installed on top; type-check (tsc / vue-tsc --noEmit) and
//      `vite build`
//   3. the built apps served on 127.0.0.1 and checked in Debian's Chromium (puppeteer-core)
// The checks are data-driven from the installed package's custom-elements.json: every element
// of the package is rendered and checked, and every event it declares must reach the
// framework's handler. Ends with "interop: N passed, N failed"; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = new URL('../..', import.meta.url).pathname;
const HERE = new URL('.', import.meta.url).pathname;
const WORK = process.env.ENDHT_INTEROP_DIR || join(tmpdir(), 'endht-interop');
const APPS = ['react', 'vue', 'svelte', 'own-localize'];
/** The type-checker each app runs on its sources (Svelte: built and run, not type-checked). */
const TYPECHECK = { react: 'tsc', vue: 'vue-tsc', 'own-localize': 'tsc' };
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const t0 = Date.now();
const step = (msg) => console.log(`[interop ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

function sh(cmd, args, cwd, { quiet = true } = {}) {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
  } catch (e) {
    if (!quiet) throw e;
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

// --- 1. pack --------------------------------------------------------------------------------
mkdirSync(WORK, { recursive: true });
for (const f of readdirSync(WORK)) if (f.endsWith('.tgz')) rmSync(join(WORK, f));
const built = process.argv.includes('--built');
if (built && !existsSync(join(ROOT, 'dist/npm/custom-elements.json')))
  throw new Error('--built: no dist/npm, build first');
step(built ? 'npm pack (the files already built)' : 'npm run build, npm pack');
if (!built) sh('npm', ['run', 'build', '--silent'], ROOT);
const packed = JSON.parse(sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', WORK], ROOT));
const tarball = join(WORK, packed[0].filename);
step(`packed ${packed[0].filename}: ${packed[0].entryCount} files, ${(packed[0].size / 1024).toFixed(0)} KB`);

// --- 2. apps --------------------------------------------------------------------------------
const results = [];
const check = async (name, fn) => {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(
      `  ✗ ${name}\n      ${String(e?.message ?? e)
        .split('\n')
        .join('\n      ')}`,
    );
  }
};
const assert = (cond, msg) => {
  if (!cond) throw new Error(msg);
};

for (const app of APPS) {
  const dir = join(WORK, app);
  const src = join(HERE, 'apps', app);
  const lock = readFileSync(join(src, 'package-lock.json'));
  const key = createHash('sha256')
    .update(lock)
    .update(readFileSync(join(src, 'package.json')))
    .digest('hex');
  const keyFile = join(dir, 'node_modules', '.endht-lock-hash');
  const cached = existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key;
  // A fresh copy of the app's sources every time; node_modules only while the lockfile holds.
  if (existsSync(dir))
    for (const f of readdirSync(dir))
      if (f !== 'node_modules' || !cached) rmSync(join(dir, f), { recursive: true, force: true });
  cpSync(src, dir, { recursive: true, filter: (p) => !p.includes('node_modules') });
  mkdirSync(join(dir, 'src'), { recursive: true });
  for (const f of readdirSync(join(HERE, 'shared'))) cpSync(join(HERE, 'shared', f), join(dir, 'src', f));
  if (!cached) {
    step(`${app}: npm ci`);
    sh('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    writeFileSync(keyFile, key);
  }
  step(`${app}: npm install ${packed[0].filename}`);
  sh('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], dir);

  console.log(`${app}:`);
  await check(`${app}: endht-widgets comes from the tarball, with one copy of lit and @lit/localize`, () => {
    const installed = JSON.parse(readFileSync(join(dir, 'node_modules/endht-widgets/package.json'), 'utf8'));
    assert(installed.version === packed[0].version, `installed ${installed.version}`);
    assert(!existsSync(join(dir, 'node_modules/endht-widgets/src')), 'sources were installed');
    const tree = JSON.parse(sh('npm', ['ls', 'lit', '@lit/localize', '--all', '--json'], dir));
    const versions = { lit: new Set(), '@lit/localize': new Set() };
    const walk = (deps) => {
      for (const [n, d] of Object.entries(deps ?? {})) {
        if (n in versions) versions[n].add(d.version);
        walk(d.dependencies);
      }
    };
    walk(tree.dependencies);
    assert(
      versions.lit.size === 1 && versions['@lit/localize'].size === 1,
      `lit ${[...versions.lit]}, @lit/localize ${[...versions['@lit/localize']]}`,
    );
  });
  if (TYPECHECK[app]) {
    await check(`${app}: type-checks against the shipped types (${TYPECHECK[app]} --noEmit)`, () => {
      sh(join(dir, 'node_modules/.bin', TYPECHECK[app]), ['--noEmit', '-p', '.'], dir);
    });
  }
  await check(`${app}: builds with Vite`, () => {
    sh(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], dir);
  });
}

// --- 3. browser -----------------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const [, app, ...rest] = path.split('/');
  const file = join(WORK, app ?? '', 'dist', rest.join('/') || 'index.html');
  if (!APPS.includes(app) || !file.startsWith(join(WORK, app, 'dist')) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
// Vite builds with absolute asset paths (/assets/…): serve each app under its own prefix.
for (const app of APPS) {
  const index = join(WORK, app, 'dist/index.html');
  if (existsSync(index))
    writeFileSync(index, readFileSync(index, 'utf8').replace(/(src|href)="\/assets\//g, `$1="/${app}/assets/`));
}

const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
  ],
});

/** Opens an app; `beforeDayStarts` makes the page's clock read 3 s before the next 30 July, 00:00 UTC. */
async function open(app, { beforeDayStarts = false } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on(
    'request',
    (r) =>
      !r.url().startsWith(origin) &&
      !r.url().startsWith('data:') &&
      problems.push(`request outside the app: ${r.url()}`),
  );
  if (beforeDayStarts) {
    await page.evaluateOnNewDocument(() => {
      const real = Date.now.bind(Date);
      const y = new Date(real()).getUTCFullYear();
      let target = Date.UTC(y, 6, 30);
      if (target - 3000 <= real()) target = Date.UTC(y + 1, 6, 30);
      const offset = target - 3000 - real();
      Date.now = () => real() + offset;
    });
  }
  await page.goto(`${origin}/${app}/`, { waitUntil: 'load' });
  return { page, problems };
}

const manifest = JSON.parse(
  readFileSync(join(WORK, 'react/node_modules/endht-widgets/dist/npm/custom-elements.json'), 'utf8'),
);
// The elements: custom element classes with a tag (the base class EndhtElement has none).
const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const tags = decls.map((d) => d.tagName);

for (const app of ['react', 'vue', 'svelte']) {
  console.log(`${app} in Chromium:`);
  const { page, problems } = await open(app, { beforeDayStarts: true });
  const waitLocale = () =>
    page.waitForFunction(
      (tags) =>
        tags.every((t) =>
          [...document.querySelectorAll(t)].every(
            (el) => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === 'fr',
          ),
        ),
      { timeout: 10000 },
      tags,
    );
  await check(
    `${app}: every element of the manifest (${tags.join(', ')}) is defined and rendered, in the page's language (fr)`,
    async () => {
      await waitLocale();
      const r = await page.evaluate(
        (tags) => tags.map((t) => ({ t, defined: !!customElements.get(t), n: document.querySelectorAll(t).length })),
        tags,
      );
      for (const x of r) assert(x.defined && x.n >= 1, `${x.t}: defined ${x.defined}, ${x.n} on the page`);
    },
  );
  await check(`${app}: attributes reach the elements (typed countdown: time-zone, variant, theme)`, async () => {
    const r = await page.evaluate(() => {
      const el = document.getElementById('typed-countdown');
      return { tz: el.timeZone, variant: el.variant, cls: el.shadowRoot.querySelector('[part~="base"]').className };
    });
    assert(
      r.tz === 'UTC' && r.variant === 'compact' && /\bcompact\b/.test(r.cls) && /\btheme-dark\b/.test(r.cls),
      JSON.stringify(r),
    );
  });
  await check(
    `${app}: arrays are set as properties (partners; every array in the samples, e.g. figures, when its element exists)`,
    async () => {
      const r = await page.evaluate(() => {
        const typed = document.getElementById('typed-partners');
        const generic = [...document.querySelectorAll('[data-generic]')].map((el) => ({
          tag: el.localName,
          arrays: Object.keys(
            el.constructor.elementProperties ? Object.fromEntries(el.constructor.elementProperties) : {},
          ).filter((k) => Array.isArray(el[k])),
          objectAttrs: el.getAttributeNames().filter((a) => el.getAttribute(a).includes('[object Object]')),
        }));
        return {
          typedArray: Array.isArray(typed.partners),
          typedAttr: typed.hasAttribute('partners'),
          typedText: typed.shadowRoot.textContent.includes('Interop Partner'),
          genericText: document
            .querySelector('endht-partners[data-generic]')
            ?.shadowRoot.textContent.includes('Generic Partner'),
          generic,
        };
      });
      assert(r.typedArray && !r.typedAttr && r.typedText, `typed partners: ${JSON.stringify(r)}`);
      assert(r.genericText, 'the generic <endht-partners> shows its sample partner');
      for (const g of r.generic)
        assert(!g.objectAttrs.length, `${g.tag}: an array became an attribute: ${g.objectAttrs}`);
      const expected = { 'endht-partners': ['partners'], 'endht-stats': ['figures'] };
      for (const [tag, props] of Object.entries(expected)) {
        const g = r.generic.find((x) => x.tag === tag);
        if (!g) continue; // that element is not in this version of the package
        for (const p of props)
          assert(g.arrays.includes(p), `${tag}.${p} is not an array property: ${JSON.stringify(g)}`);
      }
    },
  );
  await check(
    `${app}: a real endht-day-started reaches the framework's handler (the day begins while the page is open)`,
    async () => {
      await page.waitForFunction(() => document.getElementById('started')?.textContent, { timeout: 8000 });
      const r = await page.evaluate(() => ({
        text: document.getElementById('started').textContent,
        events: window.__interop.events,
      }));
      assert(/^\d{4}-07-30 UTC$/.test(r.text), r.text);
      const ev = r.events.find((e) => e.type === 'endht-day-started' && e.typed);
      assert(ev && ev.timeZone === 'UTC', JSON.stringify(r.events));
    },
  );
  const declared = decls.flatMap((d) => (d.events ?? []).map((e) => ({ tag: d.tagName, name: e.name })));
  await check(
    `${app}: every event the manifest declares reaches the framework's handler (${declared.map((e) => e.name).join(', ') || 'none'})`,
    async () => {
      const r = await page.evaluate((declared) => {
        const before = window.__interop.events.length;
        for (const { tag, name } of declared) {
          const el = document.querySelector(`${tag}[data-generic]`);
          // From inside the shadow root, as the element fires it (bubbles, composed).
          el.shadowRoot
            .querySelector('[part~="base"]')
            .dispatchEvent(new Event(name, { bubbles: true, composed: true }));
        }
        return window.__interop.events.slice(before);
      }, declared);
      for (const { tag, name } of declared)
        assert(
          r.some((e) => e.type === name && e.tag === tag),
          `${tag} ${name} was not received: ${JSON.stringify(r)}`,
        );
      for (const want of ['endht-share', 'endht-donate', 'endht-copied']) {
        if (declared.some((d) => d.name === want))
          assert(
            r.some((e) => e.type === want),
            `${want} not received`,
          );
      }
    },
  );
  await check(`${app}: no error and no request outside the app`, async () => {
    assert(!problems.length, problems.join('\n'));
  });
  await page.close();
}

console.log('own-localize in Chromium:');
{
  const { page, problems } = await open('own-localize');
  const texts = () =>
    page.evaluate(() => ({
      app: document.querySelector('app-greeting').shadowRoot.textContent.trim(),
      countdown: document.querySelector('endht-countdown').shadowRoot.querySelector('[part~="base"]'),
      lang: document.querySelector('endht-countdown').shadowRoot.querySelector('[part~="base"]').getAttribute('lang'),
      name: document.querySelector('endht-countdown').shadowRoot.querySelector('[part="name"]').textContent.trim(),
      heading: document.querySelector('endht-partners').shadowRoot.querySelector('[part="heading"]').textContent.trim(),
      ours: !!globalThis[Symbol.for('endht-widgets.localizations')],
      locale: window.__app.getLocale(),
    }));
  await check(
    'own-localize: the app configures @lit/localize itself; the widgets use its locale (fr) with their own templates',
    async () => {
      await page.waitForFunction(() => window.__app?.getLocale() === 'fr', { timeout: 10000 });
      await page.waitForFunction(
        () =>
          document
            .querySelector('endht-countdown')
            ?.shadowRoot?.querySelector('[part~="base"]')
            ?.getAttribute('lang') === 'fr',
        { timeout: 10000 },
      );
      const r = await texts();
      assert(r.app === "Bonjour de l'application", r.app);
      assert(r.name === "Journée mondiale de la lutte contre la traite d'êtres humains", r.name);
      assert(r.heading === 'Ensemble contre la traite des personnes', r.heading);
      assert(!r.ours, 'endht-widgets configured localization although the app did');
    },
  );
  await check("own-localize: the app's setLocale('es') switches its own text and the widgets'", async () => {
    await page.evaluate(() => window.__app.setLocale('es'));
    await page.waitForFunction(
      () =>
        document.querySelector('endht-countdown').shadowRoot.querySelector('[part~="base"]').getAttribute('lang') ===
        'es',
      { timeout: 10000 },
    );
    const r = await texts();
    assert(r.app === 'Hola desde la aplicación', r.app);
    assert(r.name === 'Día Mundial contra la Trata de Personas', r.name);
  });
  await check('own-localize: no error and no request outside the app', async () => {
    assert(!problems.length, problems.join('\n'));
  });
  await page.close();
}

await browser.close();
server.close();
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
step('done');
console.log(`interop: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
