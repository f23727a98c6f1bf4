import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { activeLocale, directionOf } from '../../core/locale.js';
import { WORLD_DAY, dayState, parseDaySpec, visitorTimeZone, wallTime, type DaySpec } from '../../core/calendar.js';
import { linkInfo, opensInNewTab } from '../../core/link.js';
import { storageGet, storageRemove, storageSet } from '../../core/storage.js';
import { baseStyles, THEMES, type Theme } from '../../core/styles.js';
import { safeHttpUrl } from '../../core/url.js';
import { readAttr } from '../../core/attr.js';
import { asTrimmedString, pickEnum, warnAttr } from '../../core/warn.js';
import { EndhtElement } from '../../core/element.js';
import { BLUE_HEART_URL, HEART_PATH } from '../../data/blue-heart.js';
import { blueHeartStyles } from './blue-heart.styles.js';

const TAG = 'endht-blue-heart';
export const VARIANTS = ['inline', 'card', 'bar'] as const;
export const POSITIONS = ['static', 'top', 'bottom'] as const;
export type Variant = (typeof VARIANTS)[number];
export type Position = (typeof POSITIONS)[number];

/** localStorage key prefix; the key ends with the campaign year: `endht-blue-heart:dismissed:2027`. */
export const STORAGE_KEY = 'endht-blue-heart:dismissed:';

/** The campaign year: the year of the World Day now coming (or today), in the visitor's zone. From 31 July it is next year's. */
export function campaignYear(now: number): number {
  return dayState(now, WORLD_DAY, visitorTimeZone()).year;
}

/** A date as a comparable number: YYYYMMDD, or MMDD for a yearly date. */
const ordinal = (d: DaySpec) => (d.year ?? 0) * 10_000 + d.month * 100 + d.day;

/**
 * Whether `now` falls in [from, until] (whole days, inclusive) in the visitor's zone. A bound
 * written MM-DD repeats every year; two yearly bounds with from > until wrap across New Year.
 */
export function inWindow(now: number, from?: DaySpec, until?: DaySpec): boolean {
  const w = wallTime(now, visitorTimeZone());
  // Today minus the bound (compared as MMDD for a yearly bound).
  const since = (d: DaySpec) => (d.year ? w.year * 10_000 : 0) + w.month * 100 + w.day - ordinal(d);
  const started = !from || since(from) >= 0;
  const ongoing = !until || since(until) <= 0;
  return from && until && !from.year && !until.year && ordinal(from) > ordinal(until)
    ? started || ongoing
    : started && ongoing;
}

/** Fired when the visitor closes the banner. */
export class DismissedEvent extends Event {
  static readonly eventName = 'endht-dismissed' as const;
  /** The campaign year the dismissal applies to (the year of the coming 30 July). */
  readonly year: number;
  /** Whether the dismissal was stored (false: `remember-days="0"`, not `dismissible`, or storage unavailable). */
  readonly remembered: boolean;
  constructor(year: number, remembered: boolean) {
    super('endht-dismissed', { bubbles: true, composed: true });
    this.year = year;
    this.remembered = remembered;
  }
}

