import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { activeLocale, directionOf, intlLocale, matchLocale } from '../../core/locale.js';
import { numberFormat } from '../../core/format.js';
import { baseStyles, THEMES, type Theme } from '../../core/styles.js';
import { asTrimmedString, pickEnum, warnAttr } from '../../core/warn.js';
import { safeHttpUrl } from '../../core/url.js';
import { EndhtElement } from '../../core/element.js';
import { DEFAULT_FIGURES, FIGURES, FIGURE_KINDS, FIGURE_QUALIFIERS, type Figure } from '../../data/stats.js';
import { unodcName } from '../../data/unodc.js';
import { statsStyles } from './stats.styles.js';

const TAG = 'endht-stats';
export const VARIANTS = ['card', 'row', 'grid'] as const;
export type Variant = (typeof VARIANTS)[number];

/** A site's own figure: the dataset's shape, with a plain-text label or one per language. */
export type SiteFigure = Figure<string | Readonly<Record<string, string>>>;
type Fig = Figure<(() => string) | string | Readonly<Record<string, string>>>;

/** Count-up length (the issue asks for under 1.5 s). */
export const COUNT_UP_MS = 1200;
const DEFAULTS = 'the default figures';

const text = (v: any) => typeof v == 'string' && !!v.trim();
const year = (v: any, max: any) => Number.isInteger(v) && v >= 1900 && v <= max;
const record = (v: any) => !!v && typeof v == 'object' && !Array.isArray(v);

/**
 * The fields of a site's figure in the order they are checked, each with its test (given the
 * value, the figure, and the figures already accepted, for unique ids).
 */
const CHECKS: Record<string, (v: any, f: any, done: Fig[]) => unknown> = {
  id: (v, _, done) => typeof v == 'string' && /^[^\s,]+$/.test((v = v.trim())) && !done.some((d) => d.id == v),
  kind: (v) => FIGURE_KINDS.includes(v),
  value: (v, { kind: k }) =>
    Number.isFinite(v) && !(k == 'percent' ? v < 0 || v > 100 : k == 'count' ? v < 0 : k == 'ratio' && v <= 0),
  qualifier: (v) => v === undefined || FIGURE_QUALIFIERS.includes(v),
  label: (v) =>
    text(v) ||
    (record(v) &&
      Object.keys(v).length &&
      Object.entries(v).every(([k, t]) => /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(k) && text(t))),
  year: (v) => year(v, 2100),
  since: (v, f) => v === undefined || year(v, f.year),
  edition: text,
  publisher: text,
  sourceTitle: text,
  url: (v) => safeHttpUrl(v),
};

/**
 * Validates a site's figures field by field. The first problem gives one warning (naming the
 * figure and field) and undefined: the caller then shows the default set.
 */
function siteFigures(list: unknown, name: string): Fig[] | undefined {
  const done: Fig[] = [];
  if (!Array.isArray(list)) return void warnAttr(TAG, name, list, DEFAULTS);
  for (const [i, f] of list.entries()) {
    const bad = record(f) ? Object.keys(CHECKS).find((k) => !CHECKS[k]!(f[k], f, done)) : '';
    if (bad != null) return void warnAttr(TAG, `${name}[${i}]${bad && '.' + bad}`, bad ? f[bad] : f, DEFAULTS);
    const g = { ...f, label: typeof f.label == 'object' ? { ...f.label } : f.label.trim(), url: safeHttpUrl(f.url) };
    for (const k of ['id', 'edition', 'publisher', 'sourceTitle']) g[k] = f[k].trim();
    done.push(g);
  }
  return done;
}

/**
 * The value as shown: "38 %", "+25 %", "69.6K", "almost 2×", "over 80K". `spoken` spells a
 * compact count out ("69.6 thousand") for assistive technology. Decimals as written (38.5 → 1),
 * at most 2.
 */
