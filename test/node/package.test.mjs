// The npm package's shape (after `npm run build:npm`): exports, side effects, files, and that
// every entry loads in Node (so nothing touches the DOM at import time) and does what it says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listElements } from '../../build/elements.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const elements = listElements(ROOT);

/** Runs ESM code in a fresh Node process from the package root (self-reference: `endht-widgets/…`). */
const node = (code) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' }).trim();

test('the package is an ES module package with lit and @lit/localize as dependencies', () => {
  assert.equal(pkg.type, 'module');
  assert.ok(pkg.dependencies.lit && pkg.dependencies['@lit/localize']);
  for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
    assert.match(version, /^\d+\.\d+\.\d+$/, `${name} is pinned to an exact version`);
  }
});

test('every export target exists after the build', () => {
  const targets = [];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  for (const t of targets) {
    if (t.includes('*')) continue;
    assert.ok(existsSync(join(ROOT, t)), `${t} exists`);
  }
  for (const l of ['fr', 'es', 'ar', 'zh-Hans', 'ru'])
    assert.ok(existsSync(join(ROOT, `dist/npm/generated/locales/${l}.js`)));
});

/** The files an export of package.json leads to for `subpath`, as Node resolves it (exact key first, else the longest pattern). */
function exportTargets(subpath) {
  if (pkg.exports[subpath]) return pkg.exports[subpath];
  const patterns = Object.keys(pkg.exports)
    .filter((key) => key.includes('*'))
    .sort((a, b) => b.indexOf('*') - a.indexOf('*') || b.length - a.length);
  for (const key of patterns) {
    const [head, tail] = key.split('*');
    if (!subpath.startsWith(head) || !subpath.endsWith(tail) || subpath.length < key.length - 1) continue;
    const match = subpath.slice(head.length, subpath.length - tail.length);
    const target = pkg.exports[key];
    const fill = (path) => path.replaceAll('*', match);
    return typeof target === 'string'
      ? fill(target)
      : Object.fromEntries(Object.entries(target).map(([k, v]) => [k, fill(v)]));
  }
  return undefined;
}

test('each element has a defining entry, a define-only entry, a class entry and a drop-in file, through subpath patterns', () => {
  for (const { name } of elements) {
    assert.deepEqual(exportTargets(`./${name}`), {
      types: `./dist/npm/entries/${name}.d.ts`,
      default: `./dist/npm/entries/${name}.js`,
    });
    assert.deepEqual(exportTargets(`./${name}/define`), {
      types: `./dist/npm/elements/${name}/define.d.ts`,
      default: `./dist/npm/elements/${name}/define.js`,
    });
    assert.deepEqual(exportTargets(`./${name}/class`), {
      types: `./dist/npm/elements/${name}/${name}.d.ts`,
      default: `./dist/npm/elements/${name}/${name}.js`,
    });
    assert.deepEqual(exportTargets(`./drop-in/${name}`), {
      types: `./dist/npm/entries/${name}.d.ts`,
      default: `./dist/endht-${name}.js`,
    });
    for (const file of Object.values(exportTargets(`./${name}/class`))) assert.ok(existsSync(join(ROOT, file)), file);
    assert.ok(existsSync(join(ROOT, `dist/endht-${name}.js`)), `dist/endht-${name}.js`);
  }
  // No generated key per element: the patterns serve them all.
  assert.ok(!Object.keys(pkg.exports).some((key) => elements.some(({ name }) => key.startsWith(`./${name}`))));
  assert.equal(pkg.exports['./drop-in'].default, './dist/endht-widgets.js');
  // The exact exports win over "./*" for the subpaths that are not elements.
  assert.equal(exportTargets('./define').default, './dist/npm/entries/define.js');
  assert.equal(exportTargets('./locales/fr.js').default, './dist/npm/generated/locales/fr.js');
});

test('sideEffects lists the defining modules and no class module', () => {
  const se = pkg.sideEffects;
  assert.ok(Array.isArray(se));
  for (const p of [
    './dist/npm/index.js',
    './dist/npm/page-locale.js',
    './dist/npm/elements/*/define.js',
    './dist/npm/entries/*.js',
    './dist/endht-*.js',
  ])
    assert.ok(se.includes(p), p);
  for (const { name } of elements) assert.ok(!se.includes(`./dist/npm/elements/${name}/${name}.js`));
});

