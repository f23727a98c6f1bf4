// npm run docs: writes each element's API tables, generated from custom-elements.json, into its page
// docs/elements/<name>.md, between <!-- api:start --> and <!-- api:end -->. The site
// (scripts/site-pages.mjs) renders the same pages; this is the one generator of API tables.
//   node scripts/docs.mjs           rewrite the blocks from custom-elements.json
//   node scripts/docs.mjs --check   (in npm test) re-run the analyzer on src/ into dist-test/cem,
//                                   fail if custom-elements.json or a page's block is stale
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { EVENTS_NOTE, acceptedValues, elementsFromManifest } from './manifest-model.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = join(ROOT, 'docs/elements');
/** The page of an element: docs/elements/countdown.md for <endht-countdown>. */
export const pageOf = (tag) => join(PAGES, `${tag.replace(/^endht-/, '')}.md`);
const MANIFEST = join(ROOT, 'custom-elements.json');
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

const cell = (s) => (s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() || '—';
const code = (s) => (s ? `\`${s.replace(/\|/g, '\\|')}\`` : '—');
const yes = (b) => (b ? 'yes' : 'no');
/** The Default cell: a boolean attribute is off when absent; other defaults come from the code. */
function defaultOf(a) {
  if (a.kind === 'boolean') return 'absent';
  return a.default === undefined ? 'see description' : code(a.default);
}

const values = (a) =>
  acceptedValues(a)
    .map(([kind, text]) => (kind === 'code' ? `\`${text}\`` : text))
    .join('');

function table(head, rows) {
  if (!rows.length) return [];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

/** One element's API tables: the Markdown between its page's markers (without them). */
export function renderApi(el) {
  const out = [
    '',
    'Generated from `custom-elements.json` by `npm run docs` (`npm test` fails when it is out of date): do not edit by hand.',
    '',
    `\`${el.className}\` — ${el.summary}`,
    '',
  ];
  out.push(
    ...table(
      ['Attribute', 'Property', 'Values', 'Default', 'Description'],
      el.attributes.map((a) => [code(a.name), code(a.property), values(a), defaultOf(a), cell(a.description)]),
    ),
  );
  out.push(
    ...table(
      ['Property', 'Type', 'Read-only', 'Description'],
      el.properties.map((p) => [code(p.name), code(p.type), yes(p.readonly), cell(p.description)]),
    ),
  );
  if (el.events.length) out.push(EVENTS_NOTE, '');
  out.push(
    ...table(
      ['Event', 'Class', 'Detail and description'],
      el.events.map((e) => [code(e.name), code(e.type), cell(e.description)]),
    ),
  );
  out.push(
    ...table(
      ['Slot', 'Description'],
      el.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
  );
  out.push(
    ...table(
      ['Part', 'Description'],
      el.parts.map((p) => [code(p.name), cell(p.description)]),
    ),
  );
  out.push(
    ...table(
      ['Custom property', 'Default', 'Description'],
      el.cssProperties.map((p) => [code(p.name), p.default ? code(p.default) : '—', cell(p.description)]),
    ),
  );
  return out.join('\n');
}

export function withApi(page, api, file = 'the page') {
  const a = page.indexOf(START);
  const b = page.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${file} has no ${START} … ${END} block.`);
  return `${page.slice(0, a + START.length)}\n${api}\n${page.slice(b)}`;
}

/** Each element's page with its block filled from the manifest: [file, current text, expected text]. */
function pages(manifest) {
  return elementsFromManifest(manifest).map((el) => {
    const file = pageOf(el.tag);
    if (!existsSync(file)) throw new Error(`${file} is missing: write its usage and examples, with an API block.`);
    const text = readFileSync(file, 'utf8');
    return [file, text, withApi(text, renderApi(el), file)];
  });
}

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const problems = [];
    // 1. custom-elements.json matches the source (the analyzer, run into a scratch folder).
    const outdir = 'dist-test/cem';
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
        'analyze',
        '--config',
        join(ROOT, 'custom-elements-manifest.config.mjs'),
        '--outdir',
        outdir,
        '--quiet',
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const fresh = readJson(join(ROOT, outdir, 'custom-elements.json'));
    if (!existsSync(MANIFEST) || JSON.stringify(readJson(MANIFEST)) !== JSON.stringify(fresh)) {
      problems.push('custom-elements.json is out of date with src/elements: run "npm run docs".');
    }
    // 2. Every element page's block matches that manifest.
    for (const [file, text, expected] of pages(fresh)) {
      if (expected !== text) problems.push(`${file} API tables are out of date: run "npm run docs".`);
    }
    if (problems.length) {
      for (const p of problems) console.error(p);
      process.exit(1);
    }
  } else {
    for (const [file, text, expected] of pages(readJson(MANIFEST))) {
      if (expected !== text) writeFileSync(file, expected);
      console.log(`${file.slice(ROOT.length + 1)}: ${expected !== text ? 'API tables updated' : 'up to date'}.`);
    }
  }
}
