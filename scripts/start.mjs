// npm start: builds dist/endht-widgets.js if it is missing or older than the sources, then
// serves the demo pages and prints their URLs.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { createServer } from 'vite';

const BUNDLE = 'dist/endht-widgets.js';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(BUNDLE) || !existsSync(`${BUNDLE}.sri`) || statSync(BUNDLE).mtimeMs < newest('src')) {
  console.log('Building dist/endht-widgets.js for demo/drop-in.html and demo/builder.html …');
  execSync('npm run build', { stdio: 'inherit' });
}

const server = await createServer({
  server: { host: process.env.HOST ?? 'localhost', port: Number(process.env.PORT ?? 5173) },
});
await server.listen();
const base = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port}/`;
console.log(`\n  endht-widgets demo:        ${base}demo/index.html`);
console.log(`  drop-in (built bundle):    ${base}demo/drop-in.html`);
console.log(`  embed-code builder:        ${base}demo/builder.html\n`);