test('npm pack ships the manifest, the generated types, the drop-in file and the CLI, and no sources or tests', () => {
  const [info] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
  );
  const files = new Set(info.files.map((f) => f.path));
  for (const f of [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/endht-widgets.js',
    ...elements.map(({ name }) => `dist/endht-${name}.js`),
    'dist/endht-widgets.LICENSES.txt',
    'dist/endht-widgets.js.sri',
    ...elements.map(({ name }) => `dist/endht-${name}.js.sri`),
    'CHANGELOG.md',
    'dist/npm/index.js',
    'dist/npm/index.d.ts',
    'dist/npm/custom-elements.json',
    'dist/npm/vscode.html-custom-data.json',
    'dist/npm/vscode.css-custom-data.json',
    'dist/npm/types/jsx.d.ts',
    'dist/npm/types/vue.d.ts',
    'dist/npm/types/solid.d.ts',
    'dist/npm/types/react.d.ts',
    'dist/npm/types/preact.d.ts',
    'dist/npm/ssr/index.js',
    'bin/endht-widgets.mjs',
  ]) {
    assert.ok(files.has(f), `${f} is in the tarball`);
  }
  for (const f of files)
    assert.ok(
      !/^(src|test|scripts|demo|locales|bench|site|wordpress|docs)\//.test(f) &&
        !f.endsWith('.test.js') &&
        !f.endsWith('.zip') &&
        !/^dist\/stats\.(html|json)$/.test(f),
      `${f} is not shipped`,
    );
  assert.equal(pkg.customElements, './dist/npm/custom-elements.json');
});

test('every drop-in file names the licences of what it contains, and the one LICENSES file carries their texts', () => {
  const notices = readFileSync(join(ROOT, 'dist/endht-widgets.LICENSES.txt'), 'utf8');
  assert.ok(notices.includes(readFileSync(join(ROOT, 'LICENSE'), 'utf8').trim()), 'our MIT licence is in it');
  for (const file of ['endht-widgets.js', ...elements.map(({ name }) => `endht-${name}.js`)]) {
    const banner = readFileSync(join(ROOT, 'dist', file), 'utf8').split('\n')[0];
    assert.match(banner, /^\/\*! endht-widgets \S+ \(MIT\), with .* endht-widgets\.LICENSES\.txt \*\/$/, file);
    // Every package whose code the file inlines, read from its source map: named in the banner,
    // and its own LICENSE text in the notices.
    const map = JSON.parse(readFileSync(join(ROOT, 'dist', `${file}.map`), 'utf8'));
    const inlined = new Set(
      map.sources
        .filter(
          (source, i) =>
            map.sourcesContent?.[i]?.trim() && !/\/lit\/(index|decorators|directives\/[^/]+)\.js$/.test(source),
        )
        .map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1])
        .filter(Boolean),
    );
    assert.ok(inlined.has('lit-html') && inlined.has('@lit/localize'), `${file}: ${[...inlined].join()}`);
    for (const name of inlined) {
      assert.ok(banner.includes(name), `${file}: ${name} is named in the banner`);
      const license = readFileSync(join(ROOT, 'node_modules', name, 'LICENSE'), 'utf8').trim();
      assert.ok(notices.includes(license), `${name}'s LICENSE text is in endht-widgets.LICENSES.txt`);
    }
  }
});

test('the VS Code custom data lists the values of each attribute typed as a union', () => {
  const data = JSON.parse(readFileSync(join(ROOT, 'dist/npm/vscode.html-custom-data.json'), 'utf8'));
  const countdown = data.tags.find((t) => t.name === 'endht-countdown');
  const values = (attr) => countdown.attributes.find((a) => a.name === attr).values.map((v) => v.name);
  assert.deepEqual(values('precision').sort(), ['day', 'hour', 'minute', 'second']);
  assert.deepEqual(values('theme').sort(), ['dark', 'light']);
});

test('the declarations map every tag and event for TypeScript', () => {
  for (const { name, tag, className } of elements) {
    const dts = readFileSync(join(ROOT, `dist/npm/elements/${name}/${name}.d.ts`), 'utf8');
    assert.match(dts, new RegExp(`interface HTMLElementTagNameMap[\\s\\S]*'${tag}': ${className}`));
  }
});

