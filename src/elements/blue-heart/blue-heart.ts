import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { asTrimmedString, pickEnum, readAttribute, warnAttribute, wholeNumberIn } from '../../core/attributes.js';
import {
  WORLD_DAY,
  dayState,
  parseDaySpec,
  visitorTimeZone,
  wallTime,
  type DateString,
  type DaySpec,
} from '../../core/calendar.js';
import { EndhtElement } from '../../core/element.js';
import { linkTarget, renderLink, type LinkTarget } from '../../core/link.js';
import { storageGet, storageRemove, storageSet } from '../../core/storage.js';
import { baseStyles } from '../../core/styles.js';
import { safeHttpUrl, type HttpUrl } from '../../core/url.js';
import { BLUE_HEART_URL, HEART_PATH } from '../../data/blue-heart.js';
import { blueHeartStyles } from './blue-heart.styles.js';
import { DismissedEvent } from './events.js';

export { DismissedEvent, type DismissedDetail } from './events.js';

export const VARIANTS = ['inline', 'card', 'bar'] as const;
export type BlueHeartVariant = (typeof VARIANTS)[number];

export const POSITIONS = ['static', 'top', 'bottom'] as const;
export type BlueHeartPosition = (typeof POSITIONS)[number];

/** localStorage key prefix; the key ends with the campaign year: `endht-blue-heart:dismissed:2027`. */
export const STORAGE_KEY = 'endht-blue-heart:dismissed:';

const DAY_MS = 86_400_000;

/** The close button's cross (16×16, stroked). Drawn for this project; licensed with it (MIT). */
const CROSS_PATH = 'M3 3l10 10M13 3 3 13';

/**
 * `position` is reflected to the host, which is what sticks (`:host([position=…])` in the
 * styles); the default leaves no attribute.
 */
const positionAttribute = {
  toAttribute: (position: BlueHeartPosition) => (position === 'static' ? null : position),
};

/**
 * A Blue Heart Campaign banner: a heart drawn for this project, a headline and one line about
 * the campaign, and a link to the UNODC Blue Heart page. Inline, card or bar; optionally a
 * sticky bar at the top or bottom of the page; optionally dismissible (remembered per campaign
 * year) and limited to a date window so a forgotten embed expires by itself.
 *
 * @summary Blue Heart Campaign banner (inline, card or sticky bar).
 * @tag endht-blue-heart
 *
 * @fires {DismissedEvent} endht-dismissed - The visitor closed the banner. `detail`: `year` (the campaign
 *   year) and `remembered`. Bubbles, composed, not cancelable.
 *
 * @csspart base - The banner box.
 * @csspart heart - The heart mark (decorative SVG).
 * @csspart headline - The headline.
 * @csspart text - The line about the campaign.
 * @csspart cta - The call-to-action link.
 * @csspart close - The close button.
 *
 * @cssproperty [--endht-accent=#00689d] - Link button colour (dark theme: #7fcaf2).
 * @cssproperty [--endht-heart=#009edb] - The heart (decoration only).
 * @cssproperty [--endht-text=#1a2b3c] - Text colour (dark theme: #e8f1f8).
 * @cssproperty [--endht-surface=#f3f8fc] - Background (dark theme: #0d1b26).
 * @cssproperty [--endht-radius=12px] - Corner radius (bars have none).
 * @cssproperty [--endht-font=inherit] - Font family.
 */
export class EndhtBlueHeart extends EndhtElement {
  static override styles = [baseStyles, blueHeartStyles];

  /**
   * Heart, text and link in a row; stacked in a card; or a slim full-width strip. Default: a bar
   * when `position` is top or bottom, else inline.
   */
  @property() variant?: BlueHeartVariant;

  /** A sticky bar at the top or bottom of the page, which always has a close button. */
  @property({ reflect: true, converter: positionAttribute }) position: BlueHeartPosition = 'static';

  /** Where the link goes. Default: the UNODC Blue Heart page. */
  @property() href?: HttpUrl;

  /** The link's text, as plain text. Default: "Learn more" in the page's language. */
  @property() cta?: string;

  /** Shows a close button; closing is remembered for `remember-days` in this campaign year. */
  @property({ type: Boolean }) dismissible = false;

  /** Days a dismissal is remembered, from 0 (this page view only) to 3650. */
  @property({ attribute: 'remember-days' }) rememberDays: number = 30;

