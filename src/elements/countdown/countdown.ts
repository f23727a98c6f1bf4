import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { activeLocale, directionOf, intlLocale } from '../../core/locale.js';
import {
  formatCalendarDate,
  formatUnit,
  listFormat,
  numberFormat,
  relativeTimeFormat,
  unitLabel,
  type DurationUnit,
} from '../../core/format.js';
import {
  WORLD_DAY,
  dayState,
  isValidTimeZone,
  parseDaySpec,
  splitDuration,
  visitorTimeZone,
  type DaySpec,
  type DayState,
  type Remaining,
  UNIT_MS,
} from '../../core/calendar.js';
import { subscribe, type Granularity } from '../../core/clock.js';
import { baseStyles, THEMES, type Theme } from '../../core/styles.js';
import { readAttr } from '../../core/attr.js';
import { asTrimmedString, pickEnum } from '../../core/warn.js';
import { EndhtElement } from '../../core/element.js';
import { dayName } from '../../data/day.js';
import { themeFor } from '../../data/themes.js';
import { countdownStyles } from './countdown.styles.js';

const TAG = 'endht-countdown';
export const PRECISIONS = ['day', 'hour', 'minute', 'second'] as const;
export const VARIANTS = ['full', 'compact', 'inline'] as const;
export type Precision = (typeof PRECISIONS)[number];
export type Variant = (typeof VARIANTS)[number];

/** The units shown at a precision, largest first: day … precision (PRECISIONS is in that order). */
const unitsTo = (p: Precision): DurationUnit[] => PRECISIONS.slice(0, PRECISIONS.indexOf(p) + 1);
/** How many of a unit are left: `days` for `day`, and so on. */
const count = (left: Remaining, u: DurationUnit) => left[`${u}s`];

/** YYYY-MM-DD, for years 1000–9999 (a day spec has no other; nor has today, for a long while). */
const isoDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/** Fired when the day begins while the page is open (not when it is opened on the day). */
export class DayStartedEvent extends Event {
  static readonly eventName = 'endht-day-started' as const;
  /** The day that began, as YYYY-MM-DD. */
  readonly date: string;
  /** The IANA time zone in which it began. */
  readonly timeZone: string;
  constructor(date: string, timeZone: string) {
    super(DayStartedEvent.eventName, { bubbles: true, composed: true });
    this.date = date;
    this.timeZone = timeZone;
  }
}

/**
 * A countdown to the next World Day against Trafficking in Persons (30 July, 00:00 in the
 * visitor's or a given time zone). On the day it shows the day-of state with the official name
 * and the year's theme; from 31 July it counts to the next year, without a reload.
 *
 * @summary Countdown to the World Day against Trafficking in Persons (30 July).
 * @tag endht-countdown
 *
 * @fires {DayStartedEvent} endht-day-started - The day began while the page was open. `date` (YYYY-MM-DD) and `timeZone` on the event. Bubbles, composed, not cancelable.
 *
 * @csspart base - The wrapper (card, compact bar or inline text).
 * @csspart name - The name of the day (or `label`).
 * @csspart timer - The ticking numbers (`role="timer"`).
 * @csspart unit - One number with its unit label (full variant).
 * @csspart value - A number.
 * @csspart label - A unit label under a number.
 * @csspart date - The localized date of the day.
 * @csspart today - The "Today" line of the day-of state.
 * @csspart theme - The year's theme on the day.
 *
 * @cssproperty [--endht-accent=#00689d] - Accent colour (dark theme: #7fcaf2).
 * @cssproperty [--endht-heart=#009edb] - Decorative UN blue.
 * @cssproperty [--endht-text=#1a2b3c] - Text colour (dark theme: #e8f1f8).
 * @cssproperty [--endht-surface=#f3f8fc] - Background (dark theme: #0d1b26).
 * @cssproperty [--endht-radius=12px] - Corner radius.
 * @cssproperty [--endht-font=inherit] - Font family.
 */
export class EndhtCountdown extends EndhtElement {
  static override styles = [baseStyles, countdownStyles];

  /** IANA time zone in which the day begins (e.g. `Europe/Vienna`). Default: the visitor's own. */
  @property({ attribute: 'time-zone' }) timeZone?: string | null;

  /** Smallest unit shown: `day`, `hour`, `minute` or `second` (default). */
  @property() precision?: string | null;

  /** `full` (default), `compact` (one line) or `inline` (a sentence in running text). */
  @property() variant?: string | null;

  /** Another day to count to: `MM-DD` (every year) or `YYYY-MM-DD` (once). Default `07-30`. */
  @property() date?: string | null;