test('"." defines every element of the campaign drop-in and configures localization, in Node too (no DOM access at import)', () => {
  const tags = elements.filter((e) => e.inDropIn).map((e) => e.tag);
  const out = JSON.parse(
    node(
      `const m = await import('endht-widgets'); console.log(JSON.stringify({ defined: ${JSON.stringify(tags)}.map((t) => !!customElements.get(t)), locale: m.getLocale(), version: m.VERSION }))`,
    ),
  );
  assert.deepEqual(
    out.defined,
    tags.map(() => true),
  );
  assert.equal(out.locale, 'en');
  assert.equal(out.version, pkg.version);
});

for (const { name, tag, className } of elements) {
  test(`endht-widgets/${name}/class is side-effect free; /${name}/define defines <${tag}> without localization; /${name} defines it with`, () => {
    const others = elements.filter((e) => e.tag !== tag).map((e) => e.tag);
    const cls = JSON.parse(
      node(
        `const m = await import('endht-widgets/${name}/class'); console.log(JSON.stringify({ cls: typeof m.${className}, defined: !!customElements.get('${tag}'), version: m.${className}.version }))`,
      ),
    );
    assert.deepEqual(cls, { cls: 'function', defined: false, version: pkg.version });
    const def = JSON.parse(
      node(
        `const m = await import('endht-widgets/${name}/define'); const c = customElements.get('${tag}'); console.log(JSON.stringify({ same: c === m.${className}, others: ${JSON.stringify(others)}.some((t) => customElements.get(t)), configured: !!globalThis[Symbol.for('endht-widgets.localizations')] }))`,
      ),
    );
    assert.deepEqual(def, { same: true, others: false, configured: false });
    const entry = JSON.parse(
      node(
        `const m = await import('endht-widgets/${name}'); console.log(JSON.stringify({ defined: !!customElements.get('${tag}'), others: ${JSON.stringify(others)}.some((t) => customElements.get(t)), configured: !!globalThis[Symbol.for('endht-widgets.localizations')], locale: m.getLocale() }))`,
      ),
    );
    assert.deepEqual(entry, { defined: true, others: false, configured: true, locale: 'en' });
  });
}

test("endht-widgets/page-locale configures the widgets' localization and follows the page language", () => {
  const out = JSON.parse(
    node(
      `const m = await import('endht-widgets/page-locale'); await import('endht-widgets/countdown'); console.log(JSON.stringify({ locale: m.getLocale(), setLocale: typeof m.setLocale, copies: globalThis[Symbol.for('endht-widgets.localizations')].size }))`,
    ),
  );
  // One copy of @lit/localize in the app, configured once, whichever entries configure it.
  assert.deepEqual(out, { locale: 'en', setLocale: 'function', copies: 1 });
});

test('endht-widgets/define defines every element of the campaign drop-in (and no other) without configuring localization', () => {
  const inDropIn = elements.filter((e) => e.inDropIn).map((e) => e.tag);
  const ownFileOnly = elements.filter((e) => !e.inDropIn).map((e) => e.tag);
  const out = JSON.parse(
    node(
      `await import('endht-widgets/define'); console.log(JSON.stringify({ all: ${JSON.stringify(inDropIn)}.every((t) => customElements.get(t)), none: ${JSON.stringify(ownFileOnly)}.every((t) => !customElements.get(t)), configured: !!globalThis[Symbol.for('endht-widgets.localizations')] }))`,
    ),
  );
  assert.deepEqual(out, { all: true, none: true, configured: false });
});

test('endht-widgets/locales/<locale>.js and endht-widgets/locale-loaders give an app with its own @lit/localize the templates', () => {
  const out = JSON.parse(
    node(
      `const fr = await import('endht-widgets/locales/fr.js'); const l = await import('endht-widgets/locale-loaders'); const viaLoader = await l.localeLoaders.ar(); console.log(JSON.stringify({ fr: fr.templates['day.name'], ar: typeof viaLoader.templates['day.name'], targets: l.targetLocales, source: l.sourceLocale }))`,
    ),
  );
  assert.equal(out.fr, "Journée mondiale de la lutte contre la traite d'êtres humains");
  assert.equal(out.ar, 'string');
  assert.deepEqual([...out.targets].sort(), ['ar', 'es', 'fr', 'ru', 'zh-Hans']);
  assert.equal(out.source, 'en');
});