  /** The first day shown, from 00:00 in the visitor's time zone: `YYYY-MM-DD`, or `MM-DD` every year. */
  @property({ attribute: 'show-from' }) showFrom?: DateString;

  /** The last day shown, until 24:00 in the visitor's time zone: `YYYY-MM-DD`, or `MM-DD` every year. */
  @property({ attribute: 'show-until' }) showUntil?: DateString;

  /** Whether the banner is showing: inside its date window, not closed, not remembered as dismissed. */
  get visible(): boolean {
    const now = Date.now();
    if (this.closed || !inWindow(now, this.#showFrom, this.#showUntil)) return false;
    return !(this.dismissible && this.#rememberedAsDismissed(now));
  }

  /** Whether the visitor closed the banner on this page view. */
  @state() private closed = false;

  /** Where the link goes. */
  #target: LinkTarget = linkTarget(BLUE_HEART_URL);
  #showFrom?: DaySpec;
  #showUntil?: DaySpec;
  /**
   * When the visitor dismissed this campaign year's banner (epoch ms), as stored; `at` is undefined
   * if never. Read when first needed after each connection (the campaign year asks Intl, which
   * costs the page a task at start-up).
   */
  #dismissal?: { at?: number };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#dismissal = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('position')) {
      this.position = pickEnum(this, 'position', this.position, POSITIONS, 'static');
    }
    if (changed.has('variant')) {
      // Unset or not valid: the variant follows the position.
      const fallback = `"${this.#positionVariant}"`;
      this.variant = readAttribute(this, 'variant', this.variant, variantNamed, fallback);
    }
    if (changed.has('href')) {
      const href = readAttribute(this, 'href', this.href, safeHttpUrl, 'the Blue Heart page');
      if (href === undefined) this.href = undefined;
      this.#target = linkTarget(href ?? BLUE_HEART_URL);
    }
    if (changed.has('rememberDays')) {
      this.rememberDays = readAttribute(this, 'remember-days', this.rememberDays, wholeNumberIn(0, 3650), '30') ?? 30;
    }
    if (changed.has('showFrom') || changed.has('showUntil')) {
      this.#readDateWindow(changed.has('showFrom'), changed.has('showUntil'));
    }
  }

  /** A sticky bar shows at once, wherever its tag is in the page. */
  protected override get rendersWhenNear(): boolean {
    return this.position === 'static';
  }

  protected override wrapperClasses() {
    return [this.variant ?? this.#positionVariant, this.#closable ? 'closable' : ''];
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    if (!this.visible) return nothing;
    const headline = msg('Blue Heart Campaign against Human Trafficking', { id: 'blue-heart.headline' });
    const cta = asTrimmedString(this.cta) ?? msg('Learn more', { id: 'blue-heart.cta' });
    return html`
      <svg part="heart" class="heart" viewBox="0 0 32 29" aria-hidden="true"><path d=${HEART_PATH} /></svg>
      <div class="body">
        <p part="headline" id="headline">${headline}</p>
        <p part="text" class="text">${campaignLine()}</p>
      </div>
      ${renderLink(this.#target, cta, { part: 'cta', label: cta, describedBy: 'headline' })}
      ${this.#closable ? this.#renderCloseButton() : nothing}
    `;
  }

  #renderCloseButton(): TemplateResult {
    const name = msg('Close the Blue Heart Campaign banner', { id: 'blue-heart.close' });
    return html`<button part="close" type="button" aria-label=${name} @click=${this.#onCloseClick}>
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d=${CROSS_PATH} /></svg>
    </button>`;
  }

  /** The variant when none is given: a bar for a sticky banner, else inline. */
  get #positionVariant(): BlueHeartVariant {
    return this.position === 'static' ? 'inline' : 'bar';
  }

