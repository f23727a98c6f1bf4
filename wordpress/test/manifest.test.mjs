// Unit tests of the plugin's generator (wordpress/tools/manifest.mjs): a small typed manifest
// (the conventions of the analyzer's type parser) and the project's own custom-elements.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { attributeModel, blockAttribute, elementsFromManifest, literalValue, unionMembers } from '../tools/manifest.mjs';

const read = (p) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));
const typed = elementsFromManifest(read('./fixtures/manifest-typed.json'));
const byTag = (list, tag) => list.find((e) => e.tag === tag);
const attr = (el, name) => el.attributes.find((a) => a.name === name);

test('unions split at the top level, without undefined and null', () => {
  assert.deepEqual(unionMembers("'a' | 'b' | undefined | null"), ["'a'", "'b'"]);
  assert.deepEqual(unionMembers("string | Array<'a' | 'b'> | null"), ['string', "Array<'a' | 'b'>"]);
  assert.deepEqual(unionMembers("'x|y' | 'z'"), ["'x|y'", "'z'"]);
});

test('defaults are JS literals written as text', () => {
  assert.equal(literalValue("'second'"), 'second');
  assert.equal(literalValue('"a"'), 'a');
  assert.equal(literalValue('30'), '30');
  assert.equal(literalValue('false'), 'false');
  assert.equal(literalValue('undefined'), undefined);
  assert.equal(literalValue('SOME_CONSTANT'), undefined);
});

test('the element list is every declaration with a tagName, from every module', () => {
  assert.deepEqual(
    typed.map((e) => [e.tag, e.slug, e.module]),
    [
      ['endht-blue-heart', 'blue-heart', 'src/elements/blue-heart/blue-heart.ts'],
      ['endht-countdown', 'countdown', 'src/elements/countdown/countdown.ts'],
      ['endht-help', 'help', 'src/elements/help/help.ts'],
    ],
  );
  assert.equal(byTag(typed, 'endht-help').summary, 'Where to find help.');
});

test('typed: an alias expanded in parsedType is an enumeration, with its default', () => {
  const p = attr(byTag(typed, 'endht-countdown'), 'precision');
  assert.equal(p.kind, 'enum');
  assert.deepEqual(p.values, ['day', 'hour', 'minute', 'second']);
  assert.equal(p.default, 'second');
  assert.equal(p.field, 'precision');
});

test('typed: a union of literals in type.text, tolerant of null', () => {
  const v = attr(byTag(typed, 'endht-countdown'), 'variant');
  assert.deepEqual([v.kind, v.values, v.default], ['enum', ['full', 'compact', 'inline'], 'full']);
});

test('typed: DateString, HttpUrl, boolean, number, number literals, text', () => {
  const c = byTag(typed, 'endht-countdown');
  const b = byTag(typed, 'endht-blue-heart');
  const h = byTag(typed, 'endht-help');
  assert.deepEqual([attr(c, 'date').kind, attr(c, 'date').yearly, attr(c, 'date').default], ['date', true, '07-30']);
  assert.equal(attr(b, 'show-from').kind, 'date');
  assert.equal(attr(b, 'href').kind, 'url');
  assert.deepEqual([attr(b, 'dismissible').kind, attr(b, 'dismissible').default], ['boolean', undefined]);
  const days = attr(b, 'remember-days');
  assert.deepEqual([days.kind, days.default, days.min, days.max, days.field], ['number', '30', 0, 3650, 'rememberDays']);
  const level = attr(h, 'heading-level');
  assert.deepEqual([level.kind, level.values, level.default], ['enum', ['1', '2', '3', '4', '5', '6'], '2']);
  assert.equal(attr(h, 'figures').kind, 'text');
  assert.equal(attr(c, 'label').kind, 'text');
  assert.equal(attr(c, 'time-zone').kind, 'text');
});

