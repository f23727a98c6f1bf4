// <endht-stats> from the built drop-in file only (nothing from src/ is imported), checked
// against expectations written out here: the card in all six languages, every figure with its
// source link, the site's own figures, the pictogram, the count-up's end.
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { LOCALES, useBundle, whenLocale } from './bundle-helpers.js';

type Bundle = { getLocale: () => string; EndhtStats: { figureIds: string[] } };

const plain = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const updated = (el: Element) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
const all = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

const PRESS =
  'https://unodc.org/unodc/en/press/releases/2024/December/unodc-global-human-trafficking-report_-detected-victims-up-25-per-cent-as-more-children-are-exploited-and-forced-labour-cases-spike.html';

/** The default card, per language: title, first label, values, the first source line and link name. */
const CARD: Record<string, { title: string; label: string; values: string[]; source: string; link: string }> = {
  en: {
    title: 'Human trafficking: key figures',
    label: 'of detected victims were children',
    values: ['38%', '61%', '+25%', '+47%'],
    source: 'Data: 2022 · Source: UNODC, Global Report on Trafficking in Persons 2024',
    link: 'UNODC, Global Report on Trafficking in Persons 2024: source for “38% \u2068of detected victims were children\u2069” (opens the source in a new tab)',
  },
  fr: {
    title: 'Traite des personnes : chiffres clés',
    label: 'des victimes détectées étaient des enfants',
    values: ['38 %', '61 %', '+25 %', '+47 %'],
    source: 'Données : 2022 · Source : ONUDC, Rapport mondial sur la traite des personnes 2024',
    link: 'ONUDC, Rapport mondial sur la traite des personnes 2024 : source de « 38 % \u2068des victimes détectées étaient des enfants\u2069 » (ouvre la source dans un nouvel onglet)',
  },
  es: {
    title: 'Trata de personas: cifras clave',
    label: 'de las víctimas detectadas eran niños o niñas',
    values: ['38 %', '61 %', '+25 %', '+47 %'],
    source: 'Datos: 2022 · Fuente: UNODC, Informe Mundial sobre la Trata de Personas 2024',
    link: 'UNODC, Informe Mundial sobre la Trata de Personas 2024: fuente de «38 % \u2068de las víctimas detectadas eran niños o niñas\u2069» (abre la fuente en una pestaña nueva)',
  },
  ar: {
    title: 'الاتجار بالأشخاص: أرقام رئيسية',
    label: 'من الضحايا المكتشفين أطفال',
    values: ['38%', '61%', '+25%', '+47%'],
    source:
      'البيانات: 2022 · المصدر: مكتب الأمم المتحدة المعني بالمخدرات والجريمة، التقرير العالمي عن الاتجار بالأشخاص 2024',
    link: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة، التقرير العالمي عن الاتجار بالأشخاص 2024: مصدر «38% \u2068من الضحايا المكتشفين أطفال\u2069» (يفتح المصدر في علامة تبويب جديدة)',
  },
  'zh-Hans': {
    title: '人口贩运：关键数据',
    label: '已发现的受害者中儿童所占比例',
    values: ['38%', '61%', '+25%', '+47%'],
    source: '数据：2022年 · 来源：毒罪办，《2024年全球人口贩运问题报告》',
    link: '毒罪办，《2024年全球人口贩运问题报告》：“38% \u2068已发现的受害者中儿童所占比例\u2069”的来源（在新标签页中打开来源）',
  },
  ru: {
    title: 'Торговля людьми: ключевые цифры',
    label: 'выявленных жертв — дети',
    values: ['38 %', '61 %', '+25 %', '+47 %'],
    source: 'Данные за 2022 г. · Источник: УНП ООН, Глобальный доклад о торговле людьми 2024',
    link: 'УНП ООН, Глобальный доклад о торговле людьми 2024: источник данных «38 % \u2068выявленных жертв — дети\u2069» (источник откроется в новой вкладке)',
  },
};

