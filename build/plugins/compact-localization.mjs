// @ts-check
/*
 * compactLocalization(): the one custom build step of the drop-in files (vite.config.ts). No
 * maintained package does it: it depends on how @lit/localize looks messages up.
 *
 * What it does, for a drop-in file only (the npm package and the tests from source are untouched):
 * - Each locale's templates become an ARRAY holding only the messages this file uses, instead of
 *   an object with every message of the package keyed by message id. Every msg() id in the
 *   source (`id: 'share.copyAll'`) becomes its index in that array ('12'): @lit/localize looks a
 *   translation up as `templates[id]`, which an array answers. A file for one element thus
 *   carries that element's translations only. The messages a file uses are found before the
 *   build, by following the relative imports from its entry; a module that turns up in the build
 *   with a message the scan missed fails the build.
 * - The locale map with static imports (src/locale-loaders-inline.ts) replaces the one with
 *   import()s (src/locale-loaders.ts): the file carries all six languages anyway.
 * - @lit/localize's id hashing (internal/id-generation.js) is left out: it only runs for a
 *   msg() without an id, and every msg() has one (ESLint checks it).
 *
 * The first two rely on @lit/localize's internals and on the module format lit-localize writes,
 * so the build fails, saying what to check, unless the installed versions are exactly the ones
 * this was written for (SUPPORTED below).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** The exact versions whose internals this plugin relies on. */
export const SUPPORTED = {
  // internal/runtime-msg.js looks a message up as templates[options.id]; internal/id-generation.js
  // exports generateMsgId.
  '@lit/localize': '0.12.2',
  // lit-localize build (runtime mode) writes `export const templates = {` and one
  // `'<id>': <value>,` line per message.
  '@lit/localize-tools': '0.8.2',
};

/** Where lit-localize writes the locale modules, and the modules this plugin swaps. */
const LOCALES_DIR = 'src/generated/locales';
const PAGE_LOCALE = 'src/page-locale.ts';
const INLINE_LOADERS = 'src/locale-loaders-inline.ts';
const NO_ID_GENERATION = '\0endht-no-id-generation';

const TEMPLATES_START = 'export const templates = {';
/** One message of a locale module: `'countdown.today': \`Aujourd'hui\`,` at the start of a line. */
const ENTRY = /^[ \t]*'([^']+)': /gm;
/** The id of a msg() call: `{ id: 'countdown.today' }`. */
const MSG_ID = /\bid:(\s*)'([^']+)'/g;
/** A relative import or re-export, static or dynamic. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

/**
 * The messages of one lit-localize locale module, in file order.
 * @param {string} code
 * @returns {Map<string, string> | undefined} id → value source, undefined when the format is not lit-localize's
 */
export function parseLocaleModule(code) {
  const open = code.indexOf(TEMPLATES_START);
  const close = code.lastIndexOf('};');
  if (open < 0 || close < open) return undefined;
  const parts = code.slice(open + TEMPLATES_START.length, close).split(ENTRY); // ['', id, value, id, value, …]
  if (parts[0]?.trim()) return undefined;
  const messages = new Map();
  for (let i = 1; i < parts.length; i += 2) {
    messages.set(parts[i], /** @type {string} */ (parts[i + 1]).trim().replace(/,$/, ''));
  }
  return messages;
}

/**
 * The `id: '…'` values (message ids among them) of the modules reachable from `entries` through
 * relative imports.
 * @param {string[]} entries absolute paths of .ts modules
 * @returns {Set<string>}
 */
export function messageIdsFrom(entries) {
  const ids = new Set();
  const seen = new Set();
  const visit = (/** @type {string} */ file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    if (code.includes('msg(')) for (const m of code.matchAll(MSG_ID)) ids.add(m[2]);
    for (const m of code.matchAll(RELATIVE_IMPORT)) {
      visit(resolve(dirname(file), /** @type {string} */ (m[1]).replace(/\.js$/, '.ts')));
    }
  };
  entries.forEach(visit);
  return ids;
}

