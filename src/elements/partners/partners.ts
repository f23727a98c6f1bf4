import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import {
  asTrimmedString,
  capList,
  pickEnum,
  readAttribute,
  shownValue,
  warnAttribute,
  warnProblems,
  wholeNumberIn,
  type Reporter,
} from '../../core/attributes.js';
import { EndhtElement } from '../../core/element.js';
import { linkTarget } from '../../core/link.js';
import { activeLocale } from '../../core/locale.js';
import { baseStyles } from '../../core/styles.js';
import { safeHttpUrl, type HttpUrl } from '../../core/url.js';
import { ORGANISATIONS, organisationName } from '../../data/partners.js';
import { collapseSpace, partnerFromLink, type PartnerLink } from './naming.js';
import { partnersStyles } from './partners.styles.js';
import { balancedRows, ROW_LIMITS, type Rows } from './rows.js';

export const LAYOUTS = ['strip', 'grid', 'marquee'] as const;
export type PartnersLayout = (typeof LAYOUTS)[number];

/**
 * The most partners shown: a national network or a coalition names a few dozen. (A marquee of 40
 * takes 160 s to go round.)
 */
export const MAX_PARTNERS = 40;

/** A site's own partner, for the `partners` property. */
export interface Partner {
  /** The partner's name: the link text, or the logo's text alternative. */
  name: string;
  /** Its site (http or https). */
  href: HttpUrl;
  /** A logo image URL (http or https), shown instead of the name. */
  logo?: HttpUrl;
}

/** One partner as the list shows it. */
interface Item {
  href: string;
  name: string;
  /** The short name ("UNHCR"), shown large above the full name. */
  short?: string;
  logo?: string;
  /** The language of the names (the default organisations only). */
  lang?: string;
}

/** A site's partner as given (an entry of `partners`, or a child link), before it is checked. */
interface PartnerEntry {
  href: unknown;
  /** Its name; empty when it has none. */
  name: string;
  /** How a warning names the entry: "partners[2]." or "link 3 ". */
  at: string;
  /** What is wrong with its name, if anything: "name=undefined is empty", "<img> has no alt". */
  nameProblem?: string;
  /** Its logo, if it has one: the URL as given, and what a warning calls it ("logo", "<img> src"). */
  logo?: { url: unknown; called: string };
}

const PLAY_ICON = 'M4 2.5v11l9-5.5z';
const PAUSE_ICON = 'M3.5 2.5h3v11h-3zm6 0h3v11h-3z';

/**
 * A strip of organisations working against trafficking in persons. By default: the
 * organisations named for the World Day (UNODC, ICAT, UNHCR, ILO, IOM, UNICEF, OHCHR, UN Women,
 * INTERPOL, ICAO and the UN Voluntary Trust Fund) as text wordmarks — short name and full
 * official name in the page's language — linking to their sites. No logo is bundled. A site
 * lists its own partners as child links (with text or a logo `<img alt>`), which are also the
 * rendering without JavaScript, or through the `partners` property.
 *
 * @summary Partner strip: the organisations behind the Day, or a site's own partners.
 * @tag endht-partners
 *
 * @slot - Child `<a href>` elements (text or an `<img alt>` inside, in any markup such as a
 *   `<ul>`): the site's own partners, the first 40 of them. Shown as they are before the element is
 *   defined or without JavaScript; read (not slotted) after.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart list - The list of partners (`role="list"`). In the marquee, both copies.
 * @csspart item - One list item.
 * @csspart link - A partner's link.
 * @csspart short - The short name of an organisation ("UNHCR").
 * @csspart name - The full name, or the name of a partner without a short name.
 * @csspart logo - A partner's logo image.
 * @csspart viewport - The marquee's visible window.
 * @csspart toggle - The marquee's pause/play button.
 *
 * @cssproperty [--endht-accent=#00689d] - Accent colour: short names, focus (dark theme: #7fcaf2).
 * @cssproperty [--endht-heart=#009edb] - Decorative UN blue (borders).
 * @cssproperty [--endht-text=#1a2b3c] - Text colour (dark theme: #e8f1f8).
 * @cssproperty [--endht-surface=#fff] - Background (dark theme: #0d1b26).
 * @cssproperty [--endht-radius=12px] - Corner radius.
 * @cssproperty [--endht-font=inherit] - Font family.
 * @cssproperty [--endht-logo-height=2.5em] - Height of partner logos.
 * @cssproperty [--endht-marquee-duration] - Time of one full loop of the marquee (default 4 s per partner).
 */
export class EndhtPartners extends EndhtElement {
  static override styles = [baseStyles, partnersStyles];

