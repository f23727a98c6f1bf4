import { defineConfig, type Plugin } from 'vite';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeSitePages } from './scripts/site-pages.mjs';
import { listElements } from './build/elements.mjs';
import { resolve } from 'node:path';

/**
 * `npm run build:site`: the static site in site/ — the embed-code builder, an index with every
 * widget live, one page per element and the docs (scripts/site-pages.mjs) as plain files, with the built drop-in files, their .sri hashes and
 * custom-elements.json copied next to them, so site/ can be served as it is by any static host.
 */
const OUT = 'site';
/** The drop-in files (the full one and one per element), each with its map and .sri hash. */
const DROP_INS = ['endht-widgets', ...listElements().map(({ name }) => `endht-${name}`)];
const COPY: [string, string][] = [
  ...DROP_INS.flatMap((file) =>
    ['.js', '.js.map', '.js.sri'].map((ext): [string, string] => [`dist/${file}${ext}`, `${file}${ext}`]),
  ),
  ['dist/endht-widgets.LICENSES.txt', 'endht-widgets.LICENSES.txt'],
  ['custom-elements.json', 'custom-elements.json'],
];

function siteFiles(): Plugin {
  return {
    name: 'endht-site-files',
    apply: 'build',
    // The pages point at ../dist and ../ in the dev server; on the site the files sit next to them
    // (and the builder's "All examples" link goes to the site's index).
    transformIndexHtml: (page) =>
      page
        .replace('data-manifest="../custom-elements.json"', 'data-manifest="./custom-elements.json"')
        .replace('data-bundle="../dist/endht-widgets.js"', 'data-bundle="./endht-widgets.js"'),
    closeBundle() {
      mkdirSync(OUT, { recursive: true });
      for (const [from, to] of COPY) {
        if (!existsSync(from)) throw new Error(`${from} is missing: run npm run build first.`);
        copyFileSync(from, `${OUT}/${to}`);
      }
      const pages = writeSitePages(resolve(OUT), {
        manifest: JSON.parse(readFileSync('custom-elements.json', 'utf8')),
        hashes: Object.fromEntries(
          DROP_INS.map((file) => [`${file}.js`, readFileSync(`dist/${file}.js.sri`, 'utf8').trim()]),
        ),
        root: resolve('.'),
      });
      console.log(`site/: builder.html, index.html, ${pages} element pages and the docs`);
    },
  };
}

export default defineConfig({
  root: 'demo',
  base: './',
  build: {
    outDir: resolve(OUT),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { builder: resolve('demo/builder.html') } },
  },
  plugins: [siteFiles()],
});