  /** A sticky bar can always be closed, for this page view at least. */
  get #closable(): boolean {
    return this.dismissible || this.position !== 'static';
  }

  /** Whether this campaign year's stored dismissal is younger than `remember-days`. */
  #rememberedAsDismissed(now: number): boolean {
    this.#dismissal ??= { at: storedDismissal(campaignYear(now)) };
    const at = this.#dismissal.at;
    return at !== undefined && now >= at && now < at + this.rememberDays * DAY_MS;
  }

  /**
   * Reads the date window, warning only about the bound that changed. A `show-until` before
   * `show-from` is ignored (with a warning), and kept: a later `show-from` may make it valid.
   */
  #readDateWindow(fromChanged: boolean, untilChanged: boolean): void {
    const from = readAttribute(this, 'show-from', this.showFrom, parseDaySpec, 'no start date', fromChanged);
    const until = readAttribute(this, 'show-until', this.showUntil, parseDaySpec, 'no end date', untilChanged);
    if (from === undefined) this.showFrom = undefined;
    if (until === undefined) this.showUntil = undefined;
    const bothDated = from?.year !== undefined && until?.year !== undefined;
    const backwards = bothDated && dayNumber(until) < dayNumber(from);
    if (backwards) warnAttribute(this, 'show-until', this.showUntil, 'no end date (it is before show-from)');
    this.#showFrom = from;
    this.#showUntil = backwards ? undefined : until;
  }

  async #onCloseClick(): Promise<void> {
    // Focus was on the close button, which goes away: it moves on to where the visitor was going.
    const next = this.shadowRoot?.activeElement ? this.#neighbour() : undefined;
    const now = Date.now();
    const year = campaignYear(now);
    let remembered = false;
    if (this.dismissible) {
      // The previous campaign year's dismissal is of no use any more.
      storageRemove(`${STORAGE_KEY}${year - 1}`);
      if (this.rememberDays > 0) remembered = storageSet(`${STORAGE_KEY}${year}`, String(now));
    }
    this.closed = true;
    this.dispatchEvent(new DismissedEvent({ year, remembered }));
    await this.updateComplete;
    next?.focus();
  }

  /** The next focusable element after the banner in its document or shadow root (else the last one before it). */
  #neighbour(): HTMLElement | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    const focusable = [...root.querySelectorAll<HTMLElement>('*')].filter(
      (element) => isFocusable(element) && !this.contains(element),
    );
    const follows = (element: Node) => (this.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    return focusable.find(follows) ?? focusable.findLast((element) => !follows(element));
  }
}

/**
 * The campaign year: the year of the World Day now coming (or today), in the visitor's zone. From
 * 31 July it is next year's.
 */
export function campaignYear(now: number): number {
  return dayState(now, WORLD_DAY, visitorTimeZone()).year;
}

/**
 * Whether `now` falls in [from, until] (whole days, inclusive) in the visitor's zone. A bound
 * written MM-DD repeats every year; two yearly bounds with from > until wrap across New Year.
 */
export function inWindow(now: number, from?: DaySpec, until?: DaySpec): boolean {
  const today = wallTime(now, visitorTimeZone());
  // Today minus a bound, as day numbers: a yearly bound is compared without the year.
  const sinceBound = (bound: DaySpec) => {
    const year = bound.year === undefined ? undefined : today.year;
    return dayNumber({ year, month: today.month, day: today.day }) - dayNumber(bound);
  };
  const started = from === undefined || sinceBound(from) >= 0;
  const notEnded = until === undefined || sinceBound(until) <= 0;
  const yearly = from !== undefined && until !== undefined && from.year === undefined && until.year === undefined;
  const acrossNewYear = yearly && dayNumber(from) > dayNumber(until);
  return acrossNewYear ? started || notEnded : started && notEnded;
}

/** A date as a number that compares like the date: YYYYMMDD, or MMDD for a yearly date. */
function dayNumber(day: DaySpec): number {
  return (day.year ?? 0) * 10_000 + day.month * 100 + day.day;
}

/**
 * "Wear the Blue Heart…": the line about the campaign. (A backslash at the end of a line of the
 * text continues it without a line break.)
 */
function campaignLine(): string {
  return msg(
    `Wear the Blue Heart in solidarity with victims of human trafficking. All proceeds of the global \
campaign go to the UN Voluntary Trust Fund for Victims of Trafficking in Persons.`,
    { id: 'blue-heart.text' },
  );
}

/** One of the variants, written in any case. */
function variantNamed(text: string): BlueHeartVariant | undefined {
  return VARIANTS.find((variant) => variant === text.toLowerCase());
}

/** When the visitor dismissed a campaign year's banner (epoch ms), as stored; undefined if never or unreadable. */
function storedDismissal(year: number): number | undefined {
  const stored = Number(storageGet(`${STORAGE_KEY}${year}`));
  return Number.isFinite(stored) ? stored : undefined;
}

/** An element the Tab key reaches: in the tab order, not disabled, and rendered. */
function isFocusable(element: HTMLElement): boolean {
  return element.tabIndex >= 0 && !element.matches(':disabled') && element.getClientRects().length > 0;
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-blue-heart': EndhtBlueHeart;
  }
}
