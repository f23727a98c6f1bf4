import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { asTrimmedString, capList, pickEnum, warnAttribute, type Reporter } from '../../core/attributes.js';
import { EndhtElement, type PreparationStep } from '../../core/element.js';
import { numberFormat } from '../../core/format.js';
import { linkTarget } from '../../core/link.js';
import { activeLocale, directionOf, intlLocale } from '../../core/locale.js';
import { baseStyles } from '../../core/styles.js';
import { safeHttpUrl, type HttpUrl } from '../../core/url.js';
import { renderDayKicker } from '../../data/day-kicker.js';
import {
  DEFAULT_FIGURE_IDS,
  FIGURES,
  FIGURE_KINDS,
  FIGURE_QUALIFIERS,
  type FigureFacts,
  type FigureKind,
} from '../../data/stats.js';
import { builtInFigure, formatFigure, renderSource, shownLabel, type ShownFigure } from './figure.js';
import { statsStyles } from './stats.styles.js';

export { formatFigure } from './figure.js';

export const VARIANTS = ['card', 'row', 'grid'] as const;
export type StatsVariant = (typeof VARIANTS)[number];

/** A site's own figure: the built-in figures' facts, with its own source and label. */
export interface SiteFigure extends FigureFacts {
  /** Text shown with the value: plain text, or one per language (`{ "en": "…", "fr": "…" }`). */
  label: string | Readonly<Record<string, string>>;
  publisher: string;
  /** Title of the page the link opens. */
  sourceTitle: string;
  /** Link to the source (http or https). */
  url: HttpUrl;
}

/** Count-up length (under 1.5 s). */
export const COUNT_UP_MS = 1200;

/** The most figures a card shows: as many as the built-in ones; 12 fill rows of 2, 3 or 4 evenly. */
export const MAX_FIGURES = 12;

/** What a warning about the figures says the card shows instead. */
const DEFAULT_SET = 'the default figures';

/** The latest year a site's figure may refer to. */
const LATEST_YEAR = 2100;

/**
 * One person of a share's pictogram (a head and a body, 10×20), and the arrow of a change
 * (16×16, pointing up). Drawn for this project; licensed with it (MIT).
 */
