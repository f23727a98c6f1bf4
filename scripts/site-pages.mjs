// The static site's pages (npm run build:site → site/): the documentation as HTML, rendered from the
// same Markdown files a reader sees in the repository, and an index that shows every widget live.
//   site/index.html             the widgets, live, with the language and theme switches
//   site/elements/<name>.html   docs/elements/<name>.md: usage, examples (each shown live above its
//                               code) and the API tables (generated into the page by scripts/docs.mjs)
//   site/docs/<name>.html       docs/*.md, CHANGELOG.md and CONTRIBUTING.md
// Links between pages follow the files; a link to a file the site does not carry (source code, the
// licence) is kept as text. Plain HTML: the only scripts are the drop-in files (with their SRI
// hashes) and site.js (the switches).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { elementsFromManifest } from './manifest-model.mjs';
import { listElements } from '../build/elements.mjs';

const esc = (s) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** A heading's anchor, as GitHub writes it: lower case, punctuation dropped, spaces as hyphens. */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/**
 * Markdown to HTML, for the subset our documentation uses: headings, paragraphs, lists (nested by
 * indentation), fenced code, tables, block quotes, raw HTML blocks, and inline code, bold, italic
 * and links. `link(href)` maps a link's target (or returns null to keep the text only);
 * `example(code)` may turn an ```html block into something richer.
 */
export function markdown(md, { link = (href) => href, example = null } = {}) {
  const ids = new Map();
  const headingId = (text) => {
    const base = slug(text);
    const n = ids.get(base) ?? 0;
    ids.set(base, n + 1);
    return n ? `${base}-${n}` : base;
  };
  const inline = (text) =>
    text
      .split(/(`+[^`]*?`+)/)
      .map((part) =>
        part.startsWith('`')
          ? `<code>${esc(part.replace(/^`+ ?|`+$/g, '').replace(/ $/, ''))}</code>`
          : inlineText(part),
      )
      .join('');
  const inlineText = (text) => {
    // Raw inline HTML we write in Markdown (<br>, <sub>, <img>) is kept; everything else escaped.
    // Kept pieces wait in the text as private-use characters around their number.
    const kept = [];
    const keep = (html) => `\uE000${kept.push(html) - 1}\uE001`;
    let out = text.replace(/<(\/?)(br|sub|img|code|p|a)\b[^>]*>/g, (m) => keep(m));
    out = out.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => {
      const target = link(href);
      return keep(target === null ? inlineText(label) : `<a href="${esc(target)}">${inlineText(label)}</a>`);
    });
    out = esc(out)
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
      .replace(/(^|[\s(])_([^_\s][^_]*)_(?=[\s).,;:]|$)/g, '$1<em>$2</em>');
    return out.replace(/\uE000(\d+)\uE001/g, (_, i) => kept[Number(i)]);
  };
  const cells = (row) =>
    row
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replace(/\\\|/g, '|'));

  const lines = md.replace(/\r\n/g, '\n').split('\n');
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = /^(\s*)```(\w*)/.exec(line);
    if (fence) {
      const body = [];
      for (i++; i < lines.length && !/^\s*```/.test(lines[i]); i++) body.push(lines[i].slice(fence[1].length));
      i++;
      const code = body.join('\n');
      const rich = fence[2] === 'html' && example ? example(code) : null;
      out.push(rich ?? `<pre><code${fence[2] ? ` class="language-${fence[2]}"` : ''}>${esc(code)}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      const html = inline(heading[2]);
      out.push(`<h${level} id="${headingId(heading[2].replace(/`/g, ''))}">${html}</h${level}>`);
      i++;
      continue;
    }
    if (line.startsWith('|') && /^\|?\s*:?-{3,}/.test(lines[i + 1] ?? '')) {
      const head = cells(line);
      const rows = [];
      for (i += 2; i < lines.length && lines[i].startsWith('|'); i++) rows.push(cells(lines[i]));
      out.push(
        `<div class="table" role="region" tabindex="0" aria-label="Table: ${esc(head.join(', '))}"><table>` +
          `<thead><tr>${head.map((h) => `<th scope="col">${inline(h)}</th>`).join('')}</tr></thead>` +
          `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody>` +
          '</table></div>',
      );
      continue;
    }
    if (/^\s*<(p|div|figure|img|table|details)\b/.test(line)) {
      const block = [];
      for (; i < lines.length && lines[i].trim(); i++) block.push(lines[i]);
      out.push(
        block.join('\n').replace(/(src|href)="([^"]+)"/g, (m, attr, href) => `${attr}="${esc(link(href) ?? '#')}"`),
      );
      continue;
    }
    if (line.startsWith('>')) {
      const block = [];
      for (; i < lines.length && lines[i].startsWith('>'); i++) block.push(lines[i].replace(/^>\s?/, ''));
      out.push(`<blockquote>${markdown(block.join('\n'), { link })}</blockquote>`);
      continue;
    }
    const item = /^(\s*)([-*]|\d+\.)\s+/.exec(line);
    if (item) {
      const indent = item[1].length;
      const ordered = /\d/.test(item[2]);
      const items = [];
      while (i < lines.length) {
        const m = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(lines[i]);
        if (!m || m[1].length !== indent) break;
        const body = [m[3]];
        for (i++; i < lines.length; i++) {
          const next = lines[i];
          if (!next.trim()) {
            // A blank line ends the item unless an indented line follows.
            if (/^\s{2,}\S/.test(lines[i + 1] ?? '') && !/^\s*([-*]|\d+\.)\s/.test(lines[i + 1])) {
              body.push('');
              continue;
            }
            if (/^\s+([-*]|\d+\.)\s/.test(lines[i + 1] ?? '')) continue;
            break;
          }
          const nested = /^(\s*)([-*]|\d+\.)\s/.exec(next);
          if (nested && nested[1].length <= indent) break;
          if (!nested && !/^\s/.test(next)) {
            if (/^(#|\||```|<)/.test(next)) break;
          }
          body.push(next.slice(Math.min(indent + 2, next.length - next.trimStart().length)));
        }
        const text = body.join('\n');
        const inner = markdown(text, { link });
        // A one-paragraph item is written without its <p>.
        items.push(`<li>${inner.replace(/^<p>([\s\S]*?)<\/p>(?=\n<(ul|ol)|$)/, '$1')}</li>`);
        while (i < lines.length && !lines[i].trim() && /^(\s*)([-*]|\d+\.)\s/.test(lines[i + 1] ?? '')) {
          if (/^(\s*)/.exec(lines[i + 1])[1].length !== indent) break;
          i++;
        }
      }
      out.push(ordered ? `<ol>${items.join('\n')}</ol>` : `<ul>${items.join('\n')}</ul>`);
      continue;
    }
    const para = [];
    for (; i < lines.length && lines[i].trim(); i++) {
      if (para.length && /^(#{1,6}\s|```|\||>|\s*([-*]|\d+\.)\s)/.test(lines[i])) break;
      para.push(lines[i].trim());
    }
    out.push(`<p>${inline(para.join(' '))}</p>`);
  }
  return out.join('\n');
}

