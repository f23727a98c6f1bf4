#!/usr/bin/env node
// npm run build:wordpress (after npm run build): turns wordpress/endht-widgets/ into an installable
// plugin and zips it to dist/endht-widgets-wordpress.zip.
//
//   1. copies the drop-in modules (dist/endht-*.js) and their licence files into assets/;
//   2. reads custom-elements.json: one block per custom element (build/blocks/<slug>/block.json)
//      and build/widgets.json, which the PHP (render, shortcode) and the editor script read:
//      each element's attributes and their controls, the module that defines it, and the
//      fallback text in each language (from locales/*.xlf), shown without JavaScript;
//   3. writes languages/endht-widgets.pot (the plugin's own strings);
//   4. zips the plugin folder.
// Nothing here names an element or an attribute: a new one in the manifest is a new block.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import AdmZip from 'adm-zip';
import { blockAttribute, elementsFromManifest } from './manifest.mjs';
import { makePot } from './pot.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLUGIN = join(ROOT, 'wordpress', 'endht-widgets');
const DIST = join(ROOT, 'dist');
const ZIP = join(DIST, 'endht-widgets-wordpress.zip');
const SLUG = 'endht-widgets';

const fail = (message) => {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
};
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const writeJson = (p, data) => {
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, JSON.stringify(data, null, '\t') + '\n');
};

// ---- 0. Versions agree --------------------------------------------------------------------------
const version = readJson(join(ROOT, 'package.json')).version;
const header = readFileSync(join(PLUGIN, 'endht-widgets.php'), 'utf8');
const readme = readFileSync(join(PLUGIN, 'readme.txt'), 'utf8');
if (!header.includes(` * Version:           ${version}\n`) || !header.includes(`'ENDHT_WIDGETS_VERSION', '${version}'`)) {
  fail(`endht-widgets.php must say Version ${version} (package.json) in its header and ENDHT_WIDGETS_VERSION.`);
}
if (!readme.includes(`Stable tag: ${version}\n`)) fail(`readme.txt must say "Stable tag: ${version}".`);

// ---- 1. The drop-in modules ---------------------------------------------------------------------
if (!existsSync(join(DIST, 'endht-widgets.js'))) fail('dist/endht-widgets.js is missing: run npm run build first.');
const assets = join(PLUGIN, 'assets');
rmSync(assets, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });
/** module id (file name without .js) → file text */
const modules = new Map();
for (const f of readdirSync(DIST).sort()) {
  if (!/^endht-[\w-]+\.js$/.test(f)) continue;
  copyFileSync(join(DIST, f), join(assets, f));
  const licences = f.replace(/\.js$/, '.LICENSES.txt');
  if (existsSync(join(DIST, licences))) copyFileSync(join(DIST, licences), join(assets, licences));
  modules.set(f.replace(/\.js$/, ''), readFileSync(join(DIST, f), 'utf8'));
}
if (!existsSync(join(assets, 'endht-widgets.LICENSES.txt'))) fail('dist/endht-widgets.LICENSES.txt is missing: run npm run build first.');
copyFileSync(join(ROOT, 'LICENSE'), join(PLUGIN, 'LICENSE.txt'));

// ---- 2. Elements, blocks and fallback text ------------------------------------------------------
const elements = elementsFromManifest(readJson(join(ROOT, 'custom-elements.json')));
if (!elements.length) fail('custom-elements.json declares no custom element.');

/** The module that defines `tag`: the drop-in first, else the file whose code names the tag. */
function moduleOf(tag) {
  const named = (code) => [`\`${tag}\``, `'${tag}'`, `"${tag}"`].some((q) => code.includes(q));
  const ids = [...modules.keys()].sort((a, b) => (a === SLUG ? -1 : b === SLUG ? 1 : a.localeCompare(b)));
  const id = ids.find((m) => named(modules.get(m)));
  if (!id) fail(`no dist/endht-*.js file defines <${tag}>.`);
  return id;
}

// Dashicons for the inserter; a new element gets the megaphone until it has its own.
const ICONS = { 'blue-heart': 'heart', countdown: 'clock', donate: 'money-alt', partners: 'groups', share: 'share', stats: 'chart-bar' };
const title = (slug) => slug.replace(/(^|-)(\w)/g, (_, sep, c) => (sep ? ' ' : '') + c.toUpperCase());