/**
 * A Blue Heart Campaign banner: a heart drawn for this project, a headline and one line about
 * the campaign, and a link to the UNODC Blue Heart page. Inline, card or bar; optionally a
 * sticky bar at the top or bottom of the page; optionally dismissible (remembered per campaign
 * year) and limited to a date window so a forgotten embed expires by itself.
 *
 * @summary Blue Heart Campaign banner (inline, card or sticky bar).
 * @tag endht-blue-heart
 *
 * @fires {DismissedEvent} endht-dismissed - The visitor closed the banner. `year` (campaign year) and `remembered` on the event. Bubbles, composed, not cancelable.
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

  /** `inline` (default; `bar` when `position` is top or bottom), `card` or `bar`. */
  @property() variant?: string | null;

  /** `static` (default), `top` or `bottom`: a sticky bar, which always has a close button. Reflected (the host is what sticks). */
  @property({ reflect: true, converter: { toAttribute: (v: unknown) => asTrimmedString(v) ?? null } }) position?:
    string | null;

  /** Call-to-action link (http/https). Default: the UNODC Blue Heart page. */
  @property() href?: string | null;

  /** Call-to-action text (plain text). Default: "Learn more", localized. */
  @property() cta?: string | null;

  /** `light` (default) or `dark`. */
  @property() theme?: string | null;

  /** Shows a close button; closing is remembered for `remember-days` in this campaign year. */
  @property({ type: Boolean }) dismissible = false;

  /** Days a dismissal is remembered (whole number 0–3650; default 30; 0 = only for this page view). */
  @property({ attribute: 'remember-days' }) rememberDays?: string | number | null;

  /** First day shown, `YYYY-MM-DD` (or `MM-DD` every year), from 00:00 in the visitor's zone. */
  @property({ attribute: 'show-from' }) showFrom?: string | null;

  /** Last day shown, `YYYY-MM-DD` (or `MM-DD` every year), until 24:00 in the visitor's zone. */
  @property({ attribute: 'show-until' }) showUntil?: string | null;

  #variant: Variant = 'inline';
  #position: Position = 'static';
  #theme: Theme = 'light';
  #href = BLUE_HEART_URL;
  #link!: { host: string; external: boolean };
  #days = 30;
  #from?: DaySpec;
  #until?: DaySpec;
  /** When the visitor dismissed the banner (epoch ms; NaN if never), as read from storage on connect. */
  #dismissedAt = NaN;
  #closed?: boolean;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#dismissedAt = Number(storageGet(STORAGE_KEY + campaignYear(Date.now())));
  }

  /** Whether the banner is showing (inside its date window, not closed, not remembered as dismissed). */
  get visible(): boolean {
    const now = Date.now();
    const at = this.#dismissedAt;
    return (
      !this.#closed &&
      inWindow(now, this.#from, this.#until) &&
      !(this.dismissible && now >= at && now < at + this.#days * 86_400_000)
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant') || changed.has('position')) {
      this.#position = pickEnum(TAG, 'position', this.position, POSITIONS, 'static');
      if (changed.has('variant') || asTrimmedString(this.variant) === undefined) {
        this.#variant = pickEnum(
          TAG,
          'variant',
          this.variant,
          VARIANTS,
          this.#position === 'static' ? 'inline' : 'bar',
        );
      }
    }
    if (changed.has('theme')) this.#theme = pickEnum(TAG, 'theme', this.theme, THEMES, 'light');
    if (changed.has('href'))
      this.#href = readAttr(TAG, 'href', this.href, safeHttpUrl, 'the Blue Heart page') ?? BLUE_HEART_URL;
    this.#link = linkInfo(this.#href);
    if (changed.has('rememberDays')) {
      this.#days =
        readAttr(
          TAG,
          'remember-days',
          this.rememberDays,
          (raw) => (/^\d{1,4}$/.test(raw) && +raw <= 3650 ? +raw : undefined),
          '30',
        ) ?? 30;
    }
    if (changed.has('showFrom') || changed.has('showUntil')) {
      const from = (this.#from = readAttr(
        TAG,
        'show-from',
        this.showFrom,
        parseDaySpec,
        'no start date',
        changed.has('showFrom'),
      ));
      const until = readAttr(TAG, 'show-until', this.showUntil, parseDaySpec, 'no end date', changed.has('showUntil'));
      const backwards = from?.year && until?.year && ordinal(until) < ordinal(from);
      if (backwards) warnAttr(TAG, 'show-until', this.showUntil, 'no end date (it is before show-from)');
      this.#until = backwards ? undefined : until;
    }
  }

  override render() {
    if (!this.visible) return nothing;
    const lang = activeLocale();
    const closable = this.dismissible || this.#position !== 'static';
    const cta = asTrimmedString(this.cta) ?? msg('Learn more', { id: 'blue-heart.cta' });
    const { host, external } = this.#link;
    // Template text ships as written: no whitespace between tags (.base is a flex box).
    return html`<div
      part="base"
      class="base theme-${this.#theme} ${this.#variant} ${closable ? 'closable' : ''}"
      lang=${lang}
      dir=${directionOf(lang)}
    >
      <svg part="heart" class="heart" viewBox="0 0 32 29" aria-hidden="true"><path d=${HEART_PATH} /></svg>
      <div class="body">
        <p part="headline" id="headline">
          ${msg('Blue Heart Campaign against Human Trafficking', { id: 'blue-heart.headline' })}
        </p>
        <p part="text" class="text">
          ${msg(
            'Wear the Blue Heart in solidarity with victims of human trafficking. All proceeds of the global campaign go to the UN Voluntary Trust Fund for Victims of Trafficking in Persons.',
            { id: 'blue-heart.text' },
          )}
        </p>
      </div>
      <a
        part="cta"
        href=${this.#href}
        target=${external ? '_blank' : nothing}
        rel=${external ? 'noopener noreferrer' : nothing}
        aria-label=${external ? opensInNewTab(cta, host) : nothing}
        aria-describedby="headline"
        >${cta}</a
      >${
        closable
          ? html`<button
              part="close"
              type="button"
              @click=${this.#close}
              aria-label=${msg('Close the Blue Heart Campaign banner', { id: 'blue-heart.close' })}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 3l10 10M13 3 3 13" /></svg>
            </button>`
          : nothing
      }
    </div>`;
  }

  async #close(): Promise<void> {
    // Focus was on the close button, which goes away: continue where the visitor was going.
    const next = this.shadowRoot?.activeElement && this.#neighbour();
    const now = Date.now();
    const year = campaignYear(now);
    let remembered = false;
    if (this.dismissible) {
      storageRemove(STORAGE_KEY + (year - 1));
      remembered = this.#days > 0 && storageSet(STORAGE_KEY + year, '' + now);
    }
    this.#closed = true;
    this.requestUpdate();
    this.dispatchEvent(new DismissedEvent(year, remembered));
    await this.updateComplete;
    next?.focus();
  }

  /** The next focusable element after the banner in its tree (else the previous one). */
  #neighbour(): HTMLElement | undefined {
    const all = [...(this.getRootNode() as ParentNode).querySelectorAll<HTMLElement>('*')].filter(
      (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && !this.contains(e) && e.getClientRects().length,
    );
    const after = (e: Node) => this.compareDocumentPosition(e) & 4; // Node.DOCUMENT_POSITION_FOLLOWING
    return all.find(after) ?? all.findLast((e) => !after(e));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-blue-heart': EndhtBlueHeart;
  }
  interface GlobalEventHandlersEventMap {
    'endht-dismissed': DismissedEvent;
  }
}