const LANGS = [
  ['en', 'English'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['ar', 'العربية'],
  ['zh-Hans', '中文'],
  ['ru', 'Русский'],
];

function shell({ title, base, hashes, body, nav, scripts }) {
  const script = (file) =>
    `<script type="module" src="${base}${file}"${hashes[file] ? ` integrity="${hashes[file]}"` : ''} crossorigin="anonymous"></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${base}site.css">
${scripts.map(script).join('\n')}
<script type="module" src="${base}site.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="top" lang="en">
<a class="home" href="${base}index.html">endht-widgets</a>
<nav aria-label="Site"><ul>${nav}</ul></nav>
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
 * Writes the site's pages, site.css, site.js and the images they show into `out`.
 * @param {string} out the site folder
 * @param {{ manifest: unknown, hashes: Record<string, string>, root: string }} input
 * @returns {number} the number of element pages
 */
export function writeSitePages(out, { manifest, hashes, root }) {
  const ownFileOnly = new Set(
    listElements(root)
      .filter((e) => !e.inDropIn)
      .map((e) => e.tag),
  );
  const elements = elementsFromManifest(manifest).map((el) => ({ ...el, inDropIn: !ownFileOnly.has(el.tag) }));
  const short = (tag) => tag.replace(/^endht-/, '');
  const fileOf = (tag) => `endht-${short(tag)}.js`;
  // The repository's Markdown files and the site page each becomes (paths relative to the site).
  const pages = new Map([['README.md', 'index.html']]);
  for (const el of elements) pages.set(`docs/elements/${short(el.tag)}.md`, `elements/${short(el.tag)}.html`);
  for (const f of readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    pages.set(`docs/${f}`, `docs/${f.replace(/\.md$/, '.html')}`);
  }
  pages.set('CHANGELOG.md', 'docs/changelog.html');
  pages.set('CONTRIBUTING.md', 'docs/contributing.html');

  /** Maps a link in repository file `from` to the site page written at `page`. */
  const linker = (from, page) => (href) => {
    if (/^[a-z]+:/i.test(href) || href.startsWith('//')) return href;
    if (href.startsWith('#')) return href;
    if (href.startsWith('/')) return href; // an example's own site path
    const [path, anchor] = href.split('#');
    const target = posix.normalize(posix.join(posix.dirname(from), path));
    const rel = (to) => posix.relative(posix.dirname(page), to) || posix.basename(to);
    if (pages.has(target)) return rel(pages.get(target)) + (anchor ? `#${anchor}` : '');
    if (target.startsWith('docs/img/') && existsSync(join(root, target))) {
      mkdirSync(join(out, 'img'), { recursive: true });
      copyFileSync(join(root, target), join(out, 'img', posix.basename(target)));
      return rel(`img/${posix.basename(target)}`);
    }
    return null; // a file the site does not carry: the text stays, without a link
  };

  const navItems = (base, current) =>
    [
      ...elements.map((e) => [`elements/${short(e.tag)}.html`, `<code>&lt;${e.tag}&gt;</code>`]),
      ['docs/security.html', 'Security'],
      ['builder.html', 'Builder'],
    ]
      .map(
        ([href, label]) =>
          `<li><a href="${base}${href}"${href === current ? ' aria-current="page"' : ''}>${label}</a></li>`,
      )
      .join('');

  const write = (page, html) => {
    mkdirSync(dirname(join(out, page)), { recursive: true });
    writeFileSync(join(out, page), html);
  };
  const baseOf = (page) => '../'.repeat(page.split('/').length - 1);

  // Element pages: every ```html block is shown live above its code.
  for (const el of elements) {
    const from = `docs/elements/${short(el.tag)}.md`;
    const page = pages.get(from);
    let n = 0;
    const example = (code) => {
      n++;
      return `<figure class="example" aria-labelledby="ex-${n}">
<figcaption id="ex-${n}">Example ${n}</figcaption>
<div class="live">${code}</div>
<pre><code class="language-html">${esc(code)}</code></pre>
</figure>`;
    };
    const md = readFileSync(join(root, from), 'utf8').replace(/<!-- api:(start|end) -->\n?/g, '');
    const body = `${markdown(md, { link: linker(from, page), example })}
<p><a class="button" href="../builder.html?element=${encodeURIComponent(el.tag)}">Open <code>&lt;${el.tag}&gt;</code> in the builder</a></p>`;
    const base = baseOf(page);
    const scripts = [el.inDropIn === false ? fileOf(el.tag) : 'endht-widgets.js'];
    write(
      page,
      shell({ title: `<${el.tag}> — endht-widgets`, base, hashes, body, nav: navItems(base, page), scripts }),
    );
  }

  // The other documents: code only, nothing live.
  for (const [from, page] of pages) {
    if (from === 'README.md' || from.startsWith('docs/elements/')) continue;
    const md = readFileSync(join(root, from), 'utf8');
    const title = /^#\s+(.*)$/m.exec(md)?.[1].replace(/`/g, '') ?? from;
    const base = baseOf(page);
    const body = markdown(md, { link: linker(from, page) });
    write(
      page,
      shell({ title: `${title} — endht-widgets`, base, hashes, body, nav: navItems(base, page), scripts: [] }),
    );
  }

  // The index: every widget live, in the page's language and the chosen theme, then the README
  // (without its title and picture, which the live widgets replace).
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
    .replace(/^# .*\n/, '')
    .replace(/^<p><img src="docs\/img\/contact-sheet\.png"[^\n]*\n/m, '');
  const cards = elements.map(
    (el) => `<li class="card">
<h2><a href="elements/${short(el.tag)}.html"><code>&lt;${el.tag}&gt;</code></a></h2>
<p>${esc(el.summary)}</p>
<div class="live">${el.tag === 'endht-help' ? '<endht-help topic="signs"></endht-help>' : `<${el.tag}></${el.tag}>`}</div>
<p><a href="builder.html?element=${encodeURIComponent(el.tag)}">Open in the builder<span class="visually-hidden">: &lt;${el.tag}&gt;</span></a></p>
</li>`,
  );
  const index = `<h1>endht-widgets</h1>
<p>Widgets for the UN World Day against Trafficking in Persons (30 July), in the six UN languages.
One file, no tracking. The widgets below are live: switch their language and theme above. Pick one, or
open the <a href="builder.html">embed-code builder</a> to set one up and copy its code.</p>
<p>Documentation: <a href="docs/layout.html">layout without jumps</a>, <a href="docs/security.html">security</a>,
<a href="docs/campaign.html">campaign features</a>, <a href="docs/npm.html">the npm package</a>,
<a href="docs/wordpress.html">WordPress</a>, <a href="docs/sources.html">sources</a>,
<a href="docs/decisions.html">decisions</a>, <a href="docs/design.html">design</a>,
<a href="docs/changelog.html">changelog</a>, <a href="docs/contributing.html">contributing</a>.</p>
<ul class="cards">${cards.join('\n')}</ul>
${markdown(readme, { link: linker('README.md', 'index.html') })}`;
  const scripts = ['endht-widgets.js', ...elements.filter((e) => e.inDropIn === false).map((e) => fileOf(e.tag))];
  write('index.html', shell({ title: 'endht-widgets', base: '', hashes, body: index, nav: navItems('', ''), scripts }));

  writeFileSync(
    join(out, 'site.js'),
    `// The switches: the widgets follow <html lang> (the site's own text is marked lang="en"), and
// each widget takes theme="…".
const lang = document.getElementById('site-lang');
const theme = document.getElementById('site-theme');
const widgets = () => [...document.querySelectorAll('main *')].filter((el) => el.localName.startsWith('endht-'));
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
    `*, *::before, *::after { box-sizing: border-box; }
body { font-family: system-ui, sans-serif; margin: 0; color: #1a2b3c; background: #fff; line-height: 1.5; overflow-wrap: anywhere; }
body.dark { background: #08131b; color: #e8f1f8; }
body.dark a { color: #7fcaf2; }
a { color: #00577f; }
.skip { position: absolute; inset-inline-start: -100vw; }
.skip:focus { inset-inline-start: 0.5rem; inset-block-start: 0.5rem; background: #fff; padding: 0.5rem; z-index: 1; }
.top { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; padding: 0.75rem 1rem; border-block-end: 1px solid #cfe3f0; }
.home { font-weight: 700; font-size: 1.1rem; }
.top ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
.top a { display: inline-block; min-block-size: 24px; }
.switchers { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin-inline-start: auto; }
select { font: inherit; min-block-size: 2rem; max-inline-size: 100%; }
main { padding: 1rem 1rem 3rem; max-inline-size: 1100px; }
main > * { max-inline-size: 100%; }
img { max-inline-size: 100%; block-size: auto; }
.button { display: inline-block; padding: 0.5rem 1rem; border-radius: 6px; background: #00689d; color: #fff; font-weight: 600; text-decoration: none; }
.button code { color: inherit; }
body.dark .button { background: #7fcaf2; color: #08131b; }
.example { margin: 0 0 1.5rem; border: 1px solid #cfe3f0; border-radius: 8px; padding: 0.5rem; }
.example figcaption { font-size: 0.85rem; font-weight: 600; margin-block-end: 0.5rem; }
.live { overflow-x: auto; }
pre { background: #f3f8fc; color: #1a2b3c; padding: 0.75rem; border-radius: 6px; overflow-x: auto; font-size: 0.85rem; overflow-wrap: normal; }
body.dark pre { background: #0d1b26; color: #e8f1f8; }
.table { overflow-x: auto; margin-block: 1rem 2rem; }
table { border-collapse: collapse; font-size: 0.92rem; min-inline-size: 100%; }
.table table { overflow-wrap: normal; }
.table td, .table th { min-inline-size: 8ch; }
th, td { border: 1px solid #cfe3f0; padding: 0.35rem 0.5rem; text-align: start; vertical-align: top; }
blockquote { margin-inline: 0; padding-inline-start: 1rem; border-inline-start: 4px solid #cfe3f0; }
.cards { list-style: none; padding: 0; display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr)); }
.card { border: 1px solid #cfe3f0; border-radius: 8px; padding: 0.75rem; min-inline-size: 0; }
.card h2 { margin-block-start: 0; font-size: 1.1rem; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
:focus-visible { outline: 3px solid #00689d; outline-offset: 2px; }
@media (forced-colors: active) { .button { border: 1px solid ButtonText; } }
`,
  );
  // The example logos the partner strip's page uses (src="/logos/…").
  if (existsSync(join(root, 'demo/logos'))) {
    mkdirSync(join(out, 'logos'), { recursive: true });
    for (const f of readdirSync(join(root, 'demo/logos')))
      copyFileSync(join(root, 'demo/logos', f), join(out, 'logos', f));
  }
  return elements.length;
}
