import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../index.js';
import type { SiteFigure } from './stats.js';
import { COUNT_UP_MS, EndhtStats, MAX_FIGURES, formatFigure } from './stats.js';
import { DEFAULT_FIGURE_IDS, FIGURES, SOURCES, type Figure } from '../../data/stats.js';
import { intlLocale } from '../../core/locale.js';
import { $, LOCALES, captureWarnings, shadowText, switchLang } from '../../../test/helpers.js';
import { fastestMount } from '../../../test/timing.js';

/** Intl's no-break spaces and bidi marks, made plain for comparisons. */
const plain = (s: string | null | undefined) =>
  (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');
const figures = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="figure"]')];
const ids = (el: Element) => figures(el).map((f) => f.dataset.id);
/** The visible (animated) digits of each figure. */
const digits = (el: Element) => figures(el).map((f) => plain(f.querySelector('.n')!.textContent));
/** What assistive technology reads as each value. */
const spoken = (el: Element) => figures(el).map((f) => plain(f.querySelector('.visually-hidden')!.textContent));
const labels = (el: Element) => figures(el).map((f) => f.querySelector('[part="label"]')!.textContent!.trim());
const nextFrame = () => new Promise((r) => requestAnimationFrame(r));

/** A valid site figure; tests break one field at a time. */
const site = (over: Record<string, unknown> = {}): SiteFigure =>
  ({
    id: 'own_share',
    value: 42,
    kind: 'percent',
    label: 'of our clients found work',
    year: 2024,
    edition: 'Annual report 2024',
    publisher: 'Example NGO',
    sourceTitle: 'Annual report',
    url: 'https://example.org/report',
    ...over,
  }) as SiteFigure;

/**
 * Reduced motion, emulated: the real media feature where the browser supports emulating it
 * (Chromium through CDP); Firefox over WebDriver BiDi cannot, so there matchMedia answers for
 * the query instead. test/reduced-motion.test.ts runs browsers with the OS preference on.
 */
async function reduceMotion(): Promise<{ turnOn: () => Promise<void>; restore: () => Promise<void> }> {
  if (!/Firefox\//.test(navigator.userAgent)) {
    await emulateMedia({ reducedMotion: 'no-preference' });
    return {
      turnOn: async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        await waitUntil(() => matchMedia('(prefers-reduced-motion: reduce)').matches, 'emulated', { timeout: 2000 });
      },
      restore: async () => {
        await emulateMedia({ reducedMotion: 'no-preference' });
      },
    };
  }
  const fake = Object.assign(new EventTarget(), { matches: false, media: '(prefers-reduced-motion: reduce)' });
  const real = window.matchMedia.bind(window);
  const stub = sinon
    .stub(window, 'matchMedia')
    .callsFake((q: string) => (q.includes('prefers-reduced-motion') ? (fake as unknown as MediaQueryList) : real(q)));
  return {
    turnOn: async () => {
      fake.matches = true;
      fake.dispatchEvent(Object.assign(new Event('change'), { matches: true }));
    },
    restore: async () => stub.restore(),
  };
}

/** Figures as docs/sources.md gives them, typed in by hand: value, year, edition, publisher, URL. */
const PRESS =
  'https://unodc.org/unodc/en/press/releases/2024/December/unodc-global-human-trafficking-report_-detected-victims-up-25-per-cent-as-more-children-are-exploited-and-forced-labour-cases-spike.html';
const CONTENT_MD: Record<string, [number, Figure['kind'], number, string, string, string]> = {
  glotip24_children_share: [38, 'percent', 2022, 'GLOTIP 2024', 'UNODC', PRESS],
  glotip24_female_share: [61, 'percent', 2022, 'GLOTIP 2024', 'UNODC', PRESS],
  glotip24_detected_victims_increase_vs_2019: [25, 'change', 2022, 'GLOTIP 2024', 'UNODC', PRESS],
  glotip24_forced_labour_increase: [47, 'change', 2022, 'GLOTIP 2024', 'UNODC', PRESS],
  glotip24_child_victims_increase: [31, 'change', 2022, 'GLOTIP 2024', 'UNODC', PRESS],
  glotip24_girl_victims_increase: [38, 'change', 2022, 'GLOTIP 2024', 'UNODC', PRESS],
  glotip24_girls_sexual_exploitation: [60, 'percent', 2022, 'GLOTIP 2024', 'UNODC', PRESS],
  glotip24_boys_forced_labour: [45, 'percent', 2022, 'GLOTIP 2024', 'UNODC', PRESS],
  glotip24_female_share_sexual_exploitation: [
    90,
    'percent',
    2022,
    'GLOTIP 2024',
    'UNODC',
    'https://unodc.org/unodc/en/speeches/2024/161224-launch-of-the-global-report-on-trafficking-in-persons-2024.html',
  ],
  glotip24_detected_victims_2022: [
    69627,
    'count',
    2022,
    'GLOTIP 2024',
    'VOI (Reuters)',
    'https://voi.id/en/news/441967',
  ],
  glotip22_children_violence_ratio: [
    2,
    'ratio',
    2020,
    'GLOTIP 2022',
    'UNODC',
    'https://www.unodc.org/unodc/en/human-trafficking/Webstories2023/un-forum-calls-for-urgent-action-to-end-child-trafficking.html',
  ],
  unvtf_victims_supported: [
    80000,
    'count',
    2023,
    '2023',
    'UNODC',
    'https://www.unodc.org/unodc/en/news/2023/November/un-voluntary-trust-fund-for-victims-of-human-trafficking-awards-7-civil-society-organizations-for-grants.html',
  ],
};

