// npm run size: the deterministic size budgets (issue 8), enforced in CI.
//   - the whole drop-in (dist/endht-widgets.js) ≤ 25 KB gzip;
//   - no element's own code above 4 KB gzip (src/elements/<name>/define.ts built alone with the
//     project's Vite config, lit and @lit/localize external; see scripts/sizes.mjs).
// Prints a table; exits 1 on any breach, naming it. Needs a build first (npm run build).
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import {
  ALL_ELEMENTS,
  BUDGET_BUNDLE_GZIP,
  BUDGET_ELEMENT_GZIP,
  BUNDLE,
  ROOT,
  bundleSizes,
  elementSizes,
  localeSizes,
  kb,
  table,
} from './sizes.mjs';

const file = process.argv[2] ?? BUNDLE;
if (!existsSync(file)) {
  console.error(`${file} does not exist: run "npm run build" first.`);
  process.exit(1);
}

const breaches = [];
const bundle = bundleSizes(file);
if (bundle.gzip > BUDGET_BUNDLE_GZIP) breaches.push(`${relative(ROOT, file)} is ${bundle.gzip} B gzip, over the ${BUDGET_BUNDLE_GZIP} B budget`);

const elements = await elementSizes();
for (const e of elements) {
  // An element's own code is what it adds to a bundle that already has Lit, @lit/localize and
  // the shared src/core: its module, styles and data. Core is counted once, in the bundle.
  if (e.noCore.gzip > BUDGET_ELEMENT_GZIP) breaches.push(`<${e.tags.join('>, <')}> (src/elements/${e.name}) own code is ${e.noCore.gzip} B gzip, over the ${BUDGET_ELEMENT_GZIP} B budget`);
}
const locales = await localeSizes();

const rows = [['', 'raw', 'gzip', 'brotli', 'budget (gzip)', '']];
rows.push([relative(ROOT, file), bundle.raw, bundle.gzip, bundle.brotli, `${BUDGET_BUNDLE_GZIP} (${kb(BUDGET_BUNDLE_GZIP)})`, bundle.gzip > BUDGET_BUNDLE_GZIP ? 'OVER' : 'ok']);
for (const e of elements) {
  rows.push([`  <${e.tags.join('>, <')}> own code (without core)`, e.noCore.raw, e.noCore.gzip, e.noCore.brotli, BUDGET_ELEMENT_GZIP, e.noCore.gzip > BUDGET_ELEMENT_GZIP ? 'OVER' : 'ok']);
  rows.push([`    with the src/core helpers it uses`, e.own.raw, e.own.gzip, e.own.brotli, '', '']);
}
for (const l of locales) rows.push([`  locale ${l.locale}`, l.raw, l.gzip, l.brotli, '', '']);
console.log(table(rows));

const present = new Set(elements.flatMap((e) => e.tags));
const missing = ALL_ELEMENTS.filter((t) => !present.has(t));
if (missing.length) console.log(`\nNot built yet (no src/elements/*/define.ts defines them): ${missing.map((t) => `<${t}>`).join(', ')}`);
console.log(`\nBytes; gzip -9, brotli 11. Budgets: bundle ≤ ${kb(BUDGET_BUNDLE_GZIP)} gzip, each element's own code ≤ ${kb(BUDGET_ELEMENT_GZIP)} gzip.`);

if (breaches.length) {
  for (const b of breaches) console.error(`Over budget: ${b}.`);
  process.exit(1);
}
console.log('Size budgets: all within.');
