// Fails when locales/*.xlf is out of date with the msg() calls in src/ (someone added or
// changed a message without running `npm run localize`). Extracts into a temporary folder,
// so it never rewrites the committed files.
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'endht-xliff-'));
const tmpConfig = join(dir, 'lit-localize.json');
writeFileSync(
  tmpConfig,
  JSON.stringify({
    ...config,
    tsConfig: join(process.cwd(), config.tsConfig),
    interchange: { ...config.interchange, xliffDir: dir },
  }),
);
try {
  execFileSync(
    process.execPath,
    ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'extract', '--config', tmpConfig],
    { stdio: 'pipe' },
  );
  const ids = (file) => [...readFileSync(file, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]).sort();
  const sources = (file) =>
    Object.fromEntries(
      [...readFileSync(file, 'utf8').matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g)].map((m) => [
        m[1],
        m[2].replace(/ equiv-text="[^"]*"/g, ''),
      ]),
    );
  let bad = 0;
  for (const locale of config.targetLocales) {
    const fresh = ids(join(dir, `${locale}.xlf`));
    const committed = ids(join('locales', `${locale}.xlf`));
    const missing = fresh.filter((i) => !committed.includes(i));
    const stale = committed.filter((i) => !fresh.includes(i));
    const a = sources(join(dir, `${locale}.xlf`));
    const b = sources(join('locales', `${locale}.xlf`));
    const changed = fresh.filter((i) => b[i] !== undefined && a[i] !== b[i]);
    if (missing.length || stale.length || changed.length) {
      bad++;
      console.error(
        `locales/${locale}.xlf is out of date: missing [${missing}] stale [${stale}] changed source [${changed}]. Run "npm run localize" and translate.`,
      );
    }
  }
  if (bad) process.exit(1);
  console.log(
    `locales: ${config.targetLocales.length} XLIFF files match the ${ids(join(dir, `${config.targetLocales[0]}.xlf`)).length} messages in src/`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
