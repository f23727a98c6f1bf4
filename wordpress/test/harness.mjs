// A real WordPress for the plugin's tests: WordPress Playground (PHP 8.3 + SQLite, in Node),
// offline, with the plugin folder mounted, driven by puppeteer-core and Debian's Chromium.
//
// Two WordPress releases:
//  - "current": Debian's `wordpress` package (trixie, a complete release with the block editor's
//    scripts and styles, and the twentytwentyfive theme), fetched with apt-get into a cache the
//    first time. Everything is tested on it.
//  - "minimum": WordPress 6.5.5 (the plugin's "Requires at least") from the npm package
//    @wp-playground/wordpress-builds. That build leaves out the block editor's scripts and
//    styles (the Playground website fetches them from its own server), so only the PHP side and
//    the front end are tested on it.
// Each run copies the release into a fresh folder, so every run starts from a new site.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PLUGIN = join(ROOT, 'wordpress', 'endht-widgets');
export const CATALOG = () => JSON.parse(readFileSync(join(PLUGIN, 'build', 'widgets.json'), 'utf8'));
const CACHE = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'endht-widgets-wordpress');
const require = createRequire(join(ROOT, 'wordpress', 'package.json'));

const log = (...a) => console.log('[wordpress]', ...a);

/** Debian trixie's WordPress, with the packages its symlinks point to, as a plain folder. */
function debianWordPress() {
  const done = existsSync(CACHE) && readdirSync(CACHE).find((d) => /^wordpress-\d[\d.]*-debian$/.test(d));
  if (done) return join(CACHE, done);
  log('fetching WordPress from Debian (trixie) with apt-get, once…');
  const apt = join(CACHE, 'apt');
  for (const d of ['lists/partial', 'cache/archives/partial', 'debs']) mkdirSync(join(apt, d), { recursive: true });
  writeFileSync(join(apt, 'sources.list'), 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main\n');
  const opts = [
    `-o`, `Dir::Etc::SourceList=${join(apt, 'sources.list')}`,
    `-o`, `Dir::Etc::SourceParts=/dev/null`,
    `-o`, `Dir::State::Lists=${join(apt, 'lists')}`,
    `-o`, `Dir::Cache=${join(apt, 'cache')}`,
    `-o`, `Dir::State::status=/dev/null`,
    `-o`, `APT::Sandbox::User=root`,
    `-q`,
  ];
  execFileSync('apt-get', [...opts, 'update'], { stdio: ['ignore', 'ignore', 'inherit'] });
  // WordPress, its default theme, and the libraries its symlinks point to (lodash for the editor).
  const debs = ['wordpress', 'wordpress-theme-twentytwentyfive', 'libjs-lodash', 'libjs-underscore', 'libjs-cropper', 'php-getid3'];
  execFileSync('apt-get', [...opts, 'download', ...debs], { cwd: join(apt, 'debs'), stdio: ['ignore', 'ignore', 'inherit'] });
  const root = join(apt, 'root');
  rmSync(root, { recursive: true, force: true });
  for (const f of readdirSync(join(apt, 'debs'))) execFileSync('dpkg-deb', ['-x', join(apt, 'debs', f), root]);
  const version = /\$wp_version = '([^']+)'/.exec(readFileSync(join(root, 'usr/share/wordpress/wp-includes/version.php'), 'utf8'))[1];
  const out = join(CACHE, `wordpress-${version}-debian`);
  const partial = out + '.partial';
  rmSync(partial, { recursive: true, force: true });
  // Dereference symlinks (to /usr/share/javascript, /usr/share/php); drop those to /etc (Debian's
  // .htaccess) and Debian's own wp-config.php.
  execFileSync('find', [join(root, 'usr/share/wordpress'), '-xtype', 'l', '-delete']);
  execFileSync('cp', ['-rL', join(root, 'usr/share/wordpress'), partial], { stdio: 'ignore' });
  rmSync(join(partial, 'wp-config.php'), { force: true });
  rmSync(join(partial, '.htaccess'), { force: true });
  execFileSync('mv', [partial, out]);
  rmSync(apt, { recursive: true, force: true });
  return out;
}

