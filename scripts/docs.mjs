// npm run docs: writes the API reference generated from custom-elements.json into README.md,
// between <!-- api:start --> and <!-- api:end -->.
//   node scripts/docs.mjs           rewrite the README block from custom-elements.json
//   node scripts/docs.mjs --check   (in npm test) re-run the analyzer on src/ into dist-test/cem,
//                                   fail if custom-elements.json or the README block is stale
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { EVENTS_NOTE, acceptedValues, elementsFromManifest } from './manifest-model.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const README = join(ROOT, 'README.md');
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

/** The Markdown between the markers (without them). */
export function renderApi(manifest) {
  const out = [
    '',
    '_Generated from `custom-elements.json` by `npm run docs`; `npm test` fails when it is out of date. Do not edit by hand._',
    '',
  ];
  for (const el of elementsFromManifest(manifest)) {
    out.push(`### API: \`<${el.tag}>\``, '', `\`${el.className}\` — ${el.summary}`, '');
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
  }
  return out.join('\n');
}

export function withApi(readme, api) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} block.`);
  return `${readme.slice(0, a + START.length)}\n${api}\n${readme.slice(b)}`;
}

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync(README, 'utf8');
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
    // 2. The README's block matches that manifest.
    if (withApi(readme, renderApi(fresh)) !== readme) {
      problems.push('README.md API reference is out of date: run "npm run docs".');
    }
    if (problems.length) {
      for (const p of problems) console.error(p);
      process.exit(1);
    }
  } else {
    const next = withApi(readme, renderApi(readJson(MANIFEST)));
    if (next !== readme) writeFileSync(README, next);
    console.log(next !== readme ? 'README.md: API reference updated.' : 'README.md: API reference already up to date.');
  }
}
