import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { activeLocale, directionOf } from '../../core/locale.js';
import { linkInfo } from '../../core/link.js';
import { baseStyles, THEMES, type Theme } from '../../core/styles.js';
import { safeHttpUrl } from '../../core/url.js';
import { asTrimmedString, pickEnum, shownValue, warnAttr, warnProblems } from '../../core/warn.js';
import { EndhtElement } from '../../core/element.js';
import { ORGANISATIONS, organisationNames } from '../../data/partners.js';
import { partnerFromLink } from './naming.js';
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
  /** Language of the names (set for the default organisations only). */
  lang?: string;
}

/**
 * One of the site's partners before it is checked: its href, its name (empty if it has none),
 * how a warning names it ("partners[2]." or "link 3 "), the problem with its name if any, and
 * what its logo is called in a warning ("logo" or "<img> src") with the logo URL, if it has one.
 */
type Row = [
  href: unknown,
  name: string,
  at: string,
  nameProblem: string | null | false,
  logoKey: string | null | false,
  logo?: unknown,
];

/** Collapses whitespace; anything that is not a string is empty. */
const collapse = (s: unknown) => (typeof s == 'string' ? s.replace(/\s+/g, ' ').trim() : '');

/**
 * Checks the site's partners (forEach, like the original loops: holes in an array are skipped):
 * one warning for all their problems; undefined if none is usable.
 */
function check(attribute: string, rows: readonly Row[]): Item[] | undefined {
  const items: Item[] = [];
  const problems: string[] = [];
  rows.forEach(([rawHref, found, at, nameProblem, logoKey, rawLogo]) => {
    const href = safeHttpUrl(rawHref);
    if (!href)
      return void problems.push(
        `${at}href=${shownValue(rawHref)} is not an http(s) URL (no link: the partner is left out)`,
      );
    const name = found || linkInfo(href).host;
    // Without a logoKey, rawLogo is unset or empty: no logo.
    const logo = safeHttpUrl(rawLogo);
    const nameP = nameProblem && `${at}${nameProblem} (using "${name}")`;
    const logoP =
      logoKey && !logo && `${at}${logoKey}=${shownValue(rawLogo)} is not an http(s) URL (using the name as text)`;
    // The property's entries report their name before their logo, the child links after.
    for (const p of logoKey == 'logo' ? [nameP, logoP] : [logoP, nameP]) if (p) problems.push(p);
    items.push({ href, name, logo });
  });
  warnProblems(TAG, attribute, problems);
  return items[0] && items;
}

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
 * @cssproperty [--endht-logo-height=2.5em] - Height of partner logos.
 * @cssproperty [--endht-marquee-duration] - Time of one full loop of the marquee (default 4 s per partner).
 */
export class EndhtPartners extends EndhtElement {
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
  /** The child links as Rows, in JSON: a state that changes only when they really do. */
  @state() private _children = '[]';