  /** Name shown for the day (plain text). Default: the official name of the World Day, or "Event" for another date. */
  @property() label?: string | null;

  /** `light` (default) or `dark`. */
  @property() theme?: string | null;

  @state() private _now = 0;
  @state() private _reducedMotion = false;

  #zone?: string;
  #precision: Precision = 'second';
  #variant: Variant = 'full';
  #spec: DaySpec = WORLD_DAY;
  #customDate = false;
  #theme: Theme = 'light';
  #unsubscribe?: () => void;
  #granularity?: Granularity;
  #motion?: MediaQueryList;
  #cache?: { key: string; from: number; until: number; state: DayState };

  override connectedCallback(): void {
    super.connectedCallback();
    this._now = Date.now();
    if (typeof window !== 'undefined' && typeof window.matchMedia === 'function') {
      this.#motion = window.matchMedia('(prefers-reduced-motion: reduce)');
      this._reducedMotion = this.#motion.matches;
      this.#motion.addEventListener('change', this.#onMotion);
    }
    if (this.hasUpdated) this.#syncClock();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#motion?.removeEventListener('change', this.#onMotion);
    this.#motion = undefined;
  }

  /** Time left until the day begins (rounded up to whole seconds), or null on the day and after a one-off date. */
  get remaining(): Remaining | null {
    const st = this.#state(this._now || Date.now());
    return st.kind === 'counting' ? splitDuration(st.target - (this._now || Date.now())) : null;
  }

