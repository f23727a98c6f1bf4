// Server rendering (endht-widgets/ssr and the CLI), from the built package in dist/npm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { renderToString, renderElement, TAGS, SUPPORTED_LOCALES } from 'endht-widgets/ssr';
import { listElements } from '../../build/elements.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
const shadowOf = (html, tag) => {
  const m = new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">([\\s\\S]*?)</template>`).exec(
    html,
  );
  assert.ok(m, `<${tag}> has a declarative shadow root`);
  return m[1];
};
const textOf = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const JULY_1 = Date.UTC(2027, 6, 1);

test('TAGS lists every element of the campaign drop-in (the server renders those)', () => {
  assert.deepEqual(
    [...TAGS],
    listElements(ROOT)
      .filter((e) => e.inDropIn)
      .map((e) => e.tag),
  );
});

for (const tag of TAGS) {
  test(`<${tag}> renders with declarative shadow DOM in all six languages`, async () => {
    const texts = new Map();
    for (const locale of SUPPORTED_LOCALES) {
      const html = await renderToString(`<${tag}></${tag}>`, { locale, now: JULY_1 });
      const shadow = shadowOf(html, tag);
      assert.match(shadow, /^<style>/, 'styles come first');
      assert.match(shadow, new RegExp(`lang="${locale}"`), 'the text says its language');
      assert.match(shadow, new RegExp(`dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`));
      assert.match(shadow, /part="base"/);
      assert.doesNotMatch(shadow, /undefined|\[object Object\]|NaN/);
      texts.set(locale, textOf(shadow));
    }
    assert.equal(new Set(texts.values()).size, SUPPORTED_LOCALES.length, 'each language renders its own text');
  });
}

test('the countdown renders the state at `now`: days left, then the day itself', async () => {
  const before = shadowOf(
    await renderToString('<endht-countdown time-zone="UTC" precision="day"></endht-countdown>', {
      locale: 'fr',
      now: JULY_1,
    }),
    'endht-countdown',
  );
  assert.match(textOf(before), /29 jours/);
  assert.match(before, /encore 29\sjours/);
  const onTheDay = shadowOf(
    await renderToString('<endht-countdown time-zone="UTC"></endht-countdown>', {
      now: new Date('2027-07-30T12:00:00Z'),
    }),
    'endht-countdown',
  );
  assert.match(textOf(onTheDay), /^Today is the World Day against Trafficking in Persons/);
});

test("partners given as child links are rendered on the server (the element's own list, not the default)", async () => {
  const html = await renderToString(
    '<endht-partners><ul><li><a href="https://acme.example">ACME</a></li><li><a href="https://b.example"><img src="https://b.example/logo.svg" alt="B Org"></a></li></ul></endht-partners>',
    { locale: 'es' },
  );
  const shadow = shadowOf(html, 'endht-partners');
  assert.match(shadow, />ACME</);
  assert.match(shadow, /<img part="logo"[^>]*src="https:\/\/b.example\/logo.svg"[^>]*alt="B Org"/);
  assert.doesNotMatch(shadow, /UNODC/);
  assert.match(
    html,
    /<\/template><ul><li><a href="https:\/\/acme.example">ACME<\/a>/,
    'the links stay in the light DOM for the browser',
  );
  const defaults = shadowOf(await renderToString('<endht-partners></endht-partners>'), 'endht-partners');
  assert.match(defaults, /UNODC/);
});