/**
 * Problems with the installed versions, as sentences (none when they are the supported ones).
 * @param {string} root the project folder
 * @param {Record<string, string>} supported
 * @returns {string[]}
 */
export function versionProblems(root, supported = SUPPORTED) {
  const problems = [];
  for (const [name, version] of Object.entries(supported)) {
    const file = join(root, 'node_modules', name, 'package.json');
    const installed = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : 'none';
    if (installed !== version) {
      problems.push(
        `${name} is ${installed}, but build/plugins/compact-localization.mjs was written for ${version}. ` +
          `Check the internals named in SUPPORTED against the new version, then update SUPPORTED ` +
          `(and its unit tests, test/node/compact-localization.test.mjs).`,
      );
    }
  }
  return problems;
}

/** @param {unknown} input Rollup's input option @returns {string[]} */
function inputFiles(input, /** @type {string} */ root) {
  const list = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
  return list.map((file) => (isAbsolute(file) ? file : resolve(root, file)));
}

/**
 * @param {{ root?: string, supported?: Record<string, string> }} [options]
 * @returns {import('vite').Plugin}
 */
export function compactLocalization({ root = process.cwd(), supported = SUPPORTED } = {}) {
  const localesDir = join(root, LOCALES_DIR);
  /** Every message id of the package (each locale module has them all). */
  let allIds = new Set();
  /** The messages this build uses → their index in the locale arrays. */
  let index = new Map();

  return {
    name: 'endht-compact-localization',
    enforce: 'pre',
    apply: 'build',

    buildStart(options) {
      const problems = versionProblems(root, supported);
      if (problems.length) this.error(`compact localization: ${problems.join('\n')}`);

      const locales = readdirSync(localesDir).filter((file) => file.endsWith('.ts'));
      const parsed = locales.map((file) => parseLocaleModule(readFileSync(join(localesDir, file), 'utf8')));
      if (!parsed[0]) this.error(`compact localization: no lit-localize locale module in ${LOCALES_DIR}/`);
      allIds = new Set(parsed[0].keys());
      parsed.forEach((messages, i) => {
        if (!messages || messages.size !== allIds.size || [...allIds].some((id) => !messages.has(id))) {
          this.error(
            `compact localization: ${LOCALES_DIR}/${locales[i]} does not have the messages of the other ` +
              'locales; run npm run localize',
          );
        }
      });

      // Other objects have `id:` properties too (a figure's id): only message ids count.
      const used = [...messageIdsFrom(inputFiles(options.input, root))].filter((id) => allIds.has(id)).sort();
      index = new Map(used.map((id, i) => [id, String(i)]));
    },

    resolveId(source, importer) {
      if (source === './id-generation.js' && importer?.includes('@lit/localize')) return NO_ID_GENERATION;
      if (source === './locale-loaders.js' && importer === join(root, PAGE_LOCALE)) return join(root, INLINE_LOADERS);
      return null;
    },

    load(id) {
      return id === NO_ID_GENERATION ? 'export const generateMsgId = () => "";' : null;
    },

    transform(code, id) {
      if (dirname(id) === localesDir && id.endsWith('.ts')) {
        const messages = parseLocaleModule(code);
        if (!messages) this.error(`compact localization: ${relative(root, id)} is not in lit-localize's format`);
        const values = [...index.keys()].map((key) => messages.get(key));
        const open = code.indexOf(TEMPLATES_START);
        return { code: `${code.slice(0, open)}export const templates = [\n${values.join(',\n')}\n];\n`, map: null };
      }
      if (!id.startsWith(join(root, 'src')) || !id.endsWith('.ts') || !code.includes('msg(')) return null;
      const replaced = code.replace(MSG_ID, (match, space, key) => {
        if (index.has(key)) return `id:${space}'${index.get(key)}'`;
        if (allIds.has(key)) {
          this.error(
            `compact localization: ${relative(root, id)} uses the message '${key}', which the scan from the ` +
              `entry did not find (is the module imported other than by a relative import?)`,
          );
        }
        return match;
      });
      return { code: replaced, map: null };
    },
  };
}
