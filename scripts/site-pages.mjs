// The static site's element pages (npm run build:site → site/index.html, site/elements/*.html):
// per element, the hand-written usage notes and examples from its README section (shown live
// and as code), the API tables from custom-elements.json, a screenshot on the index, and an
// "Open in builder" link. Plain HTML: the only script is the bundle itself (with its SRI hash)
// and site.js (the language and theme switchers).
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS_NOTE, acceptedValues, elementsFromManifest } from './manifest-model.mjs';

const esc = (s) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Inline Markdown of our README prose: `code`, **bold**, [text](url) (links kept as text). */
function inline(md) {
  return md
    .split('`')
    .map((part, i) =>
      i % 2
        ? `<code>${esc(part)}</code>`
        : esc(part)
            .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
            .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'),
    )
    .join('');
}

/** An element's README section: its prose before the first code block, and its first HTML example block. */
export function readmeSection(readme, tag) {
  const start = readme.indexOf(`## \`<${tag}>\``);
  if (start < 0) return { paragraphs: [], examples: [] };
  const rest = readme.slice(start);
  const next = rest.indexOf('\n## ', 3);
  const section = next < 0 ? rest : rest.slice(0, next);
  const body = section
    .split('\n')
    .slice(1)
    .filter((l) => !l.startsWith('<p><img'))
    .join('\n');
  const firstCode = body.indexOf('```');
  const prose = (firstCode < 0 ? body : body.slice(0, firstCode)).trim();
  const paragraphs = prose
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  const block = /```html\n([\s\S]*?)```/.exec(body)?.[1] ?? '';
  // One example per top-level tag; a comment line belongs to the tag after it, indented lines to the one before.
  const examples = [];
  let cur = [];
  let pendingComment = [];
  for (const line of block.split('\n')) {
    if (!line.trim()) continue;
    if (line.startsWith('<!--')) {
      if (cur.length) examples.push(cur.join('\n'));
      cur = [];
      pendingComment.push(line);
    } else if (/^\s/.test(line) && cur.length) cur.push(line);
    else {
      if (cur.length) examples.push(cur.join('\n'));
      cur = [...pendingComment, line];
      pendingComment = [];
    }
  }
  if (cur.length) examples.push(cur.join('\n'));
  return { paragraphs, examples };
}

const values = (a) =>
  acceptedValues(a)
    .map(([kind, text]) => (kind === 'code' ? `<code>${esc(text)}</code>` : esc(text)))
    .join('');

