import { defineConfig, type Plugin } from 'vite';
import { visualizer } from 'rollup-plugin-visualizer';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

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
        for (const file of readdirSync(dir, { recursive: true }) as string[]) {
          if (!/\.(ts|tsx|js|mjs|html)$/.test(file)) continue;
          const code = readFileSync(join(dir, file), 'utf8');
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
 * - message ids shortened: every id of a msg() (`id: 'share.copyAll'`) and the same key in the
 *   generated locale modules become a short code ("1k"), the same in both places. The ids are
 *   read from src/generated/locales/fr.ts (every locale has every message: check-locales).
 */
function compactLocalization(): Plugin {
  const ids = [...readFileSync('src/generated/locales/fr.ts', 'utf8').matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]!).sort();
  const short = new Map(ids.map((id, i) => [id, i.toString(36)]));
  return {
    name: 'endht-compact-localization',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source == './id-generation.js' && importer?.includes('@lit/localize')) return '\0endht-no-id-generation';
      if (source == './localization.js' && importer?.endsWith('/src/page-localization.ts')) return join(process.cwd(), 'src/localization-inline.ts');
      return null;
    },
    load(id) {
      return id == '\0endht-no-id-generation' ? 'export const generateMsgId = () => "";' : null;
    },
    transform(code, id) {
      if (/\/src\/generated\/locales\/[^/]+\.ts$/.test(id))
        return { code: code.replace(/^(\s*)'([^']+)':/gm, (m, sp: string, key: string) => (short.has(key) ? `${sp}'${short.get(key)}':` : m)), map: null };
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('msg(')) return null;
      return { code: code.replace(/\bid:(\s*)'([^']+)'/g, (m, sp: string, key: string) => (short.has(key) ? `id:${sp}'${short.get(key)}'` : m)), map: null };
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
      },
    },
  },
  plugins: [
    minifyLitCss(),
    compactLocalization(),
    sri(),
    serveDistRaw(),
    visualizer({ filename: `${process.env.ENDHT_OUT_DIR ?? 'dist'}/stats.html`, gzipSize: true, brotliSize: true }),
    visualizer({ filename: `${process.env.ENDHT_OUT_DIR ?? 'dist'}/stats.json`, template: 'raw-data', gzipSize: true, brotliSize: true }),
  ],
});