  /**
   * **Layout.** Balanced rows of equal tiles, a shorter row centred; the same rows, a shorter row at the start; or a
   * row that scrolls by itself.
   */
  @property() layout: PartnersLayout = 'strip';

  /**
   * **Heading.** The heading, as plain text. Default: "Together against trafficking in persons", or "Partners" for a
   * site's own list.
   */
  @property() heading?: string;

  /** **Hide the heading.** Hides the heading (screen readers still announce the list by it). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** **Heading level.** The level of the heading in the page's outline, 1 to 6. */
  @property({ attribute: 'heading-level' }) headingLevel: number = 2;

  /** A site's own partners. They take precedence over the child links. The first 40 are shown. */
  @property({ attribute: false }) partners?: Partner[];

  /** Whether the visitor paused the marquee. */
  @state() private paused = false;

  /** The child links, read from the light DOM. Equal links are no change: no new render, no repeated warning. */
  @state({ hasChanged: (links, before) => JSON.stringify(links) !== JSON.stringify(before) })
  private childLinks: PartnerLink[] = [];

  /** The site's own partners, checked; undefined when it has none (the default organisations are shown). */
  #ownPartners?: Item[];
  #observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readChildLinks();
    if (typeof MutationObserver === 'function') {
      this.#observer = new MutationObserver(() => this.#readChildLinks());
      this.#observer.observe(this, {
        childList: true,
        subtree: true,
        characterData: true,
        attributeFilter: ['href', 'src', 'alt', 'aria-label', 'title'],
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout')) {
      this.layout = pickEnum(this, 'layout', this.layout, LAYOUTS, 'strip');
    }
    if (changed.has('headingLevel')) {
      this.headingLevel = readAttribute(this, 'heading-level', this.headingLevel, wholeNumberIn(1, 6), '2') ?? 2;
    }
    // (A private state is not a key of `this` for TypeScript, hence the cast.)
    if (changed.has('partners') || changed.has('childLinks' as keyof EndhtPartners)) {
      this.#ownPartners = this.#checkedOwnPartners();
    }
  }

  protected override updated(): void {
    // The marquee's speed follows the number of partners, and the columns of the strip and the
    // grid follow it too (rows.ts). Set through the CSSOM, not a style attribute, so a page with
    // a strict Content Security Policy allows it; once per render.
    const count = this.#itemCount();
    this.renderRoot.querySelector<HTMLElement>('.track')?.style.setProperty('--_n', String(count));
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    for (const limit of ROW_LIMITS) {
      list?.style.setProperty(`--_columns-${limit}`, String(balancedRows(count, limit).columns));
    }
  }

  protected override wrapperClasses() {
    return [this.layout];
  }

  protected override renderContent(): TemplateResult {
    const items = this.#ownPartners ?? defaultItems();
    const heading = this.#headingText();
    if (this.layout === 'marquee') {
      return html`
        <div class="bar">${this.#renderHeading(heading)} ${this.#renderToggle()}</div>
        <div part="viewport" class="viewport" @focusin=${this.#onMarqueeFocusIn}>
          <div class=${this.paused ? 'track paused' : 'track'}>
            ${this.#renderList(items, heading, false)} ${this.#renderList(items, heading, true)}
          </div>
        </div>
      `;
    }
    return html`
      ${this.noHeading ? nothing : html`<div class="bar">${this.#renderHeading(heading)}</div>`}
      ${this.#renderList(items, heading, false)}
    `;
  }

  /** The number of partners shown. */
  #itemCount(): number {
    return this.#ownPartners?.length ?? ORGANISATIONS.length;
  }

  /** The heading's text, which also names the list. */
  #headingText(): string {
    const given = asTrimmedString(this.heading);
    if (given !== undefined) return given;
    if (this.#ownPartners !== undefined) return msg('Partners', { id: 'partners.heading' });
    return msg('Together against trafficking in persons', { id: 'partners.heading.default' });
  }

  #renderHeading(heading: string): TemplateResult | typeof nothing {
    if (this.noHeading) return nothing;
    return html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${this.headingLevel}>
      ${heading}
    </div>`;
  }

  /** The marquee's pause/play button. */
  #renderToggle(): TemplateResult {
    const paused = this.paused;
    return html`<button part="toggle" class="toggle" type="button" @click=${this.#onToggleClick}>
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d=${paused ? PLAY_ICON : PAUSE_ICON} /></svg>
      ${paused ? msg('Play', { id: 'partners.play' }) : msg('Pause', { id: 'partners.pause' })}
    </button>`;
  }

  /**
   * The list of partners, named by the heading (or, without one, by its text). `copy` is the
   * marquee's second copy: hidden from assistive technology and out of the tab order.
   * role="list": Safari drops the list role of a <ul> without list markers.
   */
  /* eslint-disable lit-a11y/no-redundant-role */
  #renderList(items: readonly Item[], heading: string, copy: boolean): TemplateResult {
    const labelledByHeading = !copy && !this.noHeading;
    const labelled = !copy && this.noHeading;
    const rows = ROW_LIMITS.map((limit) => ({ limit, ...balancedRows(items.length, limit) }));
    return html`<ul
      part="list"
      class=${copy ? 'list copy' : 'list'}
      role="list"
      aria-labelledby=${labelledByHeading ? 'heading' : nothing}
      aria-label=${labelled ? heading : nothing}
      aria-hidden=${copy ? 'true' : nothing}
      ?inert=${copy}
    >
      ${items.map((item, index) => this.#renderItem(item, copy, rowStartClasses(index, rows)))}
    </ul>`;
  }

  /* eslint-enable lit-a11y/no-redundant-role */

  #renderItem(item: Item, copy: boolean, rowStarts: string): TemplateResult {
    return html`<li part="item" class=${`item${rowStarts}`}>
      <a part="link" href=${item.href} target="_blank" rel="noopener noreferrer" tabindex=${copy ? '-1' : nothing}>
        ${item.logo === undefined ? this.#renderNames(item) : renderLogo(item.logo, item.name)}
        <span class="visually-hidden">${msg('(opens in a new tab)', { id: 'partners.new-tab' })}</span>
      </a>
    </li>`;
  }

  /**
   * The short name (where there is one) above the full name, each marked with its language
   * where that is not the page's.
   */
  #renderNames(item: Item): TemplateResult {
    const lang = item.lang !== undefined && item.lang !== activeLocale() ? item.lang : nothing;
    const short =
      item.short === undefined ? nothing : html`<span part="short" class="short" lang=${lang}>${item.short}</span>`;
    const nameClasses = item.short === undefined ? 'name solo' : 'name';
    return html`
      ${short}
      <span part="name" class=${nameClasses} lang=${lang}>${item.name}</span>
    `;
  }

  #onToggleClick(): void {
    this.paused = !this.paused;
  }

  /**
   * A partner that takes focus in the marquee is brought fully into its window (WCAG 2.4.11,
   * Focus Not Obscured): the animation, which pauses while focus is inside (see the styles), is
   * moved back or on by the time the track takes to cover the hidden part of the tile. The
   * browser may have scrolled the window itself to show the link; that scroll is undone, as the
   * loop assumes an unscrolled window.
   */
  #onMarqueeFocusIn(event: FocusEvent): void {
    const viewport = event.currentTarget as HTMLElement;
    const track = viewport.querySelector<HTMLElement>('.track');
    // Without animation (reduced motion), the visitor scrolls the row: the browser shows the link.
    const [animation] = typeof track?.getAnimations === 'function' ? track.getAnimations() : [];
    if (track === null || animation === undefined || !(event.target instanceof Element)) return;
    viewport.scrollLeft = 0;
    const shift = shiftIntoView(event.target.getBoundingClientRect(), viewport.getBoundingClientRect());
    const duration = Number(animation.effect?.getComputedTiming().duration);
    const loopWidth = track.getBoundingClientRect().width / 2;
    if (shift === 0 || !(duration > 0) || !(loopWidth > 0)) return;
    // The track moves to the left in a left-to-right language (to the right otherwise): moving
    // it to the right there is going back in time.
    const towards = getComputedStyle(track).direction === 'rtl' ? 1 : -1;
    const time = Number(animation.currentTime);
    const intoLoop = time % duration;
    const moved = intoLoop + (towards * shift * duration) / loopWidth;
    animation.currentTime = time - intoLoop + Math.min(Math.max(moved, 0), duration);
  }

  /** Reads the child links (the rule is in naming.ts). */
  #readChildLinks(): void {
    const links = [...this.querySelectorAll('a[href]')];
    this.childLinks = links.map((link) => partnerFromLink(link, link.querySelector('img')));
  }

  /**
   * The site's own partners: the `partners` property, else the child links; each checked, with
   * one warning for all the problems of either. Undefined when neither gives a usable partner.
   */
  #checkedOwnPartners(): Item[] | undefined {
    const given: unknown = this.partners;
    if (Array.isArray(given)) {
      const entries: PartnerEntry[] = [];
      // forEach, not for…of: the holes of a sparse array are skipped.
      given.forEach((entry: unknown, index) => entries.push(propertyEntry(entry, index)));
      const fromProperty = checkPartners(this, 'partners', entries);
      if (fromProperty !== undefined) return fromProperty;
    } else if (given !== undefined && given !== null) {
      warnAttribute(this, 'partners', given, 'the child links or the default organisations');
      this.partners = undefined;
    }
    return checkPartners(this, 'child links', this.childLinks.map(childLinkEntry));
  }
}

