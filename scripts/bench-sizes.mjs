// What the drop-in files and each element cost, for npm run bench's report (bench/results.*).
// Reported, not policed: the ceilings of the drop-in files are npm run size's (size-limit,
// .size-limit.js); an element's own code has no byte target. Deterministic: same sources, same bytes.
//
// Definitions (docs/performance.md):
//   bundle          dist/endht-widgets.js as built by `vite build` (everything inlined).
//   per-element     dist/endht-<name>.js as built by `vite build`: Lit, @lit/localize, the six
//   file            languages and that element.
//   element's own   src/elements/<name>/define.ts built ALONE by the same Vite config (same
//   code            minifiers), with lit and @lit/localize external: the element, its data and
//                   the src/core helpers it imports. Core is shared by all elements in the
//                   bundle, so these do not add up to the bundle.
//   … not core      the same with src/core external too: what the element adds on top of a
//                   bundle that already has core.
//   locale          src/generated/locales/<locale>.ts minified alone (@lit/localize external).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { listElements } from '../build/elements.mjs';

export const ROOT = resolve(new URL('..', import.meta.url).pathname);
export const BUNDLE = join(ROOT, 'dist/endht-widgets.js');
export const STATS = join(ROOT, 'dist/stats.json');

const LIT = /^(lit|lit-html|lit-element|@lit\/[^/]+)(\/.*)?$/;

export function gzipSize(buf) {
  return gzipSync(buf, { level: 9 }).length;
}
export function brotliSize(buf) {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  return brotliCompressSync(b, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length },
  }).length;
}
export function sizes(code) {
  const buf = Buffer.isBuffer(code) ? code : Buffer.from(code);
  return { raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) };
}

export function bundleSizes(file = BUNDLE) {
  if (!existsSync(file)) throw new Error(`${file} does not exist: run "npm run build" first.`);
  return sizes(readFileSync(file));
}

/** The element folders (build/elements.mjs), with their define.ts and drop-in file. */
export function elementSources() {
  return listElements(ROOT).map(({ name, tag }) => ({
    name,
    entry: join(ROOT, 'src/elements', name, 'define.ts'),
    file: join(ROOT, `dist/endht-${name}.js`),
    tags: [tag],
  }));
}

export function localeSources() {
  const dir = join(ROOT, 'src/generated/locales');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => ({ locale: f.replace(/\.ts$/, ''), entry: join(dir, f) }));
}

let projectConfig;
/**
 * The project's own vite.config.ts, without the treemap (it would overwrite dist/stats.*), the
 * notices file and the licence banner (a line of each drop-in file, not any element's code).
 */
async function viteBase() {
  const vite = await import('vite');
  if (!projectConfig) {
    const loaded = await vite.loadConfigFromFile(
      { command: 'build', mode: 'production' },
      join(ROOT, 'vite.config.ts'),
      ROOT,
      'silent',
    );
    projectConfig = loaded.config;
  }
  const plugins = (projectConfig.plugins ?? [])
    .flat()
    .filter((p) => p && !/endht-treemap|endht-licenses/.test(p.name ?? ''));
  const output = { ...projectConfig.build.rolldownOptions.output, postBanner: undefined };
  const build = { ...projectConfig.build, rolldownOptions: { ...projectConfig.build.rolldownOptions, output } };
  return { vite, base: { ...projectConfig, build, environments: {}, builder: undefined, plugins } };
}

/**
 * Builds one entry with the project's Vite config (same minifier and CSS squeezing as the
 * bundle) and returns the minified code. `external` decides what is not counted.
 */
