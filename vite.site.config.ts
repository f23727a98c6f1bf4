import { defineConfig, type Plugin } from 'vite';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `npm run build:site`: the static site in site/ — the embed-code builder (and the element
 * pages) as plain files, with the built bundle, its .sri hash and custom-elements.json copied
 * next to them, so site/ can be served as it is by any static host.
 */
const OUT = 'site';
const COPY: [string, string][] = [
  ['dist/endht-widgets.js', 'endht-widgets.js'],
  ['dist/endht-widgets.js.map', 'endht-widgets.js.map'],
  ['dist/endht-widgets.js.sri', 'endht-widgets.js.sri'],
  ['custom-elements.json', 'custom-elements.json'],
];

function siteFiles(): Plugin {
  return {
    name: 'endht-site-files',
    apply: 'build',
    // The pages point at ../dist and ../ in the dev server; on the site the files sit next to them.
    transformIndexHtml: (page) =>
      page.replace('data-manifest="../custom-elements.json"', 'data-manifest="./custom-elements.json"')
        .replace('data-bundle="../dist/endht-widgets.js"', 'data-bundle="./endht-widgets.js"')
        .replace(' data-demo="./index.html"', ''),
    closeBundle() {
      mkdirSync(OUT, { recursive: true });
      for (const [from, to] of COPY) {
        if (!existsSync(from)) throw new Error(`${from} is missing: run npm run build first.`);
        copyFileSync(from, `${OUT}/${to}`);
      }
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