/** WordPress 6.5.5 from @wp-playground/wordpress-builds, as a plain folder. */
function minimumWordPress() {
  const out = join(CACHE, 'wordpress-6.5.5-playground');
  if (existsSync(out)) return out;
  const AdmZip = createRequire(join(ROOT, 'package.json'))('adm-zip');
  const zip = join(dirname(require.resolve('@wp-playground/wordpress-builds/package.json')), 'src', 'wordpress', 'wp-6.5.zip');
  const partial = out + '.partial';
  rmSync(partial, { recursive: true, force: true });
  new AdmZip(zip).extractAllTo(partial, true);
  const inner = existsSync(join(partial, 'wordpress', 'wp-load.php')) ? join(partial, 'wordpress') : partial;
  execFileSync('mv', [inner, out]);
  rmSync(partial, { recursive: true, force: true });
  return out;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/**
 * Starts WordPress with the plugin folder mounted (not yet activated), or without it (to install
 * the zip). WP_DEBUG and WP_DEBUG_LOG are on; the log is emptied after the installation (the
 * installer itself logs two warnings).
 * @param {'current'|'minimum'} release
 */
export async function startWordPress(release, { mountPlugin = true } = {}) {
  const source = release === 'minimum' ? minimumWordPress() : debianWordPress();
  const site = mkdtempSync(join(tmpdir(), 'endht-wp-'));
  cpSync(source, site, { recursive: true });
  const { runCLI } = await import(require.resolve('@wp-playground/cli'));
  const port = await freePort();
  const started = Date.now();
  const cli = await runCLI({
    command: 'server',
    port,
    wordpressInstallMode: 'install-from-existing-files',
    'mount-before-install': [{ hostPath: site, vfsPath: '/wordpress' }],
    mount: mountPlugin ? [{ hostPath: PLUGIN, vfsPath: '/wordpress/wp-content/plugins/endht-widgets' }] : [],
    // Offline: WordPress's own calls to wordpress.org fail at once instead of waiting for a timeout.
    'define-bool': { WP_DEBUG: true, WP_DEBUG_LOG: true, WP_DEBUG_DISPLAY: false, AUTOMATIC_UPDATER_DISABLED: true, DISABLE_WP_CRON: true, WP_HTTP_BLOCK_EXTERNAL: true },
    blueprint: { steps: [] },
    verbosity: 'quiet',
  });
  const url = cli.serverUrl.replace(/\/$/, '');
  const debugLog = join(site, 'wp-content', 'debug.log');
  writeFileSync(debugLog, '');
  const wp = {
    release,
    url,
    site,
    bootMs: Date.now() - started,
    /** Runs PHP with WordPress loaded (as the admin user); returns its output. */
    async php(code) {
      const r = await cli.playground
        .run({ code: `<?php require '/wordpress/wp-load.php'; require_once ABSPATH . 'wp-admin/includes/plugin.php'; wp_set_current_user( 1 ); ${code}` })
        .catch((e) => {
          throw new Error(`PHP failed: ${e.response?.errors || e.message}\n${wp.readLog()}`);
        });
      if (r.exitCode) throw new Error(`PHP failed: ${r.errors || r.text}`);
      return r.text;
    },
    readLog: () => (existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : ''),
    /** Whether a URL path names a file of the site (the plugin folder when it is mounted). */
    hasFile(pathname) {
      const mounted = '/wp-content/plugins/endht-widgets/';
      const path = decodeURIComponent(pathname);
      if (mountPlugin && path.startsWith(mounted)) return existsSync(join(PLUGIN, path.slice(mounted.length)));
      return existsSync(join(site, path));
    },
    clearLog: () => writeFileSync(debugLog, ''),
    async stop() {
      await cli[Symbol.asyncDispose]();
      rmSync(site, { recursive: true, force: true });
    },
  };
  const version = await wp.php('echo get_bloginfo( "version" );');
  log(`${release}: WordPress ${version} on PHP 8.3 at ${url}, ready in ${(wp.bootMs / 1000).toFixed(1)} s`);
  wp.version = version;
  return wp;
}

/**
 * Static files of WordPress, its themes and plugins: served from disk when they exist, else
 * WordPress renders its 404 page (in PHP). Not /favicon.ico: WordPress answers that one itself.
 */
const STATIC = /^\/wp-(includes|content|admin)\/.*\.(css|js|mjs|map|png|jpe?g|gif|svg|webp|ico|woff2?|ttf)$/i;

/**
 * Chromium (Debian's), recording every request and every console message of every page.
 * Requests to any other host than the site are recorded and answered with an error (offline).
 * With `wp`, a static file that the site does not have (the 6.5 build leaves out some of
 * WordPress's own styles, scripts and fonts) gets its 404 from the test at once, instead of a
 * WordPress 404 page rendered in PHP for each (seconds each on a busy machine); it is still
 * recorded as a failed response.
 */
export async function startBrowser(siteUrl, wp) {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=en-US', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    defaultViewport: { width: 1280, height: 900 },
  });
  const site = new URL(siteUrl).host;
  const record = { foreign: [], errors: [], warnings: [], dialogs: [], failed: [] };
  const watch = async (page) => {
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const u = new URL(req.url());
      if (u.protocol.startsWith('http') && u.host !== site) {
        record.foreign.push(`${req.resourceType()} ${req.url()} (from ${page.url()})`);
        return req.abort('blockedbyclient');
      }
      if (wp && STATIC.test(u.pathname) && !wp.hasFile(u.pathname)) {
        return req.respond({ status: 404, contentType: 'text/plain', body: 'No such file in the test site.' });
      }
      return req.continue();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') record.errors.push(`${m.text()} (on ${page.url()})`);
      if (m.type() === 'warn' || m.type() === 'warning') record.warnings.push(m.text());
    });
    page.on('pageerror', (e) => record.errors.push(`${e.message} (on ${page.url()})`));
    page.on('response', (r) => {
      if (r.status() >= 400) record.failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('dialog', (d) => {
      // Leaving the editor with unsaved changes asks "leave the page?": yes.
      if (d.type() === 'beforeunload') return d.accept();
      record.dialogs.push(`${d.type()}: ${d.message()}`);
      return d.dismiss();
    });
    return page;
  };
  const newPage = async () => watch(await browser.newPage());
  return { browser, record, newPage, watch };
}