export async function buildEntry(entry, external) {
  const { vite, base } = await viteBase();
  const config = vite.mergeConfig(base, {
    root: ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      sourcemap: false,
      emptyOutDir: false,
      rolldownOptions: { external },
    },
  });
  // Set, not merged: mergeConfig would concatenate the formats arrays (two identical outputs).
  config.build.lib = { entry, formats: ['es'], fileName: () => 'entry.js' };
  const result = await vite.build({ ...config, configFile: false });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${entry}: expected one chunk, got ${chunks.length}`);
  return chunks[0].code;
}

const isCore = (id) => /[\\/]src[\\/]core[\\/]/.test(id) || /^\.{1,2}\/(\.\.\/)*core\//.test(id);

/**
 * Every element folder: { name, tags, own: {raw,gzip,brotli}, noCore: {…}, file: {…} }, `file`
 * being its drop-in file (needs `vite build` first).
 */
export async function elementSizes() {
  const out = [];
  for (const el of elementSources()) {
    const own = sizes(await buildEntry(el.entry, (id) => LIT.test(id)));
    const noCore = sizes(await buildEntry(el.entry, (id) => LIT.test(id) || isCore(id)));
    out.push({ ...el, own, noCore, file: existsSync(el.file) ? sizes(readFileSync(el.file)) : null });
  }
  return out;
}

/** Each generated locale module minified alone. */
export async function localeSizes() {
  const out = [];
  for (const l of localeSources())
    out.push({ locale: l.locale, ...sizes(await buildEntry(l.entry, (id) => LIT.test(id))) });
  return out;
}

/**
 * The visualizer's per-module data (dist/stats.json), grouped: Lit, @lit/localize, core (incl.
 * the entry, localization map and bundler runtime), each element folder (with the src/data
 * modules only it imports) and each locale. Its byte counts are of each module's rendered code
 * BEFORE the final minification, so only the shares (%) compare with the bundle.
 */
export function visualizerGroups(file = STATS) {
  if (!existsSync(file)) return null;
  const stats = JSON.parse(readFileSync(file, 'utf8'));
  const metas = stats.nodeMetas;
  const byUid = new Map(Object.entries(metas));
  const groupOf = (uid, seen = new Set()) => {
    const id = byUid.get(uid)?.id ?? '';
    let m;
    if ((m = /src\/elements\/([^/]+)\//.exec(id))) return `element ${m[1]}`;
    if ((m = /src\/generated\/locales\/([^/]+)\.ts$/.exec(id))) return `locale ${m[1]}`;
    if (/node_modules\/@lit\/localize\//.test(id)) return '@lit/localize';
    if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return 'lit';
    if (/src\/data\//.test(id) && !seen.has(uid)) {
      // A data module belongs to the element that imports it, if exactly one does.
      seen.add(uid);
      const owners = new Set((byUid.get(uid)?.importedBy ?? []).map((i) => groupOf(i.uid, seen)));
      if (owners.size === 1) return [...owners][0];
      return 'data (shared)';
    }
    return 'core';
  };
  const groups = new Map();
  const modules = [];
  const total = { rendered: 0, gzip: 0, brotli: 0 };
  for (const [uid, meta] of byUid) {
    for (const partUid of Object.values(meta.moduleParts)) {
      const p = stats.nodeParts[partUid];
      if (!p) continue;
      const g = groupOf(uid);
      const acc = groups.get(g) ?? { group: g, modules: 0, rendered: 0, gzip: 0, brotli: 0 };
      acc.modules++;
      acc.rendered += p.renderedLength;
      acc.gzip += p.gzipLength ?? 0;
      acc.brotli += p.brotliLength ?? 0;
      groups.set(g, acc);
      modules.push({
        id: meta.id.replace(/^\0/, ''),
        group: g,
        rendered: p.renderedLength,
        gzip: p.gzipLength ?? 0,
        brotli: p.brotliLength ?? 0,
      });
      total.rendered += p.renderedLength;
      total.gzip += p.gzipLength ?? 0;
      total.brotli += p.brotliLength ?? 0;
    }
  }
  const rows = [...groups.values()].map((g) => ({ ...g, share: g.rendered / total.rendered }));
  rows.sort((a, b) => b.rendered - a.rendered);
  modules.sort((a, b) => b.rendered - a.rendered);
  return { total, groups: rows, modules };
}

// ---- printing ----------------------------------------------------------------------------

export const kb = (n) => (typeof n === 'number' ? `${(n / 1024).toFixed(2)} KB` : '—');

/** A plain aligned text table: rows are arrays of cells; the first row is the header. */
export function table(rows, { align } = {}) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) =>
    r
      .map((c, i) => {
        const s = String(c ?? '');
        return (align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? s.padEnd(widths[i]) : s.padStart(widths[i]);
      })
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