/**
 * The organisations named for the Day, in the active locale, all named the same way: with their
 * short names where every organisation has one in that language, else by their full names alone
 * (a tile with an acronym beside a tile with a long name reads as two kinds of partner).
 */
function defaultItems(): Item[] {
  const items = ORGANISATIONS.map((organisation) => ({ href: organisation.href, ...organisationName(organisation) }));
  if (items.every((item) => item.short !== undefined)) return items;
  return items.map((item) => ({ ...item, short: undefined }));
}

/**
 * The classes that mark a tile as the first of a row holding one tile fewer, for each limit of
 * tiles to a row (" starts-3" when it begins such a row with at most 3 to a row), so that the
 * styles can start that row where it is centred.
 */
function rowStartClasses(index: number, rows: ReadonlyArray<Rows & { limit: number }>): string {
  let classes = '';
  for (const { limit, shortRowStarts } of rows) {
    if (shortRowStarts.includes(index)) classes += ` starts-${limit}`;
  }
  return classes;
}

/** Room kept around a focused tile for its focus ring, in pixels. */
const FOCUS_RING_ROOM = 4;

/**
 * How far a tile must move to the right (a negative number: to the left) to lie fully inside
 * the window, with room for its focus ring; 0 when it already does.
 */
function shiftIntoView(tile: DOMRect, visible: DOMRect): number {
  const hiddenAtLeft = visible.left + FOCUS_RING_ROOM - tile.left;
  const hiddenAtRight = tile.right - (visible.right - FOCUS_RING_ROOM);
  if (hiddenAtLeft > 0) return hiddenAtLeft;
  if (hiddenAtRight > 0) return -hiddenAtRight;
  return 0;
}