  #layout: Layout = 'strip';
  #theme: Theme = 'light';
  #level = 2;
  #own?: Item[];
  #observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#read();
    // attributeFilter implies attributes: true.
    if (window.MutationObserver)
      (this.#observer = new MutationObserver(() => this.#read())).observe(this, {
        childList: true,
        subtree: true,
        characterData: true,
        attributeFilter: ['href', 'src', 'alt', 'aria-label', 'title'],
      });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** Reads the child links, by the rule of naming.ts (shared with the server renderer). */
  #read(): void {
    // A string: an unrelated mutation leaves it equal, so it never repeats a warning.
    this._children = JSON.stringify(
      [...this.querySelectorAll('a[href]')].map((a, i): Row => {
        const link = partnerFromLink(a, a.querySelector('img'));
        return [
          link.href,
          link.name,
          `link ${i + 1} `,
          link.logoWithoutAlt && '<img> has no alt',
          link.logo !== undefined && '<img> src',
          link.logo,
        ];
      }),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('layout')) this.#layout = pickEnum(TAG, 'layout', this.layout, LAYOUTS, 'strip');
    if (changed.has('theme')) this.#theme = pickEnum(TAG, 'theme', this.theme, THEMES, 'light');
    if (changed.has('headingLevel')) {
      const raw = asTrimmedString(this.headingLevel);
      const n = +(raw as string); // undefined → NaN
      this.#level = [1, 2, 3, 4, 5, 6].includes(n) ? n : 2;
      if (raw && this.#level != n) warnAttr(TAG, 'heading-level', this.headingLevel, '2');
    }
    if (changed.has('partners') || changed.has('_children')) {
      const list = this.partners as unknown;
      let own: Item[] | undefined;
      if (Array.isArray(list)) {
        own = check(
          'partners',
          list.map((entry: unknown, i): Row => {
            const p = (entry && typeof entry == 'object' ? entry : {}) as Record<string, unknown>;
            const name = collapse(p.name);
            return [
              p.href,
              name,
              `partners[${i}].`,
              !name && `name=${shownValue(p.name)} is empty`,
              p.logo != null && p.logo !== '' && 'logo',
              p.logo,
            ];
          }),
        );
      } else if (list != null) warnAttr(TAG, 'partners', list, 'the child links or the default organisations');
      this.#own = own ?? check('child links', JSON.parse(this._children));
    }
  }

  protected override updated(): void {
    // The marquee's speed follows the number of partners (CSSOM, not a style attribute, so a
    // strict CSP page works; set once per render, never per frame).
    this.renderRoot
      .querySelector<HTMLElement>('.track')
      ?.style.setProperty('--_n', '' + (this.#own ?? ORGANISATIONS).length);
  }

  override render(): TemplateResult {
    const lang = activeLocale();
    const items: Item[] = this.#own ?? organisationNames().map((n, i) => ({ ...ORGANISATIONS[i]!, ...n }));
    const heading =
      asTrimmedString(this.heading) ??
      (this.#own
        ? msg('Partners', { id: 'partners.heading' })
        : msg('Together against trafficking in persons', { id: 'partners.heading.default' }));
    const showHeading = !this.noHeading;
    const marquee = this.#layout == 'marquee';
    const paused = this._paused;

    // Templates are kept compact: the bundle keeps their text as written. `nothing` removes an
    // attribute; a name is marked lang="en" only where it falls back to English.
    const list = (copy?: boolean) =>
      html`<ul
        part="list"
        class="list${copy ? ' copy' : ''}"
        role="list"
        aria-labelledby=${copy || !showHeading ? nothing : 'heading'}
        aria-label=${copy || showHeading ? nothing : heading}
        aria-hidden=${copy || nothing}
        ?inert=${copy}
      >
        ${items.map(
          ({ href, name, short, logo, lang: l }) =>
            html`<li part="item" class="item">
              <a part="link" href=${href} target="_blank" rel="noopener noreferrer" tabindex=${copy ? -1 : nothing}
                >${
                  logo
                    ? html`<img part="logo" class="logo" src=${logo} alt=${name} loading="lazy" decoding="async" />`
                    : html`${short ? html`<span part="short" class="short" lang=${(l != lang && l) || nothing}>${short}</span> ` : nothing}<span
                          part="name"
                          class="name${short ? '' : ' solo'}"
                          lang=${(l != lang && l) || nothing}
                          >${name}</span
                        >`
                } <span class="visually-hidden">${msg('(opens in a new tab)', { id: 'partners.new-tab' })}</span></a
              >
            </li>`,
        )}
      </ul>`;

    return html`<div
      part="base"
      class="base ${this.#layout} theme-${this.#theme}"
      lang=${lang}
      dir=${directionOf(lang)}
    >
      ${
        showHeading || marquee
          ? html`<div class="bar">
              ${
                showHeading
                  ? html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${this.#level}>
                      ${heading}
                    </div>`
                  : nothing
              }${
                marquee
                  ? html`<button part="toggle" class="toggle" type="button" @click=${() => (this._paused = !paused)}>
                      <svg viewBox="0 0 16 16" aria-hidden="true">
                        <path d=${paused ? 'M4 2.5v11l9-5.5z' : 'M3.5 2.5h3v11h-3zm6 0h3v11h-3z'} /></svg
                      >${paused ? msg('Play', { id: 'partners.play' }) : msg('Pause', { id: 'partners.pause' })}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }${
        marquee
          ? html`<div part="viewport" class="viewport">
              <div class="track${paused ? ' paused' : ''}">${list()}${list(true)}</div>
            </div>`
          : list()
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-partners': EndhtPartners;
  }
}
