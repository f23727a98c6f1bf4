// The manifest check itself: green on the real package, and red on each kind of drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkPackage, customPropertiesIn, validate } from '../../scripts/check-manifest.mjs';
import { listElements } from '../../build/elements.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const manifest = () => JSON.parse(readFileSync(`${ROOT}dist/npm/custom-elements.json`, 'utf8'));
const { errors, facts } = await checkPackage(ROOT);
const decl = (m, tag) => m.modules.flatMap((x) => x.declarations ?? []).find((d) => d.tagName === tag);

test('the manifest matches the code of every element', () => {
  assert.deepEqual(errors, []);
  assert.deepEqual(
    facts.map((f) => f.tag).sort(),
    listElements(ROOT)
      .map((e) => e.tag)
      .sort(),
  );
});

test('every element is in the manifest with a summary, and its define module registers the tag', () => {
  const m = manifest();
  for (const { tag, name } of listElements(ROOT)) {
    const d = decl(m, tag);
    assert.ok(d?.summary, `${tag} has a summary`);
    const def = m.modules.find((x) => x.path === `dist/npm/elements/${name}/define.js`);
    assert.ok(def.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag));
  }
});

for (const f of facts) {
  test(`<${f.tag}>: each kind of drift between code and manifest is caught`, () => {
    const cases = [];
    const mutate = (label, change, expected) => {
      const m = manifest();
      change(decl(m, f.tag));
      const r = validate(m, [f]);
      cases.push(label);
      assert.ok(
        r.errors.some((e) => expected.test(e)),
        `${label}: expected an error matching ${expected}, got ${JSON.stringify(r.errors)}`,
      );
    };
    const attr = [...f.attributes.keys()][0];
    if (attr)
      mutate(
        'missing attribute',
        (d) => (d.attributes = d.attributes.filter((a) => a.name !== attr)),
        new RegExp(`attribute "${attr}" is in the code`),
      );
    mutate(
      'extra attribute',
      (d) => (d.attributes = [...(d.attributes ?? []), { name: 'ghost', fieldName: 'ghost', description: 'x' }]),
      /attribute "ghost" is in the manifest/,
    );
    const prop = [...f.properties][0];
    mutate(
      'missing property',
      (d) => (d.members = d.members.filter((x) => x.name !== prop)),
      new RegExp(`property "${prop}" is in the code`),
    );
    mutate(
      'extra property',
      (d) => d.members.push({ kind: 'field', name: 'ghost', description: 'x' }),
      /property "ghost" is in the manifest/,
    );
    const part = [...f.parts][0];
    mutate(
      'missing part',
      (d) => (d.cssParts = d.cssParts.filter((p) => p.name !== part)),
      new RegExp(`part "${part}" is in the code`),
    );
    mutate(
      'extra part',
      (d) => (d.cssParts = [...(d.cssParts ?? []), { name: 'ghost', description: 'x' }]),
      /part "ghost" is in the manifest/,
    );
    const cp = [...f.customProperties.keys()][0];
    mutate(
      'missing custom property',
      (d) => (d.cssProperties = d.cssProperties.filter((p) => p.name !== cp)),
      new RegExp(`custom property "${cp}" is in the code`),
    );
    mutate(
      'extra custom property',
      (d) => d.cssProperties.push({ name: '--endht-ghost', description: 'x' }),
      /custom property "--endht-ghost" is in the manifest/,
    );
    const ev = [...f.events.keys()][0];
    if (ev)
      mutate(
        'missing event',
        (d) => (d.events = d.events.filter((e) => e.name !== ev)),
        new RegExp(`event "${ev}" is in the code`),
      );
    mutate(
      'extra event',
      (d) => (d.events = [...(d.events ?? []), { name: 'endht-ghost', description: 'x' }]),
      /event "endht-ghost" is in the manifest/,
    );
    mutate('undocumented part', (d) => (d.cssParts[0].description = ''), /has no description/);
    mutate('no summary', (d) => delete d.summary, /no @summary/);
    assert.ok(cases.length >= 10);
  });
}

test('an element missing from the manifest, or one the code does not define, is an error', () => {
  const m = manifest();
  const [first] = facts;
  for (const mod of m.modules) mod.declarations = (mod.declarations ?? []).filter((d) => d.tagName !== first.tag);
  assert.ok(validate(m, facts).errors.some((e) => e.includes(`<${first.tag}>: not in the manifest`)));
  assert.ok(
    validate(manifest(), facts.slice(1)).errors.some((e) =>
      e.includes(`<${first.tag}>: in the manifest but no element defines it`),
    ),
  );
});

test('custom property fallbacks are read with nested parentheses', () => {
  const found = customPropertiesIn(
    'a{b:var(--endht-x, calc(1px + 2px));c:var(--endht-y);d:var(--endht-z,var(--endht-x, 3em))}',
  );
  assert.deepEqual([...found.get('--endht-x')], ['calc(1px + 2px)', '3em']);
  assert.deepEqual([...found.get('--endht-y')], []);
  assert.deepEqual([...found.get('--endht-z')], ['var(--endht-x, 3em)']);
});
