// Part of npm test (after the drop-in and dist/npm are built): server-rendered pages for the
// hydration test (test/ssr-hydration.test.ts), one per element and language, in dist-test/ssr/.
// Each page is what a CMS would serve: the widget rendered by endht-widgets/ssr (declarative
// shadow DOM), then the package's hydrate support (dist/npm/hydrate-drop-in.js), then the
// drop-in file. A script at
// the top records the server-rendered nodes and every error, for the test to compare.
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderToString, TAGS } from 'endht-widgets/ssr';

const OUT = new URL('../dist-test/ssr/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });

/** Markup per tag: the default rendering, plus a site's own content where an element reads it. */
const MARKUP = {
  'endht-countdown': '<endht-countdown time-zone="UTC"></endht-countdown>',
  'endht-partners':
    '<endht-partners><ul><li><a href="https://acme.example">ACME</a></li><li><a href="https://b.example">B Org</a></li></ul></endht-partners>',
};

const RECORD = `<script type="module">
  window.__errors = [];
  addEventListener('error', (e) => __errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason && e.reason.message || e.reason)));
  window.__warnings = [];
  const error = console.error;
  console.error = (...a) => { __errors.push(a.map(String).join(' ')); error(...a); };
  const warn = console.warn;
  console.warn = (...a) => { __warnings.push(a.map(String).join(' ')); warn(...a); };
  // The server-rendered nodes, before any script can touch them: hydration must keep them.
  window.__ssr = [...document.querySelectorAll('[data-ssr]')].map((el) => ({
    tag: el.localName,
    base: el.shadowRoot && el.shadowRoot.querySelector('[part~="base"]'),
    nodes: el.shadowRoot ? el.shadowRoot.querySelectorAll('*').length : 0,
    text: el.shadowRoot ? el.shadowRoot.textContent : '',
  }));
</script>`;

const pages = [];
for (const tag of TAGS) {
  const markup = (MARKUP[tag] ?? `<${tag}></${tag}>`).replace(`<${tag}`, `<${tag} data-ssr`);
  for (const lang of ['fr', 'ar']) {
    {
      const body = await renderToString(markup, { locale: lang });
      const file = `${tag}.${lang}.html`;
      writeFileSync(
        `${OUT}${file}`,
        `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>SSR ${tag}</title></head>
<body>
${body}
${RECORD}
<script type="module" src="../../dist/npm/hydrate-drop-in.js"></script>
<script type="module" src="../../dist/endht-widgets.js"></script>
</body>
</html>
`,
      );
      pages.push({ tag, lang, file });
    }
  }
}
writeFileSync(`${OUT}pages.json`, `${JSON.stringify(pages, null, 2)}\n`);
console.log(`ssr fixtures: ${pages.length} server-rendered pages in dist-test/ssr/`);
