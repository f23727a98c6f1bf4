import { LitElement, html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { activeLocale, directionOf, intlLocale, matchLocale } from '../../core/locale.js';
import { numberFormat } from '../../core/format.js';
import { baseStyles, THEMES, type Theme } from '../../core/styles.js';
import { asTrimmedString, pickEnum, warnAttr } from '../../core/warn.js';
import { safeHttpUrl } from '../../core/url.js';
import { VERSION } from '../../core/version.js';
import { DEFAULT_FIGURE_IDS, FIGURES, FIGURE_KINDS, FIGURE_QUALIFIERS, type Figure } from '../../data/stats.js';
import { statsStyles } from './stats.styles.js';

const TAG = 'endht-stats';
export const VARIANTS = ['card', 'row', 'grid'] as const;
export type Variant = (typeof VARIANTS)[number];

/** A site's own figure: the dataset's shape, with a plain-text label or one per language. */
export type SiteFigure = Figure<string | Readonly<Record<string, string>>>;
type Fig = Figure<(() => string) | string | Readonly<Record<string, string>>>;

/** Count-up length (the issue asks for under 1.5 s). */
export const COUNT_UP_MS = 1200;
const BY_ID = new Map<string, Fig>(FIGURES.map((f) => [f.id, f]));
const DEFAULTS = 'the default figures';
const PERSON = 'M5 .8a2.8 2.8 0 1 1 0 5.6a2.8 2.8 0 1 1 0-5.6zM1.8 19.2V11a3.2 3.2 0 0 1 6.4 0v8.2z';
const LANG_TAG = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const int = (v: unknown, lo: number, hi: number): v is number => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
const labelMap = (v: unknown): v is Record<string, string> =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.keys(v).length > 0 &&
  Object.entries(v).every(([k, t]) => LANG_TAG.test(k) && text(t));

/** The first field of a site figure that is not valid, or undefined. */
function badField(f: Record<string, unknown>, seen: Set<string>): string | undefined {
  const { id, value: v, kind, year, since, qualifier } = f;
  if (!text(id) || /[\s,]/.test(id.trim()) || seen.has(id.trim())) return 'id';
  seen.add(id.trim());
  if (!FIGURE_KINDS.includes(kind as never)) return 'kind';
  if (
    typeof v !== 'number' ||
    !Number.isFinite(v) ||
    (kind === 'percent' && (v < 0 || v > 100)) ||
    (kind === 'count' && v < 0) ||
    (kind === 'ratio' && v <= 0)
  )
    return 'value';
  if (qualifier !== undefined && !FIGURE_QUALIFIERS.includes(qualifier as never)) return 'qualifier';
  if (!text(f.label) && !labelMap(f.label)) return 'label';
  if (!int(year, 1900, 2100)) return 'year';
  if (since !== undefined && !int(since, 1900, year)) return 'since';
  for (const k of ['edition', 'publisher', 'sourceTitle']) if (!text(f[k])) return k;
  if (!safeHttpUrl(f.url)) return 'url';
  return undefined;
}

/**
 * Validates a site's figures field by field. The first problem gives one warning (naming the
 * figure and field) and undefined: the caller then shows the default set.
 */
function siteFigures(list: unknown, name: string): Fig[] | undefined {
  const fail = (at: string, v: unknown) => void warnAttr(TAG, at, v, DEFAULTS);
  if (!Array.isArray(list)) return fail(name, list);
  const seen = new Set<string>();
  const out: Fig[] = [];
  for (const [i, f] of list.entries()) {
    if (!f || typeof f !== 'object' || Array.isArray(f)) return fail(`${name}[${i}]`, f);
    const bad = badField(f, seen);
    if (bad) return fail(`${name}[${i}].${bad}`, f[bad]);
    const t = (k: string) => (f[k] as string).trim();
    out.push({
      id: t('id'),
      value: f.value,
      kind: f.kind,
      qualifier: f.qualifier,
      label: typeof f.label === 'string' ? f.label.trim() : { ...f.label },
      year: f.year,
      since: f.since,
      edition: t('edition'),
      publisher: t('publisher'),
      sourceTitle: t('sourceTitle'),
      url: safeHttpUrl(f.url)!,
    });
  }
  return out;
}

/** Decimal places of a value as written (38 → 0, 38.5 → 1), at most 2. */
function decimals(v: number): number {
  const s = String(Math.abs(v));
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : Math.min(2, s.length - dot - 1);
}

/**
 * The value as shown: "38 %", "+25 %", "69.6K", "almost 2×", "over 80K". `spoken` spells a
 * compact count out ("69.6 thousand") for assistive technology.
 */
export function formatFigure(f: Pick<Figure, 'value' | 'kind' | 'qualifier'>, value: number, locale: string, spoken = false): string {
  const d = decimals(f.value);
  const digits = { minimumFractionDigits: d, maximumFractionDigits: d };
  let n: string;
  if (f.kind === 'percent' || f.kind === 'change') {
    n = numberFormat(locale, { style: 'percent', signDisplay: f.kind === 'change' ? 'exceptZero' : 'auto', ...digits }).format(value / 100);
  } else if (f.kind === 'count' && Math.abs(f.value) >= 1e4) {
    n = numberFormat(locale, { notation: 'compact', compactDisplay: spoken ? 'long' : 'short', maximumSignificantDigits: 3 }).format(value);
  } else {
    const x = numberFormat(locale, digits).format(value);
    n = f.kind === 'ratio' ? msg(str`${x}×`, { id: 'stats.times' }) : x;
  }
  if (f.qualifier === 'over') return msg(str`over ${n}`, { id: 'stats.over' });
  if (f.qualifier === 'almost') return msg(str`almost ${n}`, { id: 'stats.almost' });
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
@localized()
export class EndhtStats extends LitElement {
  static readonly version = VERSION;
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
  @state() private _json?: string;

  private _list: readonly Fig[] = [];
  private _variant: Variant = 'card';
  private _theme: Theme = 'light';
  private _done = false;
  private _raf = 0;
  private _io?: IntersectionObserver;
  private _mo?: MutationObserver;
  private _motion?: MediaQueryList;

  override connectedCallback(): void {
    super.connectedCallback();
    this._readJson();
    if (typeof MutationObserver === 'function') {
      this._mo = new MutationObserver(() => this._readJson());
      this._mo.observe(this, { childList: true, subtree: true, characterData: true });
    }
    this._motion = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    this._motion?.addEventListener?.('change', this._onMotion);
    if (this._done) return;
    if (this._motion?.matches || typeof IntersectionObserver !== 'function' || typeof requestAnimationFrame !== 'function') {
      this._finish();
      return;
    }
    // Waiting to be seen: the visible digits read 0; assistive technology already has the values.
    this._t = 0;
    this._io = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this._io?.disconnect();
      this._io = undefined;
      let start = 0;
      const step = (now: number) => {
        start ||= now;
        this._t = Math.min(1, (now - start) / COUNT_UP_MS);
        if (this._t < 1) this._raf = requestAnimationFrame(step);
        else this._finish();
      };
      this._raf = requestAnimationFrame(step);
    });
    this._io.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._mo?.disconnect();
    this._motion?.removeEventListener?.('change', this._onMotion);
    this._io?.disconnect();
    this._io = undefined;
    // A running count-up ends at its final values; one that never started may start later.
    if (this._raf) this._finish();
  }

  private _onMotion = (e: MediaQueryListEvent) => {
    if (e.matches) this._finish();
  };

  private _finish(): void {
    if (this._raf) cancelAnimationFrame(this._raf);
    this._raf = 0;
    this._io?.disconnect();
    this._io = undefined;
    this._t = 1;
    this._done = true;
  }

  private _readJson(): void {
    const s = [...this.children].find(
      (c) => c.localName === 'script' && c.getAttribute('type')?.trim().toLowerCase() === 'application/json',
    );
    this._json = s?.textContent ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('variant')) this._variant = pickEnum(TAG, 'variant', this.variant, VARIANTS, 'card');
    if (changed.has('theme')) this._theme = pickEnum(TAG, 'theme', this.theme, THEMES, 'light');
    if (!this.hasUpdated || changed.has('figures') || changed.has('_json')) this._list = this._resolve();
  }

  private _resolve(): readonly Fig[] {
    const defaults = () => DEFAULT_FIGURE_IDS.map((id) => BY_ID.get(id)!);
    const f = this.figures;
    if (Array.isArray(f) && f.length) return siteFigures(f, 'figures') ?? defaults();
    let own: Fig[] | undefined;
    const json = this._json?.trim();
    if (json) {
      let data: unknown;
      try {
        data = JSON.parse(json);
        own = siteFigures(data, 'JSON figures');
      } catch {
        warnAttr(TAG, 'JSON figures', json, DEFAULTS);
      }
    }
    const ids = [...new Set((Array.isArray(f) ? '' : (asTrimmedString(f) ?? '')).split(',').map((s) => s.trim()).filter(Boolean))];
    const pick = (id: string) => own?.find((x) => x.id === id) ?? BY_ID.get(id);
    const found = ids.map(pick).filter((x): x is Fig => !!x);
    for (const id of ids) if (!pick(id)) warnAttr(TAG, 'figures', id, found.length ? 'the other figures' : DEFAULTS);
    return found.length ? found : (own ?? defaults());
  }

  override render(): TemplateResult {
    const lang = activeLocale();
    const title = asTrimmedString(this.label) ?? msg('Human trafficking: key figures', { id: 'stats.title' });
    return html`<div part="base" class="base ${this._variant} theme-${this._theme}" lang=${lang} dir=${directionOf(lang)}>
      <p part="title" class="title" id="title">${title}</p>
      <ul part="list" class="list" role="list" aria-labelledby="title">
        ${this._list.map((f) => this._figure(f, lang))}
      </ul>
    </div>`;
  }

  private _figure(f: Fig, lang: string): TemplateResult {
    const locale = intlLocale(lang);
    const k = this._t >= 1 || f.kind === 'ratio' ? 1 : 1 - (1 - this._t) ** 3;
    const year = (y: number) => numberFormat(locale, { useGrouping: false }).format(y);
    const y = year(f.year);
    const since = f.since === undefined ? undefined : year(f.since);
    const data =
      since === undefined
        ? msg(str`Data: ${y}`, { id: 'stats.data' })
        : f.kind === 'change'
          ? msg(str`Data: ${y} compared with ${since}`, { id: 'stats.data.vs' })
          : msg(str`Data: ${since}–${y}`, { id: 'stats.data.range' });
    const glotip = /^GLOTIP (\d{4})$/.exec(f.edition);
    const ey = glotip ? year(Number(glotip[1])) : '';
    const edition = glotip ? msg(str`Global Report on Trafficking in Persons ${ey}`, { id: 'stats.glotip' }) : f.edition;
    const publisher = f.publisher;
    const link = msg(str`${publisher}, ${edition}`, { id: 'stats.publication' });
    const [label, labelLang] = this._label(f, lang);
    const source = msg('Source:', { id: 'stats.source' });
    // Two copies of the value: the visible digits count up and are hidden from assistive
    // technology, which reads the final value (a compact count spelled out).
    const name = msg(str`${link} (opens the source in a new tab)`, { id: 'stats.link' });
    return html`<li part="figure" class="fig ${f.kind}" data-id=${f.id}>
      <p part="value" class="value">
        ${f.kind === 'change' && f.value ? this._arrow(f.value > 0) : nothing}
        <span class="n" aria-hidden="true">${formatFigure(f, f.value * k, locale)}</span>
        <span class="visually-hidden">${formatFigure(f, f.value, locale, true)}</span>
      </p>
      <p part="label" class="label" lang=${labelLang ?? nothing}>${label}</p>
      ${f.kind === 'percent' ? this._pictogram(f, locale, lang) : nothing}
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
  }

  /** The label's text in the page's language, and its own language when it differs. */
  private _label(f: Fig, lang: string): [string, string?] {
    const l = f.label;
    if (typeof l === 'function') return [l()];
    if (typeof l === 'string') return [l];
    const keys = Object.keys(l);
    const key = keys.find((k) => matchLocale(k) === lang) ?? keys.find((k) => matchLocale(k) === 'en') ?? keys[0]!;
    return [l[key]!.trim(), matchLocale(key) === lang ? undefined : key];
  }

  private _arrow(up: boolean): TemplateResult {
    const alt = up ? msg('Increase', { id: 'stats.up' }) : msg('Decrease', { id: 'stats.down' });
    return html`<svg class="dir" viewBox="0 0 16 16" role="img" aria-label=${alt}>
      <path d=${up ? 'M8 1l7 8h-4v6H5V9H1z' : 'M8 15l7-8h-4V1H5v6H1z'} />
    </svg>`;
  }

  /** Ten people, the share of them (rounded to the nearest ten per cent) filled in. */
  private _pictogram(f: Fig, locale: string, lang: string): TemplateResult {
    const on = Math.round(Math.min(100, Math.max(0, f.value)) / 10);
    const rtl = directionOf(lang) === 'rtl';
    const count = numberFormat(locale).format(on);
    const total = numberFormat(locale).format(10);
    const value = formatFigure(f, f.value, locale);
    const step = numberFormat(locale, { style: 'percent' }).format(0.1);
    const alt = msg(str`Pictogram: ${count} in ${total} (${value} rounded to the nearest ${step})`, { id: 'stats.pictogram' });
    const people = Array.from({ length: 10 }, (_, i) => svg`<path class=${i < on ? 'on' : 'off'} transform="translate(${(rtl ? 9 - i : i) * 10} 0)" d=${PERSON} />`);
    return html`<svg part="pictogram" class="pic" viewBox="0 0 100 20" role="img" aria-label=${alt}>${people}</svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-stats': EndhtStats;
  }
}