describe('dist/endht-widgets.js: <endht-stats>', () => {
  const bundle = useBundle<Bundle>();

  it('the default card in all six languages, each figure with its source link, no request after load', async () => {
    const el = await fixture(html`<endht-stats></endht-stats>`);
    const before = performance.getEntriesByType('resource').length;
    for (const lang of LOCALES) {
      document.documentElement.lang = lang;
      await whenLocale(bundle(), lang);
      await updated(el);
      const e = CARD[lang]!;
      const base = el.shadowRoot!.querySelector('.base')!;
      expect(base.getAttribute('lang'), lang).to.equal(lang);
      expect(base.getAttribute('dir'), lang).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(plain(el.shadowRoot!.querySelector('[part="title"]')!.textContent), lang).to.equal(e.title);
      expect(plain(all(el, '[part="label"]')[0]!.textContent), lang).to.equal(e.label);
      expect(
        all(el, '.visually-hidden').map((s) => plain(s.textContent)),
        lang,
      ).to.deep.equal(e.values);
      expect(plain(all(el, '[part="source"]')[0]!.textContent), lang).to.equal(e.source);
      const links = all(el, 'a[part="link"]') as HTMLAnchorElement[];
      expect(links.length).to.equal(4);
      for (const a of links) {
        expect(a.href).to.equal(PRESS);
        expect(a.target).to.equal('_blank');
        expect(a.rel).to.equal('noopener noreferrer');
      }
      // Each name says which figure its source supports: four links, four names.
      const names = links.map((a) => plain(a.getAttribute('aria-label')));
      expect(names[0], lang).to.equal(e.link);
      expect(new Set(names).size, lang).to.equal(4);
    }
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('every bundled figure shows a source link with an https: address', async () => {
    const ids = bundle().EndhtStats.figureIds;
    expect(ids).to.include('glotip24_children_share');
    const el = await fixture(html`<endht-stats figures=${ids.join(',')}></endht-stats>`);
    const figures = all(el, '[part="figure"]');
    expect(figures.map((f) => f.dataset.id)).to.deep.equal(ids);
    for (const f of figures) {
      const a = f.querySelector('a')!;
      expect(new URL(a.href).protocol, f.dataset.id).to.equal('https:');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(plain(f.querySelector('[part="source"]')!.textContent)).to.match(/^Data: \d{4}/);
    }
  });

  it('figures="…" selects and orders; compact counts; the pictogram; the count-up ends on the formatted value', async () => {
    const el = await fixture(
      html`<endht-stats figures="glotip24_detected_victims_2022,glotip24_children_share"></endht-stats>`,
    );
    await waitUntil(
      () =>
        all(el, '.n')
          .map((n) => n.textContent)
          .join() === '69.6k,38%',
      'counted up',
      { timeout: 3000 },
    );
    expect(all(el, '.visually-hidden').map((n) => n.textContent)).to.deep.equal(['69.6 thousand', '38%']);
    const pic = el.shadowRoot!.querySelector('[part="pictogram"]')!;
    expect(pic.querySelectorAll('.on').length).to.equal(4);
    expect(pic.getAttribute('aria-label')).to.equal('Pictogram: 4 in 10 (38% rounded to the nearest 10%)');
  });

  it('a site’s own figures from a child JSON script; invalid data warns once and shows the defaults', async () => {
    const own = {
      id: 'own',
      value: 12,
      kind: 'change',
      since: 2023,
      label: { en: 'calls to our hotline', fr: 'appels à notre ligne' },
      year: 2024,
      edition: '2024',
      publisher: 'Example NGO',
      sourceTitle: 'Report',
      url: 'https://example.org/r',
    };
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = `<endht-stats><script type="application/json">${JSON.stringify([own])}</script></endht-stats>`;
    const el = host.firstElementChild!;
    await updated(el);
    expect(plain(el.shadowRoot!.querySelector('[part="label"]')!.textContent)).to.equal('calls to our hotline');
    expect(el.shadowRoot!.querySelector('svg.dir')!.getAttribute('aria-label')).to.equal('Increase');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      host.innerHTML = `<endht-stats><script type="application/json">[{"id":"x","value":"<b>1</b>"}]</script></endht-stats>`;
      await updated(host.firstElementChild!);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([
      '<endht-stats>: JSON figures[0].kind=undefined is not valid; using the default figures.',
    ]);
    expect(all(host.firstElementChild!, '[part="figure"]').length).to.equal(4);
  });

  it('at most 12 figures: 13 of a site’s own give one warning and the first 12', async () => {
    const figure = (i: number) => ({
      id: `own${i}`,
      value: i,
      kind: 'count',
      label: `figure ${i}`,
      year: 2024,
      edition: 'Report',
      publisher: 'Example NGO',
      sourceTitle: 'Report',
      url: 'https://example.org/r',
    });
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const json = JSON.stringify(Array.from({ length: 13 }, (_, i) => figure(i + 1)));
      host.innerHTML = `<endht-stats><script type="application/json">${json}</script></endht-stats>`;
      await updated(host.firstElementChild!);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal(['<endht-stats>: JSON figures: 13 entries, more than 12; using the first 12.']);
    const ids = all(host.firstElementChild!, '[part="figure"]').map((f) => (f as HTMLElement).dataset.id);
    expect(ids).to.deep.equal(Array.from({ length: 12 }, (_, i) => `own${i + 1}`));
  });
});