describe('<endht-stats>', () => {
  afterEach(async () => {
    sinon.restore();
    await switchLang('en');
  });

  describe('dataset (src/data/stats.ts)', () => {
    it('every figure has id, value, kind, label, year, edition, publisher, source title and an https: URL', () => {
      expect(FIGURES.length).to.be.greaterThan(8);
      expect(new Set(FIGURES.map((f) => f.id)).size).to.equal(FIGURES.length);
      for (const f of FIGURES) {
        expect(f.id, 'id').to.match(/^[a-z0-9_]+$/);
        expect(Number.isFinite(f.value), `${f.id} value`).to.equal(true);
        expect(['percent', 'count', 'change', 'ratio'], `${f.id} kind`).to.include(f.kind);
        expect(typeof f.label, `${f.id} label`).to.equal('function');
        expect(Number.isInteger(f.year) && f.year >= 2019 && f.year <= 2025, `${f.id} year`).to.equal(true);
        if (f.since !== undefined) expect(f.since, `${f.id} since`).to.be.lessThan(f.year);
        expect(f.edition.trim(), `${f.id} edition`).to.not.equal('');
        const source = SOURCES[f.source];
        expect(source, `${f.id} source`).to.not.equal(undefined);
        expect(source.publisher.trim(), `${f.id} publisher`).to.not.equal('');
        expect(source.title.trim(), `${f.id} source title`).to.not.equal('');
        expect(new URL(source.url).protocol, `${f.id} url`).to.equal('https:');
        if (f.kind === 'percent') expect(f.value >= 0 && f.value <= 100, `${f.id} share`).to.equal(true);
      }
    });

    it('every source (src/data/sources.json) is cited by a figure, with its full address, title, publisher and date', () => {
      const cited = new Set(FIGURES.map((f) => f.source));
      expect(Object.keys(SOURCES).sort()).to.deep.equal([...cited].sort());
      for (const [id, source] of Object.entries(SOURCES)) {
        expect(Object.keys(source).sort(), id).to.deep.equal(['date', 'publisher', 'title', 'url']);
        expect(new URL(source.url).href, id).to.equal(source.url);
        expect(source.date, id).to.match(/^20\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/);
      }
    });

    it('values, years, editions, publishers and URLs are those of docs/sources.md', () => {
      expect(FIGURES.map((f) => f.id).sort()).to.deep.equal(Object.keys(CONTENT_MD).sort());
      for (const f of FIGURES) {
        const [value, kind, year, edition, publisher, url] = CONTENT_MD[f.id]!;
        const source = SOURCES[f.source];
        expect([f.value, f.kind, f.year, f.edition, source.publisher, source.url], f.id).to.deep.equal([
          value,
          kind,
          year,
          edition,
          publisher,
          url,
        ]);
      }
      // Bounds stated by the sources ("over", "almost") stay bounds.
      expect(FIGURES.find((f) => f.id === 'unvtf_victims_supported')!.qualifier).to.equal('over');
      expect(FIGURES.find((f) => f.id === 'glotip22_children_violence_ratio')!.qualifier).to.equal('almost');
    });

    it('ships nothing from the "do not ship" list', () => {
      for (const f of FIGURES) {
        expect(f.value, f.id).to.not.equal(225000); // "225,000 victims since 2003"
        expect(f.value, f.id).to.not.equal(36); // "convictions +36 %"
        expect(f.id).to.not.match(
          /one_in_three|glotip22_children_share|north_africa|latin_america|forms_of_exploitation/,
        );
        expect(f.label(), f.id).to.not.match(/1 in 3|one in three|225,000|North Africa|Latin America/i);
      }
    });

    it('every label exists in all six languages (not English outside English)', async () => {
      const english = FIGURES.map((f) => f.label());
      for (const lang of LOCALES) {
        await switchLang(lang);
        for (const [i, f] of FIGURES.entries()) {
          const text = f.label();
          expect(text.trim(), `${lang} ${f.id}`).to.not.equal('');
          expect(text, `${lang} ${f.id}`).to.not.match(/\d/); // years are fields, formatted by Intl
          if (lang !== 'en') expect(text, `${lang} ${f.id}`).to.not.equal(english[i]);
        }
      }
    });

    it('EndhtStats.figureIds lists the dataset in order', () => {
      expect(EndhtStatsIds()).to.deep.equal(FIGURES.map((f) => f.id));
      expect(customElements.get('endht-stats')).to.equal(EndhtStats);
    });

    it('the default set: 3–4 figures including the children’s share (38 %, GLOTIP 2024), all primary UNODC', () => {
      expect(DEFAULT_FIGURE_IDS.length).to.be.within(3, 4);
      expect(DEFAULT_FIGURE_IDS).to.include('glotip24_children_share');
      for (const id of DEFAULT_FIGURE_IDS) {
        const f = FIGURES.find((x) => x.id === id)!;
        expect([SOURCES[f.source].publisher, f.edition], id).to.deep.equal(['UNODC', 'GLOTIP 2024']);
      }
    });
  });

  describe('the default card (no attributes)', () => {
    it('shows the default figures with their values, labels, years and sources, without a warning', async () => {
      const w = captureWarnings();
      const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
      w.restore();
      expect(w.messages).to.deep.equal([]);
      expect(ids(el)).to.deep.equal([...DEFAULT_FIGURE_IDS]);
      expect(spoken(el)).to.deep.equal(['38%', '61%', '+25%', '+47%']);
      expect(shadowText(el, '[part="title"]')).to.equal('Human trafficking: key figures');
      expect(labels(el)).to.deep.equal([
        'of detected victims were children',
        'of detected victims were women or girls',
        'number of detected victims',
        'number of detected victims of trafficking for forced labour',
      ]);
      const sources = figures(el).map((f) =>
        f.querySelector('[part="source"]')!.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(sources[0]).to.equal('Data: 2022 · Source: UNODC, Global Report on Trafficking in Persons 2024');
      expect(sources[2]).to.equal(
        'Data: 2022 compared with 2019 · Source: UNODC, Global Report on Trafficking in Persons 2024',
      );
      const base = $(el, '.base');
      expect(base.classList.contains('card') && base.classList.contains('theme-light')).to.equal(true);
    });

    it('every figure links to its source: new tab, rel="noopener noreferrer", an accessible name that says so', async () => {
      const el = await fixture<EndhtStats>(html`<endht-stats figures=${EndhtStatsIds().join(',')}></endht-stats>`);
      expect(figures(el).length).to.equal(FIGURES.length);
      for (const [i, f] of figures(el).entries()) {
        const a = f.querySelector<HTMLAnchorElement>('a[part="link"]')!;
        const source = SOURCES[FIGURES[i]!.source];
        expect(a.href).to.equal(new URL(source.url).href);
        expect(a.target).to.equal('_blank');
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.title).to.equal(source.title);
        const name = a.getAttribute('aria-label')!;
        expect(name.startsWith(a.textContent!.trim()), 'the visible text starts the accessible name').to.equal(true);
        expect(name).to.match(/\(opens the source in a new tab\)$/);
        expect(a.textContent).to.contain(source.publisher);
        const value = f.querySelector('[part="value"]')!.textContent!.trim();
        const label = f.querySelector('[part="label"]')!.textContent!.trim();
        expect(name, 'the name says which figure the source supports').to.contain(label);
        expect(name.replace(/[\u2068\u2069]/g, '')).to.match(new RegExp(`source for “.*${label}”`));
        expect(value).to.not.equal('');
      }
      const names = figures(el).map((f) => f.querySelector('a[part="link"]')!.getAttribute('aria-label'));
      expect(new Set(names).size, 'no two links share a name').to.equal(names.length);
    });
  });

  describe('figures="id,id"', () => {
    it('chooses and orders', async () => {
      const el = await fixture<EndhtStats>(
        html`<endht-stats
          figures=" glotip24_detected_victims_2022 ,glotip24_children_share,unvtf_victims_supported"
        ></endht-stats>`,
      );
      expect(ids(el)).to.deep.equal([
        'glotip24_detected_victims_2022',
        'glotip24_children_share',
        'unvtf_victims_supported',
      ]);
      expect(spoken(el)).to.deep.equal(['69.6 thousand', '38%', 'over 80 thousand']);
      el.figures = 'glotip24_children_share,glotip24_children_share';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['glotip24_children_share']); // duplicates once
    });

    it('unknown ids: one warning naming the element, the attribute and each unknown id; the others are shown', async () => {
      const w = captureWarnings();
      const el = await fixture<EndhtStats>(
        html`<endht-stats figures="nope,glotip24_children_share,<b>x</b>"></endht-stats>`,
      );
      w.restore();
      expect(ids(el)).to.deep.equal(['glotip24_children_share']);
      expect(w.messages).to.deep.equal([
        '<endht-stats>: figures="nope,<b>x</b>" is not valid; using the other figures (unknown ids).',
      ]);
    });

    it('none valid: one warning and the default set', async () => {
      const w = captureWarnings();
      const el = await fixture<EndhtStats>(html`<endht-stats figures="a,b"></endht-stats>`);
      w.restore();
      expect(w.messages).to.have.length(1);
      expect(w.messages[0]).to.equal(
        '<endht-stats>: figures="a,b" is not valid; using the default figures (unknown ids).',
      );
      expect(ids(el)).to.deep.equal([...DEFAULT_FIGURE_IDS]);
    });

    it('empty or blank: the default set, silently; other types never throw', async () => {
      const w = captureWarnings();
      const el = await fixture<EndhtStats>(html`<endht-stats figures=" , "></endht-stats>`);
      expect(ids(el)).to.deep.equal([...DEFAULT_FIGURE_IDS]);
      el.figures = [];
      await el.updateComplete;
      expect(ids(el)).to.deep.equal([...DEFAULT_FIGURE_IDS]);
      expect(w.messages).to.deep.equal([]);
      (el as unknown as Record<string, unknown>).figures = 42;
      await el.updateComplete;
      (el as unknown as Record<string, unknown>).figures = { id: 'x' };
      await el.updateComplete;
      w.restore();
      expect(ids(el)).to.deep.equal([...DEFAULT_FIGURE_IDS]);
      expect(w.messages).to.have.length(2);
    });
  });

  describe('variant, theme and label', () => {
    for (const v of ['card', 'row', 'grid']) {
      it(`variant="${v}"`, async () => {
        const el = await fixture<EndhtStats>(html`<endht-stats variant=${v}></endht-stats>`);
        expect($(el, '.base').classList.contains(v)).to.equal(true);
      });
    }

    /** Each figure's box, and the boxes of its number and its label. */
    const boxesOf = (el: EndhtStats) =>
      figures(el).map((figure) => ({
        figure: figure.getBoundingClientRect(),
        value: figure.querySelector('[part="value"]')!.getBoundingClientRect(),
        label: figure.querySelector('[part="label"]')!.getBoundingClientRect(),
      }));
    const distinct = (values: number[]) => new Set(values.map(Math.round)).size;

    for (const lang of ['en', 'ar'] as const) {
      it(`${lang}: the variants lay out differently (card: a lead figure; row: a line each; grid: two columns)`, async () => {
        await switchLang(lang);
        const rtl = lang === 'ar';
        for (const width of [480, 960]) {
          const host = await fixture<HTMLElement>(
            html`<div style="inline-size: ${width}px">
              <endht-stats></endht-stats><endht-stats variant="row"></endht-stats
              ><endht-stats variant="grid"></endht-stats>
            </div>`,
          );
          const [card, row, grid] = [...host.children] as EndhtStats[];
          await Promise.all([card, row, grid].map((el) => el!.updateComplete));
          const at = `${lang}, ${width} px`;

          // card: the first figure takes the card's width, its number far larger than the others'.
          const [lead, ...others] = boxesOf(card!);
          const list = $(card!, '.list').getBoundingClientRect();
          expect(lead!.figure.width, `${at}: card lead`).to.be.closeTo(list.width, 1);
          for (const other of others) {
            expect(lead!.value.height / other.value.height, `${at}: card lead`).to.be.greaterThan(1.5);
            expect(other.figure.top, `${at}: card others below the lead`).to.be.at.least(lead!.figure.bottom);
          }
          if (width === 960) expect(distinct(others.map((o) => o.figure.top)), `${at}: card others`).to.equal(1);

          // row: one figure per line, the number at the line's start and the label beside it.
          const rows = boxesOf(row!);
          expect(distinct(rows.map((r) => r.figure.top)), `${at}: row`).to.equal(rows.length);
          for (const r of rows) {
            if (rtl) expect(r.value.left, `${at}: row`).to.be.at.least(r.label.right);
            else expect(r.value.right, `${at}: row`).to.be.at.most(r.label.left);
            expect(r.label.top, `${at}: row label beside its number`).to.be.below(r.value.bottom);
          }

          // grid: two columns of tiles, two rows of them for four figures, the number above its label.
          const tiles = boxesOf(grid!);
          expect(distinct(tiles.map((t) => t.figure.left)), `${at}: grid columns`).to.equal(2);
          expect(distinct(tiles.map((t) => t.figure.top)), `${at}: grid rows`).to.equal(2);
          for (const t of tiles) expect(t.label.top, `${at}: grid`).to.be.at.least(t.value.bottom - 1);
        }
      });
    }

    const bad: Array<[string, string, string]> = [
      ['variant', 'huge', '<endht-stats>: variant="huge" is not valid; using "card".'],
      ['theme', 'neon', '<endht-stats>: theme="neon" is not valid; using "light".'],
    ];
    for (const [attr, value, message] of bad) {
      it(`invalid ${attr}="${value}" → one warning and the default`, async () => {
        const host = await fixture<HTMLElement>(html`<div></div>`);
        const w = captureWarnings();
        host.innerHTML = `<endht-stats ${attr}="${value}"></endht-stats>`;
        const el = host.firstElementChild as EndhtStats;
        await el.updateComplete;
        w.restore();
        expect(w.messages).to.deep.equal([message]);
        expect($(el, '.base').className)
          .to.match(/\bcard\b/)
          .and.to.match(/\btheme-light\b/);
        expect(ids(el)).to.deep.equal([...DEFAULT_FIGURE_IDS]);
      });
    }

    it('theme="dark" changes the colours', async () => {
      const el = await fixture<EndhtStats>(html`<endht-stats theme="dark"></endht-stats>`);
      expect($(el, '.base').classList.contains('theme-dark')).to.equal(true);
      const dark = getComputedStyle($(el, '.base')).backgroundColor;
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle($(el, '.base')).backgroundColor).to.not.equal(dark);
    });

    it('label="…" replaces the title, as text', async () => {
      const el = await fixture<EndhtStats>(html`<endht-stats label="<i>Our</i> figures"></endht-stats>`);
      expect(shadowText(el, '[part="title"]')).to.equal('<i>Our</i> figures');
      expect(el.shadowRoot!.querySelector('i')).to.equal(null);
      expect($(el, '[part="list"]').getAttribute('aria-labelledby')).to.equal($(el, '[part="title"]').id);
    });
  });

  describe('a site’s own figures', () => {
    it('as a property: shown in order, with their source', async () => {
      const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
      el.figures = [
        site(),
        site({
          id: 'own_people',
          kind: 'count',
          value: 1234567,
          label: { en: 'people reached', fr: 'personnes touchées' },
          since: 2020,
        }),
        site({ id: 'own_drop', kind: 'change', value: -12.5, since: 2023, url: '/relative/report.html' }),
      ];
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['own_share', 'own_people', 'own_drop']);
      expect(spoken(el)).to.deep.equal(['42%', '1.23 million', '-12.5%']);
      expect(labels(el)).to.deep.equal(['of our clients found work', 'people reached', 'of our clients found work']);
      const src = figures(el)[1]!.querySelector('[part="source"]')!.textContent!.replace(/\s+/g, ' ').trim();
      // The site's publisher and edition, isolated from the element's own text (core/bidi.ts).
      expect(src).to.equal('Data: 2020–2024 · Source: \u2068Example NGO\u2069, \u2068Annual report 2024\u2069');
      expect(figures(el)[2]!.querySelector('a')!.href).to.equal(
        new URL('/relative/report.html', document.baseURI).href,
      );
      expect(figures(el)[2]!.querySelector('svg.dir')!.getAttribute('aria-label')).to.equal('Decrease');
    });

    it('a label per language follows the page; a missing language falls back to English, marked lang="en"', async () => {
      const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
      el.figures = [site({ label: { en: 'people reached', 'fr-FR': 'personnes touchées' } })];
      await el.updateComplete;
      await switchLang('fr');
      await el.updateComplete;
      const label = figures(el)[0]!.querySelector('[part="label"]')!;
      expect(label.textContent).to.equal('personnes touchées');
      expect(label.hasAttribute('lang')).to.equal(false);
      await switchLang('ru');
      await el.updateComplete;
      expect(label.textContent).to.equal('people reached');
      expect(label.getAttribute('lang')).to.equal('en');
    });

    it('from a child <script type="application/json">, also combined with figures="id,id"', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<endht-stats><script type="application/json">
        ${JSON.stringify([site(), site({ id: 'own_two', value: 7 })])}
      </script><p>38 % of detected victims were children (UNODC, 2024)</p></endht-stats>`;
      const el = host.firstElementChild as EndhtStats;
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['own_share', 'own_two']);
      el.setAttribute('figures', 'own_two,glotip24_children_share');
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['own_two', 'glotip24_children_share']);
    });

    it('JSON added or changed after the element is on the page is read', async () => {
      const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify([site()]);
      el.append(script);
      await waitUntil(() => ids(el)[0] === 'own_share', 'JSON read');
      script.textContent = JSON.stringify([site({ id: 'changed' })]);
      await waitUntil(() => ids(el)[0] === 'changed', 'JSON re-read');
      script.remove();
      await waitUntil(() => ids(el)[0] === DEFAULT_FIGURE_IDS[0], 'back to the defaults');
    });

    it('strings are text, never HTML', async () => {
      const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
      const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
      el.figures = [site({ label: evil, publisher: evil, edition: evil, sourceTitle: evil })];
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(figures(el)[0]!.querySelector('[part="label"]')!.textContent).to.equal(evil);
      expect(figures(el)[0]!.querySelector('a')!.textContent).to.contain(evil);
      expect((window as unknown as Record<string, unknown>).__pwned).to.equal(undefined);
    });

    const invalid: Array<[string, unknown, string]> = [
      ['a string value', site({ value: '38' }), 'figures[0].value="38"'],
      ['NaN', site({ value: NaN }), 'figures[0].value=NaN'],
      ['a share above 100 %', site({ value: 120 }), 'figures[0].value=120'],
      ['a negative count', site({ kind: 'count', value: -1 }), 'figures[0].value=-1'],
      ['an unknown kind', site({ kind: 'pie' }), 'figures[0].kind="pie"'],
      ['a missing label', site({ label: '' }), 'figures[0].label=""'],
      ['a label map with a number', site({ label: { en: 3 } }), 'figures[0].label=[object Object]'],
      ['a year as text', site({ year: '2024' }), 'figures[0].year="2024"'],
      ['since after year', site({ since: 2030 }), 'figures[0].since=2030'],
      ['a javascript: URL', site({ url: 'javascript:alert(1)' }), 'figures[0].url="javascript:alert(1)"'],
      ['a data: URL', site({ url: 'data:text/html,hi' }), 'figures[0].url="data:text/html,hi"'],
      ['no publisher', site({ publisher: undefined }), 'figures[0].publisher=undefined'],
      ['an unknown qualifier', site({ qualifier: 'about' }), 'figures[0].qualifier="about"'],
      ['an id with a comma', site({ id: 'a,b' }), 'figures[0].id="a,b"'],
      ['null in the list', null, 'figures[0]=null'],
    ];
    for (const [what, figure, named] of invalid) {
      it(`invalid: ${what} → one warning naming the field, and the default set`, async () => {
        const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
        const w = captureWarnings();
        el.figures = [figure as SiteFigure];
        await el.updateComplete;
        w.restore();
        expect(w.messages).to.deep.equal([`<endht-stats>: ${named} is not valid; using the default figures.`]);
        expect(ids(el)).to.deep.equal([...DEFAULT_FIGURE_IDS]);
      });
    }

    describe(`at most ${MAX_FIGURES} figures`, () => {
      const many = (count: number) => Array.from({ length: count }, (_, i) => site({ id: `own_${i + 1}` }));
      const jsonCard = async (figures: unknown[], attributes = '') => {
        const host = await fixture<HTMLElement>(html`<div></div>`);
        const w = captureWarnings();
        host.innerHTML = `<endht-stats ${attributes}><script type="application/json">${JSON.stringify(figures)}</script></endht-stats>`;
        const el = host.firstElementChild as EndhtStats;
        await el.updateComplete;
        w.restore();
        return { el, warnings: w.messages };
      };
      const first = (count: number) => many(count).map((figure) => figure.id);

      it('12 site figures (JSON or property) are shown, silently; 13: one warning, the first 12', async () => {
        expect(MAX_FIGURES).to.equal(12);
        const twelve = await jsonCard(many(12));
        expect([ids(twelve.el), twelve.warnings]).to.deep.equal([first(12), []]);
        const thirteen = await jsonCard(many(13));
        expect(ids(thirteen.el)).to.deep.equal(first(12));
        expect(thirteen.warnings).to.deep.equal([
          '<endht-stats>: JSON figures: 13 entries, more than 12; using the first 12.',
        ]);
        const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
        const w = captureWarnings();
        el.figures = many(13);
        await el.updateComplete;
        w.restore();
        expect(ids(el)).to.deep.equal(first(12));
        expect(w.messages).to.deep.equal(['<endht-stats>: figures: 13 entries, more than 12; using the first 12.']);
      });

      it('figures="id,…" naming 13: one warning, the first 12; ids pick among the first 12 JSON figures', async () => {
        const builtIn = FIGURES.map((figure) => figure.id);
        const { el, warnings } = await jsonCard(many(1), `figures="own_1,${builtIn.join(',')}"`);
        expect(ids(el)).to.deep.equal(['own_1', ...builtIn.slice(0, 11)]);
        expect(warnings).to.deep.equal(['<endht-stats>: figures: 13 entries, more than 12; using the first 12.']);
        const beyond = await jsonCard(many(13), 'figures="own_13,own_2"');
        expect(ids(beyond.el)).to.deep.equal(['own_2']);
        expect(beyond.warnings).to.have.length(2);
        expect(beyond.warnings[0]).to.equal(
          '<endht-stats>: JSON figures: 13 entries, more than 12; using the first 12.',
        );
        expect(beyond.warnings[1]).to.match(/^<endht-stats>: figures="own_13" is not valid; using the other figures/);
      });

      it('a figure after the first 12 is not read: no warning about it; one among them: its warning only', async () => {
        const afterTheCap = await jsonCard([...many(12), { id: 'broken' }]);
        expect(ids(afterTheCap.el)).to.deep.equal(first(12));
        expect(afterTheCap.warnings).to.deep.equal([
          '<endht-stats>: JSON figures: 13 entries, more than 12; using the first 12.',
        ]);
        const among = await jsonCard([{ id: 'broken' }, ...many(12)]);
        expect(ids(among.el)).to.deep.equal(DEFAULT_FIGURE_IDS);
        expect(among.warnings).to.have.length(1);
        expect(among.warnings[0]).to.match(/^<endht-stats>: JSON figures\[0\]\.kind=undefined is not valid/);
      });

      it('10,000 site figures: one warning, 12 shown, in well under 100 ms', async () => {
        const json = JSON.stringify(many(10_000));
        const markup = `<endht-stats><script type="application/json">${json}</script></endht-stats>`;
        const { el, ms, warnings } = await fastestMount(markup, 'endht-stats');
        expect(ids(el)).to.deep.equal(first(12));
        expect(warnings).to.have.length(1);
        expect(ms).to.be.below(100);
      });
    });

    it('a duplicate id in the site’s figures is invalid', async () => {
      const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
      const w = captureWarnings();
      el.figures = [site(), site()];
      await el.updateComplete;
      w.restore();
      expect(w.messages).to.deep.equal([
        '<endht-stats>: figures[1].id="own_share" is not valid; using the default figures.',
      ]);
    });

    const badJson: Array<[string, string, RegExp]> = [
      [
        'not JSON',
        '[{"id": ',
        /^<endht-stats>: JSON figures="\[\{\\"id\\":" is not valid; using the default figures\.$/,
      ],
      [
        'not an array',
        '{"id": "x"}',
        /^<endht-stats>: JSON figures=\[object Object\] is not valid; using the default figures\.$/,
      ],
      [
        'a wrong type',
        JSON.stringify([site({ year: 20.5 })]),
        /^<endht-stats>: JSON figures\[0\]\.year=20\.5 is not valid/,
      ],
    ];
    for (const [what, json, pattern] of badJson) {
      it(`invalid JSON (${what}) → one warning and the default set`, async () => {
        const host = await fixture<HTMLElement>(html`<div></div>`);
        const w = captureWarnings();
        host.innerHTML = `<endht-stats><script type="application/json">${json}</script></endht-stats>`;
        const el = host.firstElementChild as EndhtStats;
        await el.updateComplete;
        w.restore();
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.match(pattern);
        expect(ids(el)).to.deep.equal([...DEFAULT_FIGURE_IDS]);
      });
    }
  });

  describe('formatting in six languages', () => {
    // [percent 38, change +25, change −27, count 156, count 69,627, count over 80,000 (spoken), ratio almost 2]
    const expected: Record<string, string[]> = {
      en: ['38%', '+25%', '-27%', '156', '69.6k', 'over 80 thousand', 'almost 2×'],
      fr: ['38 %', '+25 %', '-27 %', '156', '69,6 k', 'plus de 80 mille', 'près de 2 fois'],
      es: ['38 %', '+25 %', '-27 %', '156', '69,6 mil', 'más de 80 mil', 'casi 2 veces'],
      ar: ['38%', '+25%', '-27%', '156', '69.6 ألف', 'أكثر من 80 ألف', 'قرابة 2×'],
      'zh-Hans': ['38%', '+25%', '-27%', '156', '6.96万', '超过8万', '近2倍'],
      ru: ['38 %', '+25 %', '-27 %', '156', '69,6 тыс.', 'более 80 тысяч', 'почти 2×'],
    };
    for (const lang of LOCALES) {
      it(`${lang}: every kind, by Intl in the page's language`, async () => {
        await switchLang(lang);
        const l = intlLocale(lang);
        const got = [
          formatFigure({ kind: 'percent', value: 38 }, 38, l),
          formatFigure({ kind: 'change', value: 25 }, 25, l),
          formatFigure({ kind: 'change', value: -27 }, -27, l),
          formatFigure({ kind: 'count', value: 156 }, 156, l),
          formatFigure({ kind: 'count', value: 69627 }, 69627, l),
          formatFigure({ kind: 'count', value: 80000, qualifier: 'over' }, 80000, l, true),
          formatFigure({ kind: 'ratio', value: 2, qualifier: 'almost' }, 2, l),
        ].map(plain);
        expect(got).to.deep.equal(expected[lang]);
        if (lang === 'fr') expect(formatFigure({ kind: 'percent', value: 38 }, 38, l)).to.match(/^38[\u00a0\u202f]%$/);
      });
    }

    it('decimals are kept as written; counts below 10,000 are written out with grouping', async () => {
      expect(formatFigure({ kind: 'percent', value: 38.5 }, 38.5, 'en-GB')).to.equal('38.5%');
      expect(plain(formatFigure({ kind: 'count', value: 5000 }, 5000, 'ru'))).to.equal('5 000');
      expect(formatFigure({ kind: 'count', value: 5000 }, 5000, 'en-GB')).to.equal('5,000');
      expect(formatFigure({ kind: 'change', value: 0 }, 0, 'en-GB')).to.equal('0%');
    });

    for (const lang of LOCALES) {
      it(`${lang}: the card's text, source line and accessible names are in that language`, async () => {
        const el = await fixture<EndhtStats>(
          html`<endht-stats
            figures="glotip24_children_share,glotip24_detected_victims_increase_vs_2019"
          ></endht-stats>`,
        );
        await switchLang(lang);
        await el.updateComplete;
        const base = $(el, '.base');
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        await switchLang('en');
        await el.updateComplete;
        const english = [
          shadowText(el),
          $(el, 'a').getAttribute('aria-label'),
          $(el, '.pic').getAttribute('aria-label'),
          $(el, '.dir').getAttribute('aria-label'),
        ];
        await switchLang(lang);
        await el.updateComplete;
        const now = [
          shadowText(el),
          $(el, 'a').getAttribute('aria-label'),
          $(el, '.pic').getAttribute('aria-label'),
          $(el, '.dir').getAttribute('aria-label'),
        ];
        if (lang !== 'en') now.forEach((t, i) => expect(t, `${lang} text ${i}`).to.not.equal(english[i]));
        expect(labels(el)[0]).to.equal(FIGURES[0]!.label());
      });
    }

    it('French, Chinese, Arabic and Russian source lines', async () => {
      const el = await fixture<EndhtStats>(
        html`<endht-stats figures="glotip24_detected_victims_increase_vs_2019"></endht-stats>`,
      );
      const line = () => plain($(el, '[part="source"]').textContent).replace(/\s+/g, ' ').trim();
      const expectLines: Record<string, string> = {
        fr: 'Données : 2022 par rapport à 2019 · Source : ONUDC, Rapport mondial sur la traite des personnes 2024',
        'zh-Hans': '数据：2022年与2019年相比 · 来源：毒罪办，《2024年全球人口贩运问题报告》',
        ar: 'البيانات: 2022 مقارنةً بعام 2019 · المصدر: مكتب الأمم المتحدة المعني بالمخدرات والجريمة، التقرير العالمي عن الاتجار بالأشخاص 2024',
        ru: 'Данные за 2022 г. по сравнению с 2019 г. · Источник: УНП ООН, Глобальный доклад о торговле людьми 2024',
      };
      for (const [lang, text] of Object.entries(expectLines)) {
        await switchLang(lang);
        await el.updateComplete;
        expect(line(), lang).to.equal(text);
        // French typography: a no-break space before a colon.
        if (lang === 'fr')
          expect($(el, '[part="source"]').textContent).to.contain('Données\u00a0:').and.to.contain('Source\u00a0:');
      }
    });
  });

  it("UNODC is named as each language writes it; a site's own publisher is shown as written", async () => {
    const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
    el.figures = [site(), site({ id: 'own_unodc', publisher: 'UNODC' })];
    const publishers = () =>
      [...el.shadowRoot!.querySelectorAll('[part="link"]')].map((a) => a.textContent!.split(/[,،，]/)[0]!.trim());
    const expected: Record<string, string> = {
      en: 'UNODC',
      fr: 'ONUDC',
      es: 'UNODC',
      ar: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة',
      'zh-Hans': '毒罪办',
      ru: 'УНП ООН',
    };
    for (const [lang, unodc] of Object.entries(expected)) {
      await switchLang(lang);
      await el.updateComplete;
      expect(publishers(), lang).to.deep.equal(['\u2068Example NGO\u2069', unodc]);
    }
  });

  describe('pictures', () => {
    const pictogram = async (value: number) => {
      const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
      el.figures = [site({ value })];
      await el.updateComplete;
      return el;
    };
    const cases: Array<[number, number]> = [
      [38, 4],
      [61, 6],
      [45, 5],
      [8, 1],
      [4, 0],
      [0, 0],
      [100, 10],
    ];
    for (const [value, on] of cases) {
      it(`${value} % → ${on} of 10 people filled, with a text alternative stating the rounding`, async () => {
        const el = await pictogram(value);
        const svg = $(el, '[part="pictogram"]');
        expect(svg.getAttribute('role')).to.equal('img');
        expect(svg.querySelectorAll('path.on').length).to.equal(on);
        expect(svg.querySelectorAll('path').length).to.equal(10);
        expect(plain(svg.getAttribute('aria-label'))).to.equal(
          `Pictogram: ${on} in 10 (${value}% rounded to the nearest 10%)`,
        );
      });
    }

    it('filled and outlined, not colour alone; highlighted people start on the reading side (RTL in Arabic)', async () => {
      const el = await pictogram(38);
      const on = el.shadowRoot!.querySelector('path.on')!;
      const off = el.shadowRoot!.querySelector('path.off')!;
      expect(getComputedStyle(on).fill).to.not.equal('none');
      expect(getComputedStyle(off).fill).to.equal('none');
      expect(getComputedStyle(off).stroke).to.not.equal('none');
      expect(on.getAttribute('transform')).to.equal('translate(0 0)');
      await switchLang('ar');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('path.on')!.getAttribute('transform')).to.equal('translate(90 0)');
      expect(plain($(el, '.pic').getAttribute('aria-label'))).to.equal('رسم توضيحي: 4 من 10 (38% مقرَّبًا إلى أقرب 10%)');
    });

    it('only shares get a pictogram; a change gets a direction mark; a count none', async () => {
      const el = await fixture<EndhtStats>(
        html`<endht-stats
          figures="glotip24_children_share,glotip24_forced_labour_increase,glotip24_detected_victims_2022"
        ></endht-stats>`,
      );
      const [share, change, count] = figures(el);
      expect(share!.querySelector('.pic')).to.not.equal(null);
      expect(change!.querySelector('.pic')).to.equal(null);
      expect(change!.querySelector('svg.dir')!.getAttribute('aria-label')).to.equal('Increase');
      expect(change!.querySelector('svg.dir')!.getAttribute('role')).to.equal('img');
      expect(count!.querySelector('svg')).to.equal(null);
    });
  });

  describe('count-up', () => {
    let motion: Awaited<ReturnType<typeof reduceMotion>>;
    beforeEach(async () => {
      motion = await reduceMotion();
    });
    afterEach(async () => {
      await motion.restore();
    });

    it('counts up in view within 1.5 s, ends exactly on the formatted value; assistive technology only ever gets the final value', async () => {
      const el = await fixture<EndhtStats>(
        html`<endht-stats figures="glotip24_children_share,glotip24_detected_victims_2022"></endht-stats>`,
      );
      const final = ['38%', '69.6k'];
      const seen = new Set<string>();
      const t0 = performance.now();
      while (digits(el).join() !== final.join() && performance.now() - t0 < 3000) {
        seen.add(digits(el).join());
        expect(spoken(el)).to.deep.equal(['38%', '69.6 thousand']);
        for (const n of el.shadowRoot!.querySelectorAll('.n')) expect(n.getAttribute('aria-hidden')).to.equal('true');
        await nextFrame();
      }
      const took = performance.now() - t0;
      expect(digits(el)).to.deep.equal(final);
      expect(took).to.be.lessThan(1500);
      expect(COUNT_UP_MS).to.be.lessThan(1500);
      expect(seen.size, 'intermediate values were shown').to.be.greaterThan(3);
      expect([...seen].some((s) => s.startsWith('0%'))).to.equal(true);
    });

    it('waits until the card scrolls into view, and runs once', async () => {
      const host = await fixture<HTMLElement>(
        html`<div>
          <div style="block-size: 300vh"></div>
          <endht-stats></endht-stats>
        </div>`,
      );
      const el = host.querySelector('endht-stats')!;
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      expect(digits(el)).to.deep.equal(['0%', '0%', '0%', '0%']);
      expect(spoken(el)).to.deep.equal(['38%', '61%', '+25%', '+47%']);
      el.scrollIntoView();
      await waitUntil(() => digits(el).join() === '38%,61%,+25%,+47%', 'counted up', { timeout: 3000 });
      window.scrollTo(0, 0);
      await nextFrame();
      el.scrollIntoView();
      await nextFrame();
      expect(digits(el)).to.deep.equal(['38%', '61%', '+25%', '+47%']); // no second animation
      el.figures = 'glotip24_female_share';
      await el.updateComplete;
      expect(digits(el)).to.deep.equal(['61%']);
      window.scrollTo(0, 0);
    });

    for (const variant of ['card', 'row']) {
      it(`${variant}: the words beside a counting number stay put (it keeps the width of its final value)`, async () => {
        const host = await fixture<HTMLElement>(
          html`<div style="inline-size: 720px">
            <div style="block-size: 300vh"></div>
            <endht-stats variant=${variant}></endht-stats>
          </div>`,
        );
        const el = host.querySelector('endht-stats')!;
        await el.updateComplete;
        await nextFrame();
        expect(digits(el)).to.deep.equal(['0%', '0%', '0%', '0%']);
        const starts = () =>
          figures(el).map((f) => {
            const label = f.querySelector('[part="label"]')!.getBoundingClientRect();
            const number = f.querySelector('.n')!.getBoundingClientRect();
            return [Math.round(label.left), Math.round(number.width)];
          });
        const counting = starts();
        el.scrollIntoView();
        await waitUntil(() => digits(el).join() === '38%,61%,+25%,+47%', 'counted up', { timeout: 3000 });
        expect(starts()).to.deep.equal(counting);
        window.scrollTo(0, 0);
      });
    }

    it('never under prefers-reduced-motion: the final values at once, no observer', async () => {
      await motion.turnOn();
      const io = sinon.spy(window, 'IntersectionObserver');
      const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
      expect(digits(el)).to.deep.equal(['38%', '61%', '+25%', '+47%']);
      // No count-up observer (the one core/first-render.ts shares is made with a margin).
      expect(io.getCalls().filter((call) => call.args[1] === undefined)).to.have.length(0);
    });

    it('reduced motion switched on during the animation ends it at the final values', async () => {
      const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
      await waitUntil(() => digits(el)[0] !== '0%', 'started', { timeout: 2000 });
      const started = performance.now();
      expect(digits(el)[1]).to.not.equal('61%');
      await motion.turnOn();
      await waitUntil(() => digits(el).join() === '38%,61%,+25%,+47%', 'ended early', { timeout: 2000, interval: 5 });
      // Well before the count-up would have ended by itself.
      expect(performance.now() - started).to.be.lessThan(COUNT_UP_MS - 400);
    });

    it('removed from the page mid-animation: no frame keeps running; the values are final', async () => {
      const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
      await waitUntil(() => digits(el)[0] !== '0%', 'started', { timeout: 2000 });
      const raf = sinon.spy(window, 'requestAnimationFrame');
      el.remove();
      await new Promise((r) => setTimeout(r, 100));
      expect(raf.called).to.equal(false);
      expect(digits(el)).to.deep.equal(['38%', '61%', '+25%', '+47%']);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of LOCALES) {
        it(`axe: ${lang}, ${theme} theme, every variant`, async () => {
          await switchLang(lang);
          const el = await fixture(
            html`<div>
              <endht-stats theme=${theme}></endht-stats>
              <endht-stats theme=${theme} variant="row" figures=${EndhtStatsIds().slice(4).join(',')}></endht-stats>
              <endht-stats theme=${theme} variant="grid" figures=${EndhtStatsIds().join(',')}></endht-stats>
            </div>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }

    it('a list with an accessible name; each value read once, final', async () => {
      const el = await fixture<EndhtStats>(html`<endht-stats></endht-stats>`);
      const list = $(el, '[part="list"]');
      expect(list.getAttribute('role')).to.equal('list');
      expect(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        'Human trafficking: key figures',
      );
      for (const f of figures(el)) {
        const hidden = f.querySelector('.visually-hidden')!;
        expect(
          getComputedStyle(hidden).userSelect === 'none' ||
            getComputedStyle(hidden).getPropertyValue('-moz-user-select') === 'none',
        ).to.equal(true);
      }
    });

    it('keyboard: Tab reaches each source link in order, with a visible focus ring', async () => {
      const host = await fixture<HTMLElement>(html`<div><button>before</button><endht-stats></endht-stats></div>`);
      const el = host.querySelector<EndhtStats>('endht-stats')!;
      host.querySelector('button')!.focus();
      const reached: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        const a = el.shadowRoot!.activeElement as HTMLElement;
        reached.push(a.closest<HTMLElement>('[part="figure"]')!.dataset.id!);
        const style = getComputedStyle(a);
        expect(style.outlineStyle, 'focus ring').to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      }
      expect(reached).to.deep.equal([...DEFAULT_FIGURE_IDS]);
    });

    it('fits 280, 480 and 960 px wide without overflowing', async () => {
      for (const width of [280, 480, 960]) {
        const host = await fixture<HTMLElement>(
          html`<div style="inline-size: ${width}px">
            <endht-stats></endht-stats><endht-stats variant="row"></endht-stats
            ><endht-stats variant="grid" figures=${EndhtStatsIds().join(',')}></endht-stats>
          </div>`,
        );
        await Promise.all([...host.children].map((el) => (el as EndhtStats).updateComplete));
        for (const el of host.children) {
          const base = $(el, '.base');
          expect(base.scrollWidth, `${width}px ${el.getAttribute('variant') ?? 'card'}`).to.be.at.most(
            base.clientWidth + 1,
          );
          expect(el.getBoundingClientRect().width).to.be.at.most(width);
        }
      }
    });
  });

  it('makes no request of its own', async () => {
    // The test page loads the locale modules from the dev server once (the drop-in file
    // inlines them; test/bundle-stats.test.ts checks that): load them before counting.
    for (const lang of LOCALES) await switchLang(lang);
    const before = performance.getEntriesByType('resource').length;
    for (const lang of LOCALES) {
      await switchLang(lang);
      const el = await fixture<EndhtStats>(
        html`<endht-stats variant="grid" figures=${EndhtStatsIds().join(',')}></endht-stats>`,
      );
      await el.updateComplete;
    }
    await new Promise((r) => setTimeout(r, 200));
    const after = performance.getEntriesByType('resource');
    expect(after.slice(before).map((e) => e.name)).to.deep.equal([]);
  });

  it('shows its light-DOM fallback before it is defined, and not after', async () => {
    const tag = 'endht-stats-fallback-test';
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = `<${tag}><p>38 % of detected victims were children (UNODC, 2024)</p></${tag}>`;
    const el = host.firstElementChild as EndhtStats;
    expect(host.innerText.trim()).to.equal('38 % of detected victims were children (UNODC, 2024)');
    const Ctor = customElements.get('endht-stats')!;
    customElements.define(tag, class extends (Ctor as typeof HTMLElement) {});
    await (el as EndhtStats).updateComplete;
    expect(host.innerText).to.not.contain('(UNODC, 2024)');
    expect(figures(el).length).to.equal(4);
  });
});

/** The ids the defined element reports (its static figureIds). */
function EndhtStatsIds(): string[] {
  return (customElements.get('endht-stats') as unknown as typeof EndhtStats).figureIds;
}