const PERSON_PATH = 'M5 .8a2.8 2.8 0 1 1 0 5.6a2.8 2.8 0 1 1 0-5.6zM1.8 19.2V11a3.2 3.2 0 0 1 6.4 0v8.2z';
const ARROW_PATH = 'M8 1l7 8h-4v6H5V9H1z';

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
 * `<script type="application/json">` holding an array of figures supplies the site's own (the
 * first 12 are read).
 *
 * @csspart base - The wrapper (card surface).
 * @csspart title - The card's title.
 * @csspart today - On 30 July, "Today is the World Day against Trafficking in Persons" above the title.
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
 * @cssproperty [--endht-surface=#fff] - Background (dark theme: #0d1b26).
 * @cssproperty [--endht-radius=12px] - Corner radius.
 * @cssproperty [--endht-font=inherit] - Font family.
 */
export class EndhtStats extends EndhtElement {
  static override styles = [baseStyles, statsStyles];

  /**
   * **Figures.** Which figures to show, in order, by their short names separated by commas: your own figures (from
   * the list inside the tag), then the built-in ones. The first 12 are shown. From a script, the property also takes
   * an array of your own figures.
   */
  @property() figures?: string | readonly SiteFigure[];

  /**
   * **Layout.** One card, the first figure large across it and the others smaller beneath; a line per figure, its
   * number first and its meaning beside it, with a rule between lines; or a tile per figure, two to a row from 480 px.
   */
  @property() variant: StatsVariant = 'card';

  /** **Title.** The card's title, as plain text. Default: "Human trafficking: key figures". */
  @property() label?: string;

  /** Every id of the built-in figures, in their order. */
  static get figureIds(): string[] {
    return FIGURES.map((figure) => figure.id);
  }

  /** How far the count-up is, from 0 to 1 (1: the final values). */
  @state() private progress = 1;

  /** The text of the child `<script type="application/json">`, if there is one. */
  @state() private json?: string;

  /** The figures on show. */
  #figures: readonly ShownFigure[] = defaultFigures();
  #jsonObserver?: MutationObserver;
  #viewObserver?: IntersectionObserver;
  #reducedMotion?: MediaQueryList;
  /** The count-up's next frame (set once it has started). */
  #frame?: number;
  /** The time of the count-up's first frame. */
  #countUpStart?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readJson();
    if (typeof MutationObserver === 'function') {
      this.#jsonObserver = new MutationObserver(() => this.#readJson());
      this.#jsonObserver.observe(this, { childList: true, subtree: true, characterData: true });
    }
    this.#prepareCountUp();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#jsonObserver?.disconnect();
    this.#viewObserver?.disconnect();
    // A count-up that started ends at its final values; one that never started may start later.
    if (this.#frame !== undefined) {
      cancelAnimationFrame(this.#frame);
      this.progress = 1;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant')) {
      this.variant = pickEnum(this, 'variant', this.variant, VARIANTS, 'card');
    }
    // (A private state is not a key of `this` for TypeScript, hence the cast.) `figures` is not
    // written back: an id that is unknown now may name a JSON figure the page adds later.
    if (changed.has('figures') || changed.has('json' as keyof EndhtStats)) {
      this.#figures = this.#chooseFigures();
    }
  }

  protected override wrapperClasses() {
    return [this.variant];
  }

  /**
   * Before the first render, in a task of its own: a number formatter, often the page's first Intl
   * object, whose creation loads the platform's locale data and is the longest single step of the
   * first render (docs/performance.md). The figures' own formatters then take little.
   */
  protected override prepareFirstRender(): readonly PreparationStep[] {
    return [() => numberFormat(intlLocale(activeLocale()))];
  }

  protected override renderContent(): TemplateResult {
    const title = asTrimmedString(this.label) ?? msg('Human trafficking: key figures', { id: 'stats.title' });
    return html`
      ${renderDayKicker()}
      <p part="title" class="title" id="title">${title}</p>
      ${this.#renderList()}
    `;
  }

  /* eslint-disable lit-a11y/no-redundant-role -- Safari drops the list role of a <ul> without list markers. */
  #renderList(): TemplateResult {
    const locale = intlLocale(activeLocale());
    return html`<ul part="list" class="list" role="list" aria-labelledby="title">
      ${this.#figures.map((figure) => this.#renderFigure(figure, locale))}
    </ul>`;
  }
  /* eslint-enable lit-a11y/no-redundant-role */

  #renderFigure(figure: ShownFigure, locale: string): TemplateResult {
    const label = shownLabel(figure.label);
    const pictogram = figure.kind === 'percent' ? renderPictogram(figure, locale) : nothing;
    return html`<li part="figure" class="fig" data-id=${figure.id}>
      ${this.#renderValue(figure, locale)}
      <p part="label" lang=${label.lang ?? nothing}>${label.text}</p>
      ${pictogram} ${renderSource(figure, locale)}
    </li>`;
  }

  /**
   * The value, twice: the visible digits count up and are hidden from assistive technology,
   * which reads the final value (a compact count spelled out: "69.6 thousand"). The counting
   * digits keep the width of the final value (`data-final`, drawn invisibly by the style), so
   * that the words beside them do not move as they count.
   */
  #renderValue(figure: ShownFigure, locale: string): TemplateResult {
    // Eased; exactly 1 at the end. A ratio does not count up.
    const shown = figure.kind === 'ratio' ? 1 : 1 - (1 - this.progress) ** 3;
    const counting = formatFigure(figure, figure.value * shown, locale);
    const final = formatFigure(figure, figure.value, locale);
    return html`<p part="value" class="value">
      ${figure.kind === 'change' ? renderDirection(figure.value) : nothing}
      <span class="n" aria-hidden="true" data-final=${final}>${counting}</span>
      <span class="visually-hidden">${formatFigure(figure, figure.value, locale, true)}</span>
    </p>`;
  }

  /** Reads the site's figures from a child `<script type="application/json">`. */
  #readJson(): void {
    const script = this.querySelector(':scope > script[type="application/json" i]');
    this.json = script?.textContent ?? undefined;
  }

  /**
   * The count-up runs once, when the card first comes into view. It never runs with reduced
   * motion, or without the browser features it needs: the final values are shown at once.
   */
  #prepareCountUp(): void {
    // Counted up (or shown at once) before: never again.
    if (this.hasUpdated && this.progress === 1) return;
    if (typeof window.matchMedia === 'function') {
      this.#reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
    }
    const canAnimate = typeof IntersectionObserver === 'function' && typeof requestAnimationFrame === 'function';
    if (this.#reducedMotion?.matches || !canAnimate) {
      this.progress = 1;
      return;
    }
    // Waiting to be seen: the visible digits read 0; assistive technology already has the values.
    this.progress = 0;
    this.#viewObserver = new IntersectionObserver(this.#onVisibilityChange);
    this.#viewObserver.observe(this);
  }

  /**
   * The figures to show: a site's array (the property); else the ids of `figures`, looked up in
   * the site's JSON figures, then in the built-in ones; else the site's JSON figures; else the
   * default set. Unknown ids get one warning naming them all. The first MAX_FIGURES are shown.
   */
  #chooseFigures(): readonly ShownFigure[] {
    const given = this.figures;
    if (Array.isArray(given) && given.length > 0) {
      return checkSiteFigures(this, 'figures', given) ?? defaultFigures();
    }
    const own = this.#jsonFigures();
    // An empty array reads as "", like an empty attribute.
    const written = (asTrimmedString(given) ?? '').split(',').map((id) => id.trim());
    const ids = [...new Set(written.filter((id) => id !== ''))];
    const find = (id: string) => own?.find((figure) => figure.id === id) ?? builtInFigure(id);
    const found = ids.map(find).filter((figure) => figure !== undefined);
    const unknown = ids.filter((id) => find(id) === undefined);
    if (unknown.length > 0) {
      const instead = found.length > 0 ? 'the other figures' : DEFAULT_SET;
      const unknownIds = unknown.length > 1 ? 'unknown ids' : 'unknown id';
      warnAttribute(this, 'figures', unknown.join(','), `${instead} (${unknownIds})`);
    }
    if (found.length > 0) return capList(this, 'figures', found, MAX_FIGURES, unknown.length === 0);
    return own ?? defaultFigures();
  }

  /** The site's figures in the child JSON, checked; undefined when there is none or it is not valid. */
  #jsonFigures(): ShownFigure[] | undefined {
    const json = this.json?.trim();
    if (json === undefined || json === '') return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      warnAttribute(this, 'JSON figures', json, DEFAULT_SET);
      return undefined;
    }
    return checkSiteFigures(this, 'JSON figures', parsed);
  }

  /** The card came into view (the first time, for the observer stops then): the count-up starts. */
  #onVisibilityChange = (entries: IntersectionObserverEntry[], observer: IntersectionObserver): void => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    this.#frame = requestAnimationFrame(this.#onFrame);
  };

  /** One frame of the count-up. Reduced motion switched on mid-way ends it at this frame. */
  #onFrame = (time: number): void => {
    this.#countUpStart ??= time;
    const elapsed = time - this.#countUpStart;
    this.progress = this.#reducedMotion?.matches ? 1 : Math.min(1, elapsed / COUNT_UP_MS);
    if (this.progress < 1) this.#frame = requestAnimationFrame(this.#onFrame);
  };
}

