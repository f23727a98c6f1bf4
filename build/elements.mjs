// @ts-check
// The one list of elements: every folder src/elements/<name>/ with a <name>.ts class module and
// a define.ts that calls define('<tag>', <Class>). Nothing else lists them: the entry modules
// (build/entries.mjs), the drop-in files (build/drop-in.mjs), the manifest, the size checks and
// the tests all derive from this, or from the src/entries/tags.ts it generates.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

/**
 * Elements shipped in their own file (dist/endht-<name>.js) and the npm package only, not in the
 * campaign drop-in dist/endht-widgets.js: <endht-help> is for support sites, which need it and
 * little else, and the campaign file keeps its size ceiling without it (docs/decisions.md).
 */
const OWN_FILE_ONLY = new Set(['help']);

/** @returns {{ name: string, tag: string, className: string, inDropIn: boolean }[]} sorted by name */
export function listElements(root = ROOT) {
  const dir = join(root, 'src/elements');
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const defineFile = join(dir, name, 'define.ts');
    const classFile = join(dir, name, `${name}.ts`);
    if (!existsSync(defineFile) || !existsSync(classFile)) continue;
    const m = /\bdefine\(\s*['"]([a-z][a-z0-9-]*-[a-z0-9-]*)['"]\s*,\s*([A-Za-z_$][\w$]*)\s*\)/.exec(
      readFileSync(defineFile, 'utf8'),
    );
    if (!m) throw new Error(`${defineFile}: no define('<tag>', <Class>) call found`);
    out.push({ name, tag: m[1], className: m[2], inDropIn: !OWN_FILE_ONLY.has(name) });
  }
  if (!out.length) throw new Error('no elements found under src/elements/');
  return out;
}