const blocksDir = join(PLUGIN, 'build');
rmSync(blocksDir, { recursive: true, force: true });
const widgets = [];
for (const el of elements) {
  const block = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: `${SLUG}/${el.slug}`,
    version,
    title: title(el.slug),
    category: SLUG,
    icon: ICONS[el.slug] ?? 'megaphone',
    description: el.summary,
    keywords: ['World Day against Trafficking in Persons', '30 July', 'endht'],
    textdomain: SLUG,
    attributes: Object.fromEntries(el.attributes.map((a) => [a.field, blockAttribute(a)])),
    supports: { html: false, align: ['wide', 'full'] },
    example: { attributes: {} },
    editorScript: 'endht-widgets-editor',
    viewScriptModule: moduleOf(el.tag),
  };
  writeJson(join(blocksDir, 'blocks', el.slug, 'block.json'), block);
  widgets.push({ tag: el.tag, slug: el.slug, block: block.name, title: block.title, summary: el.summary, module: block.viewScriptModule, attributes: el.attributes });
}

// Fallback text: the messages shown before the module runs or without JavaScript, in each
// language of the bundle (lit-localize.json), straight from the translators' XLIFF files.
const localize = readJson(join(ROOT, 'lit-localize.json'));
const languages = [localize.sourceLocale, ...localize.targetLocales];
const FALLBACK_IDS = /^(day\.name|countdown\.event|stats\.title|share\.title|share\.message|blue-heart\.(headline|text|cta)|donate\.label|partners\.heading(\.default)?|org\.\w+)$/;
const decode = (s) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]);
const text = {};
for (const lang of localize.targetLocales) {
  const xlf = readFileSync(join(ROOT, localize.interchange.xliffDir, `${lang}.xlf`), 'utf8');
  text[lang] ??= {};
  text[localize.sourceLocale] ??= {};
  for (const [, id, body] of xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!FALLBACK_IDS.test(id)) continue;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (source === undefined || /<x /.test(source)) continue;
    text[localize.sourceLocale][id] = decode(source);
    text[lang][id] = decode(target ?? source);
  }
}
for (const lang of languages) {
  const t = text[lang];
  if (!t?.['day.name']) fail(`locales: no "day.name" message for ${lang}.`);
  // The Day's date and the organisations' names as a list, formatted in the language by Intl.
  t['day.date'] = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, 6, 30));
  const orgs = Object.keys(t).filter((k) => k.startsWith('org.'));
  t['partners.names'] = new Intl.ListFormat(lang, { type: 'conjunction' }).format(orgs.map((k) => t[k].split('|')[0]));
  for (const k of orgs) delete t[k];
}

const { BLUE_HEART_URL } = await import(pathToFileURL(join(DIST, 'npm', 'data', 'blue-heart.js')).href);
const { FUND_URL } = await import(pathToFileURL(join(DIST, 'npm', 'data', 'donate.js')).href);
if (!BLUE_HEART_URL || !FUND_URL) fail('dist/npm/data: BLUE_HEART_URL or FUND_URL not found.');

writeJson(join(blocksDir, 'widgets.json'), {
  version,
  generated: 'by npm run build:wordpress from custom-elements.json and locales/*.xlf; do not edit',
  modules: Object.fromEntries([...modules.keys()].map((id) => [id, `assets/${id}.js`])),
  languages,
  links: { blueHeart: BLUE_HEART_URL, fund: FUND_URL },
  text,
  elements: widgets,
});

// ---- 3. The .pot --------------------------------------------------------------------------------
writeFileSync(join(PLUGIN, 'languages', 'endht-widgets.pot'), makePot(PLUGIN, version));

// ---- 4. The zip ---------------------------------------------------------------------------------
const SHIP = ['endht-widgets.php', 'uninstall.php', 'readme.txt', 'LICENSE.txt', 'includes', 'editor', 'assets', 'build', 'languages'];
const zip = new AdmZip();
const files = [];
const walk = (p) => (statSync(p).isDirectory() ? readdirSync(p).sort().forEach((f) => walk(join(p, f))) : files.push(p));
for (const f of SHIP) walk(join(PLUGIN, f));
// A fixed date: the same sources give the same zip.
const date = new Date(Date.UTC(2000, 6, 30));
for (const f of files) {
  const name = `${SLUG}/${relative(PLUGIN, f).split('\\').join('/')}`;
  zip.addFile(name, readFileSync(f));
  zip.getEntry(name).header.time = date;
}
mkdirSync(DIST, { recursive: true });
zip.writeZip(ZIP);
const kb = (statSync(ZIP).size / 1024).toFixed(1);
console.log(`build:wordpress: ${elements.length} blocks (${elements.map((e) => e.slug).join(', ')}), ${languages.length} languages, ${files.length} files → ${relative(ROOT, ZIP)} (${kb} KB)`);
