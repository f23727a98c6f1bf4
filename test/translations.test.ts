// Every message is translated in every target language, with the same placeholders as the
// English source, and the generated runtime modules hold exactly the XLIFF's messages.
import { expect } from '@open-wc/testing';
import { templates as fr } from '../src/generated/locales/fr.js';
import { templates as es } from '../src/generated/locales/es.js';
import { templates as ar } from '../src/generated/locales/ar.js';
import { templates as zh } from '../src/generated/locales/zh-Hans.js';
import { templates as ru } from '../src/generated/locales/ru.js';

const GENERATED: Record<string, Record<string, unknown>> = { fr, es, ar, 'zh-Hans': zh, ru };
const TARGETS = ['fr', 'es', 'ar', 'zh-Hans', 'ru'];

async function units(locale: string) {
  const res = await fetch(new URL(`../locales/${locale}.xlf`, import.meta.url));
  expect(res.ok, `locales/${locale}.xlf`).to.equal(true);
  const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
  expect(doc.querySelector('parsererror'), `locales/${locale}.xlf parses`).to.equal(null);
  return [...doc.getElementsByTagName('trans-unit')].map((u) => ({
    id: u.getAttribute('id')!,
    source: u.getElementsByTagName('source')[0],
    target: u.getElementsByTagName('target')[0],
  }));
}
const placeholders = (n: Element | undefined) =>
  n ? [...n.getElementsByTagName('x')].map((x) => x.getAttribute('id')).sort() : [];

describe('translations (locales/*.xlf)', () => {
  for (const locale of TARGETS) {
    it(`${locale}: every message has a non-empty <target> with the source's placeholders`, async () => {
      const list = await units(locale);
      expect(list.length).to.be.greaterThan(0);
      const missing = list.filter(
        (u) => !u.target || (!u.target.textContent!.trim() && placeholders(u.target).length === 0),
      );
      expect(
        missing.map((u) => u.id),
        `untranslated in ${locale}`,
      ).to.deep.equal([]);
      for (const u of list) {
        expect(placeholders(u.target), `${locale} ${u.id} placeholders`).to.deep.equal(placeholders(u.source));
        // A target that only repeats the English source is not a translation (numbers and
        // pure-placeholder messages aside).
        const words = (u.source.textContent ?? '').replace(/[^A-Za-z]/g, '');
        if (words.length > 3)
          expect(u.target!.textContent, `${locale} ${u.id} is still English`).not.to.equal(u.source.textContent);
      }
    });

    it(`${locale}: the generated module has exactly the XLIFF's messages`, async () => {
      const ids = (await units(locale)).map((u) => u.id).sort();
      expect(Object.keys(GENERATED[locale]!).sort()).to.deep.equal(ids);
    });
  }

  it('all five files list the same messages', async () => {
    const sets = await Promise.all(
      TARGETS.map(async (l) =>
        (await units(l))
          .map((u) => u.id)
          .sort()
          .join(','),
      ),
    );
    expect(new Set(sets).size).to.equal(1);
  });

  it('the official names of the Day are used as given (docs/sources.md)', async () => {
    const official: Record<string, string> = {
      fr: "Journée mondiale de la lutte contre la traite d'êtres humains",
      es: 'Día Mundial contra la Trata de Personas',
      ar: 'اليوم العالمي لمكافحة الاتجار بالأشخاص',
      'zh-Hans': '世界打击贩运人口行为日',
      ru: 'Всемирный день борьбы с торговлей людьми',
    };
    for (const l of TARGETS) expect(GENERATED[l]!['day.name'], l).to.equal(official[l]);
  });
});
