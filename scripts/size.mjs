// npm run size: raw, gzip (-9) and brotli (max) bytes of the drop-in bundle; exits 1 above
// the gzip budget. The budget is deterministic, so it is enforced here rather than in tests.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const BUDGET_GZIP = 30 * 1024;
const file = process.argv[2] ?? 'dist/endht-widgets.js';

if (!existsSync(file)) {
  console.error(`${file} does not exist: run "npm run build" first.`);
  process.exit(1);
}
const buf = readFileSync(file);
const gzip = gzipSync(buf, { level: 9 }).length;
const brotli = brotliCompressSync(buf, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
}).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`${file}`);
console.log(`  raw     ${String(buf.length).padStart(7)} B  ${kb(buf.length)}`);
console.log(`  gzip    ${String(gzip).padStart(7)} B  ${kb(gzip)}   (budget ${kb(BUDGET_GZIP)})`);
console.log(`  brotli  ${String(brotli).padStart(7)} B  ${kb(brotli)}`);
if (gzip > BUDGET_GZIP) {
  console.error(`Over budget: ${gzip} B gzip > ${BUDGET_GZIP} B.`);
  process.exit(1);
}
