import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { pickEnum, readAttribute, asTrimmedString } from '../../core/attributes.js';
import { isolate } from '../../core/bidi.js';
import {
  UNIT_MS,
  WORLD_DAY,
  dayState,
  knownTimeZone,
  parseDaySpec,
  splitDuration,
  visitorTimeZone,
  VISITOR_ZONE,
  type DateString,
  type DaySpec,
  type DayState,
  type Remaining,
} from '../../core/calendar.js';
import { subscribe, type Granularity } from '../../core/clock.js';
import { EndhtElement, type PreparationStep } from '../../core/element.js';
import {
  formatCalendarDate,
  formatUnit,
  listFormat,
  numberFormat,
  relativeTimeFormat,
  unitLabel,
  type DurationUnit,
} from '../../core/format.js';
import { activeLocale, intlLocale } from '../../core/locale.js';
import { now } from '../../core/now.js';
import { baseStyles } from '../../core/styles.js';
import { HEART_PATH } from '../../data/blue-heart.js';
import { dayName, todayHeadline } from '../../data/day.js';
import { renderYearTheme } from '../../data/themes.js';
import { countdownStyles } from './countdown.styles.js';
import { DayStartedEvent } from './events.js';

export { DayStartedEvent, type DayStartedDetail } from './events.js';