export function formatFigure(
  f: Pick<Figure, 'value' | 'kind' | 'qualifier'>,
  value: number,
  locale: string,
  spoken = false,
): string {
  const d = Math.min(2, /\.(\d+)$/.exec(String(f.value))?.[1]!.length ?? 0);
  const digits = { minimumFractionDigits: d, maximumFractionDigits: d };
  const share = f.kind == 'percent' || f.kind == 'change';
  let n = numberFormat(
    locale,
    f.kind == 'count' && Math.abs(f.value) >= 1e4
      ? { notation: 'compact', compactDisplay: spoken ? 'long' : 'short', maximumSignificantDigits: 3 }
      : share
        ? { style: 'percent', signDisplay: f.kind == 'change' ? 'exceptZero' : 'auto', ...digits }
        : digits,
  ).format(share ? value / 100 : value);
  if (f.kind == 'ratio') {
    const x = n;
    n = msg(str`${x}×`, { id: 'stats.times' });
  }
  if (f.qualifier == 'over') return msg(str`over ${n}`, { id: 'stats.over' });
  if (f.qualifier == 'almost') return msg(str`almost ${n}`, { id: 'stats.almost' });
  return n;
}

/**
 * A card of sourced statistics on trafficking in persons (UNODC's Global Report on
 * Trafficking in Persons and related sources). Every figure shows its year, publisher,
 * edition and a link to its source; shares get an icon-array pictogram, changes a direction
 * mark, large counts compact notation. The numbers count up once when the card first scrolls
 * into view, never with reduced motion, and assistive technology reads only the final values.
 *
 * @summary Statistics card: sourced figures with pictograms and a count-up.
 * @tag endht-stats
 *
 * No slot: the tag's own content is the fallback shown before the element is defined or
 * without JavaScript, and is not rendered after upgrade. A child
 * `<script type="application/json">` holding an array of figures supplies the site's own.
 *
 * @csspart base - The wrapper (card surface).
 * @csspart title - The card's title.
 * @csspart list - The list of figures.
 * @csspart figure - One figure.
 * @csspart value - The number (with the direction mark of a change).
 * @csspart label - What the number is.
 * @csspart pictogram - The icon array of a share.
 * @csspart source - The year and source line.
 * @csspart link - The link to the source.
 *
 * @cssproperty [--endht-accent=#00689d] - Links and highlighted icons (dark theme: #7fcaf2).
 * @cssproperty [--endht-heart=#009edb] - Decorative UN blue.
 * @cssproperty [--endht-text=#1a2b3c] - Text colour (dark theme: #e8f1f8).
 * @cssproperty [--endht-surface=#f3f8fc] - Background (dark theme: #0d1b26).
 * @cssproperty [--endht-radius=12px] - Corner radius.
 * @cssproperty [--endht-font=inherit] - Font family.
 */
export class EndhtStats extends EndhtElement {
  static override styles = [baseStyles, statsStyles];

  /** Every id of the built-in dataset, in its order. */
  static get figureIds(): string[] {
    return FIGURES.map((f) => f.id);
  }

  /**
   * As an attribute: `id,id,…` chooses and orders figures (from the site's JSON figures, then
   * the built-in dataset). As a property: also an array of the site's own figures.
   */
  @property() figures?: string | readonly SiteFigure[] | null;

  /** `card` (default), `row` or `grid`. */
  @property() variant?: string | null;

  /** `light` (default) or `dark`. */
  @property() theme?: string | null;

  /** The card's title (plain text). Default: "Human trafficking: key figures". */
  @property() label?: string | null;

  /** Count-up progress, 0 … 1 (1: the final values). */
  @state() private _t = 1;
  /** The text of the child `<script type="application/json">`, if any. */
  @state() private _json?: string | null;