/** Logs in through wp-login.php (Playground's admin user). */
export async function logIn(page, url) {
  await page.goto(`${url}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  // Set, not typed: the login page focuses and selects the user field 200 ms after loading, so
  // keys typed across that moment replace what was typed before it.
  await page.$eval('#user_login', (input) => {
    input.value = 'admin';
  });
  await page.$eval('#user_pass', (input) => {
    input.value = 'password';
  });
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  if (!new URL(page.url()).pathname.startsWith('/wp-admin')) throw new Error(`not logged in: ${page.url()}`);
}

/**
 * The attributes of the first start tag `<tag …>` in a page's HTML that has every attribute of
 * `having` (e.g. `{ class: 'endht-widgets-banner' }`), by name, values decoded as written
 * (`&quot;` stays): `{ position: 'top', dismissible: '' }`. Null if there is none. Attribute order
 * is not compared: it follows the manifest, which is not the plugin's to fix.
 */
export function startTag(html, tag, having = {}) {
  for (const [, inner] of html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'g'))) {
    const attributes = {};
    for (const [, name, value] of (inner ?? '').matchAll(/\s([^\s=>"']+)(?:="([^"]*)")?/g)) attributes[name] = value ?? '';
    if (Object.entries(having).every(([k, v]) => attributes[k] === v)) return attributes;
  }
  return null;
}

/** The plugin's script modules on a page, by file name, each with how many times it is loaded. */
export function pluginModules(html) {
  const count = {};
  for (const [, file] of html.matchAll(/<script type="module" src="[^"]*\/plugins\/endht-widgets\/assets\/([\w.-]+\.js)\?ver=[^"]*"/g)) {
    count[file] = (count[file] ?? 0) + 1;
  }
  return count;
}
