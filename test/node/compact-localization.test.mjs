// The one custom build plugin, build/plugins/compact-localization.mjs, on a small project made
// for each test: its version guard, the scan for the messages a file uses, and the transforms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  SUPPORTED,
  compactLocalization,
  messageIdsFrom,
  parseLocaleModule,
  versionProblems,
} from '../../build/plugins/compact-localization.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

/** A locale module as lit-localize writes it (runtime mode). */
const localeModule = (messages) =>
  [
    '\n    // Do not modify this file by hand!\n',
    "    import {str} from '@lit/localize';\n",
    '    export const templates = {',
    ...Object.entries(messages).map(([id, value], i) => `${i === 0 ? '      ' : ''}'${id}': ${value},`),
    '    };\n  ',
  ].join('\n');

const FR = { 'a.one': '`Un`', 'a.two': 'str`Deux ${0}`', 'b.three': '`Trois`' };
const ES = { 'a.one': '`Uno`', 'a.two': 'str`Dos ${0}`', 'b.three': '`Tres`' };

/** A project folder: two locales, an entry that uses a.one and a.two, and b.ts (not imported) with b.three. */
function project({ versions = SUPPORTED, es = ES } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'endht-compact-'));
  const put = (rel, text) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  for (const [name, version] of Object.entries(versions)) {
    put(`node_modules/${name}/package.json`, JSON.stringify({ name, version }));
  }
  put('src/generated/locales/fr.ts', localeModule(FR));
  put('src/generated/locales/es.ts', localeModule(es));
  put(
    'src/entry.ts',
    "import { two } from './a.js';\nexport const figure = { id: 'not-a-message' };\nexport { two };\n",
  );
  put(
    'src/a.ts',
    "import { msg, str } from '@lit/localize';\n" +
      "export const one = () => msg('One', { id: 'a.one' });\n" +
      "export const two = (n: number) =>\n  msg(str`Two ${n}`, {\n    id: 'a.two',\n  });\n",
  );
  put(
    'src/b.ts',
    "import { msg } from '@lit/localize';\nexport const three = () => msg('Three', { id: 'b.three' });\n",
  );
  return root;
}

/** The plugin, started for `entry` as Rollup would start it; errors thrown as Rollup's this.error does. */
function started(root, entry = 'src/entry.ts') {
  const plugin = compactLocalization({ root });
  const context = {
    error(message) {
      throw new Error(message);
    },
  };
  plugin.buildStart.call(context, { input: [join(root, entry)] });
  return {
    transform: (code, id) => plugin.transform.call(context, code, id),
    resolveId: (source, importer) => plugin.resolveId.call(context, source, importer),
    load: (id) => plugin.load.call(context, id),
  };
}

test('the installed @lit/localize and @lit/localize-tools are the versions the plugin was written for', () => {
  assert.deepEqual(versionProblems(ROOT), []);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  for (const [name, version] of Object.entries(SUPPORTED)) {
    assert.equal(pkg.dependencies[name] ?? pkg.devDependencies[name], version, `package.json pins ${name}`);
  }
});

test('another version of @lit/localize fails the build, naming the package, both versions and what to check', () => {
  const root = project({ versions: { ...SUPPORTED, '@lit/localize': '0.13.0' } });
  assert.throws(
    () => started(root),
    (error) =>
      /@lit\/localize is 0\.13\.0, but build\/plugins\/compact-localization\.mjs was written for 0\.12\.2/.test(
        error.message,
      ) && /Check the internals named in SUPPORTED/.test(error.message),
  );
  const missing = project({ versions: { '@lit/localize': SUPPORTED['@lit/localize'] } });
  assert.throws(() => started(missing), /@lit\/localize-tools is none/);
});

test('parseLocaleModule reads lit-localize output, and nothing else', () => {
  assert.deepEqual([...parseLocaleModule(localeModule(FR))], Object.entries(FR));
  assert.equal(parseLocaleModule('export const templates = new Map();'), undefined);
  assert.equal(parseLocaleModule("export const templates = {\n  const x = 1;\n'a': `b`,\n};"), undefined);
  const real = parseLocaleModule(readFileSync(join(ROOT, 'src/generated/locales/fr.ts'), 'utf8'));
  assert.equal(real.get('day.name'), "`Journée mondiale de la lutte contre la traite d'êtres humains`");
});

test('the scan follows relative imports from the entry and collects the ids of msg() calls', () => {
  const root = project();
  assert.deepEqual([...messageIdsFrom([join(root, 'src/entry.ts')])].sort(), ['a.one', 'a.two']);
  assert.deepEqual([...messageIdsFrom([join(root, 'src/b.ts')])], ['b.three']);
  // The real entries: the countdown's file carries the countdown's messages and no other element's.
  const countdown = messageIdsFrom([join(ROOT, 'src/entries/countdown.ts')]);
  assert.ok(countdown.has('countdown.today') && countdown.has('day.name'));
  assert.ok(![...countdown].some((id) => /^(share|stats|donate|partners|blue-heart)\./.test(id)));
});

test('a locale module becomes an array of the messages the file uses, in the order of their sorted ids', () => {
  const root = project();
  const { transform } = started(root);
  const out = transform(localeModule(FR), join(root, 'src/generated/locales/fr.ts')).code;
  assert.match(out, /export const templates = \[\n`Un`,\nstr`Deux \$\{0\}`\n\];\n$/);
  assert.ok(!out.includes('Trois'), 'a message of a module the entry does not import is left out');
  assert.ok(out.includes("import {str} from '@lit/localize';"));
});

test("msg() ids become the messages' indexes; other id properties stay", () => {
  const root = project();
  const { transform } = started(root);
  const a = readFileSync(join(root, 'src/a.ts'), 'utf8');
  const out = transform(a, join(root, 'src/a.ts')).code;
  assert.match(out, /msg\('One', \{ id: '0' \}\)/);
  assert.match(out, /id: '1',/);
  const entry = readFileSync(join(root, 'src/entry.ts'), 'utf8');
  assert.equal(transform(entry, join(root, 'src/entry.ts')), null, 'no msg() call: left alone');
  const data = "msg('x', { id: 'a.one' }); const figure = { id: 'not-a-message' };";
  assert.match(transform(data, join(root, 'src/data.ts')).code, /id: 'not-a-message'/);
});

test('a module in the build with a message the scan did not find fails the build', () => {
  const root = project();
  const { transform } = started(root);
  const b = readFileSync(join(root, 'src/b.ts'), 'utf8');
  assert.throws(() => transform(b, join(root, 'src/b.ts')), /src\/b\.ts uses the message 'b\.three'/);
});

test('locales that do not have the same messages fail the build', () => {
  const root = project({ es: { 'a.one': '`Uno`', 'a.two': 'str`Dos ${0}`' } });
  assert.throws(() => started(root), /src\/generated\/locales\/\S+ does not have the messages .*npm run localize/);
});

test('the drop-in files get the static locale map, and no id hashing', () => {
  const root = project();
  const { resolveId, load } = started(root);
  assert.equal(
    resolveId('./locale-loaders.js', join(root, 'src/page-locale.ts')),
    join(root, 'src/locale-loaders-inline.ts'),
  );
  assert.equal(resolveId('./locale-loaders.js', join(root, 'src/other.ts')), null);
  const stub = resolveId('./id-generation.js', join(root, 'node_modules/@lit/localize/internal/runtime-msg.js'));
  assert.ok(stub);
  assert.equal(load(stub), 'export const generateMsgId = () => "";');
  assert.equal(resolveId('./id-generation.js', join(root, 'src/x.ts')), null);
});
