import { fixture, html, expect } from '@open-wc/testing';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../index.js';
import { MAX_PARTNERS, type EndhtPartners, type Partner } from './partners.js';
import { ORGANISATIONS, organisationName } from '../../data/partners.js';
import { $, LOCALES, captureWarnings, shadowText, switchLang, mountMarkup } from '../../../test/helpers.js';
import { fastestMount } from '../../../test/timing.js';

type Axe = {
  setup(el: Element): unknown;
  teardown(): void;
  utils: { getNodeFromTree(el: Element): unknown };
  commons: { dom: { isVisibleToScreenReaders(v: unknown): boolean }; text: { accessibleText(el: Element): string } };
};
/** axe-core, as loaded by chai-a11y-axe: an implementation of the accessibility tree rules independent of ours. */
async function loadAxe(): Promise<Axe> {
  const w = window as unknown as { axe?: Axe };
  // @ts-expect-error axe-core's browser build has no module types; it registers window.axe.
  if (!w.axe) await import('axe-core/axe.min.js');
  return w.axe!;
}

const LOGO = new URL('../../../test/fixtures/logo.svg', import.meta.url).href;

const links = (el: Element, sel = '.list:not(.copy) a') => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>(sel)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shorts = (el: Element) => links(el).map((a) => text(a.querySelector('.short')));

/** Mounts markup as a page writes it, capturing warnings (test/helpers.ts). */
const mount = (markup: string) => mountMarkup<EndhtPartners>('endht-partners', markup);

