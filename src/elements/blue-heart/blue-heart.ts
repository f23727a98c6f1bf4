import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { asTrimmedString, pickEnum, readAttribute, warnAttribute, wholeNumberIn } from '../../core/attributes.js';
import {
  WORLD_DAY,
  dayState,
  knownTimeZone,
  parseDaySpec,
  VISITOR_ZONE,
  wallTime,
  type DateString,
  type DaySpec,
} from '../../core/calendar.js';
import { isolate } from '../../core/bidi.js';
import {
  DISMISSED_KEY,
  TAKEOVER_KEY,
  campaignCode,
  campaignYear,
  fingerprint,
  hasActed,
  markActed,
  remember,
  rememberedAt,
  withCodesForUnodc,
} from '../../core/campaign.js';
import { subscribe } from '../../core/clock.js';
import { EndhtElement, renderPreviewLabel, type Appearance } from '../../core/element.js';
import { formatCalendarDate } from '../../core/format.js';
import { linkTarget, renderLink, type LinkTarget } from '../../core/link.js';
import { activeLocale, intlLocale } from '../../core/locale.js';
import { now } from '../../core/now.js';
import { storageRemove } from '../../core/storage.js';
import { baseStyles } from '../../core/styles.js';
import { safeHttpUrl, type HttpUrl } from '../../core/url.js';
import { BLUE_HEART_URL, HEART_PATH } from '../../data/blue-heart.js';
import { dayName, isTheDay, todayHeadline } from '../../data/day.js';
import { DEFAULT_CURRENCY, FUND_URL, donateLabel, fundLinkName } from '../../data/donate.js';
import { FIGURES } from '../../data/stats.js';
import { renderYearTheme } from '../../data/themes.js';
import { DonateEvent } from '../donate/events.js';
import { builtInFigure, formatFigure, renderSource, shownLabel } from '../stats/figure.js';
import { blueHeartStyles } from './blue-heart.styles.js';
import { DismissedEvent } from './events.js';
import { takeoverStyles } from './takeover.styles.js';

export { DismissedEvent, type DismissedDetail } from './events.js';
export { DonateEvent, type DonateDetail } from '../donate/events.js';

export const VARIANTS = ['inline', 'card', 'bar', 'takeover'] as const;
export type BlueHeartVariant = (typeof VARIANTS)[number];

/** What a takeover shows when it does not take over the page. */
export const FALLBACK_VARIANTS = ['bar', 'card', 'none'] as const;
export type BlueHeartFallbackVariant = (typeof FALLBACK_VARIANTS)[number];

/** `quiet-after-action`: on (also written bare, as a boolean attribute) or off. */
export const QUIET_AFTER_ACTION = ['on', 'off'] as const;
export type BlueHeartQuietAfterAction = (typeof QUIET_AFTER_ACTION)[number];

/** The takeover's figure unless `figure` names another: the share of detected victims who were children. */
export const TAKEOVER_FIGURE = 'glotip24_children_share';

export const POSITIONS = ['static', 'top', 'bottom'] as const;
export type BlueHeartPosition = (typeof POSITIONS)[number];

/** localStorage key prefix of a dismissal; the key ends with the campaign year: `endht-blue-heart:dismissed:2027`. */
export const STORAGE_KEY = DISMISSED_KEY;

export { EndhtCampaign, campaignYear } from '../../core/campaign.js';

const DAY_MS = 86_400_000;

