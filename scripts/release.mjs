// npm run release (after npm run build): the download for people without Node, and the README's CDN line.
//   1. README.md's CDN block (between <!-- cdn:start --> and <!-- cdn:end -->) gets the version of
//      package.json and the hash of dist/endht-widgets.js (test/node/readme.test.mjs checks both).
//   2. dist/endht-widgets-<version>.zip: one folder endht-widgets-<version>/ with the drop-in files,
//      their .sri hashes, the licences, README.txt (plain language) and example.html (what to paste),
//      from scripts/release/README.txt and example.html.in (not .html: the dev server would scan it), with
//      {{version}} and {{sri}} filled in.
//   node scripts/release.mjs            both
//   node scripts/release.mjs --readme   only the README's CDN block
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import AdmZip from 'adm-zip';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const TEMPLATES = join(ROOT, 'scripts/release');
const CDN_START = '<!-- cdn:start -->';
const CDN_END = '<!-- cdn:end -->';

export const version = () => JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/** The sha384 hash of a built file, from the .sri file the build writes next to it. */
export function sriOf(file = 'endht-widgets.js') {
  const path = join(DIST, `${file}.sri`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first.`);
  return readFileSync(path, 'utf8').trim();
}

/** The standard npm CDN address of a file of this version. */
export const cdnUrl = (v, file = 'endht-widgets.js') => `https://cdn.jsdelivr.net/npm/endht-widgets@${v}/dist/${file}`;

/** The README's CDN block (between the markers). */
export function cdnBlock(v, sri) {
  return [
    '```html',
    `<script type="module" src="${cdnUrl(v)}"`,
    `  integrity="${sri}" crossorigin="anonymous"></script>`,
    '',
    '<endht-countdown>30 July: World Day against Trafficking in Persons</endht-countdown>',
    '```',
  ].join('\n');
}

/** The README with its CDN block filled in. */
export function withCdnBlock(readme, block) {
  const a = readme.indexOf(CDN_START);
  const b = readme.indexOf(CDN_END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${CDN_START} … ${CDN_END} block.`);
  return `${readme.slice(0, a + CDN_START.length)}\n${block}\n${readme.slice(b)}`;
}

/** The files of the zip: [name in the zip, contents]. */
export function releaseFiles() {
  const v = version();
  const sri = sriOf();
  const fill = (text) => text.replaceAll('{{version}}', v).replaceAll('{{sri}}', sri);
  const built = readdirSync(DIST)
    .filter((f) => /^endht-[a-z-]+\.js(\.sri)?$/.test(f))
    .sort();
  if (!built.includes('endht-widgets.js')) throw new Error('dist/endht-widgets.js is missing: run npm run build.');
  return [
    ...built.map((f) => [f, readFileSync(join(DIST, f))]),
    ['endht-widgets.LICENSES.txt', readFileSync(join(DIST, 'endht-widgets.LICENSES.txt'))],
    ['LICENSE', readFileSync(join(ROOT, 'LICENSE'))],
    ['README.txt', Buffer.from(fill(readFileSync(join(TEMPLATES, 'README.txt'), 'utf8')))],
    ['example.html', Buffer.from(fill(readFileSync(join(TEMPLATES, 'example.html.in'), 'utf8')))],
  ];
}

/** Writes dist/endht-widgets-<version>.zip and returns its path. */
export function writeZip() {
  const folder = `endht-widgets-${version()}`;
  const zip = new AdmZip();
  for (const [name, data] of releaseFiles()) zip.addFile(`${folder}/${name}`, data);
  const path = join(DIST, `${folder}.zip`);
  zip.writeZip(path);
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = join(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = withCdnBlock(readme, cdnBlock(version(), sriOf()));
  if (next !== readme) writeFileSync(readmePath, next);
  console.log(`README.md: CDN line ${next !== readme ? 'updated' : 'already up to date'} (${version()}).`);
  if (!process.argv.includes('--readme')) console.log(`${writeZip().slice(ROOT.length + 1)} written.`);
}
