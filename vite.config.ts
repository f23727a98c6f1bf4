import { defineConfig, type Plugin } from 'vite';
import { visualizer } from 'rollup-plugin-visualizer';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (the plugins read files from it whatever the working directory). */
const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * Minifies the CSS inside Lit's css`…` templates (the minifier leaves template text alone):
 * comments dropped, whitespace collapsed, spaces around { } ; , : removed where CSS allows, and
 * the private design tokens in TOKENS (`--_accent` → `--_a`) shortened, the same in every
 * template. Templates with ${…} interpolations are left as they are.
 *
 * The renaming is safe because each token is set on the element's own .base (core's
 * baseStyles, or the element's .base rule) and only read below it, inside the shadow root: a
 * page's custom properties cannot reach it. buildStart proves the rest or fails the build: no
 * source file or test names a token outside a css`…` template this plugin rewrites (JavaScript
 * setting --_n, say), and no short name is already in use.
 */
const TOKENS: Record<string, string> = { accent: 'a', heart: 'h', text: 't', surface: 's', border: 'b', muted: 'm', radius: 'r', error: 'e', tile: 'l' };
const LIT_CSS = /\bcss`([^`$]*)`/g;

function minifyLitCss(): Plugin {
  const squeeze = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/([{;])\s*([-\w]+)\s*:\s*/g, '$1$2:')
      // media/container features: "(min-width: 480px)" (after a colon only: a space before one is a combinator)
      .replace(/\(([-a-z]+):\s+/g, '($1:')
      // leading zeros: "0.6em" (not "10.5em")
      .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
      .replace(/;}/g, '}')
      .replace(/ !important/g, '!important')
      .replace(/--_([a-z][-\w]*)/g, (m, name: string) => (TOKENS[name] ? `--_${TOKENS[name]}` : m))
      .trim();
  return {
    name: 'endht-minify-lit-css',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      const problems: string[] = [];
      for (const dir of ['src', 'test']) {
        for (const file of readdirSync(join(ROOT, dir), { recursive: true }) as string[]) {
          if (!/\.(ts|tsx|js|mjs|html)$/.test(file)) continue;
          const code = readFileSync(join(ROOT, dir, file), 'utf8');
          const outside = code.replace(LIT_CSS, '');
          for (const [name, short] of Object.entries(TOKENS)) {
            if (new RegExp(`--_${name}(?![-\\w])`).test(outside)) problems.push(`${dir}/${file} names --_${name} outside a css\`…\` template`);
            if (new RegExp(`--_${short}(?![-\\w])`).test(code)) problems.push(`${dir}/${file} already uses --_${short}`);
          }
        }
      }
      if (problems.length) this.error(`endht-minify-lit-css cannot shorten the private tokens:\n${problems.join('\n')}`);
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(LIT_CSS, (_m, body: string) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

/**
 * Size, for the drop-in file only (the npm package and the tests from source are untouched):
 * - the locale map with static imports (src/localization-inline.ts) instead of import()s;
 * - each locale's templates as an ARRAY instead of an object keyed by message id, and every
 *   msg() id (`id: 'share.copyAll'`) replaced by its index in that array ("12"; @lit/localize
 *   looks a message up as templates[id], which an array answers). The ids are those of
 *   src/generated/locales/fr.ts, sorted; every locale has every message (check-locales), and a
 *   locale module whose entries do not match them fails the build;
 * - @lit/localize's id hashing left out: it only runs for a msg() without an id, and every
 *   msg() has one (scripts/lint-source.mjs).
 */
function compactLocalization(): Plugin {
  const entry = /^[ \t]*'([^']+)': /gm;
  const ids = [...readFileSync(join(ROOT, 'src/generated/locales/fr.ts'), 'utf8').matchAll(entry)].map((m) => m[1]!).sort();
  const index = new Map(ids.map((id, i) => [id, String(i)]));
  return {
    name: 'endht-compact-localization',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source == './id-generation.js' && importer?.includes('@lit/localize')) return '\0endht-no-id-generation';
      if (source == './localization.js' && importer?.endsWith('/src/page-localization.ts')) return join(ROOT, 'src/localization-inline.ts');
      return null;
    },
    load(id) {
      return id == '\0endht-no-id-generation' ? 'export const generateMsgId = () => "";' : null;
    },
    transform(code, id) {
      if (/\/src\/generated\/locales\/[^/]+\.ts$/.test(id)) {
        // `export const templates = {\n'id': value,\n…\n};` → `export const templates = [value, …];`
        const open = code.indexOf('export const templates = {');
        const close = code.lastIndexOf('};');
        const body = code.slice(open + 'export const templates = {'.length, close);
        const parts = body.split(entry); // ['', id, value, id, value, …]
        const values = new Map<string, string>();
        for (let i = 1; i < parts.length; i += 2) values.set(parts[i]!, parts[i + 1]!.trim().replace(/,$/, ''));
        if (open < 0 || parts[0]!.trim() || values.size != ids.length || ids.some((k) => !values.has(k)))
          this.error(`${id}: its messages do not match those of fr.ts (${values.size} of ${ids.length}); run npm run localize`);
        return { code: `${code.slice(0, open)}export const templates = [\n${ids.map((k) => values.get(k)).join(',\n')}\n];\n`, map: null };
      }
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('msg(')) return null;
      return { code: code.replace(/\bid:(\s*)'([^']+)'/g, (m, sp: string, key: string) => (index.has(key) ? `id:${sp}'${index.get(key)}'` : m)), map: null };
    },
  };
}

/**
 * Licences. The drop-in file inlines Lit and @lit/localize (BSD-3-Clause, which asks that
 * redistributions reproduce the notice), so the build writes dist/endht-widgets.LICENSES.txt —
 * our MIT licence and the licence of every package the file contains, found from the bundled
 * module ids — and the file starts with one line naming them and pointing to it. The minifier
 * drops every other comment.
 */
