/*
 * The drop-in files (`vite build`): dist/endht-widgets.js with every element, and one file per
 * element, dist/endht-<name>.js. Each is ONE self-contained, minified ES module: Lit,
 * @lit/localize, the six languages and its elements inlined. Each gets its source map and its
 * Subresource Integrity hash (dist/<file>.sri); the full file also gets the licence notices
 * (dist/endht-widgets.LICENSES.txt, which every file's first line names) and the visualizer's
 * treemap (dist/stats.html, dist/stats.json). Vite builds one library entry per environment, so
 * each file is an environment: `client` (Vite's default) for the full file, `element_<name>`
 * for the others. `npm start` uses this config to serve demo/ from source.
 *
 * Which package does what, and why, is in docs/design.md ("Build").
 */
import { defineConfig, perEnvironmentPlugin, type EnvironmentOptions, type PluginOption } from 'vite';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import license, { type Dependency } from 'rollup-plugin-license';
import terser from '@rollup/plugin-terser';
import { visualizer } from 'rollup-plugin-visualizer';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactLocalization } from './build/plugins/compact-localization.mjs';
import { listElements } from './build/elements.mjs';
import { writeIntegrityFiles } from './build/integrity.mjs';
import { LITERALS_OPTIONS } from './build/literals.mjs';

/** The project folder (everything is read and written relative to it, whatever the working directory). */
const ROOT = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
// Overridable so the two-copies test can build the files elsewhere with another version string.
const VERSION = process.env.ENDHT_VERSION ?? pkg.version;
const OUT_DIR = resolve(ROOT, process.env.ENDHT_OUT_DIR ?? 'dist');
const LICENSES = 'endht-widgets.LICENSES.txt';

/**
 * The packages whose code a drop-in file contains: those with a module that leaves code in it
 * (as rollup-plugin-license counts them for the notices file).
 */
function bundledPackages(modules: Record<string, { renderedLength: number }>): string[] {
  const names = Object.entries(modules)
    .filter(([, module]) => module.renderedLength > 0)
    .map(([id]) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1]);
  return [...new Set(names.filter((name) => name !== undefined))].sort();
}

/** The notices file: our licence, then each bundled package's, one copy per distinct text. */
function noticesFile(dependencies: Dependency[]): string {
  const texts = new Map<string, string[]>();
  const ours = (d: Dependency) => (d.name === pkg.name ? 0 : 1);
  const ordered = [...dependencies].sort((a, b) => ours(a) - ours(b) || (a.name ?? '').localeCompare(b.name ?? ''));
  for (const d of ordered) {
    const text = (d.licenseText ?? '').trim();
    texts.set(text, [...(texts.get(text) ?? []), `${d.name} ${d.version} (${d.license})`]);
  }
  // The decorator helper (__decorate) is added by the bundler, not imported from a package.
  const rolldown = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/rolldown/package.json'), 'utf8'));
  const sections = [
    `The drop-in files of endht-widgets ${VERSION} (endht-widgets.js, endht-<element>.js) and the packages ` +
      'they contain, with their licences.',
    ...[...texts].map(([text, names]) => `== ${names.join(', ')} ==\n\n${text}`),
    `== The bundler's decorator helper: rolldown ${rolldown.version} (MIT) ==\n\n` +
      readFileSync(resolve(ROOT, 'node_modules/rolldown/LICENSE'), 'utf8').trim(),
  ];
  return `${sections.join('\n\n')}\n`;
}

/** One environment per element: its entry (src/entries/<name>.ts) built into dist/endht-<name>.js. */
const elementEnvironments: Record<string, EnvironmentOptions> = Object.fromEntries(
  listElements(ROOT).map(({ name }) => [
    `element_${name.replace(/-/g, '_')}`,
    {
      consumer: 'client',
      build: {
        lib: { entry: resolve(ROOT, `src/entries/${name}.ts`), formats: ['es'], fileName: () => `endht-${name}.js` },
        // Built after the full file, into the same folder.
        emptyOutDir: false,
      },
    },
  ]),
);

/** Plugins for the full file's build only (the `client` environment). */
const onlyInFullFile = (name: string, plugins: PluginOption[]) =>
  perEnvironmentPlugin(name, (environment) => (environment.name === 'client' ? plugins : false));

export default defineConfig(({ command }) => ({
  define: {
    __ENDHT_VERSION__: JSON.stringify(VERSION),
  },
  build: {
    lib: {
      entry: resolve(ROOT, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'endht-widgets.js',
    },
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Vite's lib mode keeps whitespace unless the output minifier is forced on.
        minify: true,
        // One file: the locale modules are inlined instead of split into lazy chunks.
        codeSplitting: false,
        // No comments (Lit's licence headers included: the notices file carries them)...
        comments: false,
        plugins: [terser({ module: true, compress: { passes: 3, pure_getters: true, unsafe_arrows: true } })],
        // ...but this one, added after minification: what the file contains, and where the licences are.
        postBanner: (chunk) =>
          `/*! endht-widgets ${VERSION} (MIT), with ${bundledPackages(chunk.modules).join(', ')} ` +
          `and a bundler helper: their licences are in ${LICENSES} */`,
      },
    },
  },
  // The per-element files are built only by `vite build`, not served by `npm start`.
  environments: command === 'build' ? elementEnvironments : {},
  builder: {
    // The full file first (it empties dist/), then one file per element, then the Subresource
    // Integrity hash of each (dist/<file>.sri).
    async buildApp(builder) {
      const environments = Object.values(builder.environments);
      const full = environments.filter((environment) => environment.name === 'client');
      const perElement = environments.filter((environment) => environment.name !== 'client');
      for (const environment of [...full, ...perElement]) await builder.build(environment);
      writeIntegrityFiles(OUT_DIR);
    },
  },
  plugins: [
    // Lit's html`…` and css`…` templates, minified (the npm build applies the same minifier).
    {
      ...literalsHtmlCssMinifier({ options: LITERALS_OPTIONS, include: ['src/**/*.ts'], failOnError: true }),
      apply: 'build',
    },
    compactLocalization({ root: ROOT }),
    // One notices file for all the drop-in files: the full file contains every package the others do.
    onlyInFullFile('endht-licenses', [
      license({
        thirdParty: { includeSelf: true, output: { file: resolve(OUT_DIR, LICENSES), template: noticesFile } },
      }),
    ]),
    onlyInFullFile('endht-treemap', [
      visualizer({ filename: resolve(OUT_DIR, 'stats.html'), gzipSize: true, brotliSize: true }),
      visualizer({ filename: resolve(OUT_DIR, 'stats.json'), template: 'raw-data', gzipSize: true, brotliSize: true }),
    ]),
  ],
}));
