// npm start: builds the drop-in files if one is missing or older than the sources, then serves
// the demo pages and prints their URLs. dist/ is served as it is on disk, by sirv (Vite would
// rewrite the files' JavaScript as it serves them, and the builder's preview checks each file
// against its SRI hash); everything else goes through Vite, from source.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import sirv from 'sirv';
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
  console.log('Building the drop-in files for demo/drop-in.html and demo/builder.html …');
  execSync('npm run build', { stdio: 'inherit' });
}

const host = process.env.HOST ?? 'localhost';
const port = Number(process.env.PORT ?? 5173);
const http = createHttpServer();
const vite = await createServer({ server: { middlewareMode: true, hmr: { server: http } }, appType: 'mpa' });
const dist = sirv('dist', {
  dev: true,
  etag: true,
  setHeaders(res, path) {
    if (path.endsWith('.sri')) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  },
});
http.on('request', (req, res) => {
  const url = req.url ?? '/';
  if (url.startsWith('/dist/')) {
    req.url = url.slice('/dist'.length);
    dist(req, res, () => {
      req.url = url;
      vite.middlewares(req, res);
    });
  } else {
    vite.middlewares(req, res);
  }
});
http.listen(port, host, () => {
  const base = `http://${host}:${port}/`;
  console.log(`\n  endht-widgets demo:        ${base}demo/index.html`);
  console.log(`  drop-in (built files):     ${base}demo/drop-in.html`);
  console.log(`  embed-code builder:        ${base}demo/builder.html\n`);
});