/** The default donate link, as a warning names it. */
const FUND_PAGE = "the UN trust fund's page";

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
 * sticky bar at the top or bottom of the page, which Escape closes; optionally dismissible
 * (remembered per campaign year, until its content changes) and limited to a date window so a
 * forgotten embed expires by itself.
 *
 * Or, with `variant="takeover"`, a full-page takeover on 30 July only (in the visitor's zone or
 * `time-zone`): a modal dialog with the Blue Heart, the Day's name and theme, a sourced figure,
 * the site's own message, the donate and learn-more links, and "Continue to the site". It is
 * shown once per visitor on the Day, and made by script only: without JavaScript (or for a
 * crawler) nothing covers the page. On other days it shows its `fallback-variant`, or nothing.
 *
 * @summary Blue Heart Campaign banner (inline, card, sticky bar) or the Day's full-page takeover.
 * @tag endht-blue-heart
 *
 * @slot - The site's own message, shown in the takeover. Other variants show no content of the
 *   tag: it is what shows without JavaScript.
 *
 * @fires {DismissedEvent} endht-dismissed - The visitor closed the banner or the takeover. `detail`: `year`
 *   (the campaign year) and `remembered`. Bubbles, composed, not cancelable.
 * @fires {DonateEvent} endht-donate - The visitor activated the takeover's donate link. `detail`: `href`,
 *   `amount` (null), `currency`. Bubbles, composed, cancelable: `preventDefault()` keeps the browser on the page.
 *
 * @csspart base - The banner box (the takeover's is not drawn).
 * @csspart heart - The heart mark (decorative SVG).
 * @csspart headline - The headline.
 * @csspart text - The line about the campaign.
 * @csspart cta - The call-to-action link ("Learn more").
 * @csspart close - The close button.
 * @csspart dialog - The takeover: a modal dialog over the whole page.
 * @csspart date - The Day's date in the takeover.
 * @csspart name - The Day's name in the takeover.
 * @csspart theme - The year's theme in the takeover.
 * @csspart figure - The takeover's figure, with its source.
 * @csspart source - The figure's year and source line.
 * @csspart link - The link to the figure's source.
 * @csspart donate - The takeover's donate link.
 * @csspart continue - The takeover's "Continue to the site" button.
 *
 * @cssproperty [--endht-accent=#00689d] - Link button colour (dark theme: #7fcaf2).
 * @cssproperty [--endht-heart=#009edb] - The heart (decoration only).
 * @cssproperty [--endht-text=#1a2b3c] - Text colour (dark theme: #e8f1f8).
 * @cssproperty [--endht-surface=#fff] - Background (dark theme: #0d1b26).
 * @cssproperty [--endht-radius=12px] - Corner radius (bars have none).
 * @cssproperty [--endht-font=inherit] - Font family.
 */
export class EndhtBlueHeart extends EndhtElement {
  static override styles = [baseStyles, blueHeartStyles, takeoverStyles];

  /**
   * **Style.** Heart, text and link in a row; stacked in a card; a slim full-width strip; or the Day's full-page
   * takeover. Default: a bar when the banner sits at the top or bottom of the page, else inline.
   */
  @property() variant?: BlueHeartVariant;

  /**
   * **On other days.** What a takeover shows on the other days (and once seen or closed): a bar, a card, or nothing.
   */
  @property({ attribute: 'fallback-variant' }) fallbackVariant: BlueHeartFallbackVariant = 'none';

  /**
   * **Time zone.** The time zone in which the takeover's day and the dates to show the banner begin and end, written
   * like `Europe/Vienna` or `America/New_York`. Default: the visitor's own.
   */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /**
   * **Position on the page.** Where you put it in the page, or a bar that stays at the top or bottom of the screen,
   * which always has a close button.
   */
  @property({ reflect: true, converter: positionAttribute }) position: BlueHeartPosition = 'static';

  /** **Link address.** Where the link goes. Default: the UNODC Blue Heart page. */
  @property() href?: HttpUrl;

  /** **Link text.** The link's text, as plain text. Default: "Learn more" in the page's language. */
  @property() cta?: string;

  /**
   * **Campaign code.** A short code for your campaign (letters, digits, `-` and `_`, up to 64), added to
   * the links to unodc.org as a tracking code (`utm_source`), so that the visits your site brings can be counted.
   * Default: none.
   */
  @property() campaign?: string;

  /**
   * **Visitors can close it.** Shows a close button. Once closed, the banner stays closed for the number of days set
   * below, within this campaign year, until its style, link or text changes.
   */
  @property({ type: Boolean }) dismissible = false;

  /**
   * **Days it stays closed.** How many days the banner stays closed once a visitor has closed it: from 0 (until the
   * page is loaded again) to 3650.
   */
  @property({ attribute: 'remember-days' }) rememberDays: number = 30;

  /**
   * **Hide once the visitor has shared or donated.** Keeps the banner closed for the rest of the campaign year once
   * the visitor has shared the page or gone to donate, from any of the widgets on this site. Default: on for a sticky
   * bar and the takeover, off otherwise.
   */
  @property({ attribute: 'quiet-after-action' }) quietAfterAction?: BlueHeartQuietAfterAction;

  /**
   * **Show from.** The first day shown, from midnight in the time zone above (the visitor's by default): a date
   * (`YYYY-MM-DD`), or a month and a day for every year (`MM-DD`).
   */
  @property({ attribute: 'show-from' }) showFrom?: DateString;

  /**
   * **Show until.** The last day shown, until midnight at its end, in the time zone above (the visitor's by default):
   * a date (`YYYY-MM-DD`), or a month and a day for every year (`MM-DD`).
   */
  @property({ attribute: 'show-until' }) showUntil?: DateString;

  /**
   * **Figure on the Day.** The figure the takeover shows: the short name of one of the statistics card's built-in
   * figures, e.g. `glotip24_children_share`.
   */
  @property() figure: string = TAKEOVER_FIGURE;

  /**
   * **Donation page.** Where the takeover's donate link goes, e.g. your own donation page. Default: the UN trust fund's
   * page.
   */
  @property({ attribute: 'donate-href' }) donateHref?: HttpUrl;

  /**
   * Whether anything is showing: the takeover, or the banner inside its date window, not closed,
   * not remembered as dismissed, not quiet after the visitor acted.
   */
  get visible(): boolean {
    return this.#whatShows() !== 'none';
  }

  /** Whether the visitor closed the banner on this page view. */
  @state() private closed = false;

  /** Whether the visitor closed the takeover on this page view. */
  @state() private takeoverClosed = false;

  /** Where the link goes. */
  #target: LinkTarget = linkTarget(BLUE_HEART_URL);
  /** Where the takeover's donate link goes. */
  #donateTarget: LinkTarget = linkTarget(FUND_URL);
  #showFrom?: DaySpec;
  #showUntil?: DaySpec;
  /** What shows, as decided for this render. */
  #shown: BlueHeartVariant | 'none' = 'none';
  /** Whether the takeover was opened on this page view (it opens once), and whether that was remembered. */
  #takeoverOpened = false;
  #takeoverRemembered = false;
  /** Stops the clock's minute ticks, which a takeover follows to open when the Day begins. */
  #unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onDocumentKeydown);
    if (this.hasUpdated) this.#syncClock();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onDocumentKeydown);
    this.#syncClock();
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
    if (changed.has('quietAfterAction')) {
      // Written alone, as a boolean attribute, it is on.
      const bare = (this.quietAfterAction as string | undefined) === '';
      const fallback = 'the default (on for a sticky bar and the takeover)';
      const read = readAttribute(this, 'quiet-after-action', this.quietAfterAction, quietValueNamed, fallback);
      this.quietAfterAction = bare ? 'on' : read;
    }
    if (changed.has('fallbackVariant')) {
      this.fallbackVariant = pickEnum(this, 'fallback-variant', this.fallbackVariant, FALLBACK_VARIANTS, 'none');
    }
    if (changed.has('timeZone')) {
      this.timeZone = readAttribute(this, 'time-zone', this.timeZone, knownTimeZone, "the visitor's time zone");
    }
    if (changed.has('figure')) {
      const fallback = `"${TAKEOVER_FIGURE}"`;
      this.figure = readAttribute(this, 'figure', this.figure, builtInFigureId, fallback) ?? TAKEOVER_FIGURE;
    }
    if (changed.has('campaign')) {
      this.campaign = readAttribute(this, 'campaign', this.campaign, campaignCode, 'no campaign codes');
    }
    if (changed.has('href') || changed.has('campaign')) {
      const href = readAttribute(this, 'href', this.href, safeHttpUrl, 'the Blue Heart page', changed.has('href'));
      if (href === undefined) this.href = undefined;
      this.#target = linkTarget(withCodesForUnodc(href ?? BLUE_HEART_URL, this.campaign));
    }
    if (changed.has('donateHref') || changed.has('campaign')) {
      const href = readAttribute(
        this,
        'donate-href',
        this.donateHref,
        safeHttpUrl,
        FUND_PAGE,
        changed.has('donateHref'),
      );
      if (href === undefined) this.donateHref = undefined;
      this.#donateTarget = linkTarget(withCodesForUnodc(href ?? FUND_URL, this.campaign));
    }
    if (changed.has('rememberDays')) {
      this.rememberDays = readAttribute(this, 'remember-days', this.rememberDays, wholeNumberIn(0, 3650), '30') ?? 30;
    }
    if (changed.has('showFrom') || changed.has('showUntil')) {
      this.#readDateWindow(changed.has('showFrom'), changed.has('showUntil'));
    }
    this.#shown = this.#whatShows();
  }

  protected override updated(): void {
    this.#syncClock();
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog !== null && !this.#takeoverOpened) this.#openTakeover(dialog);
  }

  /** A sticky bar and a takeover render at once, wherever the tag is in the page. */
  protected override get rendersWhenNear(): boolean {
    const variant = typeof this.variant === 'string' ? this.variant.trim().toLowerCase() : this.variant;
    return this.position === 'static' && variant !== 'takeover';
  }

  /** The bar is a band in the campaign blue; the other variants are cards. */
  protected override get defaultAppearance(): Appearance {
    return this.#shown === 'bar' ? 'band' : 'card';
  }

  protected override wrapperClasses() {
    const closable = this.#closable && this.#shown !== 'takeover';
    return [this.#shown, closable ? 'closable' : ''];
  }

  /** The takeover's dialog shows the preview label itself: the wrapper is not drawn. */
  protected override get previewLabelInWrapper(): boolean {
    return this.#shown !== 'takeover';
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    switch (this.#shown) {
      case 'none':
        return nothing;
      case 'takeover':
        return this.#renderTakeover();
      default:
        return this.#renderBanner();
    }
  }

  #renderBanner(): TemplateResult {
    // On 30 July the banner speaks of the Day itself.
    const headline = isTheDay(this.#zone)
      ? todayHeadline()
      : msg('Blue Heart Campaign against Human Trafficking', { id: 'blue-heart.headline' });
    // The site's own words share the link's accessible name with the element's: isolated (core/bidi.ts).
    const ownCta = asTrimmedString(this.cta);
    const cta = ownCta === undefined ? msg('Learn more', { id: 'blue-heart.cta' }) : isolate(ownCta);
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

  /**
   * The Day's takeover: a modal dialog (opened in updated()) named by the Day's name. The
   * "Continue to the site" button has the focus first: `autofocus` is how a dialog chooses where
   * focus goes when it opens (HTML's dialog focusing steps), not a page taking the focus.
   */
  /* eslint-disable lit-a11y/no-autofocus */
  #renderTakeover(): TemplateResult {
    const locale = intlLocale(activeLocale());
    const { year } = dayState(now(), WORLD_DAY, this.#zone);
    const cta = asTrimmedString(this.cta) ?? msg('Learn more', { id: 'blue-heart.cta' });
    const donate = donateLabel();
    const donateName = this.donateHref === undefined ? fundLinkName(donate, this.#donateTarget.host) : undefined;
    return html`<dialog part="dialog" aria-labelledby="name" @close=${this.#onTakeoverClose}>
      <div class="takeover-content">
        ${renderPreviewLabel()}
        <svg part="heart" class="heart" viewBox="0 0 32 29" aria-hidden="true"><path d=${HEART_PATH} /></svg>
        <p part="date" class="date">${formatCalendarDate(locale, year, WORLD_DAY.month, WORLD_DAY.day)}</p>
        <h2 part="name" id="name">${dayName()}</h2>
        ${renderYearTheme(year)} ${this.#renderFigure(locale)}
        <slot></slot>
        <div class="actions">
          ${renderLink(this.#donateTarget, donate, {
            part: 'donate',
            label: donate,
            name: this.#donateTarget.external ? donateName : undefined,
            onClick: this.#onDonateClick,
          })}
          ${renderLink(this.#target, cta, { part: 'cta', label: cta })}
        </div>
        <button part="continue" type="button" autofocus @click=${this.#onContinueClick}>
          ${msg('Continue to the site', { id: 'blue-heart.continue' })}
        </button>
      </div>
    </dialog>`;
  }
  /* eslint-enable lit-a11y/no-autofocus */

  /** "38 % of detected victims were children", with its year and source (linked, with any campaign codes). */
  #renderFigure(locale: string): TemplateResult | typeof nothing {
    const figure = builtInFigure(this.figure);
    if (figure === undefined) return nothing;
    const link = linkTarget(withCodesForUnodc(figure.link.href, this.campaign));
    const label = shownLabel(figure.label);
    return html`<div part="figure" class="figure">
      <p><strong class="value">${formatFigure(figure, figure.value, locale)}</strong> ${label.text}</p>
      ${renderSource({ ...figure, link }, locale)}
    </div>`;
  }

  #renderCloseButton(): TemplateResult {
    const name = msg('Close the Blue Heart Campaign banner', { id: 'blue-heart.close' });
    return html`<button part="close" type="button" aria-label=${name} @click=${this.#onCloseClick}>
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d=${CROSS_PATH} /></svg>
    </button>`;
  }

  /**
   * What shows now: nothing outside the date window; the takeover when it is due; else the
   * banner (a takeover's fallback) unless it was closed, is quiet after the visitor acted or
   * was dismissed earlier.
   */
  #whatShows(): BlueHeartVariant | 'none' {
    const time = now();
    if (!inWindow(time, this.#showFrom, this.#showUntil, this.#zone)) return 'none';
    const variant = this.variant ?? this.#positionVariant;
    if (variant === 'takeover' && this.#takeoverDue(time)) return 'takeover';
    const banner = variant === 'takeover' ? this.fallbackVariant : variant;
    if (banner === 'none' || this.closed) return 'none';
    if (this.#quietAfterAction && hasActed()) return 'none';
    return this.dismissible && this.#rememberedAsDismissed(time) ? 'none' : banner;
  }

  /**
   * Whether the takeover shows: on the Day in the element's zone, until the visitor closes it.
   * Before it opens: not if it was seen earlier on the Day, nor when it is quiet after the
   * visitor acted.
   */
  #takeoverDue(time: number): boolean {
    const day = dayState(time, WORLD_DAY, this.#zone);
    if (day.kind !== 'day' || this.takeoverClosed) return false;
    if (this.#takeoverOpened) return true;
    if (this.#quietAfterAction && hasActed()) return false;
    return rememberedAt(`${TAKEOVER_KEY}${day.year}`, this.#fingerprint) === undefined;
  }

  /** The variant when none is given: a bar for a sticky banner, else inline. */
  get #positionVariant(): BlueHeartVariant {
    return this.position === 'static' ? 'inline' : 'bar';
  }

  get #quietAfterAction(): boolean {
    if (this.quietAfterAction !== undefined) return this.quietAfterAction === 'on';
    return this.position !== 'static' || this.variant === 'takeover';
  }

  get #zone(): string {
    return this.timeZone ?? VISITOR_ZONE;
  }

  /** A sticky bar can always be closed, for this page view at least. */
  get #closable(): boolean {
    return this.dismissible || this.position !== 'static';
  }

  /** Whether this campaign year's stored dismissal is of this content, and younger than `remember-days`. */
  #rememberedAsDismissed(time: number): boolean {
    const at = rememberedAt(`${DISMISSED_KEY}${campaignYear(time)}`, this.#fingerprint);
    return at !== undefined && time >= at && time < at + this.rememberDays * DAY_MS;
  }

  /** What a dismissal (or a takeover seen) is of: the variant, the links, the figure and the texts the site gave. */
  get #fingerprint(): string {
    const text = this.textContent?.replace(/\s+/g, ' ').trim();
    const variant = this.variant ?? this.#positionVariant;
    return fingerprint([variant, this.href, this.cta, this.donateHref, this.figure, text]);
  }

  /** A takeover follows the shared clock, minute by minute, until it is closed: it opens when the Day begins. */
  #syncClock(): void {
    const following = this.isConnected && this.variant === 'takeover' && !this.takeoverClosed;
    if (following && this.#unsubscribe === undefined) {
      this.#unsubscribe = subscribe(() => this.requestUpdate(), 'minute');
    } else if (!following && this.#unsubscribe !== undefined) {
      this.#unsubscribe();
      this.#unsubscribe = undefined;
    }
  }

  /**
   * Opens the takeover over the page (the page behind it is inert), once per page view, and
   * remembers that the visitor has seen it on this Day. A browser that cannot show it gets the
   * fallback instead.
   */
  #openTakeover(dialog: HTMLDialogElement): void {
    this.#takeoverOpened = true;
    try {
      dialog.showModal();
    } catch {
      this.takeoverClosed = true;
      return;
    }
    const { year } = dayState(now(), WORLD_DAY, this.#zone);
    this.#takeoverRemembered = remember(`${TAKEOVER_KEY}${year}`, this.#fingerprint);
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

  /**
   * Closes the banner for this page view first, so that closing works whatever storage does; then
   * remembers the dismissal when the banner is dismissible.
   */
  #close(): void {
    this.closed = true;
    const year = campaignYear();
    let remembered = false;
    if (this.dismissible) {
      // The previous campaign year's dismissal is of no use any more.
      storageRemove(`${DISMISSED_KEY}${year - 1}`);
      if (this.rememberDays > 0) remembered = remember(`${DISMISSED_KEY}${year}`, this.#fingerprint);
    }
    this.dispatchEvent(new DismissedEvent({ year, remembered }));
  }

  async #onCloseClick(): Promise<void> {
    // Focus was on the close button, which goes away: it moves on to where the visitor was going.
    const next = this.shadowRoot?.activeElement ? this.#neighbour() : undefined;
    this.#close();
    await this.updateComplete;
    next?.focus();
  }

  /** The dialog closed (its button, Escape): the page is the visitor's again, and focus goes back where it was. */
  #onTakeoverClose(): void {
    this.takeoverClosed = true;
    const { year } = dayState(now(), WORLD_DAY, this.#zone);
    this.dispatchEvent(new DismissedEvent({ year, remembered: this.#takeoverRemembered }));
  }

  #onContinueClick(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  /** The takeover's donate link: the same event as the donate button's, and the campaign is marked as acted. */
  #onDonateClick(event: MouseEvent): void {
    const donate = new DonateEvent({ href: this.#donateTarget.href, amount: null, currency: DEFAULT_CURRENCY });
    this.dispatchEvent(donate);
    if (donate.defaultPrevented) event.preventDefault();
    else markActed();
  }

  /**
   * Escape closes a sticky bar, as visitors expect of something that covers part of the page
   * (and a keyboard user whose focus it hides needs). Not an Escape a page's script has handled,
   * nor one in a dialog, which closes the dialog.
   */
  #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || this.position === 'static' || !this.visible) return;
    if (event.composedPath().some((node) => node instanceof HTMLDialogElement)) return;
    this.#close();
  };

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
 * Whether `now` falls in [from, until] (whole days, inclusive) in a zone (default: the visitor's).
 * A bound written MM-DD repeats every year; two yearly bounds with from > until wrap across New Year.
 */
export function inWindow(now: number, from?: DaySpec, until?: DaySpec, zone: string = VISITOR_ZONE): boolean {
  const today = wallTime(now, zone);
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

/** `on` or `off`, written in any case. */
function quietValueNamed(text: string): BlueHeartQuietAfterAction | undefined {
  return QUIET_AFTER_ACTION.find((value) => value === text.toLowerCase());
}

/** The id of one of the statistics card's built-in figures. */
function builtInFigureId(text: string): string | undefined {
  return FIGURES.some((figure) => figure.id === text) ? text : undefined;
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