function licenses(): Plugin {
  type Package = { name: string; version: string; license: string; text: string };
  /** The packages whose modules are in the file, found once (the banner and the notices both use them). */
  let packages: Package[] | undefined;
  const bundled = (moduleIds: readonly string[]): Package[] => {
    const found = new Map<string, Package>();
    for (const id of moduleIds) {
      // The bundler's own helpers (its module runtime, the decorator helper) come with rolldown.
      const m = /^\0(?:rolldown\/|@oxc-project)/.test(id)
        ? [, join(ROOT, 'node_modules/rolldown'), 'rolldown']
        : /^(.*\/node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(id.replace(/\\/g, '/'));
      if (!m || found.has(m[2]!)) continue;
      const meta = JSON.parse(readFileSync(join(m[1]!, 'package.json'), 'utf8')) as { version: string; license: string };
      found.set(m[2]!, { name: m[2]!, version: meta.version, license: meta.license, text: readFileSync(join(m[1]!, 'LICENSE'), 'utf8').trim() });
    }
    return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
  };
  return {
    name: 'endht-licenses',
    apply: 'build',
    outputOptions(options) {
      // After minification, which removes every other comment.
      options.postBanner = (chunk) => {
        const third = (packages = bundled(chunk.moduleIds));
        const lit = third.filter((t) => t.name != 'rolldown');
        return `/*! endht-widgets ${pkg.version} (MIT) with ${lit.map((t) => t.name).join(', ')} (${[...new Set(lit.map((t) => t.license))].join(', ')}) and bundler helpers (rolldown, MIT): see endht-widgets.LICENSES.txt */`;
      };
      return options;
    },
    generateBundle(_options, bundle) {
      const chunk = bundle['endht-widgets.js'];
      if (chunk?.type != 'chunk') return;
      // Packages with the same licence text share one copy of it.
      const texts = new Map<string, string[]>();
      for (const t of packages ?? bundled(chunk.moduleIds)) texts.set(t.text, [...(texts.get(t.text) ?? []), `${t.name} ${t.version} (${t.license})`]);
      const source = [
        `endht-widgets.js — endht-widgets ${pkg.version} and the packages it contains, with their licences.`,
        `\n== endht-widgets ${pkg.version} (MIT) ==\n\n${readFileSync(join(ROOT, 'LICENSE'), 'utf8').trim()}`,
        ...[...texts].map(([text, names]) => `\n== ${names.join(', ')} ==\n\n${text}`),
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: 'endht-widgets.LICENSES.txt', source: `${source}\n` });
    },
  };
}

/**
 * Subresource Integrity: after the bundle is written, computes the sha384 of
 * dist/endht-widgets.js, writes it to dist/endht-widgets.js.sri ("sha384-…", one line) and
 * prints it, so a partner can paste it as the script tag's `integrity` attribute.
 */
function sri(): Plugin {
  return {
    name: 'endht-sri',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir ?? 'dist';
      const file = join(dir, 'endht-widgets.js');
      const hash = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
      writeFileSync(`${file}.sri`, `${hash}\n`);
      console.log(`\n${relative(process.cwd(), file)} integrity: ${hash}\n  <script type="module" src="…/endht-widgets.js" integrity="${hash}" crossorigin="anonymous"></script>\n`);
    },
  };
}

/**
 * `npm start` serves dist/ byte for byte (Vite would rewrite the bundle's JavaScript as it serves
 * it, and the builder's preview checks the file against its SRI hash).
 */
function serveDistRaw(): Plugin {
  const types: Record<string, string> = { js: 'text/javascript', map: 'application/json', sri: 'text/plain', html: 'text/html', json: 'application/json' };
  return {
    name: 'endht-serve-dist-raw',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
        if (!path.startsWith('/dist/') || path.includes('..')) return next();
        let body: Buffer;
        try {
          body = readFileSync(join(server.config.root, path));
        } catch {
          return next();
        }
        res.setHeader('Content-Type', `${types[path.split('.').pop()!] ?? 'application/octet-stream'}; charset=utf-8`);
        res.setHeader('Cache-Control', 'no-cache');
        res.end(body);
      });
    },
  };
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The drop-in build: ONE self-contained, fully minified ES module (Lit, @lit/localize and all
 * six locales inlined), its source map, and the visualizer treemap at dist/stats.html.
 * `npm start` uses the same config to serve demo/ from source.
 */
export default defineConfig({
  define: {
    // Overridable so the two-copies test can build a bundle with another version string.
    __ENDHT_VERSION__: JSON.stringify(process.env.ENDHT_VERSION ?? pkg.version),
  },
  build: {
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'endht-widgets.js',
    },
    outDir: process.env.ENDHT_OUT_DIR ?? 'dist',
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Vite 8's lib mode keeps whitespace unless the output minifier is forced on.
        minify: true,
        // One file: the locale modules are inlined instead of split into lazy chunks.
        codeSplitting: false,
        // No /* @__PURE__ */ annotations in the shipped file (nothing bundles it further).
        comments: false,
      },
    },
  },
  plugins: [
    minifyLitCss(),
    compactLocalization(),
    licenses(),
    sri(),
    serveDistRaw(),
    visualizer({ filename: resolve(ROOT, process.env.ENDHT_OUT_DIR ?? 'dist', 'stats.html'), gzipSize: true, brotliSize: true }),
    visualizer({ filename: resolve(ROOT, process.env.ENDHT_OUT_DIR ?? 'dist', 'stats.json'), template: 'raw-data', gzipSize: true, brotliSize: true }),
  ],
});
