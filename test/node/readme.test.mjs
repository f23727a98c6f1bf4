// The README is for people who want a widget on their site: short, and every command, version,
// hash and link in it true (after the build: `npm test` runs this after `vite build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { cdnBlock, cdnUrl, sriOf, version, withCdnBlock } from '../../scripts/release.mjs';
import { listElements } from '../../build/elements.mjs';
import { slug } from '../../scripts/site-pages.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');

test('the README has at most 300 lines', () => {
  const lines = readme.split('\n').length;
  assert.ok(lines <= 300, `README.md has ${lines} lines`);
});

test("the README's CDN line is the pinned npm CDN address with the built file's hash", () => {
  const v = version();
  assert.ok(readme.includes(cdnUrl(v)), `the CDN line pins ${v}: ${cdnUrl(v)}`);
  // The .sri file is the build's; check it against the file itself, then the README against both.
  const file = readFileSync(join(ROOT, 'dist/endht-widgets.js'));
  const sri = `sha384-${createHash('sha384').update(file).digest('base64')}`;
  assert.equal(sriOf(), sri, 'dist/endht-widgets.js.sri is the hash of dist/endht-widgets.js');
  assert.equal(
    withCdnBlock(readme, cdnBlock(v, sri)),
    readme,
    'the README carries the hash of the built dist/endht-widgets.js: run "node scripts/release.mjs --readme"',
  );
});

test('every version the README names is the package version', () => {
  const v = version();
  const named = [...readme.matchAll(/endht-widgets[@-](\d+\.\d+\.\d+)/g)].map((m) => m[1]);
  assert.ok(named.length >= 2, 'the README names the version of the CDN line and of the zip');
  for (const n of named) assert.equal(n, v);
});

test("the README's two developer commands are the ones CI runs", () => {
  const block = /## For developers[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const commands = block
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
  assert.deepEqual(commands, ['npm ci', 'npm test']);
  assert.match(ci, /^npm ci\b/m, '.ci/run installs with npm ci');
  assert.match(ci, /^npm test$/m, ".ci/run runs the README's test command");
});

test('the README links every element page, and every relative link of the README exists', () => {
  for (const { name } of listElements(ROOT)) {
    assert.ok(readme.includes(`](docs/elements/${name}.md)`), `the README links docs/elements/${name}.md`);
  }
  const targets = [...readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)|<img src="([^"]+)"/g)]
    .map((m) => m[1] ?? m[3])
    .filter((t) => t && !/^[a-z]+:/.test(t));
  assert.ok(targets.length > 10);
  for (const t of targets) {
    // docs/performance.md is written by npm run bench.
    if (t === 'docs/performance.md') continue;
    assert.ok(existsSync(join(ROOT, t)), `${t} exists`);
  }
});

test("every relative link in the repository's Markdown leads to a file, and to a heading that exists", () => {
  const files = execFileSync('git', ['ls-files', '*.md'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  const headings = (file) => {
    const ids = new Map();
    const out = new Set();
    for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(/^#{1,6}\s+(.*)$/gm)) {
      const base = slug(m[1].replace(/`/g, ''));
      const n = ids.get(base) ?? 0;
      ids.set(base, n + 1);
      out.add(n ? `${base}-${n}` : base);
    }
    return out;
  };
  const broken = [];
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [path, anchor] = target.split('#');
      const resolved = path ? posix.normalize(posix.join(posix.dirname(file), path)) : file;
      // docs/performance.md is written by npm run bench.
      if (resolved === 'docs/performance.md') continue;
      if (!existsSync(join(ROOT, resolved))) broken.push(`${file}: ${target}`);
      else if (anchor && resolved.endsWith('.md') && !headings(resolved).has(anchor)) broken.push(`${file}: ${target}`);
    }
  }
  assert.deepEqual(broken, []);
});
