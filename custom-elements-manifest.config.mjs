// @custom-elements-manifest/analyzer config: the one manifest of the package, written to
// dist/npm/custom-elements.json by the npm build (build/npm.mjs) and to ./custom-elements.json
// by `npm run manifest` (the API tables of docs/elements/, the builder and the site read that copy; npm
// test checks it is current). It describes the PUBLISHED package: module paths point at
// dist/npm/*.js. Elements are found from src/elements/*/ (never listed by hand); their base class,
// src/core/element.ts, is read for what they inherit (theme, the shared custom properties).
//
// The analyzer's own features and @wc-toolkit/type-parser do the work; three small plugins
// remain, each for something no maintained plugin does (reason on each).
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { listElements } from './build/elements.mjs';

/**
 * Our elements are registered by our own idempotent `define('<tag>', Class)`, which the analyzer
 * does not recognise as `customElements.define`: each define module gets its
 * custom-element-definition export here.
 */
function defineCalls() {
  return {
    name: 'endht-define-calls',
    packageLinkPhase: ({ customElementsManifest }) => {
      for (const { name, tag, className } of listElements()) {
        const mod = customElementsManifest.modules.find((m) => m.path === `src/elements/${name}/define.ts`);
        if (!mod) continue;
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
        mod.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: `src/elements/${name}/${name}.ts` },
        });
      }
    },
  };
}

/**
 * The analyzer takes the first argument of `this.dispatchEvent(new SomeEvent(…))` as the event's
 * name; ours take their detail there, and are named by their `@fires {SomeEvent} name` tag. The
 * nameless entries go (an event class fired but not documented still fails the manifest check).
 */
function namedEventsOnly() {
  return {
    name: 'endht-named-events',
    packageLinkPhase: ({ customElementsManifest }) => {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('endht-'));
        }
      }
    },
  };
}

/**
 * The manifest describes the published files: every module path (and every reference to one)
 * from src/*.ts to dist/npm/*.js, which the analyzer, reading the TypeScript sources, cannot know.
 */
function publishedPaths() {
  const toDist = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/npm/$1.js');
  const fix = (node) => {
    if (Array.isArray(node)) return node.forEach(fix);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
      else fix(value);
    }
  };
  return {
    name: 'endht-published-paths',
    packageLinkPhase: ({ customElementsManifest }) => fix(customElementsManifest.modules),
  };
}

export default {
  globs: ['src/elements/*/*.ts', 'src/core/element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: 'dist/npm',
  litelement: true,
  // Without this the analyzer writes a "customElements" field into package.json (the CLI's
  // `--packagejson false` is rejected by 0.11.0).
  packagejson: false,
  // The modules from a TypeScript program, as @wc-toolkit/type-parser needs its type checker to
  // expand type aliases (Precision → 'day' | 'hour' | …); sorted by path, so the manifest is the
  // same from run to run. The program's files are sorted too: the order in which the type checker
  // meets them decides the order of a union's members ('bar' | 'compact' | 'icons'), and the
  // analyzer lists them in the file system's order, which changes as files are rewritten.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, [...globs].sort(), 'tsconfig.manifest.json');
    return program
      .getSourceFiles()
      .filter((file) => globs.some((glob) => file.fileName.endsWith(`/${glob}`)))
      .sort((a, b) => a.fileName.localeCompare(b.fileName));
  },
  // publishedPaths runs last: the other plugins match on the source paths.
  plugins: [typeParserPlugin({ parseObjectTypes: 'none' }), defineCalls(), namedEventsOnly(), publishedPaths()],
};
