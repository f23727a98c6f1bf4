// npm run build:npm: the unbundled half of the npm package, in dist/npm/ (the drop-in files,
// dist/endht-*.js, are `vite build`'s). Every step is driven by src/elements/*/:
//   1. build/entries.mjs: the entry modules (src/entries/*)
//   2. tsc -p tsconfig.build.json: one ES module + .d.ts per source file (lit and
//      @lit/localize stay imports, so an app shares one Lit)
//   3. the version string; Lit's html`…` and css`…` templates minified by the same minifier
//      and options as in the drop-in files (build/literals.mjs); dist/npm/hydrate-drop-in.js,
//      the hydrate support as one file for drop-in pages
//   4. the custom elements manifest (dist/npm/custom-elements.json) and, from it, the VS Code
//      custom data and the JSX (React 19 / Preact / Solid) and Vue types
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { build } from 'esbuild';
import { minifyHTMLLiterals } from '@literals/html-css-minifier';
import { LITERALS_OPTIONS } from './literals.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'dist/npm');
const TYPES = join(OUT, 'types');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
const quiet = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });

run(process.execPath, ['build/entries.mjs']);
rmSync(OUT, { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

// --- 3. post-processing --------------------------------------------------------------------
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* jsFiles(p);
    else if (name.endsWith('.js')) yield p;
  }
}
for (const file of jsFiles(OUT)) {
  const code = readFileSync(file, 'utf8');
  let next =
    (await minifyHTMLLiterals(code, { ...LITERALS_OPTIONS, fileName: file, generateSourceMap: false }))?.code ?? code;
  if (file.endsWith('/core/version.js')) {
    next = next.replace(
      /typeof __ENDHT_VERSION__ === 'string' \? __ENDHT_VERSION__ : '[^']*'/,
      JSON.stringify(pkg.version),
    );
    if (!next.includes(`VERSION = ${JSON.stringify(pkg.version)};`))
      throw new Error(
        'dist/npm/core/version.js: the version placeholder was not replaced (src/core/version.ts changed?)',
      );
  }
  if (next !== code) writeFileSync(file, next);
}

// The hydrate support as one self-contained file, for pages that use the drop-in file.
await build({
  entryPoints: [join(ROOT, 'src/hydrate.ts')],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  conditions: ['production'],
  legalComments: 'eof',
  outfile: join(OUT, 'hydrate-drop-in.js'),
  logLevel: 'warning',
});

// --- 4. manifest and generated types --------------------------------------------------------
quiet(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
const manifest = JSON.parse(readFileSync(join(OUT, 'custom-elements.json'), 'utf8'));

/** Import path of a manifest module (dist/npm/…) from the types folder. */
const fromTypes = (modulePath) => {
  const rel = relative(TYPES, join(ROOT, modulePath));
  return rel.startsWith('.') ? rel : `./${rel}`;
};
const classModule = new Map();
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) if (d.customElement) classModule.set(d.name, mod.path);
}
const componentTypePath = (name) => fromTypes(classModule.get(name));

mkdirSync(TYPES, { recursive: true });
// Event classes of the package (CustomEvent subclasses with a typed detail; Event subclasses before).
const eventClasses = new Set(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.kind === 'class' && ['Event', 'CustomEvent'].includes(d.superclass?.name))
    .map((d) => d.name),
);
// The framework types list what a page may SET: read-only properties (getters) are left out.
const settable = structuredClone(manifest);
for (const d of settable.modules.flatMap((m) => m.declarations ?? []))
  if (d.members) d.members = d.members.filter((m) => !m.readonly);

const silence = (fn) => {
  const log = console.log;
  console.log = () => {};
  try {
    fn();
  } finally {
    console.log = log;
  }
};
// The generators read the types @wc-toolkit/type-parser expanded (parsedType: the unions of
// string literals); the JSX and Vue types refer to each class's own property types
// (EndhtCountdown['precision']), which are the same unions.
const typesSrc = 'parsedType';
silence(() => {
  generateVsCodeCustomElementData(manifest, {
    outdir: OUT,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    typesSrc,
  });
  generateJsxTypes(settable, {
    outdir: TYPES,
    fileName: 'jsx.d.ts',
    componentTypePath,
    stronglyTypedEvents: true,
    typesSrc,
  });
  generateVuejsTypes(settable, { outdir: TYPES, fileName: 'vue.d.ts', componentTypePath, typesSrc });
});