function renderLogo(src: string, name: string): TemplateResult {
  return html`<img part="logo" class="logo" src=${src} alt=${name} loading="lazy" decoding="async" />`;
}

/** An entry of the `partners` property, which may hold anything a page assigned. */
function propertyEntry(entry: unknown, index: number): PartnerEntry {
  const fields = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  const name = collapseSpace(fields.name);
  const hasLogo = fields.logo !== undefined && fields.logo !== null && fields.logo !== '';
  return {
    href: fields.href,
    name,
    at: `partners[${index}].`,
    nameProblem: name === '' ? `name=${shownValue(fields.name)} is empty` : undefined,
    logo: hasLogo ? { url: fields.logo, called: 'logo' } : undefined,
  };
}

function childLinkEntry(link: PartnerLink, index: number): PartnerEntry {
  return {
    href: link.href,
    name: link.name,
    at: `link ${index + 1} `,
    nameProblem: link.logoWithoutAlt ? '<img> has no alt' : undefined,
    logo: link.logo === undefined ? undefined : { url: link.logo, called: '<img> src' },
  };
}

/**
 * The usable partners among the first MAX_PARTNERS entries of a list (the others are not read),
 * with one warning for all their problems: an entry whose link is not http(s) is left out; one
 * without a name is named by its link's host; a logo that is not http(s) is dropped (the name is
 * shown). Only a list without such problems is warned about its length. Undefined when no entry
 * is usable.
 */
function checkPartners(element: Reporter, attribute: string, entries: readonly PartnerEntry[]): Item[] | undefined {
  const items: Item[] = [];
  const problems: string[] = [];
  for (const entry of entries.slice(0, MAX_PARTNERS)) {
    const href = safeHttpUrl(entry.href);
    if (href === undefined) {
      const problem = 'is not an http(s) URL (no link: the partner is left out)';
      problems.push(`${entry.at}href=${shownValue(entry.href)} ${problem}`);
      continue;
    }
    const name = entry.name !== '' ? entry.name : linkTarget(href).host;
    if (entry.nameProblem !== undefined) problems.push(`${entry.at}${entry.nameProblem} (using "${name}")`);
    const logo = entry.logo === undefined ? undefined : safeHttpUrl(entry.logo.url);
    if (entry.logo !== undefined && logo === undefined) {
      const problem = 'is not an http(s) URL (using the name as text)';
      problems.push(`${entry.at}${entry.logo.called}=${shownValue(entry.logo.url)} ${problem}`);
    }
    items.push({ href, name, logo });
  }
  warnProblems(element, attribute, problems);
  // The warning about the entries left out, when the list has had no other.
  capList(element, attribute, entries, MAX_PARTNERS, problems.length === 0);
  return items.length > 0 ? items : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-partners': EndhtPartners;
  }
}