test('the server names child-link partners by the same rule as the browser (alt, text, aria-label, title)', async () => {
  const html = await renderToString(
    '<endht-partners>' +
      '<a href="https://a.example"><img src="https://a.example/l.svg" alt="  A   Org "> A text</a>' +
      '<a href="https://b.example"><img src="https://b.example/l.svg" alt=""> B\n  text</a>' +
      '<a href="https://c.example" aria-label="C label" title="C title"><img src="https://c.example/l.svg"></a>' +
      '<a href="https://d.example" title="D title"><img src="https://d.example/l.svg"></a>' +
      '</endht-partners>',
  );
  const shadow = shadowOf(html, 'endht-partners');
  const alts = [...shadow.matchAll(/<img part="logo"[^>]*alt="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(alts, ['A Org', 'B text', 'C label', 'D title']);
});

test('renderElement escapes attribute values and sets properties (arrays) before rendering', async () => {
  const evil = '"><script>alert(1)</script><x a="';
  const html = await renderElement(
    'endht-countdown',
    { attributes: { label: evil, 'time-zone': 'UTC', hidden: false } },
    { now: JULY_1 },
  );
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /label="&quot;&gt;&lt;script&gt;/);
  assert.doesNotMatch(html.slice(0, html.indexOf('>')), /hidden/);
  assert.match(
    shadowOf(html, 'endht-countdown'),
    /<p part="name" class="name"><!--lit-part-->\u2068&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/,
    "the label is shown as text (isolated from the element's own text by U+2068 … U+2069)",
  );
  const partners = await renderElement('endht-partners', {
    properties: { partners: [{ name: 'Own partner', href: 'https://own.example' }] },
    attributes: { 'no-heading': true },
  });
  assert.match(partners, /<endht-partners\s+no-heading>/);
  const shadow = shadowOf(partners, 'endht-partners');
  assert.match(shadow, /Own partner/);
  assert.doesNotMatch(shadow, /part="heading"/);
});

test('concurrent renders in different languages do not mix', async () => {
  const locales = ['fr', 'ar', 'en', 'zh-Hans', 'ru', 'es'];
  const out = await Promise.all(
    locales.map((locale) =>
      renderToString('<endht-countdown time-zone="UTC"></endht-countdown>', { locale, now: JULY_1 }),
    ),
  );
  out.forEach((html, i) => assert.match(shadowOf(html, 'endht-countdown'), new RegExp(`lang="${locales[i]}"`)));
});

test('no global window is left behind, and Date.now is restored', async () => {
  const now = Date.now;
  await renderToString('<endht-countdown></endht-countdown>', { locale: 'ru', now: 0 });
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(Date.now, now);
});

test('bad input: unsupported locale, bad date, unknown element', async () => {
  await assert.rejects(
    renderToString('<endht-countdown></endht-countdown>', { locale: 'de' }),
    /unsupported locale "de"/,
  );
  await assert.rejects(renderToString('<endht-countdown></endht-countdown>', { now: Number.NaN }), /not a valid date/);
  await assert.rejects(renderElement('endht-nope'), /unknown element "endht-nope"/);
  await assert.rejects(renderElement('endht-countdown', { attributes: { 'a b': '1' } }), /invalid attribute name/);
  const warnings = [];
  const warn = console.warn;
  console.warn = (m) => warnings.push(m);
  try {
    const html = await renderToString('<endht-nope></endht-nope><p>text</p>');
    assert.equal(html, '<endht-nope></endht-nope><p>text</p>');
  } finally {
    console.warn = warn;
  }
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /<endht-nope> is not an endht-widgets element/);
  assert.equal(await renderToString('<p>fr-CA</p>', { locale: 'fr-CA' }), '<p>fr-CA</p>');
});

const cli = (args, input) =>
  spawnSync(process.execPath, [`${ROOT}bin/endht-widgets.mjs`, ...args], { encoding: 'utf8', input });

test("CLI: npx endht-widgets render '<endht-countdown>' --lang fr", () => {
  const r = cli([
    'render',
    '<endht-countdown time-zone="UTC" precision="day">',
    '--lang',
    'fr',
    '--now',
    '2027-07-01T00:00:00Z',
  ]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<endht-countdown[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(r.stdout, /lang="fr"/);
  assert.match(textOf(r.stdout), /29 jours/);
});

test('CLI: reads standard input, prints its version and help, rejects bad arguments', () => {
  const r = cli(['render', '-', '--lang=ar'], '<endht-partners></endht-partners>');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /dir="rtl"/);
  assert.equal(cli(['--version']).stdout.trim(), pkg.version);
  assert.match(cli(['--help']).stdout, /^Usage: endht-widgets render/);
  for (const bad of [
    ['render', 'x', '--lang', 'de'],
    ['render'],
    ['paint', 'x'],
    ['render', 'x', '--now', 'soon'],
    ['render', 'x', '--colour', 'red'],
  ]) {
    const b = cli(bad);
    assert.equal(b.status, 2, `${bad.join(' ')} exits 2`);
    assert.match(b.stderr, /^endht-widgets: /);
  }
});

test('the bin is declared in package.json and runs through npm exec', () => {
  assert.equal(pkg.bin['endht-widgets'], 'bin/endht-widgets.mjs');
  const out = execFileSync('npm', ['exec', '--offline', '--', 'endht-widgets', '--version'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(out.trim(), pkg.version);
});