/** The direction of a change: an arrow up or down, named for assistive technology. None for no change. */
function renderDirection(value: number): TemplateResult | typeof nothing {
  if (value === 0) return nothing;
  const up = value > 0;
  const name = up ? msg('Increase', { id: 'stats.up' }) : msg('Decrease', { id: 'stats.down' });
  return html`<svg class="dir" viewBox="0 0 16 16" role="img" aria-label=${name}>
    <path transform=${up ? nothing : 'rotate(180 8 8)'} d=${ARROW_PATH} />
  </svg>`;
}

/**
 * A share as ten people, the share of them (rounded to the nearest ten per cent) filled in,
 * from the reading side.
 */
function renderPictogram(figure: ShownFigure, locale: string): TemplateResult {
  const filled = Math.round(figure.value / 10);
  const format = (value: number, options?: Intl.NumberFormatOptions) => numberFormat(locale, options).format(value);
  const count = format(filled);
  const total = format(10);
  const value = formatFigure(figure, figure.value, locale);
  const step = format(0.1, { style: 'percent' });
  const name = msg(str`Pictogram: ${count} in ${total} (${value} rounded to the nearest ${step})`, {
    id: 'stats.pictogram',
  });
  const rightToLeft = directionOf(activeLocale()) === 'rtl';
  const people = Array.from({ length: 10 }, (_, index) => {
    const column = rightToLeft ? 9 - index : index;
    const filling = index < filled ? 'on' : 'off';
    return svg`<path class=${filling} transform="translate(${column * 10} 0)" d=${PERSON_PATH} />`;
  });
  return html`<svg part="pictogram" class="pic" viewBox="0 0 100 20" role="img" aria-label=${name}>${people}</svg>`;
}