  /** `counting`, `day` (the whole of the day in the zone) or `passed` (a one-off date is over). */
  get phase(): DayState['kind'] {
    return this.#state(this._now || Date.now()).kind;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timeZone'))
      this.#zone = readAttr(
        TAG,
        'time-zone',
        this.timeZone,
        (tz) => (isValidTimeZone(tz) ? tz : undefined),
        "the visitor's time zone",
      );
    if (changed.has('precision')) this.#precision = pickEnum(TAG, 'precision', this.precision, PRECISIONS, 'second');
    if (changed.has('variant')) this.#variant = pickEnum(TAG, 'variant', this.variant, VARIANTS, 'full');
    if (changed.has('theme')) this.#theme = pickEnum(TAG, 'theme', this.theme, THEMES, 'light');
    if (changed.has('date')) {
      const spec = readAttr(TAG, 'date', this.date, parseDaySpec, '30 July ("07-30")');
      this.#spec = spec ?? WORLD_DAY;
      this.#customDate =
        !!spec && !(spec.year === undefined && spec.month === WORLD_DAY.month && spec.day === WORLD_DAY.day);
    }
  }

  protected override updated(): void {
    this.#syncClock();
  }

  #onMotion = (e: MediaQueryListEvent) => {
    this._reducedMotion = e.matches;
  };

  /** Seconds are shown (and ticked) only with precision="second" and without reduced motion. */
  get #shownPrecision(): Precision {
    return this.#precision === 'second' && this._reducedMotion ? 'minute' : this.#precision;
  }

  #syncClock(): void {
    if (!this.isConnected) return;
    const wanted: Granularity = this.#shownPrecision === 'second' ? 'second' : 'minute';
    if (wanted === this.#granularity && this.#unsubscribe) return;
    this.#unsubscribe?.();
    this.#granularity = wanted;
    this.#unsubscribe = subscribe(this.#onTick, wanted);
  }

  #onTick = (now: number) => {
    const before = this.#state(this._now);
    const after = this.#state(now);
    this._now = now;
    if (before.kind === 'counting' && after.kind === 'day' && before.target === after.start) {
      this.dispatchEvent(new DayStartedEvent(isoDate(after.year, after.month, after.day), this.#zoneInUse));
    }
  };

  get #zoneInUse(): string {
    return this.#zone ?? visitorTimeZone();
  }

  /** The day state at `now`, reused while it cannot have changed (one computation per day, not per tick). */
  #state(now: number): DayState {
    const zone = this.#zoneInUse;
    const s = this.#spec;
    const key = `${zone}|${s.year ?? ''}-${s.month}-${s.day}`;
    const c = this.#cache;
    if (c && c.key === key && now >= c.from && now < c.until) return c.state;
    const state = dayState(now, s, zone);
    const until = state.kind === 'counting' ? state.target : state.kind === 'day' ? state.end : Infinity;
    this.#cache = { key, from: now, until, state };
    return state;
  }

  override render(): TemplateResult {
    const lang = activeLocale();
    const locale = intlLocale(lang);
    const now = this._now || Date.now();
    const st = this.#state(now);
    const name =
      asTrimmedString(this.label) || (this.#customDate ? msg('Event', { id: 'countdown.event' }) : dayName());
    const dateText = formatCalendarDate(locale, st.year, st.month, st.day);
    const iso = isoDate(st.year, st.month, st.day);
    const variant = this.#variant;
    const cls = `base ${variant} theme-${this.#theme}${st.kind === 'day' ? ' today' : ''}`;
    const dir = directionOf(lang);

    if (variant === 'inline') {
      return html`<span part="base" class=${cls} lang=${lang} dir=${dir}
        >${
          st.kind === 'day'
            ? msg(str`Today: ${name}`, { id: 'countdown.inline.today' })
            : st.kind === 'passed'
              ? msg(str`${name}: took place on ${dateText}`, { id: 'countdown.inline.passed' })
              : msg(str`${name}: ${this.#relative(locale, st.target - now)}`, { id: 'countdown.inline' })
        }</span
      >`;
    }

    // Templates are kept compact: the bundle keeps their text as written (whitespace between
    // these block and flex children rendered nothing).
    const dateLine = html`<p part="date" class="date"><time datetime=${iso}>${dateText}</time></p>`;

    // What follows the name.
    let rest: TemplateResult;
    if (st.kind === 'day') {
      const year = st.year;
      const theme = this.#customDate ? undefined : themeFor(year, lang);
      rest = html`${
        theme
          ? html`<p part="theme" class="theme">
              ${msg(str`Theme ${year}:`, { id: 'countdown.theme' })} <span lang=${theme[1]}>${theme[0]}</span>
            </p>`
          : nothing
      }${dateLine}`;
    } else if (st.kind === 'passed') {
      rest = html`<p class="note">${msg('This day has passed.', { id: 'countdown.passed' })}</p>
        ${dateLine}`;
    } else {
      const precision = this.#shownPrecision;
      const left = splitDuration(st.target - now, precision);
      const units = unitsTo(precision);
      const duration = this.#spoken(locale, left, units);
      const label = msg(str`${name}, ${dateText}: ${duration} to go.`, { id: 'countdown.remaining' });
      rest =
        variant === 'compact'
          ? html`<p part="timer" class="line" role="timer" aria-live="off" aria-label=${label}>
              <span aria-hidden="true"
                >${listFormat(locale, { type: 'unit', style: 'narrow' }).format(
                  units.map((u) =>
                    numberFormat(locale, {
                      style: 'unit',
                      unit: u,
                      unitDisplay: 'narrow',
                      minimumIntegerDigits: u === 'day' ? 1 : 2,
                    }).format(count(left, u)),
                  ),
                )}</span
              >
            </p>`
          : html`<div part="timer" class="timer" role="timer" aria-live="off" aria-label=${label}>
                ${units.map((u) => {
                  const n = count(left, u);
                  return html`<span part="unit" class="unit" aria-hidden="true"
                    ><span part="value" class="value"
                      >${numberFormat(locale, u === 'day' ? undefined : { minimumIntegerDigits: 2, useGrouping: false }).format(n)}</span
                    ><span part="label" class="label">${unitLabel(locale, n, u)}</span></span
                  >`;
                })}
              </div>
              ${dateLine}`;
    }

    return html`<div part="base" class=${cls} lang=${lang} dir=${dir}>
      ${
        st.kind === 'day'
          ? html`<p part="today" class="kicker">${msg('Today', { id: 'countdown.today' })}</p>`
          : nothing
      }
      <p part="name" class="name">${name}</p>
      ${rest}
    </div>`;
  }

  /** "245 days, 3 hours and 5 seconds": the non-zero units, pluralised by Intl. */
  #spoken(locale: string, left: Remaining, units: DurationUnit[]): string {
    const parts = units.filter((u) => count(left, u) > 0).map((u) => formatUnit(locale, count(left, u), u));
    if (parts.length === 0) parts.push(formatUnit(locale, 0, units.at(-1)!));
    return listFormat(locale, { type: 'conjunction', style: 'long' }).format(parts);
  }

  /**
   * "in 245 days" / "in 4 hours" / "tomorrow": the largest unit of which at least one is left
   * (no smaller than the precision), rounded up like the other variants.
   */
  #relative(locale: string, ms: number): string {
    const units = unitsTo(this.#shownPrecision);
    const unit = units.find((u) => ms >= UNIT_MS[u]) ?? units.at(-1)!;
    return relativeTimeFormat(locale, { numeric: 'auto' }).format(Math.ceil(ms / UNIT_MS[unit]), unit);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-countdown': EndhtCountdown;
  }
  interface GlobalEventHandlersEventMap {
    'endht-day-started': DayStartedEvent;
  }
}
