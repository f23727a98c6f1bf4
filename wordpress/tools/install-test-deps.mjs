#!/usr/bin/env node
// Installs wordpress/package.json's test dependencies (WordPress Playground) with `npm ci`, unless
// wordpress/node_modules already holds exactly what wordpress/package-lock.json pins.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
const installed = join(dir, 'node_modules', '.package-lock.json');
const packages = (file) => JSON.stringify(Object.entries(JSON.parse(readFileSync(file, 'utf8')).packages ?? {}).filter(([k]) => k).map(([k, v]) => [k, v.version]).sort());
if (existsSync(installed) && packages(installed) === packages(join(dir, 'package-lock.json'))) {
  console.log('wordpress/node_modules is up to date');
} else {
  const started = Date.now();
  execFileSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
  console.log(`wordpress/node_modules installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