/** The card with no attributes. */
function defaultFigures(): ShownFigure[] {
  return DEFAULT_FIGURE_IDS.map(builtInFigure).filter((figure) => figure !== undefined);
}

/**
 * A site's figures, the first MAX_FIGURES of them (the others are not read), checked field by
 * field. The first problem gives one warning, naming the figure and the field, and undefined:
 * the card then shows the default figures. Only a list without a problem is warned about its
 * length.
 */
function checkSiteFigures(element: Reporter, attribute: string, list: unknown): ShownFigure[] | undefined {
  if (!Array.isArray(list)) {
    warnAttribute(element, attribute, list, DEFAULT_SET);
    return undefined;
  }
  const accepted: ShownFigure[] = [];
  for (const [index, entry] of list.slice(0, MAX_FIGURES).entries()) {
    const at = `${attribute}[${index}]`;
    if (!isRecord(entry)) {
      warnAttribute(element, at, entry, DEFAULT_SET);
      return undefined;
    }
    const checked = checkSiteFigure(entry, accepted);
    if (typeof checked === 'string') {
      warnAttribute(element, `${at}.${checked}`, entry[checked], DEFAULT_SET);
      return undefined;
    }
    accepted.push(checked);
  }
  // Every figure that is read is valid: now the warning about those left out, if any.
  capList(element, attribute, list, MAX_FIGURES);
  return accepted;
}

/**
 * A site's figure, checked in the order of its fields: the figure as the card shows it (its
 * texts trimmed), or the name of the first field that is not valid. `accepted` are the figures
 * before it, whose ids it must not repeat.
 */
function checkSiteFigure(
  entry: Readonly<Record<string, unknown>>,
  accepted: readonly ShownFigure[],
): ShownFigure | keyof SiteFigure {
  const { id, kind, value, qualifier, label, year, since, edition, publisher, sourceTitle } = entry;
  if (!isFigureId(id) || accepted.some((figure) => figure.id === id.trim())) return 'id';
  if (!isOneOf(kind, FIGURE_KINDS)) return 'kind';
  if (!isValueOfKind(value, kind)) return 'value';
  if (qualifier !== undefined && !isOneOf(qualifier, FIGURE_QUALIFIERS)) return 'qualifier';
  if (!isLabel(label)) return 'label';
  if (!isYear(year, LATEST_YEAR)) return 'year';
  if (since !== undefined && !isYear(since, year)) return 'since';
  if (!isText(edition)) return 'edition';
  if (!isText(publisher)) return 'publisher';
  if (!isText(sourceTitle)) return 'sourceTitle';
  const url = safeHttpUrl(entry.url);
  if (url === undefined) return 'url';
  return {
    id: id.trim(),
    value,
    kind,
    qualifier,
    label: typeof label === 'string' ? label.trim() : { ...label },
    year,
    since,
    edition: edition.trim(),
    publisher: publisher.trim(),
    sourceTitle: sourceTitle.trim(),
    link: linkTarget(url),
  };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text that is not blank. */
function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** An id for `figures="id,id"`: no spaces or commas inside. */
function isFigureId(value: unknown): value is string {
  return typeof value === 'string' && /^[^\s,]+$/.test(value.trim());
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return allowed.some((candidate) => candidate === value);
}

/** A number in the range of its kind: a share from 0 to 100, a count from 0, a ratio above 0, a change any. */
function isValueOfKind(value: unknown, kind: FigureKind): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  switch (kind) {
    case 'percent':
      return value >= 0 && value <= 100;
    case 'count':
      return value >= 0;
    case 'ratio':
      return value > 0;
    case 'change':
      return true;
  }
}

/** Plain text, or text per language: `{ "en": "…", "fr-CA": "…" }` with BCP 47 tags as keys. */
function isLabel(value: unknown): value is SiteFigure['label'] {
  if (isText(value)) return true;
  if (!isRecord(value)) return false;
  const entries = Object.entries(value);
  const isLanguageTag = (key: string) => /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(key);
  return entries.length > 0 && entries.every(([key, text]) => isLanguageTag(key) && isText(text));
}

/** A whole year from 1900 to `latest`. */
function isYear(value: unknown, latest: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= latest;
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-stats': EndhtStats;
  }
}