// jsx.d.ts: the element types only. The generator also augments every JSX framework it knows
// (React, Preact, Solid, Stencil, Qwik, Hono, React Native) in the same file, which fails to
// type-check in an app that lacks one of them; each framework gets its own small file instead.
const jsxFile = join(TYPES, 'jsx.d.ts');
const jsx = readFileSync(jsxFile, 'utf8');
const cut = jsx.search(/^declare module "react" \{/m);
if (cut < 0) throw new Error('@wc-toolkit/jsx-types output changed: no React augmentation found');
// The generators import every declaration of each element module; several modules export a
// VARIANTS of their own, which collide. Keep only the names the types use: the element classes
// and their event classes, each imported once (an event class an element re-exports from another
// element's module, such as the banner's DonateEvent, is the same class).
function onlyUsedImports(src) {
  const imported = new Set();
  return src.replace(/import type \{([^}]*)\} from ("\.\.?\/[^"]+");\n?/g, (_m, names, from) => {
    const keep = names
      .split(',')
      .map((n) => n.trim())
      .filter((n) => /^(Endht\w+|\w+Event)$/.test(n) && !imported.has(n));
    for (const name of keep) imported.add(name);
    return keep.length === 0 ? '' : `import type { ${keep.join(', ')} } from ${from};\n`;
  });
}
writeFileSync(
  jsxFile,
  `// Generated by build/npm.mjs (@wc-toolkit/jsx-types) from custom-elements.json.\n${onlyUsedImports(jsx.slice(0, cut).trimEnd())}\n`,
);
const augment = (modules, type, note) =>
  `// Generated by build/npm.mjs: the <endht-*> elements in ${note}.\nimport type { ${type}, CustomCssProperties } from './jsx.js';\n\n` +
  modules
    .map(
      (m) =>
        `declare module '${m}' {\n  namespace JSX {\n    interface IntrinsicElements extends ${type} {}\n  }\n  export interface CSSProperties extends CustomCssProperties {}\n}\n`,
    )
    .join('\n');
writeFileSync(
  join(TYPES, 'react.d.ts'),
  augment(
    ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime'],
    'CustomElements',
    "React 19's JSX (attributes, properties, on<event> props)",
  ),
);
writeFileSync(join(TYPES, 'preact.d.ts'), augment(['preact'], 'CustomElements', "Preact's JSX"));
writeFileSync(
  join(TYPES, 'solid.d.ts'),
  augment(['solid-js'], 'CustomElementsSolidJs', "Solid's JSX (attr:, prop:, bool:, on: prefixes)"),
);

// vue.d.ts, as vue-tsc reads a template: an attribute `time-zone` is the prop `timeZone`, and
// `@endht-day-started` is the prop `onEndhtDayStarted`; a handler receives the event class
// itself (the generator writes "time-zone", "onendht-day-started" and CustomEvent<detail>).
const camel = (s) => s.replace(/-([a-z0-9])/g, (_m, c) => c.toUpperCase());
const vueFile = join(TYPES, 'vue.d.ts');
const vue = onlyUsedImports(readFileSync(vueFile, 'utf8'))
  .replace(/CustomEvent<(\w+)>/g, (m, t) => (eventClasses.has(t) ? t : m))
  .replace(/^(\s*)"on([a-z][a-z0-9-]*)"\?:/gm, (_m, sp, ev) => `${sp}${camel(`on-${ev}`)}?:`)
  .replace(/^(\s*)"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"\?:/gm, (_m, sp, attr) => `${sp}${camel(attr)}?:`);
writeFileSync(
  vueFile,
  `// Generated by build/npm.mjs (custom-element-vuejs-integration) from custom-elements.json.\n${vue}`,
);

const count = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).length;
console.log(
  `dist/npm: ES modules, .d.ts, custom-elements.json (${count} elements), VS Code data, React/Preact/Solid/Vue types`,
);