  #list!: readonly Fig[];
  #variant: Variant = 'card';
  #theme: Theme = 'light';
  #raf?: number;
  #io?: IntersectionObserver;
  #mo?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#read();
    if (window.MutationObserver)
      (this.#mo = new MutationObserver(() => this.#read())).observe(this, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    // Counted up (or shown at once) before: never again.
    if (this.hasUpdated && this._t == 1) return;
    const motion = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (motion?.matches || !window.IntersectionObserver || !window.requestAnimationFrame) return void (this._t = 1);
    // Waiting to be seen: the visible digits read 0; assistive technology already has the values.
    this._t = 0;
    (this.#io = new IntersectionObserver((entries, io) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      io.disconnect();
      let start = 0;
      // Reduced motion switched on mid-way ends the count-up at the next frame.
      const step = (now: number) => {
        start ||= now;
        this._t = motion?.matches ? 1 : Math.min(1, (now - start) / COUNT_UP_MS);
        if (this._t < 1) this.#raf = requestAnimationFrame(step);
      };
      this.#raf = requestAnimationFrame(step);
    })).observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mo?.disconnect();
    this.#io?.disconnect();
    // A count-up that started ends at its final values; one that never started may start later.
    if (this.#raf) {
      cancelAnimationFrame(this.#raf);
      this._t = 1;
    }
  }

  #read(): void {
    this._json = [...this.children].find(
      (c) => c.localName == 'script' && c.getAttribute('type')?.trim().toLowerCase() == 'application/json',
    )?.textContent;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('variant')) this.#variant = pickEnum(TAG, 'variant', this.variant, VARIANTS, 'card');
    if (changed.has('theme')) this.#theme = pickEnum(TAG, 'theme', this.theme, THEMES, 'light');
    if (!this.hasUpdated || changed.has('figures') || changed.has('_json')) this.#list = this.#resolve();
  }

  #resolve(): readonly Fig[] {
    const f = this.figures;
    if (Array.isArray(f) && f.length) return siteFigures(f, 'figures') ?? DEFAULT_FIGURES;
    let own: Fig[] | undefined;
    const json = this._json?.trim();
    if (json) {
      try {
        own = siteFigures(JSON.parse(json), 'JSON figures');
      } catch {
        warnAttr(TAG, 'JSON figures', json, DEFAULTS);
      }
    }
    // An empty array reads as "" here, like an empty attribute. Trimmed, then split at commas
    // and the blanks around them.
    const ids = [...new Set((asTrimmedString(f) ?? '').split(/\s*,\s*/).filter(Boolean))];
    const pick = (id: string) => [...(own ?? []), ...FIGURES].find((x) => x.id == id);
    const found = ids.map(pick).filter(Boolean) as Fig[];
    // One warning for the attribute, naming every unknown id (DESIGN §2: one warning per
    // element and attribute, however many ids are wrong).
    const unknown = ids.filter((id) => !pick(id));
    if (unknown.length)
      warnAttr(
        TAG,
        'figures',
        unknown.join(','),
        `${found.length ? 'the other figures' : DEFAULTS} (unknown ${unknown.length > 1 ? 'ids' : 'id'})`,
      );
    return found.length ? found : (own ?? DEFAULT_FIGURES);
  }

  override render(): TemplateResult {
    const lang = activeLocale();
    const dir = directionOf(lang);
    const locale = intlLocale(lang);
    const num = (x: number, options?: Intl.NumberFormatOptions) => numberFormat(locale, options).format(x);
    const year = (x: number) => num(x, { useGrouping: false });
    const source = msg('Source:', { id: 'stats.source' });
    // UNODC as this language writes it (ONUDC in French): the built-in figures' publisher, and
    // that of a site's own figures that name it.
    const unodc = unodcName();
    const title = asTrimmedString(this.label) ?? msg('Human trafficking: key figures', { id: 'stats.title' });

    const figure = (f: Fig) => {
      const { kind, value: v, label: l } = f;
      const publisher = f.publisher == 'UNODC' ? unodc : f.publisher;
      // Eased; exactly 1 at the end (and for a ratio, which does not count up).
      const k = kind == 'ratio' ? 1 : 1 - (1 - this._t) ** 3;
      const y = year(f.year);
      const since = f.since ? year(f.since) : '';
      const data = !since
        ? msg(str`Data: ${y}`, { id: 'stats.data' })
        : kind == 'change'
          ? msg(str`Data: ${y} compared with ${since}`, { id: 'stats.data.vs' })
          : msg(str`Data: ${since}–${y}`, { id: 'stats.data.range' });
      const glotip = /^GLOTIP (\d{4})$/.exec(f.edition);
      const ey = glotip && year(+glotip[1]!);
      const edition = ey ? msg(str`Global Report on Trafficking in Persons ${ey}`, { id: 'stats.glotip' }) : f.edition;
      const link = msg(str`${publisher}, ${edition}`, { id: 'stats.publication' });
      const name = msg(str`${link} (opens the source in a new tab)`, { id: 'stats.link' });
      // The label in the page's language, else English, else the first; marked with its own
      // language when that differs.
      let label = typeof l == 'function' ? l() : l;
      let labelLang: string | undefined;
      if (typeof l == 'object') {
        const keys = Object.keys(l);
        const find = (want: string) => keys.find((key) => matchLocale(key) == want);
        const key = find(lang) ?? find('en') ?? keys[0]!;
        label = l[key]!.trim();
        if (matchLocale(key) != lang) labelLang = key;
      }
      // A share's pictogram: ten people, the share of them (rounded to the nearest ten per cent)
      // filled in, from the reading side.
      const on = Math.round(v / 10);
      const count = num(on);
      const total = num(10);
      const value = formatFigure(f, v, locale);
      const step = num(0.1, { style: 'percent' });
      const alt = msg(str`Pictogram: ${count} in ${total} (${value} rounded to the nearest ${step})`, {
        id: 'stats.pictogram',
      });
      // Two copies of the value: the visible digits count up and are hidden from assistive
      // technology, which reads the final value (a compact count spelled out).
      return html`<li part="figure" class="fig" data-id=${f.id}>
        <p part="value" class="value">
          ${
            kind == 'change' && v
              ? html`<svg
                  class="dir"
                  viewBox="0 0 16 16"
                  role="img"
                  aria-label=${v > 0 ? msg('Increase', { id: 'stats.up' }) : msg('Decrease', { id: 'stats.down' })}
                >
                  <path transform=${v > 0 ? nothing : 'rotate(180 8 8)'} d="M8 1l7 8h-4v6H5V9H1z" />
                </svg>`
              : nothing
          }<span class="n" aria-hidden="true">${formatFigure(f, v * k, locale)}</span
          ><span class="visually-hidden">${formatFigure(f, v, locale, true)}</span>
        </p>
        <p part="label" lang=${labelLang ?? nothing}>${label}</p>
        ${
          kind == 'percent'
            ? html`<svg part="pictogram" class="pic" viewBox="0 0 100 20" role="img" aria-label=${alt}>
                ${Array.from(
                  { length: 10 },
                  (_, i) =>
                    svg`<path class=${i < on ? 'on' : 'off'} transform="translate(${(dir == 'rtl' ? 9 - i : i) * 10} 0)" d="M5 .8a2.8 2.8 0 1 1 0 5.6a2.8 2.8 0 1 1 0-5.6zM1.8 19.2V11a3.2 3.2 0 0 1 6.4 0v8.2z"/>`,
                )}
              </svg>`
            : nothing
        }
        <p part="source" class="source">
          ${data} · ${source}${source.endsWith('：') ? '' : ' '}<a
            part="link"
            href=${f.url}
            target="_blank"
            rel="noopener noreferrer"
            title=${f.sourceTitle}
            aria-label=${name}
            >${link}</a
          >
        </p>
      </li>`;
    };

    return html`<div part="base" class="base ${this.#variant} theme-${this.#theme}" lang=${lang} dir=${dir}>
      <p part="title" class="title" id="title">${title}</p>
      <ul part="list" class="list" role="list" aria-labelledby="title">
        ${this.#list.map(figure)}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-stats': EndhtStats;
  }
}
