#!/usr/bin/env node
// npm run build:wordpress (after npm run build): turns wordpress/endht-widgets/ into an installable
// plugin and zips it to dist/endht-widgets-wordpress.zip.
//
//   1. copies the modules that define the elements (dist/endht-widgets.js, and dist/endht-help.js
//      for the element shipped only in its own file) and their licence file into assets/;
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
// Each element comes from one file: the campaign drop-in (dist/endht-widgets.js) for the elements
// in it, its own file (dist/endht-help.js) for an element shipped only there (build/elements.mjs
// says which). Only these files go into the plugin, with the licence file they share: the
// per-element copies of the campaign's elements (dist/endht-countdown.js, …) are not needed, as
// a page with two campaign widgets is better served by one file than by two copies of Lit.
const { listElements } = await import(pathToFileURL(join(ROOT, 'build', 'elements.mjs')).href);
const CAMPAIGN = SLUG;
/** tag → module id (the file name without .js) */
const moduleOfTag = new Map(listElements(ROOT).map((e) => [e.tag, e.inDropIn ? CAMPAIGN : `endht-${e.name}`]));
const assets = join(PLUGIN, 'assets');
rmSync(assets, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });
/** module id → file text */
const modules = new Map();
for (const id of [...new Set(moduleOfTag.values())].sort()) {
  const file = join(DIST, `${id}.js`);
  if (!existsSync(file)) fail(`dist/${id}.js is missing: run npm run build first.`);
  copyFileSync(file, join(assets, `${id}.js`));
  modules.set(id, readFileSync(file, 'utf8'));
}
const LICENCES = 'endht-widgets.LICENSES.txt';
if (!existsSync(join(DIST, LICENCES))) fail(`dist/${LICENCES} is missing: run npm run build first.`);
copyFileSync(join(DIST, LICENCES), join(assets, LICENCES));
for (const id of modules.keys()) {
  if (!modules.get(id).includes(LICENCES)) fail(`dist/${id}.js does not point to ${LICENCES}.`);
}
copyFileSync(join(ROOT, 'LICENSE'), join(PLUGIN, 'LICENSE.txt'));

// ---- 2. Elements, blocks and fallback text ------------------------------------------------------
const elements = elementsFromManifest(readJson(join(ROOT, 'custom-elements.json')));
if (!elements.length) fail('custom-elements.json declares no custom element.');

/** The module that defines `tag`, checked: its code names the tag. */
function moduleOf(tag) {
  const id = moduleOfTag.get(tag);
  if (!id) fail(`<${tag}> is in custom-elements.json but not in build/elements.mjs's list.`);
  const code = modules.get(id);
  if (![`\`${tag}\``, `'${tag}'`, `"${tag}"`].some((q) => code.includes(q))) fail(`dist/${id}.js does not define <${tag}>.`);
  return id;
}

// Dashicons for the inserter; a new element gets the megaphone until it has its own.
const ICONS = {
  'blue-heart': 'heart',
  countdown: 'clock',
  donate: 'money-alt',
  help: 'sos',
  partners: 'groups',
  share: 'share',
  stats: 'chart-bar',
};
// Words a site owner may search the inserter for, besides the block's title and the Day's.
const KEYWORDS = { help: ['helpline', 'report', 'quick exit', 'signs'] };
// Attributes that act on the whole window, not on the block: the quick exit's fixed button and its
// keyboard shortcut (Shift 3 times) would leave the editor itself. The editor's preview leaves them
// out and says so; the published page has them.
const NOT_PREVIEWED = { help: ['quick-exit'] };
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
    keywords: ['World Day against Trafficking in Persons', '30 July', 'endht', ...(KEYWORDS[el.slug] ?? [])],
    textdomain: SLUG,
    attributes: Object.fromEntries(el.attributes.map((a) => [a.field, blockAttribute(a)])),
    supports: { html: false, align: ['wide', 'full'] },
    example: { attributes: {} },
    editorScript: 'endht-widgets-editor',
    viewScriptModule: moduleOf(el.tag),
  };
  writeJson(join(blocksDir, 'blocks', el.slug, 'block.json'), block);
  for (const name of NOT_PREVIEWED[el.slug] ?? []) {
    if (!el.attributes.some((a) => a.name === name)) fail(`<${el.tag}> has no attribute ${name} (NOT_PREVIEWED).`);
  }
  const attributes = el.attributes.map((a) => (NOT_PREVIEWED[el.slug]?.includes(a.name) ? { ...a, previewed: false } : a));
  widgets.push({ tag: el.tag, slug: el.slug, block: block.name, title: block.title, summary: el.summary, module: block.viewScriptModule, attributes });
}

// Fallback text: the messages shown before the module runs or without JavaScript, in each
// language of the bundle (lit-localize.json), straight from the translators' XLIFF files.
const localize = readJson(join(ROOT, 'lit-localize.json'));
const languages = [localize.sourceLocale, ...localize.targetLocales];
const FALLBACK_IDS =
  /^(day\.name|countdown\.event|stats\.title|share\.title|share\.message|blue-heart\.(headline|text|cta)|donate\.label|partners\.heading(\.default)?|org\.\w+|help\.(report\.title|report\.emergency|advice\.iom|exit\.label))$/;
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
const { IOM_REPORTING_PAGE } = await import(pathToFileURL(join(DIST, 'npm', 'data', 'helplines.js')).href);
if (!BLUE_HEART_URL || !FUND_URL || !IOM_REPORTING_PAGE) fail('dist/npm/data: BLUE_HEART_URL, FUND_URL or IOM_REPORTING_PAGE not found.');

writeJson(join(blocksDir, 'widgets.json'), {
  version,
  generated: 'by npm run build:wordpress from custom-elements.json and locales/*.xlf; do not edit',
  modules: Object.fromEntries([...modules.keys()].map((id) => [id, `assets/${id}.js`])),
  languages,
  links: { blueHeart: BLUE_HEART_URL, fund: FUND_URL, reporting: IOM_REPORTING_PAGE },
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