test("typed: a default written as the name of the module's own constant takes the constant's literal", () => {
  const h = byTag(typed, 'endht-help');
  assert.deepEqual([attr(h, 'exit-url').kind, attr(h, 'exit-url').default], ['url', 'https://worldweather.wmo.int/']);
  assert.equal(attr(h, 'exit-label').default, undefined, 'a constant the module does not declare: no default');
});

test('block attributes: booleans are booleans, everything else a string', () => {
  assert.deepEqual(blockAttribute({ kind: 'boolean' }), { type: 'boolean', default: false });
  assert.deepEqual(blockAttribute({ kind: 'number' }), { type: 'string' });
  assert.deepEqual(blockAttribute({ kind: 'enum' }), { type: 'string' });
});

test('untyped (JSDoc prose): the house-style sentences give the same controls', () => {
  const m = (description, type = 'string | null | undefined', name = 'x') => attributeModel({ name, type: { text: type }, description });
  assert.deepEqual(m('Smallest unit shown: `day`, `hour`, `minute` or `second` (default).').values, ['day', 'hour', 'minute', 'second']);
  assert.equal(m('Smallest unit shown: `day`, `hour`, `minute` or `second` (default).').default, 'second');
  assert.equal(m('`light` (default) or `dark`.').default, 'light');
  const date = m('Another day: `MM-DD` (every year) or `YYYY-MM-DD` (once). Default `07-30`.');
  assert.deepEqual([date.kind, date.yearly, date.default], ['date', true, '07-30']);
  assert.equal(m('Call-to-action link (http/https).').kind, 'url');
  assert.equal(m('Anything', undefined, 'href').kind, 'url');
  const n = m('Level of the heading, 1–6 (default 2).', 'string | number | null | undefined');
  assert.deepEqual([n.kind, n.min, n.max, n.default], ['number', 1, 6, '2']);
  assert.equal(m('Plain text.').kind, 'text');
});

test("the project's custom-elements.json: seven elements and their controls", () => {
  const all = elementsFromManifest(read('../../custom-elements.json'));
  assert.ok(all.length >= 7, 'at least the seven elements');
  for (const tag of ['endht-countdown', 'endht-stats', 'endht-share', 'endht-blue-heart', 'endht-donate', 'endht-partners', 'endht-help']) {
    assert.ok(byTag(all, tag), tag);
  }
  const c = byTag(all, 'endht-countdown');
  assert.deepEqual(attr(c, 'precision').values, ['day', 'hour', 'minute', 'second']);
  assert.equal(attr(c, 'precision').default, 'second');
  assert.equal(attr(c, 'date').kind, 'date');
  const b = byTag(all, 'endht-blue-heart');
  assert.deepEqual(attr(b, 'variant').values, ['inline', 'card', 'bar']);
  assert.equal(attr(b, 'href').kind, 'url');
  assert.equal(attr(b, 'dismissible').kind, 'boolean');
  assert.equal(attr(b, 'show-until').kind, 'date');
  assert.equal(attr(b, 'remember-days').kind, 'number');
  assert.equal(attr(byTag(all, 'endht-share'), 'url').kind, 'url');
  assert.deepEqual(attr(byTag(all, 'endht-donate'), 'size').values, ['s', 'm', 'l']);
  assert.equal(attr(byTag(all, 'endht-partners'), 'no-heading').kind, 'boolean');
  const h = byTag(all, 'endht-help');
  assert.deepEqual([attr(h, 'topic').values, attr(h, 'topic').default], [['signs', 'online', 'report'], 'report']);
  assert.deepEqual([attr(h, 'quick-exit').kind, attr(h, 'remember-country').kind], ['boolean', 'boolean']);
  assert.deepEqual([attr(h, 'exit-url').kind, attr(h, 'exit-url').default], ['url', 'https://worldweather.wmo.int/']);
  assert.deepEqual(attr(h, 'exit-position').values, ['top', 'bottom']);
  assert.equal(attr(h, 'country').kind, 'text');
  // Inherited from the base class, listed for every element.
  for (const el of all) assert.deepEqual(attr(el, 'theme')?.values, ['light', 'dark'], `${el.tag}: theme`);
});
