import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { activeLocale, directionOf } from '../../core/locale.js';
import { baseStyles, THEMES, type Theme } from '../../core/styles.js';
import { safeHttpUrl } from '../../core/url.js';
import { asTrimmedString, pickEnum, shownValue, warnAttr, warnProblems } from '../../core/warn.js';
import { VERSION } from '../../core/version.js';
import { ORGANISATIONS, organisationName } from '../../data/partners.js';
import { partnersStyles } from './partners.styles.js';

const TAG = 'endht-partners';
export const LAYOUTS = ['strip', 'grid', 'marquee'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** A site's own partner, for the `partners` property. */
export interface Partner {
  /** The partner's name: the link text, or the logo's text alternative. */
  name: string;
  /** Its site (http or https). */
  href: string;
  /** A logo image URL (http or https), shown instead of the name. */
  logo?: string;
}

interface Item {
  href: string;
  name: string;
  short?: string;
  logo?: string;
  /** Language of the names, when it differs from the page's (a fallback to English). */
  lang?: string;
}

/** What a child <a href> says, read from the light DOM. */
interface ChildLink {
  href: string;
  text: string;
  label: string;
  img: boolean;
  src?: string;
  alt?: string;
}

const LEFT_OUT = 'no link: the partner is left out';
const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

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
 *   `<ul>`): the site's own partners. Shown as they are before the element is defined or without
 *   JavaScript; read (not slotted) after.
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
 * @cssproperty [--endht-surface=#f3f8fc] - Background (dark theme: #0d1b26).
 * @cssproperty [--endht-radius=12px] - Corner radius.
 * @cssproperty [--endht-font=inherit] - Font family.
 * @cssproperty [--endht-logo-height=2.5rem] - Height of partner logos.
 * @cssproperty [--endht-marquee-duration] - Time of one full loop of the marquee (default 4 s per partner).
 */
@localized()
export class EndhtPartners extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, partnersStyles];

  /** `strip` (default: a centred row that wraps), `grid` (equal tiles) or `marquee` (scrolls). */
  @property() layout?: string | null;

  /** Heading text (plain text). Default: "Together against trafficking in persons", or "Partners" for a site's own list. */
  @property() heading?: string | null;

  /** Hides the heading (the list keeps its text as its accessible name). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** Level of the heading, 1–6 (default 2). */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number | null;

  /** `light` (default) or `dark`. */
  @property() theme?: string | null;

  /** A site's own partners, `[{ name, href, logo? }]`. Takes precedence over child links. */
  @property({ attribute: false }) partners?: Partner[] | null;

  @state() private _paused = false;
  @state() private _children: ChildLink[] = [];

  private _layout: Layout = 'strip';
  private _theme: Theme = 'light';
  private _level = 2;
  private _own?: Item[];
  private _observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this._readChildren();
    if (typeof MutationObserver !== 'undefined') {
      this._observer = new MutationObserver(this._readChildren);
      this._observer.observe(this, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['href', 'src', 'alt', 'aria-label', 'title'],
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._observer = undefined;
  }

  private _readChildren = () => {
    const links: ChildLink[] = [...this.querySelectorAll('a[href]')].map((a) => {
      const img = a.querySelector('img');
      return {
        href: a.getAttribute('href')!,
        text: collapse(a.textContent),
        label: collapse(a.getAttribute('aria-label') || a.getAttribute('title')),
        img: !!img,
        src: img?.getAttribute('src') ?? undefined,
        alt: img?.getAttribute('alt') ?? undefined,
      };
    });
    // Re-read only on a real change, so an unrelated mutation never repeats a warning.
    if (JSON.stringify(links) !== JSON.stringify(this._children)) this._children = links;
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('layout')) this._layout = pickEnum(TAG, 'layout', this.layout, LAYOUTS, 'strip');
    if (changed.has('theme')) this._theme = pickEnum(TAG, 'theme', this.theme, THEMES, 'light');
    if (changed.has('headingLevel')) {
      const raw = asTrimmedString(this.headingLevel);
      const n = Number(raw);
      const ok = raw !== undefined && Number.isInteger(n) && n >= 1 && n <= 6;
      if (raw !== undefined && !ok) warnAttr(TAG, 'heading-level', this.headingLevel, '2');
      this._level = ok ? n : 2;
    }
    if (changed.has('partners') || changed.has('_children')) this._own = this._fromProperty() ?? this._fromChildren();
  }

  protected override updated(): void {
    // The marquee's speed follows the number of partners (CSSOM, not a style attribute, so a
    // strict CSP page works; set once per render, never per frame).
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    track?.style.setProperty('--_n', String(this._items().length));
  }

  private _fromProperty(): Item[] | undefined {
    const list = this.partners as unknown;
    if (list === undefined || list === null) return undefined;
    if (!Array.isArray(list)) {
      warnAttr(TAG, 'partners', list, 'the child links or the default organisations');
      return undefined;
    }
    const items: Item[] = [];
    const problems: string[] = [];
    list.forEach((entry: unknown, i) => {
      const at = `partners[${i}]`;
      const p = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
      const href = safeHttpUrl(p.href);
      if (!href) return void problems.push(`${at}.href=${shownValue(p.href)} is not an http(s) URL (${LEFT_OUT})`);
      let name = typeof p.name === 'string' ? collapse(p.name) : '';
      if (!name) {
        name = host(href);
        problems.push(`${at}.name=${shownValue(p.name)} is empty (using "${name}")`);
      }
      let logo: string | undefined;
      if (p.logo !== undefined && p.logo !== null && p.logo !== '') {
        logo = safeHttpUrl(p.logo);
        if (!logo) problems.push(`${at}.logo=${shownValue(p.logo)} is not an http(s) URL (using the name as text)`);
      }
      items.push({ href, name, logo });
    });
    warnProblems(TAG, 'partners', problems);
    return items.length ? items : undefined;
  }

  private _fromChildren(): Item[] | undefined {
    const items: Item[] = [];
    const problems: string[] = [];
    this._children.forEach((c, i) => {
      const href = safeHttpUrl(c.href);
      if (!href) return void problems.push(`link ${i + 1} href=${shownValue(c.href)} is not an http(s) URL (${LEFT_OUT})`);
      let logo: string | undefined;
      if (c.img) {
        logo = safeHttpUrl(c.src);
        if (!logo) problems.push(`link ${i + 1} <img> src=${shownValue(c.src ?? null)} is not an http(s) URL (using the name as text)`);
      }
      // The name: the logo's alt, else the link's text, its aria-label or title, else its host.
      // An image without alt inside a link that has text is fine (the text names it).
      const alt = collapse(c.alt);
      const name = alt || c.text || c.label || host(href);
      if (c.img && !alt && !c.text) problems.push(`link ${i + 1} <img> has no alt (using "${name}")`);
      items.push({ href, name, logo });
    });
    warnProblems(TAG, 'child links', problems);
    return items.length ? items : undefined;
  }

  private _items(): Item[] {
    if (this._own) return this._own;
    const locale = activeLocale();
    return ORGANISATIONS.map((org) => {
      const n = organisationName(org, locale);
      return { href: org.href, name: n.name, short: n.short, lang: n.lang === locale ? undefined : n.lang };
    });
  }

  private _toggle = () => {
    this._paused = !this._paused;
  };

  override render(): TemplateResult {
    const lang = activeLocale();
    const items = this._items();
    const heading =
      asTrimmedString(this.heading) ??
      (this._own ? msg('Partners', { id: 'partners.heading' }) : msg('Together against trafficking in persons', { id: 'partners.heading.default' }));
    const showHeading = !this.noHeading;
    const newTab = msg('(opens in a new tab)', { id: 'partners.new-tab' });
    const marquee = this._layout === 'marquee';
    const paused = this._paused;

    // Templates are kept compact: the bundle keeps their text as written. `nothing` removes an attribute.
    const list = (copy: boolean) =>
      html`<ul part="list" class="list${copy ? ' copy' : ''}" role="list" aria-labelledby=${copy || !showHeading ? nothing : 'heading'} aria-label=${copy || showHeading ? nothing : heading} aria-hidden=${copy ? 'true' : nothing} ?inert=${copy}>${items.map(
        (i) =>
          html`<li part="item" class="item"><a part="link" href=${i.href} target="_blank" rel="noopener noreferrer" tabindex=${copy ? -1 : nothing}>${
            i.logo
              ? html`<img part="logo" class="logo" src=${i.logo} alt=${i.name} loading="lazy" decoding="async">`
              : i.short
                ? html`<span part="short" class="short" lang=${i.lang ?? nothing}>${i.short}</span> <span part="name" class="name" lang=${i.lang ?? nothing}>${i.name}</span>`
                : html`<span part="name" class="name solo" lang=${i.lang ?? nothing}>${i.name}</span>`
          } <span class="visually-hidden">${newTab}</span></a></li>`,
      )}</ul>`;

    const bar =
      showHeading || marquee
        ? html`<div class="bar">${
            showHeading
              ? html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${this._level}>${heading}</div>`
              : nothing
          }${
            marquee
              ? html`<button part="toggle" class="toggle" type="button" @click=${this._toggle}><svg viewBox="0 0 16 16" aria-hidden="true"><path d=${paused ? 'M4 2.5v11l9-5.5z' : 'M3.5 2.5h3v11h-3zm6 0h3v11h-3z'}></path></svg>${
                  paused ? msg('Play', { id: 'partners.play' }) : msg('Pause', { id: 'partners.pause' })
                }</button>`
              : nothing
          }</div>`
        : nothing;

    return html`<div part="base" class="base ${this._layout} theme-${this._theme}" lang=${lang} dir=${directionOf(lang)}>${bar}${
      marquee
        ? html`<div part="viewport" class="viewport"><div class="track${paused ? ' paused' : ''}">${list(false)}${list(true)}</div></div>`
        : list(false)
    }</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-partners': EndhtPartners;
  }
}