function table(caption, head, rows) {
  if (!rows.length) return '';
  return `<table><caption>${caption}</caption><thead><tr>${head.map((x) => `<th scope="col">${x}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const c = (s) => (s ? `<code>${esc(s)}</code>` : '—');
const yes = (b) => (b ? 'yes' : 'no');
/** The Default cell: a boolean attribute is off when absent; other defaults come from the code. */
function defaultOf(a) {
  if (a.kind === 'boolean') return 'absent';
  return a.default === undefined ? 'see description' : c(a.default);
}

function apiHtml(el) {
  return [
    table(
      'Attributes',
      ['Attribute', 'Property', 'Values', 'Default', 'Description'],
      el.attributes.map((a) => [c(a.name), c(a.property), values(a), defaultOf(a), inline(a.description)]),
    ),
    table(
      'Properties',
      ['Property', 'Type', 'Read-only', 'Description'],
      el.properties.map((p) => [c(p.name), c(p.type), yes(p.readonly), inline(p.description)]),
    ),
    el.events.length ? `<p>${inline(EVENTS_NOTE)}</p>` : '',
    table(
      'Events',
      ['Event', 'Class', 'Detail and description'],
      el.events.map((e) => [c(e.name), c(e.type), inline(e.description)]),
    ),
    table(
      'Slots',
      ['Slot', 'Description'],
      el.slots.map((s) => [s.name ? c(s.name) : '(default)', inline(s.description)]),
    ),
    table(
      'Parts',
      ['Part', 'Description'],
      el.parts.map((p) => [c(p.name), inline(p.description)]),
    ),
    table(
      'Custom properties',
      ['Custom property', 'Default', 'Description'],
      el.cssProperties.map((p) => [c(p.name), c(p.default), inline(p.description)]),
    ),
  ].join('\n');
}

const LANGS = [
  ['en', 'English'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['ar', 'العربية'],
  ['zh-Hans', '中文'],
  ['ru', 'Русский'],
];

function shell({ title, base, hash, body, nav }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${base}site.css">
<script type="module" src="${base}endht-widgets.js"${hash ? ` integrity="${hash}"` : ''} crossorigin="anonymous"></script>
<script type="module" src="${base}site.js"></script>
</head>
<body>
<header class="top" lang="en">
<a class="home" href="${base}index.html">endht-widgets</a>
<nav aria-label="Elements"><ul>${nav}</ul></nav>
<div class="switchers">
<label>Widgets’ language <select id="site-lang">${LANGS.map(([v, n]) => `<option value="${v}" lang="${v}">${n}</option>`).join('')}</select></label>
<label>Theme <select id="site-theme"><option value="light">Light</option><option value="dark">Dark</option></select></label>
</div>
</header>
<main id="main" lang="en">
${body}
</main>
</body>
</html>
`;
}

/**
 * Writes site/index.html, site/elements/<name>.html, site/site.css, site/site.js and site/img/*.
 * @param {string} out the site folder
 * @param {{ manifest: unknown, readme: string, hash: string, root: string }} input
 */
export function writeSitePages(out, { manifest, readme, hash, root }) {
  const elements = elementsFromManifest(manifest);
  mkdirSync(join(out, 'elements'), { recursive: true });
  mkdirSync(join(out, 'img'), { recursive: true });
  const short = (tag) => tag.replace(/^endht-/, '');
  const nav = (base, current) =>
    elements
      .map(
        (e) =>
          `<li><a href="${base}elements/${short(e.tag)}.html"${e.tag === current ? ' aria-current="page"' : ''}><code>&lt;${e.tag}&gt;</code></a></li>`,
      )
      .join('');

  const cards = [];
  for (const el of elements) {
    const { paragraphs, examples } = readmeSection(readme, el.tag);
    const builder = `../builder.html?element=${encodeURIComponent(el.tag)}`;
    const body = `<h1><code>&lt;${el.tag}&gt;</code></h1>
<p class="summary">${esc(el.summary)}</p>
<p><a class="button" href="${builder}">Open in builder</a></p>
${paragraphs.map((p) => `<p>${inline(p)}</p>`).join('\n')}
<h2>Examples</h2>
${examples
  .map(
    (ex, i) => `<figure class="example" aria-labelledby="ex-${i}">
<div class="live">${ex}</div>
<figcaption id="ex-${i}">Example ${i + 1}</figcaption>
<pre><code>${esc(ex)}</code></pre>
</figure>`,
  )
  .join('\n')}
<h2>API</h2>
${apiHtml(el)}`;
    writeFileSync(
      join(out, 'elements', `${short(el.tag)}.html`),
      shell({ title: `<${el.tag}> — endht-widgets`, base: '../', hash, body, nav: nav('../', el.tag) }),
    );

    for (const v of ['en-light', 'ar-dark']) {
      const img = join(root, 'docs/img', `${short(el.tag)}-${v}.png`);
      if (existsSync(img)) copyFileSync(img, join(out, 'img', `${short(el.tag)}-${v}.png`));
    }
    cards.push(`<li class="card">
<h2><a href="elements/${short(el.tag)}.html"><code>&lt;${el.tag}&gt;</code></a></h2>
<p>${esc(el.summary)}</p>
<img src="img/${short(el.tag)}-en-light.png" alt="" loading="lazy" width="320">
<p><a href="builder.html?element=${encodeURIComponent(el.tag)}">Open in builder<span class="visually-hidden">: &lt;${el.tag}&gt;</span></a></p>
</li>`);
  }
  const index = `<h1>endht-widgets</h1>
<p>Web components for the UN World Day against Trafficking in Persons (30 July), in the six UN languages. One file, no tracking. Pick a widget, or open the <a href="builder.html">embed-code builder</a> to configure one and copy its code.</p>
<ul class="cards">${cards.join('\n')}</ul>`;
  writeFileSync(
    join(out, 'index.html'),
    shell({ title: 'endht-widgets', base: './', hash, body: index, nav: nav('./', '') }),
  );

  writeFileSync(
    join(out, 'site.js'),
    `// Language and theme switchers of the element pages: the widgets follow <html lang>; theme="…" on each.
const lang = document.getElementById('site-lang');
const theme = document.getElementById('site-theme');
const widgets = () => [...document.querySelectorAll('main *')].filter((el) => el.localName.startsWith('endht-'));
// The widgets speak the page's language (<html lang>); the page's own text is marked lang="en".
lang.addEventListener('change', () => {
  document.documentElement.lang = lang.value;
  for (const el of document.querySelectorAll('.live')) el.dir = lang.value === 'ar' ? 'rtl' : 'ltr';
});
theme.addEventListener('change', () => {
  document.body.classList.toggle('dark', theme.value === 'dark');
  for (const el of widgets()) el.setAttribute('theme', theme.value);
});
`,
  );
  writeFileSync(
    join(out, 'site.css'),
    `body { font-family: system-ui, sans-serif; margin: 0; color: #1a2b3c; background: #fff; line-height: 1.5; }
body.dark { background: #08131b; color: #e8f1f8; }
body.dark a { color: #7fcaf2; }
a { color: #00577f; }
.top { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; padding: 0.75rem 1.5rem; border-block-end: 1px solid #cfe3f0; }
.home { font-weight: 700; font-size: 1.1rem; }
.top ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
.top a { display: inline-block; min-block-size: 24px; }
.switchers { display: flex; gap: 1rem; margin-inline-start: auto; }
select { font: inherit; min-block-size: 2rem; }
main { padding: 1rem 1.5rem 3rem; max-inline-size: 1100px; }
.summary { font-size: 1.15rem; }
.button { display: inline-block; padding: 0.5rem 1rem; border-radius: 6px; background: #00689d; color: #fff; font-weight: 600; text-decoration: none; }
body.dark .button { background: #7fcaf2; color: #08131b; }
.example { margin: 0 0 1.5rem; border: 1px solid #cfe3f0; border-radius: 8px; padding: 1rem; }
.example figcaption { font-size: 0.85rem; font-weight: 600; margin-block: 0.75rem 0.25rem; }
pre { background: #f3f8fc; color: #1a2b3c; padding: 0.75rem; border-radius: 6px; overflow-x: auto; font-size: 0.85rem; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 1rem 2rem; font-size: 0.92rem; }
caption { text-align: start; font-weight: 700; font-size: 1.05rem; padding-block: 0.25rem; }
th, td { border: 1px solid #cfe3f0; padding: 0.35rem 0.5rem; text-align: start; vertical-align: top; }
.cards { list-style: none; padding: 0; display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); }
.card { border: 1px solid #cfe3f0; border-radius: 8px; padding: 1rem; }
.card h2 { margin-block-start: 0; font-size: 1.1rem; }
.card img { max-inline-size: 100%; block-size: auto; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
:focus-visible { outline: 3px solid #00689d; outline-offset: 2px; }
@media (forced-colors: active) { .button { border: 1px solid ButtonText; } }
`,
  );
  return elements.length;
}