/** The smallest unit a countdown shows. Listed from the largest, which `unitsDownTo` relies on. */
export const PRECISIONS = ['day', 'hour', 'minute', 'second'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const VARIANTS = ['full', 'compact', 'inline'] as const;
export type CountdownVariant = (typeof VARIANTS)[number];

/** The properties read from attributes, which `willUpdate` normalises. */
type AttributeProperty = 'timeZone' | 'precision' | 'variant' | 'date';
const ATTRIBUTE_PROPERTIES: ReadonlySet<AttributeProperty> = new Set(['timeZone', 'precision', 'variant', 'date']);

/**
 * A countdown to the next World Day against Trafficking in Persons (30 July, 00:00 in the
 * visitor's or a given time zone). On the day it becomes a headline: the Blue Heart, "Today is
 * the World Day against Trafficking in Persons", the year's theme where it is known (or the
 * site's `day-theme`) and the site's call to action; from 31 July it counts to the next year,
 * without a reload. The inline variant is only the relative phrase ("in 245 days", "today"), to
 * sit in a site's own sentence.
 *
 * @summary Countdown to the World Day against Trafficking in Persons (30 July).
 * @tag endht-countdown
 *
 * @fires {DayStartedEvent} endht-day-started - The day began while the page was open. `detail`: `date`
 *   (YYYY-MM-DD) and `timeZone`. Bubbles, composed, not cancelable.
 *
 * @csspart base - The wrapper (card, compact bar or inline text).
 * @csspart name - The name of the day (or `label`).
 * @csspart timer - The ticking numbers (`role="timer"`).
 * @csspart unit - One number with its unit label (full variant).
 * @csspart value - A number.
 * @csspart label - A unit label under a number.
 * @csspart date - The localized date of the day.
 * @csspart today - The "Today" line of the compact day-of state.
 * @csspart theme - The year's theme on the day.
 * @csspart heart - The Blue Heart of the day-of state (decorative).
 *
 * @slot action - The site's call to action on the day, e.g. `<a slot="action" href="/vigil">Join our vigil</a>`,
 *   shown as a button under the headline. Empty by default.
 * @slot day-theme - The year's theme in the site's own words and markup (wins over `day-theme`).
 */
export class EndhtCountdown extends EndhtElement {
  static override styles = [baseStyles, countdownStyles];

  /**
   * **Time zone.** The time zone in which the day begins and ends, written like `Europe/Vienna` or
   * `America/New_York`. Default: the visitor's own.
   */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** **Smallest unit.** The smallest unit shown. */
  @property() precision: Precision = 'second';

  /** **Style.** A card with large numbers, one line, or a phrase inside a sentence ("in 245 days"). */
  @property() variant: CountdownVariant = 'full';

  /** **Count down to.** Another day to count to: `MM-DD` (every year) or `YYYY-MM-DD` (once). Default: 30 July. */
  @property() date?: DateString;

  /**
   * **Name of the day.** The name shown for the day, as plain text. Default: the official name of the World Day, or
   * "Event" for another date.
   */
  @property() label?: string;

  /**
   * The theme of the year, shown on the day under the headline, for a year whose theme this version does not
   * know. Default: the known theme of the year, if any.
   */
  @property({ attribute: 'day-theme' }) dayTheme?: string;

  /** The moment the element last rendered for (epoch ms); the shared clock moves it on. */
  @state() private now = 0;

  /** Whether the visitor asked for reduced motion: seconds then stop ticking. */
  @state() private reducedMotion = false;

  #day: DaySpec = WORLD_DAY;
  #isOwnDate = false;
  #motionQuery?: MediaQueryList;
  #unsubscribe?: () => void;
  #granularity?: Granularity;
  /** The last day state, kept while it cannot change: one computation per day, not per tick. */
  #cachedState?: { key: string; from: number; until: number; state: DayState };

  /** The time left until the day begins (rounded up to whole seconds); null on the day and after a one-off date. */
  get remaining(): Remaining | null {
    const now = this.#currentTime();
    const state = this.#dayState(now);
    return state.kind === 'counting' ? splitDuration(state.target - now) : null;
  }

  /** `counting`, `day` (the whole of the day in the zone) or `passed` (a one-off date is over). */
  get phase(): DayState['kind'] {
    return this.#dayState(this.#currentTime()).kind;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.now = now();
    if (typeof window.matchMedia === 'function') {
      this.#motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
      this.reducedMotion = this.#motionQuery.matches;
      this.#motionQuery.addEventListener('change', this.#onMotionChange);
    }
    // The first render may wait until the countdown comes near the viewport (core/first-render.ts),
    // but the clock runs from now on, so that endht-day-started fires wherever the countdown is:
    // the attributes it needs are read now.
    if (!this.hasUpdated) this.#readAttributes(ATTRIBUTE_PROPERTIES);
    this.#syncClock();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#motionQuery?.removeEventListener('change', this.#onMotionChange);
    this.#motionQuery = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#readAttributes(changed);
  }

  /**
   * Before the first render, in tasks of their own: the formatter of its date, often the page's
   * first Intl object, whose creation loads the platform's locale data and is the longest single
   * step of the first render (docs/performance.md); then, while counting, the unit and list
   * formatters of the timer's name.
   */
  protected override prepareFirstRender(): readonly PreparationStep[] {
    const locale = intlLocale(activeLocale());
    let now = 0;
    let state: DayState | undefined;
    const formatDate = () => {
      now = this.#currentTime();
      state = this.#dayState(now);
      formatCalendarDate(locale, state.year, state.month, state.day);
    };
    const nameTimer = () => {
      if (state?.kind !== 'counting') return;
      const precision = this.#shownPrecision;
      this.#spokenDuration(locale, splitDuration(state.target - now, precision), unitsDownTo(precision));
    };
    return [formatDate, nameTimer];
  }

  /** Normalises the attribute-backed properties among `changed`: a bad value warns once and becomes the default. */
  #readAttributes(changed: { has(name: AttributeProperty): boolean }): void {
    if (changed.has('timeZone')) {
      this.timeZone = readAttribute(this, 'time-zone', this.timeZone, knownTimeZone, "the visitor's time zone");
    }
    if (changed.has('precision')) {
      this.precision = pickEnum(this, 'precision', this.precision, PRECISIONS, 'second');
    }
    if (changed.has('variant')) {
      this.variant = pickEnum(this, 'variant', this.variant, VARIANTS, 'full');
    }
    if (changed.has('date')) {
      const day = readAttribute(this, 'date', this.date, parseDaySpec, '30 July ("07-30")');
      this.date = day === undefined ? undefined : this.date;
      this.#day = day ?? WORLD_DAY;
      this.#isOwnDate = day !== undefined && !isWorldDay(day);
    }
  }

  protected override updated(): void {
    this.#syncClock();
  }

  protected override get inlineWrapper(): boolean {
    return this.variant === 'inline';
  }

  protected override wrapperClasses() {
    return [this.variant, this.phase === 'day' ? 'today' : ''];
  }

  protected override renderContent(): TemplateResult | string {
    const locale = intlLocale(activeLocale());
    const now = this.#currentTime();
    const state = this.#dayState(now);
    // The site's label shares a line and the timer's accessible name with the numbers: isolated
    // (core/bidi.ts). Without one: the official name, or "Event" for another date.
    const label = asTrimmedString(this.label);
    const ownName = this.#isOwnDate ? msg('Event', { id: 'countdown.event' }) : dayName();
    const name = label === undefined ? ownName : isolate(label);
    const dateText = formatCalendarDate(locale, state.year, state.month, state.day);

    if (this.variant === 'inline') return this.#inlineText(state, locale, now);

    const dateLine = html`<p part="date" class="date">
      <time datetime=${isoDate(state.year, state.month, state.day)}>${dateText}</time>
    </p>`;

    switch (state.kind) {
      case 'day':
        return this.variant === 'compact' ? this.#compactDay(name) : this.#dayHeadline(name, state.year, dateLine);
      case 'passed':
        return html`
          <p part="name" class="name">${name}</p>
          <p class="note">${msg('This day has passed.', { id: 'countdown.passed' })}</p>
          ${dateLine}
        `;
      case 'counting': {
        const precision = this.#shownPrecision;
        const left = splitDuration(state.target - now, precision);
        const units = unitsDownTo(precision);
        const duration = this.#spokenDuration(locale, left, units);
        const timerLabel = msg(str`${name}, ${dateText}: ${duration} to go.`, { id: 'countdown.remaining' });
        if (this.variant === 'compact') {
          return html`
            <p part="name" class="name">${name}</p>
            ${this.#compactTimer(locale, left, units, timerLabel)}
          `;
        }
        return html`
          <p part="name" class="name">${name}</p>
          ${this.#fullTimer(locale, left, units, timerLabel)} ${dateLine}
        `;
      }
    }
  }

  /** "in 245 days", "tomorrow", "today", "5 days ago": the phrase alone, for a site's own sentence. */
  #inlineText(state: DayState, locale: string, now: number): string {
    switch (state.kind) {
      case 'day':
        return relativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'day');
      case 'passed':
        return relativeTimeFormat(locale, { numeric: 'auto' }).format(
          -Math.ceil((now - state.end) / UNIT_MS.day),
          'day',
        );
      case 'counting':
        return this.#relativeTime(locale, state.target - now);
    }
  }

  /**
   * The day as a headline: the heart, "Today is the World Day against Trafficking in Persons" (or "Today: <label>"
   * for a site's own name or date), the theme, the date and the site's call to action.
   */
  #dayHeadline(name: string, year: number, dateLine: TemplateResult): TemplateResult {
    const officialName = !this.#isOwnDate && asTrimmedString(this.label) === undefined;
    const headline = officialName ? todayHeadline() : msg(str`Today: ${name}`, { id: 'countdown.day.label' });
    return html`
      ${renderHeart()}
      <p part="name" class="name">${headline}</p>
      ${this.#yearTheme(year)} ${dateLine}
      <slot name="action"></slot>
    `;
  }

  /** The compact bar on the day: the same two lines as while counting, so the page does not move. */
  #compactDay(name: string): TemplateResult {
    return html`
      <p part="name" class="name">${name}</p>
      <p part="today" class="line">${renderHeart()} ${msg('Today', { id: 'countdown.today' })}</p>
    `;
  }

  /**
   * The year's theme: the site's own (slotted, or `day-theme`), else the known theme of the World Day's year
   * (none for a site's own date, or a year without one).
   */
  #yearTheme(year: number): TemplateResult | typeof nothing {
    const own = asTrimmedString(this.dayTheme);
    // On the server the children are not known: only the attribute counts there.
    const slotted = !isServer && this.querySelector(':scope > [slot="day-theme"]') !== null;
    if (own === undefined && !slotted) {
      // A hidden slot, so that a theme the site's script adds later is noticed (slotchange).
      const known = this.#isOwnDate ? nothing : renderYearTheme(year);
      return html`${known}<slot name="day-theme" hidden @slotchange=${this.#onThemeSlotChange}></slot>`;
    }
    const ownText = own === undefined ? nothing : isolate(own);
    const themeSlot = html`<slot name="day-theme" @slotchange=${this.#onThemeSlotChange}>${ownText}</slot>`;
    return html`<p part="theme" class="theme">
      ${msg(str`Theme ${year}:`, { id: 'countdown.theme' })}
      <q>${themeSlot}</q>
    </p>`;
  }

  /**
   * Large numbers with a unit label under each. The digits are hidden from assistive technology: the
   * label says it all.
   */
  #fullTimer(locale: string, left: Remaining, units: DurationUnit[], label: string): TemplateResult {
    return html`<div part="timer" class="timer" role="timer" aria-live="off" aria-label=${label}>
      ${units.map((unit) => {
        const value = amountOf(left, unit);
        const digits = numberFormat(
          locale,
          unit === 'day' ? undefined : { minimumIntegerDigits: 2, useGrouping: false },
        );
        return html`<span part="unit" class="unit" aria-hidden="true">
          <span part="value" class="value">${digits.format(value)}</span>
          <span part="label" class="label">${unitLabel(locale, value, unit)}</span>
        </span>`;
      })}
    </div>`;
  }

  /** One line: "245 d, 03 h, 05 min". */
  #compactTimer(locale: string, left: Remaining, units: DurationUnit[], label: string): TemplateResult {
    const amounts = units.map((unit) => {
      const format = numberFormat(locale, {
        style: 'unit',
        unit,
        unitDisplay: 'narrow',
        minimumIntegerDigits: unit === 'day' ? 1 : 2,
      });
      return format.format(amountOf(left, unit));
    });
    const line = listFormat(locale, { type: 'unit', style: 'narrow' }).format(amounts);
    return html`<p part="timer" class="line" role="timer" aria-live="off" aria-label=${label}>
      <span aria-hidden="true">${line}</span>
    </p>`;
  }

  /** "245 days, 3 hours and 5 seconds": the units that are not zero, pluralised by Intl. */
  #spokenDuration(locale: string, left: Remaining, units: DurationUnit[]): string {
    const parts = units
      .filter((unit) => amountOf(left, unit) > 0)
      .map((unit) => formatUnit(locale, amountOf(left, unit), unit));
    if (parts.length === 0) parts.push(formatUnit(locale, 0, units[units.length - 1]));
    return listFormat(locale, { type: 'conjunction', style: 'long' }).format(parts);
  }

  /**
   * "in 245 days", "in 4 hours", "tomorrow": the largest unit of which at least one is left (no
   * smaller than the precision), rounded up like the other variants.
   */
  #relativeTime(locale: string, ms: number): string {
    const units = unitsDownTo(this.#shownPrecision);
    const unit = units.find((candidate) => ms >= UNIT_MS[candidate]) ?? units[units.length - 1];
    return relativeTimeFormat(locale, { numeric: 'auto' }).format(Math.ceil(ms / UNIT_MS[unit]), unit);
  }

  /** Seconds are shown, and tick, only with precision="second" and without reduced motion. */
  get #shownPrecision(): Precision {
    return this.precision === 'second' && this.reducedMotion ? 'minute' : this.precision;
  }

  get #zone(): string {
    return this.timeZone ?? VISITOR_ZONE;
  }

  #currentTime(): number {
    return this.now || now();
  }

  /** Subscribes to the page's shared clock at the granularity on show (seconds or minutes). */
  #syncClock(): void {
    if (!this.isConnected) return;
    const wanted: Granularity = this.#shownPrecision === 'second' ? 'second' : 'minute';
    if (wanted === this.#granularity && this.#unsubscribe) return;
    this.#unsubscribe?.();
    this.#granularity = wanted;
    this.#unsubscribe = subscribe(this.#onTick, wanted);
  }

  #onTick = (now: number): void => {
    const before = this.#dayState(this.now);
    const after = this.#dayState(now);
    this.now = now;
    const dayJustBegan = before.kind === 'counting' && after.kind === 'day' && before.target === after.start;
    if (dayJustBegan) {
      this.dispatchEvent(
        new DayStartedEvent({
          date: isoDate(after.year, after.month, after.day),
          timeZone: this.timeZone ?? visitorTimeZone(),
        }),
      );
    }
  };

  /** A theme slotted (or taken away) after the first render: the theme line is drawn again. */
  #onThemeSlotChange = (): void => {
    this.requestUpdate();
  };

  #onMotionChange = (event: MediaQueryListEvent): void => {
    this.reducedMotion = event.matches;
  };

  /** The day state at `now`, reused while it cannot have changed. */
  #dayState(now: number): DayState {
    const zone = this.#zone;
    const day = this.#day;
    // The visitor's zone can change under a running page (a laptop that travels): its current
    // offset is part of the key, so that the state is computed again when it does.
    const zoneKey = zone === VISITOR_ZONE ? `${zone}${new Date(now).getTimezoneOffset()}` : zone;
    const key = `${zoneKey}|${day.year ?? ''}-${day.month}-${day.day}`;
    const cached = this.#cachedState;
    if (cached && cached.key === key && now >= cached.from && now < cached.until) return cached.state;
    const state = dayState(now, day, zone);
    this.#cachedState = { key, from: now, until: validUntil(state), state };
    return state;
  }
}

/** The Blue Heart, decorative: the headline says what it means. */
function renderHeart(): TemplateResult {
  return html`<svg part="heart" class="heart" viewBox="0 0 32 29" aria-hidden="true"><path d=${HEART_PATH} /></svg>`;
}

/** The units shown at a precision, largest first: day down to the precision. */
function unitsDownTo(precision: Precision): DurationUnit[] {
  return PRECISIONS.slice(0, PRECISIONS.indexOf(precision) + 1);
}

/** How many of a unit are left: `days` for `day`, and so on. */
function amountOf(left: Remaining, unit: DurationUnit): number {
  const amounts = { day: left.days, hour: left.hours, minute: left.minutes, second: left.seconds };
  return amounts[unit];
}

/** Until when a day state stays true: the day's start while counting, its end on the day; forever once passed. */
function validUntil(state: DayState): number {
  if (state.kind === 'counting') return state.target;
  if (state.kind === 'day') return state.end;
  return Infinity;
}

function isWorldDay(day: DaySpec): boolean {
  return day.year === undefined && day.month === WORLD_DAY.month && day.day === WORLD_DAY.day;
}

/** `YYYY-MM-DD`. */
function isoDate(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-countdown': EndhtCountdown;
  }
}