describe('<endht-partners>', () => {
  afterEach(async () => {
    await resetMouse();
    await switchLang('en');
  });

  describe('balanced tiles', () => {
    /** The tiles of a list, grouped into rows by their top edge. */
    const rowsOf = (el: EndhtPartners): DOMRect[][] => {
      const rows = new Map<number, DOMRect[]>();
      for (const tile of el.shadowRoot!.querySelectorAll('.list:not(.copy) .item')) {
        const box = tile.getBoundingClientRect();
        const top = Math.round(box.top);
        rows.set(top, [...(rows.get(top) ?? []), box]);
      }
      return [...rows.entries()].sort(([a], [b]) => a - b).map(([, boxes]) => boxes);
    };
    const siteList = (count: number): Partner[] =>
      Array.from(
        { length: count },
        (_, i) => ({ name: `Partner ${i + 1}`, href: `https://p${i + 1}.example/` }) as Partner,
      );

    for (const layout of ['strip', 'grid'] as const) {
      it(`${layout}: balanced rows of equal tiles at every width, for 11 tiles and for 2, 3, 5, 7 and 8`, async () => {
        for (const count of [11, 2, 3, 5, 7, 8]) {
          for (const width of [320, 360, 500, 720, 960, 1200]) {
            const wrap = await fixture<HTMLElement>(
              html`<div style="inline-size: ${width}px"><endht-partners layout=${layout}></endht-partners></div>`,
            );
            const el = wrap.firstElementChild as EndhtPartners;
            if (count !== 11) el.partners = siteList(count);
            await el.updateComplete;
            const at = `${count} tiles at ${width} px`;
            const rows = rowsOf(el);
            const counts = rows.map((row) => row.length);
            expect(
              counts.reduce((a, b) => a + b),
              at,
            ).to.equal(count);
            if (rows.length > 1) expect(Math.min(...counts), `${at}: ${counts.join('+')}`).to.be.greaterThan(1);
            expect(Math.max(...counts) - Math.min(...counts), `${at}: ${counts.join('+')}`).to.be.at.most(1);
            // Fuller rows first, then the rows with one tile fewer.
            expect(counts, at).to.deep.equal([...counts].sort((a, b) => b - a));
            const boxes = rows.flat();
            const widths = boxes.map((box) => box.width);
            const heights = boxes.map((box) => box.height);
            expect(Math.max(...widths) - Math.min(...widths), `${at}: widths`).to.be.lessThan(0.5);
            expect(Math.max(...heights) - Math.min(...heights), `${at}: heights`).to.be.lessThan(0.5);
            const list = $(el, '.list').getBoundingClientRect();
            for (const row of rows) {
              const before = row[0]!.left - list.left;
              const after = list.right - row[row.length - 1]!.right;
              if (layout === 'strip') {
                expect(Math.abs(before - after), `${at}: a row is centred`).to.be.lessThan(1);
              } else {
                expect(before, `${at}: a row starts at the inline start`).to.be.lessThan(1);
              }
            }
          }
        }
      });
    }

    it('11 tiles: 6 + 5 at 960 px, 4 + 4 + 3 at 720 px, 3 + 3 + 3 + 2 at 320 px', async () => {
      for (const [width, expected] of [
        [960, [6, 5]],
        [720, [4, 4, 3]],
        [320, [3, 3, 3, 2]],
      ] as const) {
        const wrap = await fixture<HTMLElement>(
          html`<div style="inline-size: ${width}px"><endht-partners></endht-partners></div>`,
        );
        const el = wrap.firstElementChild as EndhtPartners;
        await el.updateComplete;
        expect(
          rowsOf(el).map((row) => row.length),
          `${width} px`,
        ).to.deep.equal(expected);
      }
    });

    it('Chinese: no name leaves a single character alone on its last line', async () => {
      await switchLang('zh-Hans');
      const wrap = await fixture<HTMLElement>(
        html`<div style="inline-size: 500px"><endht-partners></endht-partners></div>`,
      );
      const el = wrap.firstElementChild as EndhtPartners;
      await el.updateComplete;
      let checked = 0;
      for (const name of el.shadowRoot!.querySelectorAll('a span')) {
        const text = [...name.childNodes].find(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim().length > 2,
        );
        if (!text) continue;
        const end = text.textContent!.trimEnd().length;
        const top = (at: number) => {
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + 1);
          return range.getBoundingClientRect().top;
        };
        expect(top(end - 1), name.textContent!).to.be.closeTo(top(end - 2), 1);
        checked++;
      }
      expect(checked).to.be.greaterThan(5);
    });
  });

  describe('default strip, no attributes', () => {
    it('lists the eleven organisations in order as linked text wordmarks, with no image at all', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners></endht-partners>`);
      expect(shorts(el)).to.deep.equal([
        'UNODC',
        'ICAT',
        'UNHCR',
        'ILO',
        'IOM',
        'UNICEF',
        'OHCHR',
        'UN Women',
        'INTERPOL',
        'ICAO',
        'UNVTF',
      ]);
      expect(links(el).map((a) => a.href)).to.deep.equal([
        'https://www.unodc.org/',
        'https://icat.un.org/',
        'https://www.unhcr.org/',
        'https://www.ilo.org/',
        'https://www.iom.int/',
        'https://www.unicef.org/',
        'https://www.ohchr.org/',
        'https://www.unwomen.org/',
        'https://www.interpol.int/',
        'https://www.icao.int/',
        'https://www.unodc.org/unodc/en/human-trafficking-fund/unvtf-about.html',
      ]);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      expect(text(links(el)[2]!.querySelector('.name'))).to.equal(
        'Office of the United Nations High Commissioner for Refugees',
      );
      expect(text(links(el)[10]!.querySelector('.name'))).to.equal(
        'United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children',
      );
    });

    it('is a list of links that open in a new tab and say so', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners></endht-partners>`);
      const list = $(el, '.list');
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.querySelectorAll(':scope > li').length).to.equal(11);
      for (const a of links(el)) {
        expect(a.target).to.equal('_blank');
        expect(a.rel).to.equal('noopener noreferrer');
        expect(text(a.querySelector('.visually-hidden'))).to.equal('(opens in a new tab)');
      }
      expect(text(links(el)[0])).to.equal('UNODC United Nations Office on Drugs and Crime (opens in a new tab)');
    });

    it('shows the full name to everyone: visible text, not a tooltip', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners></endht-partners>`);
      for (const a of links(el)) {
        const name = a.querySelector<HTMLElement>('.name')!;
        const box = name.getBoundingClientRect();
        expect(box.width * box.height, text(name)).to.be.greaterThan(20);
        expect(getComputedStyle(name).visibility).to.equal('visible');
        expect(a.hasAttribute('title')).to.equal(false);
      }
    });

    it('has a level-2 heading that names the list', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners></endht-partners>`);
      const h = $(el, '[part="heading"]');
      expect(h.getAttribute('role')).to.equal('heading');
      expect(h.getAttribute('aria-level')).to.equal('2');
      expect(text(h)).to.equal('Together against trafficking in persons');
      expect($(el, '.list').getAttribute('aria-labelledby')).to.equal(h.id);
    });

    it('makes no request of its own', async () => {
      const before = performance.getEntriesByType('resource').length;
      const el = await fixture<EndhtPartners>(
        html`<div>
          <endht-partners></endht-partners><endht-partners layout="grid" theme="dark"></endht-partners
          ><endht-partners layout="marquee"></endht-partners>
        </div>`,
      );
      await Promise.all([...el.children].map((c) => (c as EndhtPartners).updateComplete));
      await new Promise((r) => setTimeout(r, 50));
      expect(performance.getEntriesByType('resource').length).to.equal(before);
    });

    it('each keyboard focus is visible', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners></endht-partners>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const first = links(el)[0]!;
      expect(el.shadowRoot!.activeElement).to.equal(first);
      const style = getComputedStyle(first);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(links(el)[1]);
      before.remove();
    });
  });

  describe('the data', () => {
    it('every organisation has a short or full name in all six languages and an https home page', async () => {
      expect(ORGANISATIONS).to.have.length(11);
      expect(new Set(ORGANISATIONS.map((o) => o.id)).size).to.equal(11);
      for (const l of LOCALES) {
        await switchLang(l);
        for (const org of ORGANISATIONS) {
          expect(new URL(org.href).protocol, org.id).to.equal('https:');
          const n = organisationName(org);
          expect(n.lang, `${org.id} ${l}`).to.equal(l);
          expect(n.name.length, `${org.id} ${l}`).to.be.greaterThan(2);
          expect(n.name, `${org.id} ${l}`).not.to.contain('|');
        }
      }
      const ilo = ORGANISATIONS.find((o) => o.id === 'ilo')!;
      expect(organisationName(ilo)).to.deep.equal({
        short: 'МОТ',
        name: 'Международная организация труда',
        lang: 'ru',
      });
      await switchLang('ar');
      expect(organisationName(ilo)).to.deep.equal({ name: 'منظمة العمل الدولية', lang: 'ar' });
      await switchLang('en');
    });

    it("falls back to the English names, marked as English, in a host app's locale that is not ours", async () => {
      await switchLang('en');
      const ready = (readyLocale: string) =>
        window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale } }));
      // What a host app's own @lit/localize announces when it switches to Portuguese.
      ready('pt');
      try {
        const unhcr = ORGANISATIONS.find((o) => o.id === 'unhcr')!;
        expect(organisationName(unhcr)).to.deep.equal({
          short: 'UNHCR',
          name: 'Office of the United Nations High Commissioner for Refugees',
          lang: 'en',
        });
      } finally {
        ready('en');
      }
    });
  });

  describe('six languages', () => {
    const expected: Record<
      string,
      { heading: string; unhcr: [string, string]; unwomen: [string, string]; tab: string }
    > = {
      en: {
        heading: 'Together against trafficking in persons',
        unhcr: ['UNHCR', 'Office of the United Nations High Commissioner for Refugees'],
        unwomen: ['UN Women', 'United Nations Entity for Gender Equality and the Empowerment of Women'],
        tab: '(opens in a new tab)',
      },
      fr: {
        heading: 'Ensemble contre la traite des personnes',
        unhcr: ['HCR', 'Haut-Commissariat des Nations Unies pour les réfugiés'],
        unwomen: ['ONU Femmes', "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes"],
        tab: "(s'ouvre dans un nouvel onglet)",
      },
      es: {
        heading: 'Juntos contra la trata de personas',
        unhcr: ['ACNUR', 'Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados'],
        unwomen: ['ONU Mujeres', 'Entidad de la ONU para la Igualdad de Género y el Empoderamiento de la Mujer'],
        tab: '(se abre en una pestaña nueva)',
      },
      ar: {
        heading: 'معًا لمكافحة الاتجار بالأشخاص',
        unhcr: ['المفوضية', 'مفوضية الأمم المتحدة لشؤون اللاجئين'],
        unwomen: ['هيئة الأمم المتحدة للمرأة', 'هيئة الأمم المتحدة للمساواة بين الجنسين وتمكين المرأة'],
        tab: '(يُفتح في علامة تبويب جديدة)',
      },
      'zh-Hans': {
        heading: '携手打击贩运人口',
        unhcr: ['难民署', '联合国难民事务高级专员办事处'],
        unwomen: ['妇女署', '联合国促进性别平等和增强妇女权能署'],
        tab: '（在新标签页中打开）',
      },
      ru: {
        heading: 'Вместе против торговли людьми',
        unhcr: ['УВКБ ООН', 'Управление Верховного комиссара Организации Объединенных Наций по делам беженцев'],
        unwomen: [
          'ООН-женщины',
          'Структура Организации Объединенных Наций по вопросам гендерного равенства и расширения прав и возможностей женщин',
        ],
        tab: '(откроется в новой вкладке)',
      },
    };
    for (const lang of LOCALES) {
      it(`${lang}: heading, short and full names and the new-tab note follow <html lang>`, async () => {
        const el = await fixture<EndhtPartners>(html`<endht-partners></endht-partners>`);
        await switchLang(lang);
        await el.updateComplete;
        const e = expected[lang]!;
        const base = $(el, '.base');
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(shadowText(el, '[part="heading"]')).to.equal(e.heading);
        const unhcr = links(el)[2]!;
        const unwomen = links(el)[7]!;
        // Short names in English only: in the other languages the Trust Fund has none (see below).
        const shown = (names: [string, string]): [string, string] => (lang === 'en' ? names : ['', names[1]]);
        expect([text(unhcr.querySelector('.short')), text(unhcr.querySelector('.name'))]).to.deep.equal(shown(e.unhcr));
        expect([text(unwomen.querySelector('.short')), text(unwomen.querySelector('.name'))]).to.deep.equal(
          shown(e.unwomen),
        );
        expect(text(unhcr.querySelector('.visually-hidden'))).to.equal(e.tab);
        // Every name is in the page's language: no lang="en" fallback anywhere.
        expect(el.shadowRoot!.querySelector('[lang="en"]') === null || lang === 'en').to.equal(true);
        expect(links(el)).to.have.length(11);
      });
    }

    it('every language names every organisation the same way: all with a short name, or none', async () => {
      const named: Record<string, number> = {};
      for (const lang of LOCALES) {
        await switchLang(lang);
        const el = await fixture<EndhtPartners>(html`<endht-partners></endht-partners>`);
        const withShort = links(el).filter((a) => a.querySelector('.short') !== null).length;
        const alone = links(el).filter((a) => a.querySelector('.name.solo') !== null).length;
        expect([0, 11], `${lang}: tiles with a short name`).to.include(withShort);
        expect(withShort + alone, `${lang}: every tile is one or the other`).to.equal(11);
        named[lang] = withShort;
        // The data: a short name is shown only where every organisation has one in that language.
        const everyOneHasOne = ORGANISATIONS.every((org) => organisationName(org).short !== undefined);
        expect(withShort === 11, lang).to.equal(everyOneHasOne);
      }
      // The Trust Fund has an official short name in English only (UNVTF).
      expect(named).to.deep.equal({ en: 11, fr: 0, es: 0, ar: 0, 'zh-Hans': 0, ru: 0 });
    });

    it('Arabic: organisations without an Arabic short name show their full name alone', async () => {
      await switchLang('ar');
      const el = await fixture<EndhtPartners>(html`<endht-partners></endht-partners>`);
      const ilo = links(el)[3]!;
      expect(ilo.querySelector('.short')).to.equal(null);
      expect(text(ilo.querySelector('.name.solo'))).to.equal('منظمة العمل الدولية');
      expect(getComputedStyle($(el, '.list')).direction).to.equal('rtl');
    });

    for (const lang of LOCALES) {
      it(`axe clean in ${lang}`, async () => {
        await switchLang(lang);
        const el = await fixture(
          html`<div>
            <endht-partners></endht-partners>
            <endht-partners layout="marquee" theme="dark"></endht-partners>
          </div>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  });

  describe("a site's own partners", () => {
    it('child links replace the defaults (text or a logo), with the heading "Partners"', async () => {
      const { el, warnings } = await mount(`<endht-partners>
        <ul>
          <li><a href="https://alpha.example/">Alpha   Aid</a></li>
          <li><a href="https://beta.example/path"><img src="${LOGO}" alt="Beta Foundation"></a></li>
        </ul>
      </endht-partners>`);
      expect(warnings).to.deep.equal([]);
      const ls = links(el);
      expect(ls.map((a) => a.href)).to.deep.equal(['https://alpha.example/', 'https://beta.example/path']);
      expect(text(ls[0]!.querySelector('.name'))).to.equal('Alpha Aid');
      const img = ls[1]!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(LOGO);
      expect(img.alt).to.equal('Beta Foundation');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(shadowText(el, '[part="heading"]')).to.equal('Partners');
      // The children stay in the page (they are the rendering without JavaScript).
      expect(el.querySelectorAll('a').length).to.equal(2);
    });

    it('the children are what shows before the element is defined', async () => {
      const tag = 'endht-partners-fallback-test';
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<${tag}><a href="https://alpha.example/">Alpha Aid</a></${tag}>`;
      const el = host.firstElementChild as EndhtPartners;
      expect(host.innerText.trim()).to.equal('Alpha Aid');
      const Ctor = customElements.get('endht-partners')!;
      customElements.define(tag, class extends (Ctor as typeof HTMLElement) {});
      await el.updateComplete;
      expect(el.shadowRoot).to.not.equal(null);
      expect(text(links(el)[0])).to.equal('Alpha Aid (opens in a new tab)');
    });

    it('follows changes to the child links', async () => {
      const { el } = await mount(`<endht-partners><a href="https://alpha.example/">Alpha</a></endht-partners>`);
      const a = document.createElement('a');
      a.href = 'https://gamma.example/';
      a.textContent = 'Gamma';
      el.append(a);
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(links(el).map((l) => text(l.querySelector('.name')))).to.deep.equal(['Alpha', 'Gamma']);
      el.querySelector('a')!.textContent = 'Alpha Relief';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(links(el)[0]!.querySelector('.name'))).to.equal('Alpha Relief');
      el.replaceChildren();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(links(el)).to.have.length(11); // back to the defaults
    });

    it('the partners property takes precedence over children; null goes back to them', async () => {
      const { el } = await mount(`<endht-partners><a href="https://alpha.example/">Alpha</a></endht-partners>`);
      const partners: Partner[] = [
        { name: 'Delta Trust', href: 'https://delta.example/' },
        { name: 'Epsilon', href: 'https://epsilon.example/', logo: LOGO },
      ];
      el.partners = partners;
      await el.updateComplete;
      expect(links(el).map((a) => a.href)).to.deep.equal(['https://delta.example/', 'https://epsilon.example/']);
      expect(text(links(el)[0]!.querySelector('.name'))).to.equal('Delta Trust');
      expect(links(el)[1]!.querySelector('img')!.alt).to.equal('Epsilon');
      expect(links(el)[1]!.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
      (el as unknown as { partners: unknown }).partners = null; // as a page's script may
      await el.updateComplete;
      expect(links(el).map((a) => a.href)).to.deep.equal(['https://alpha.example/']);
      el.partners = [];
      await el.updateComplete;
      expect(links(el).map((a) => a.href)).to.deep.equal(['https://alpha.example/']);
    });

    it('a relative href resolves against the page', async () => {
      const { el } = await mount(`<endht-partners><a href="/about/partners">Our partners</a></endht-partners>`);
      expect(links(el)[0]!.href).to.equal(new URL('/about/partners', document.baseURI).href);
    });

    it('the heading attribute replaces the default heading', async () => {
      const { el } = await mount(
        `<endht-partners heading="With thanks to"><a href="https://alpha.example/">Alpha</a></endht-partners>`,
      );
      expect(shadowText(el, '[part="heading"]')).to.equal('With thanks to');
    });

    it('axe clean with logos and text, in both themes and every layout', async () => {
      for (const theme of ['light', 'dark']) {
        for (const layout of ['strip', 'grid', 'marquee']) {
          const { el } = await mount(`<endht-partners theme="${theme}" layout="${layout}">
            <a href="https://alpha.example/">Alpha Aid</a>
            <a href="https://beta.example/"><img src="${LOGO}" alt="Beta Foundation"></a>
          </endht-partners>`);
          await expect(el).to.be.accessible();
        }
      }
    });
  });

  describe('bad input: one warning naming the element and attribute, never a throw or a blank', () => {
    it('a javascript: or data: link is dropped', async () => {
      const { el, warnings } = await mount(`<endht-partners>
        <a href="javascript:alert(1)">Evil</a>
        <a href="https://alpha.example/">Alpha</a>
        <a href="data:text/html,hi">Data</a>
      </endht-partners>`);
      // One warning for the child links, naming each bad one.
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.equal(
        '<endht-partners>: child links: link 1 href="javascript:alert(1)" is not an http(s) URL (no link: the partner is left out); ' +
          'link 3 href="data:text/html,hi" is not an http(s) URL (no link: the partner is left out).',
      );
      expect(links(el).map((a) => a.href)).to.deep.equal(['https://alpha.example/']);
      expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
    });

    it('only bad links: one warning, and the default organisations', async () => {
      const { el, warnings } = await mount(`<endht-partners><a href="vbscript:x">X</a></endht-partners>`);
      expect(warnings).to.have.length(1);
      expect(links(el)).to.have.length(11);
    });

    it('a logo that is not http(s) warns and the name is shown as text', async () => {
      const { el, warnings } = await mount(
        `<endht-partners><a href="https://beta.example/"><img src="javascript:alert(1)" alt="Beta"></a></endht-partners>`,
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.equal(
        '<endht-partners>: child links: link 1 <img> src="javascript:alert(1)" is not an http(s) URL (using the name as text).',
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(links(el)[0]!.querySelector('.name'))).to.equal('Beta');
    });

    it('a logo without alt warns and falls back to the link’s label, title or host', async () => {
      const cases: Array<[string, string, RegExp]> = [
        [
          `<a href="https://beta.example/" aria-label="Beta Foundation"><img src="${LOGO}"></a>`,
          'Beta Foundation',
          /link 1 <img> has no alt \(using "Beta Foundation"\)/,
        ],
        [
          `<a href="https://beta.example/" title="Beta Title"><img src="${LOGO}" alt=""></a>`,
          'Beta Title',
          /link 1 <img> has no alt \(using "Beta Title"\)/,
        ],
        [
          `<a href="https://www.beta.example/x"><img src="${LOGO}" alt="  "></a>`,
          'beta.example',
          /link 1 <img> has no alt \(using "beta.example"\)/,
        ],
      ];
      for (const [markup, name, pattern] of cases) {
        const { el, warnings } = await mount(`<endht-partners>${markup}</endht-partners>`);
        expect(warnings, markup).to.have.length(1);
        expect(warnings[0]).to.match(/^<endht-partners>: /);
        expect(warnings[0]).to.match(pattern);
        expect(links(el)[0]!.querySelector('img')!.alt).to.equal(name);
      }
    });

    it('alt="" next to visible link text is correct HTML: no warning, the text names the logo', async () => {
      const { el, warnings } = await mount(
        `<endht-partners><a href="https://beta.example/"><img src="${LOGO}" alt=""> Beta Foundation</a></endht-partners>`,
      );
      expect(warnings).to.deep.equal([]);
      expect(links(el)[0]!.querySelector('img')!.alt).to.equal('Beta Foundation');
    });

    it('the partners property: bad entries warn with their index and are left out', async () => {
      const { el } = await mount(`<endht-partners></endht-partners>`);
      const w = captureWarnings();
      (el as unknown as { partners: unknown }).partners = [
        { name: 'Evil', href: 'javascript:alert(1)' },
        null,
        42,
        { href: 'https://www.nameless.example/' },
        { name: 'Gamma', href: 'https://gamma.example/', logo: 'data:image/png;base64,AAAA' },
        { name: '<b>Bold</b>', href: 'https://bold.example/' },
      ];
      await el.updateComplete;
      w.restore();
      // One warning for the property, naming every bad entry with its index.
      expect(w.messages).to.have.length(1);
      const m = w.messages[0]!;
      expect(m).to.match(
        /^<endht-partners>: partners: partners\[0\]\.href="javascript:alert\(1\)" is not an http\(s\) URL \(no link/,
      );
      expect(m).to.match(/partners\[1\]\.href=undefined/);
      expect(m).to.match(/partners\[2\]\.href=undefined/);
      expect(m).to.match(/partners\[3\]\.name=undefined is empty \(using "nameless.example"\)/);
      expect(m).to.match(
        /partners\[4\]\.logo="data:image\/png;base64,AAAA" is not an http\(s\) URL \(using the name as text\)\.$/,
      );
      expect(links(el).map((a) => text(a.querySelector('.name')))).to.deep.equal([
        'nameless.example',
        'Gamma',
        '<b>Bold</b>',
      ]);
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    });

    describe(`at most ${MAX_PARTNERS} partners`, () => {
      const childLinks = (count: number) =>
        Array.from({ length: count }, (_, i) => `<a href="https://p${i + 1}.example/">Partner ${i + 1}</a>`).join('');
      const names = (count: number) => Array.from({ length: count }, (_, i) => `Partner ${i + 1}`);
      const shown = (el: Element) => links(el).map((a) => text(a.querySelector('.name')));

      it('40 child links are shown, silently; 41: one warning, the first 40', async () => {
        expect(MAX_PARTNERS).to.equal(40);
        const forty = await mount(`<endht-partners>${childLinks(40)}</endht-partners>`);
        expect([shown(forty.el), forty.warnings]).to.deep.equal([names(40), []]);
        const { el, warnings } = await mount(`<endht-partners>${childLinks(41)}</endht-partners>`);
        expect(shown(el)).to.deep.equal(names(40));
        expect(warnings).to.deep.equal([
          '<endht-partners>: child links: 41 entries, more than 40; using the first 40.',
        ]);
      });

      it('the partners property: the same cap, the same one warning', async () => {
        const { el } = await mount(`<endht-partners></endht-partners>`);
        const w = captureWarnings();
        el.partners = names(41).map((name, i) => ({ name, href: `https://p${i + 1}.example/` }));
        await el.updateComplete;
        w.restore();
        expect(shown(el)).to.deep.equal(names(40));
        expect(w.messages).to.deep.equal(['<endht-partners>: partners: 41 entries, more than 40; using the first 40.']);
      });

      it('a bad link among the first 40 and too many: one warning, about the bad link; the 41st is not read', async () => {
        const bad = '<a href="javascript:alert(1)">Evil</a>';
        const { el, warnings } = await mount(`<endht-partners>${bad}${childLinks(40)}</endht-partners>`);
        expect(shown(el)).to.deep.equal(names(39));
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(/^<endht-partners>: child links: link 1 href="javascript:alert\(1\)"/);
      });

      it('10,000 child links: one warning, 40 shown, in well under 100 ms', async () => {
        const markup = `<endht-partners>${childLinks(10_000)}</endht-partners>`;
        const { el, ms, warnings } = await fastestMount(markup, 'endht-partners');
        expect(shown(el)).to.deep.equal(names(40));
        expect(warnings).to.have.length(1);
        expect(ms).to.be.below(100);
      });
    });

    it('partners that is not an array warns and keeps the defaults', async () => {
      const { el } = await mount(`<endht-partners></endht-partners>`);
      const w = captureWarnings();
      (el as unknown as { partners: unknown }).partners = 'UNODC';
      await el.updateComplete;
      w.restore();
      expect(w.messages).to.have.length(1);
      expect(w.messages[0]).to.match(
        /^<endht-partners>: partners="UNODC" is not valid; using the child links or the default organisations\.$/,
      );
      expect(links(el)).to.have.length(11);
      expect(el.partners).to.equal(undefined);
    });

    const bad: Array<[string, string, RegExp]> = [
      ['layout', 'carousel', /^<endht-partners>: layout="carousel" is not valid; using "strip"\.$/],
      ['theme', 'neon', /^<endht-partners>: theme="neon" is not valid; using "light"\.$/],
      ['heading-level', '7', /^<endht-partners>: heading-level="7" is not valid; using 2\.$/],
      ['heading-level', 'h3', /^<endht-partners>: heading-level="h3" is not valid; using 2\.$/],
    ];
    for (const [attr, value, pattern] of bad) {
      it(`${attr}="${value}" → one warning and the default`, async () => {
        const { el, warnings } = await mount(`<endht-partners ${attr}="${value}"></endht-partners>`);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(pattern);
        const base = $(el, '.base');
        expect(base.classList.contains('strip')).to.equal(true);
        expect(base.classList.contains('theme-light')).to.equal(true);
        expect($(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
        expect(links(el)).to.have.length(11);
        // The properties hold the defaults now.
        expect([el.layout, el.theme, el.headingLevel]).to.deep.equal(['strip', 'light', 2]);
      });
    }

    it('empty attributes are the defaults, silently', async () => {
      const { el, warnings } = await mount(
        `<endht-partners layout="" theme=" " heading="" heading-level=""></endht-partners>`,
      );
      expect(warnings).to.deep.equal([]);
      expect($(el, '.base').classList.contains('strip')).to.equal(true);
      expect($(el, '.base').classList.contains('theme-light')).to.equal(true);
      expect(shadowText(el, '[part="heading"]')).to.equal('Together against trafficking in persons');
    });
  });

  describe('attributes', () => {
    it('no-heading removes the heading; the list keeps its name', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners no-heading></endht-partners>`);
      expect(el.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
      expect($(el, '.list').getAttribute('aria-label')).to.equal('Together against trafficking in persons');
      expect($(el, '.list').hasAttribute('aria-labelledby')).to.equal(false);
    });

    it('heading-level sets the level', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners heading-level="3"></endht-partners>`);
      expect($(el, '[part="heading"]').getAttribute('aria-level')).to.equal('3');
      expect(el.headingLevel).to.equal(3); // a number
    });

    it('theme="dark" switches the tokens', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners theme="dark"></endht-partners>`);
      const dark = getComputedStyle($(el, '.base')).backgroundColor;
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle($(el, '.base')).backgroundColor).not.to.equal(dark);
    });

    for (const width of [280, 480, 960]) {
      it(`nothing overflows at ${width} px, in every layout`, async () => {
        for (const layout of ['strip', 'grid', 'marquee']) {
          const box = await fixture<HTMLElement>(
            html`<div style="inline-size:${width}px"><endht-partners layout=${layout}></endht-partners></div>`,
          );
          const el = box.firstElementChild as EndhtPartners;
          await el.updateComplete;
          const base = $(el, '.base');
          expect(base.scrollWidth, layout).to.be.at.most(base.clientWidth);
          expect(el.getBoundingClientRect().width, layout).to.equal(width);
          if (layout !== 'marquee') {
            for (const a of links(el)) expect(a.scrollWidth, `${layout} ${text(a)}`).to.be.at.most(a.clientWidth + 1);
          }
        }
      });
    }
  });

  describe('layout="marquee"', () => {
    const track = (el: Element) => $(el, '.track');
    const playState = (el: Element) => getComputedStyle(track(el)).animationPlayState;

    it('moves by a CSS animation over two identical copies, the second hidden from assistive technology', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners layout="marquee"></endht-partners>`);
      const lists = el.shadowRoot!.querySelectorAll<HTMLElement>('.list');
      expect(lists).to.have.length(2);
      const [one, two] = [...lists] as [HTMLElement, HTMLElement];
      expect(getComputedStyle(track(el)).animationName).to.equal('endht-marquee');
      expect(playState(el)).to.equal('running');
      expect(text(two)).to.equal(text(one));
      // Seamless: the track is exactly two copies wide, so -50% lands copy two on copy one.
      expect(one.getBoundingClientRect().width).to.equal(two.getBoundingClientRect().width);
      expect(track(el).getBoundingClientRect().width).to.be.closeTo(2 * one.getBoundingClientRect().width, 0.5);
      expect(one.hasAttribute('aria-hidden')).to.equal(false);
      expect(two.getAttribute('aria-hidden')).to.equal('true');
      expect(two.inert).to.equal(true);
      for (const a of two.querySelectorAll('a')) expect(a.getAttribute('tabindex')).to.equal('-1');
    });

    it('the copy cannot take focus: Tab goes from the button through the first copy and out', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners layout="marquee"></endht-partners>`);
      const after = document.createElement('button');
      after.textContent = 'after';
      el.after(after);
      $(el, '.toggle').focus();
      const seen: Element[] = [];
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        seen.push(el.shadowRoot!.activeElement ?? document.activeElement!);
      }
      expect(seen.slice(0, 11)).to.deep.equal(links(el));
      expect(seen[11]).to.equal(after);
      const copyLink = el.shadowRoot!.querySelector<HTMLElement>('.copy a')!;
      copyLink.focus();
      expect(el.shadowRoot!.activeElement).not.to.equal(copyLink);
      after.remove();
    });

    it("assistive technology sees one copy only (axe-core's own visibility and name computation)", async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners layout="marquee"></endht-partners>`);
      const axe = await loadAxe();
      axe.setup(el);
      try {
        const node = (n: Element) => axe.utils.getNodeFromTree(n);
        const visible = (a: Element) => axe.commons.dom.isVisibleToScreenReaders(node(a));
        const first = links(el);
        const copy = links(el, '.copy a');
        expect(first.map(visible)).to.deep.equal(first.map(() => true));
        expect(copy.map(visible)).to.deep.equal(copy.map(() => false));
        expect(axe.commons.text.accessibleText(first[2]!)).to.equal(
          'UNHCR Office of the United Nations High Commissioner for Refugees (opens in a new tab)',
        );
        expect(axe.commons.text.accessibleText($(el, '.toggle'))).to.equal('Pause');
      } finally {
        axe.teardown();
      }
    });

    it('a visible pause/play button stops and restarts it, by mouse and keyboard', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners layout="marquee"></endht-partners>`);
      const button = $(el, '[part="toggle"]') as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(text(button)).to.equal('Pause');
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      button.click();
      await el.updateComplete;
      expect(text(button)).to.equal('Play');
      expect(playState(el)).to.equal('paused');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text(button)).to.equal('Pause');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(text(button)).to.equal('Play');
      button.blur();
      expect(playState(el)).to.equal('paused');
    });

    it('pauses while the pointer is over it', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners layout="marquee"></endht-partners>`);
      const box = $(el, '.viewport').getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      expect(playState(el)).to.equal('paused');
      await sendMouse({ type: 'move', position: [0, 0] });
      expect(playState(el)).to.equal('running');
    });

    it('pauses while a link in it has focus', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners layout="marquee"></endht-partners>`);
      links(el)[3]!.focus();
      expect(playState(el)).to.equal('paused');
      links(el)[3]!.blur();
      expect(playState(el)).to.equal('running');
    });

    for (const lang of ['en', 'ar'] as const) {
      it(`${lang}: a tile that takes focus is scrolled fully into the visible window (WCAG 2.4.11)`, async () => {
        await switchLang(lang);
        const wrap = await fixture<HTMLElement>(
          html`<div style="inline-size: 600px"><endht-partners layout="marquee"></endht-partners></div>`,
        );
        const el = wrap.firstElementChild as EndhtPartners;
        await el.updateComplete;
        // The track stopped a third of a tile on: the first tile is clipped at the start edge.
        const [animation] = track(el).getAnimations();
        const tile = links(el)[0]!.getBoundingClientRect().width;
        const duration = Number(animation!.effect!.getComputedTiming().duration);
        const loop = track(el).getBoundingClientRect().width / 2;
        animation!.currentTime = (duration * tile) / 3 / loop;
        const viewport = $(el, '.viewport').getBoundingClientRect();
        let clipped = 0;
        $(el, '.toggle').focus();
        for (const link of links(el)) {
          const before = link.getBoundingClientRect();
          if (before.left < viewport.left || before.right > viewport.right) clipped++;
          await sendKeys({ press: 'Tab' });
          expect(el.shadowRoot!.activeElement).to.equal(link);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const box = link.getBoundingClientRect();
          const name = text(link.querySelector('.short, .name'));
          expect(box.left, `${name}: start`).to.be.at.least(viewport.left - 0.5);
          expect(box.right, `${name}: end`).to.be.at.most(viewport.right + 0.5);
          expect(playState(el), name).to.equal('paused');
        }
        // The test is about something: some tiles were clipped or off-screen when they were reached.
        expect(clipped).to.be.greaterThan(3);
      });
    }

    it('runs the other way in right-to-left languages', async () => {
      await switchLang('ar');
      const el = await fixture<EndhtPartners>(html`<endht-partners layout="marquee"></endht-partners>`);
      expect(getComputedStyle(track(el)).animationName).to.equal('endht-marquee-rtl');
      expect(shadowText(el, '[part="toggle"]')).to.equal('إيقاف مؤقت');
      // The first copy starts at the inline start (the right edge) of the window.
      const viewport = $(el, '.viewport').getBoundingClientRect();
      const first = $(el, '.list').getBoundingClientRect();
      expect(Math.abs(first.right - viewport.right)).to.be.below(2);
    });

    it('the speed follows the number of partners, and can be set', async () => {
      const el = await fixture<EndhtPartners>(html`<endht-partners layout="marquee"></endht-partners>`);
      expect(getComputedStyle(track(el)).animationDuration).to.equal('44s');
      el.partners = [
        { name: 'A', href: 'https://a.example/' },
        { name: 'B', href: 'https://b.example/' },
      ];
      await el.updateComplete;
      expect(getComputedStyle(track(el)).animationDuration).to.equal('8s');
      el.style.setProperty('--endht-marquee-duration', '90s');
      expect(getComputedStyle(track(el)).animationDuration).to.equal('90s');
    });

    it('a short list fills the window, so the loop has no gap', async () => {
      const box = await fixture<HTMLElement>(
        html`<div style="inline-size:960px"><endht-partners layout="marquee"></endht-partners></div>`,
      );
      const el = box.firstElementChild as EndhtPartners;
      el.partners = [{ name: 'A', href: 'https://a.example/' }];
      await el.updateComplete;
      const viewport = $(el, '.viewport');
      expect($(el, '.list').getBoundingClientRect().width).to.be.at.least(viewport.clientWidth - 1);
    });

    for (const theme of ['light', 'dark']) {
      it(`axe clean, running and paused, ${theme} theme`, async () => {
        const el = await fixture<EndhtPartners>(
          html`<endht-partners layout="marquee" theme=${theme}></endht-partners>`,
        );
        await expect(el).to.be.accessible();
        $(el, '.toggle').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('axe', () => {
    for (const theme of ['light', 'dark']) {
      for (const layout of ['strip', 'grid']) {
        it(`${layout}, ${theme} theme`, async () => {
          const el = await fixture(html`<endht-partners layout=${layout} theme=${theme}></endht-partners>`);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('without a heading', async () => {
      const el = await fixture(html`<endht-partners no-heading layout="marquee"></endht-partners>`);
      await expect(el).to.be.accessible();
    });
  });
});
