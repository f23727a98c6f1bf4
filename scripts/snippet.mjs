// node scripts/snippet.mjs: writes the heights that `npm run bench` measured (bench/results.json)
// into the pre-upgrade snippet of docs/layout.md, and copies that snippet into demo/drop-in.html.
// Run it after the bench whenever an element's size has changed; the bench's layout-stability
// section (docs/performance.md) then shows whether the snippet keeps the page still.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LAYOUT = `${ROOT}docs/layout.md`;
const DEMO = `${ROOT}demo/drop-in.html`;

/** English heights in px, by element (or element with attributes) and container width. */
const measured = JSON.parse(readFileSync(`${ROOT}bench/results.json`, 'utf8')).snippet.measuredHeights;

/** The width whose height a rule holds: its container condition, or 360 px for the rule without one. */
function widthOf(condition) {
  if (condition === undefined) return 360;
  if (condition === 'max-width: 320px') return 280;
  return Number(/^min-width: (\d+)px$/.exec(condition)?.[1]);
}

const rem = (px) => `${(Math.round((px / 16) * 1000) / 1000).toFixed(3)}rem`;

// A height rule of the snippet: `[@container (condition) { ]selector::before { block-size: …; }`.
const RULE =
  /^(\s*)(?:@container \(([^)]*)\) \{ )?(endht-[a-z-]+)((?:\[variant='[a-z]+' i\])?):is\(:not\(:defined\), :state\(waiting\)\)::before \{ block-size: ([\d.]+rem); \}/;

let layout = readFileSync(LAYOUT, 'utf8');
let changed = 0;
layout = layout
  .split('\n')
  .map((line) => {
    const m = RULE.exec(line);
    if (!m) return line;
    const [, , condition, tag, variant, old] = m;
    const key = variant ? `${tag}${variant.replace(' i]', ']')}` : tag;
    const px = measured[key]?.en?.[widthOf(condition)];
    if (typeof px !== 'number') throw new Error(`no measured height for ${key} at ${widthOf(condition)} px`);
    if (rem(px) !== old) changed++;
    return line.replace(`block-size: ${old};`, `block-size: ${rem(px)};`);
  })
  .join('\n');
writeFileSync(LAYOUT, layout);

// The demo carries the snippet verbatim, between its marker comment and the end of its style.
const snippet = /```css\n(\/\* endht-widgets: pre-upgrade snippet[\s\S]*?)```/.exec(layout)?.[1];
if (!snippet) throw new Error('docs/layout.md: no pre-upgrade snippet found');
const MARKER = '/* The pre-upgrade snippet of docs/layout.md, verbatim (npm run bench checks that it matches). */';
const demo = readFileSync(DEMO, 'utf8');
const start = demo.indexOf(MARKER);
const end = demo.indexOf('    </style>', start);
if (start < 0 || end < 0) throw new Error('demo/drop-in.html: no snippet marker or </style> after it');
const indented = snippet
  .trimEnd()
  .split('\n')
  .map((line) => (line ? `      ${line}` : line))
  .join('\n');
writeFileSync(DEMO, `${demo.slice(0, start)}${MARKER}\n${indented}\n${demo.slice(end)}`);

console.log(`docs/layout.md: ${changed} height(s) changed; demo/drop-in.html: snippet copied`);
