import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { activeLocale, directionOf, intlLocale } from '../../core/locale.js';
import { numberFormat } from '../../core/format.js';
import { linkInfo, opensInNewTab } from '../../core/link.js';
import { baseStyles, THEMES, type Theme } from '../../core/styles.js';
import { safeHttpUrl } from '../../core/url.js';
import { readAttr } from '../../core/attr.js';
import { asTrimmedString, pickEnum, warnAttr } from '../../core/warn.js';
import { EndhtElement } from '../../core/element.js';
import { DEFAULT_CURRENCY, FUND_URL } from '../../data/donate.js';
import { donateStyles } from './donate.styles.js';

const TAG = 'endht-donate';
export const SIZES = ['s', 'm', 'l'] as const;
export const VARIANTS = ['solid', 'outline'] as const;
export type Size = (typeof SIZES)[number];
export type Variant = (typeof VARIANTS)[number];

/** A positive amount written with digits and an optional "." and 1–2 decimals ("25", "12.50"). */
export function parseAmount(value: string): number | undefined {
  return /^\d{1,9}(\.\d{1,2})?$/.test(value) && +value > 0 ? +value : undefined;
}

/** Fills `{amount}` and `{currency}` in an href template, URL-encoded (an empty amount when none is chosen). */
export function fillHref(template: string, amount: number | null, currency: string): string {
  return template.replace(/\{(amount|currency)\}/g, (_, key) =>
    encodeURIComponent(key === 'amount' ? (amount ?? '') : currency),
  );
}

/** Fired when the visitor activates the button, before the browser follows the link. Cancelable. */
export class DonateEvent extends Event {
  static readonly eventName = 'endht-donate' as const;
  /** The URL the link goes to (placeholders filled). */
  readonly href: string;
  /** The amount shown or chosen, or null. */
  readonly amount: number | null;
  /** The ISO 4217 currency code (default USD). */
  readonly currency: string;
  constructor(href: string, amount: number | null, currency: string) {
    super('endht-donate', { bubbles: true, composed: true, cancelable: true });
    this.href = href;
    this.amount = amount;
    this.currency = currency;
  }
  /** The same as `{ href, amount, currency }`. */
  get detail(): { href: string; amount: number | null; currency: string } {
    return { href: this.href, amount: this.amount, currency: this.currency };
  }
}

/**
 * A donate button: a real link styled as a button, by default to the UN Voluntary Trust Fund
 * for Victims of Trafficking in Persons on unodc.org, or to a site's own donation page. Optional
 * amount (formatted by Intl in the page's language) and amount choices. A child `<a href>` is the
 * no-JavaScript rendering and supplies the default link and label.
 *
 * @summary Donate button for the UN Voluntary Trust Fund for Victims of Trafficking in Persons.
 * @tag endht-donate
 *
 * @slot - Fallback content, e.g. `<a href="…">Donate</a>`: shown only until the element is defined (or without JavaScript); a link's href and text become the defaults.
 *
 * @fires {DonateEvent} endht-donate - The visitor activated the button; `href`, `amount`, `currency` (also as `detail`). Bubbles, composed, cancelable: `preventDefault()` keeps the browser from following the link.
 *
 * @csspart base - The wrapper.
 * @csspart amounts - The group of amount choices.
 * @csspart amount - One amount choice.
 * @csspart button - The link styled as a button.
 *
 * @cssproperty [--endht-accent=#00689d] - Button colour (dark theme: #7fcaf2).
 * @cssproperty [--endht-text=#1a2b3c] - Text colour (dark theme: #e8f1f8).
 * @cssproperty [--endht-surface=#f3f8fc] - Text on the solid button; background of outline and choices (dark theme: #0d1b26).
 * @cssproperty [--endht-font=inherit] - Font family.
 */
export class EndhtDonate extends EndhtElement {
  static override styles = [baseStyles, donateStyles];

  /** Link (http/https; may contain `{amount}` and `{currency}`). Default: a child `<a href>`, else the fund's page. */
  @property() href?: string | null;

  /** Button text (plain text; `{amount}` is replaced by the formatted amount). Default: "Donate" / "Donate US$25", localized. */
  @property() label?: string | null;

  /** Amount, e.g. `25` or `12.50`. */
  @property() amount?: string | number | null;

  /** ISO 4217 code of the amount (default `USD`). */
  @property() currency?: string | null;

  /** Choices the visitor can pick, e.g. `10,25,50`. */
  @property() amounts?: string | null;

  /** `s`, `m` (default) or `l`. */
  @property() size?: string | null;

  /** `solid` (default) or `outline`. */
  @property() variant?: string | null;

  /** `light` (default) or `dark`. */
  @property() theme?: string | null;

  @state() private _picked?: number;
  @state() private _child?: { href: string | null; text: string };

  /** The author's link (placeholders unfilled); undefined: the fund's page. */
  #template?: string;
  #amount?: number;
  #currency = DEFAULT_CURRENCY;
  #choices: number[] = [];
  #size: Size = 'm';
  #variant: Variant = 'solid';
  #theme: Theme = 'light';
  #href!: string;
  #link!: { host: string; external: boolean };

  override connectedCallback(): void {
    super.connectedCallback();
    // The fallback link the author put inside the tag, read once per connection.
    const a = this.querySelector('a[href]');
    this._child = { href: a?.getAttribute('href') ?? null, text: a?.textContent?.trim() ?? '' };
  }

  /** The amount in use: the visitor's choice, else the `amount` attribute. */
  get selectedAmount(): number | null {
    return this._picked ?? this.#amount ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const child = changed.has('_child' as keyof EndhtDonate);
    if (changed.has('href') || child) {
      // A template is valid if it makes an http(s) URL once filled in.
      const valid = (raw: string) => (safeHttpUrl(fillHref(raw, 1, DEFAULT_CURRENCY)) ? raw : undefined);
      const fallback = "the UN trust fund's page";
      this.#template =
        readAttr(TAG, 'href', this.href, valid, fallback, changed.has('href')) ??
        readAttr(TAG, 'child <a href>', this._child?.href, valid, fallback, child);
    }
    if (changed.has('amount')) {
      this.#amount = readAttr(TAG, 'amount', this.amount, parseAmount, 'no amount');
      this._picked = undefined;
    }
    if (changed.has('currency')) {
      this.#currency =
        readAttr(
          TAG,
          'currency',
          this.currency,
          (raw) => (/^[a-z]{3}$/i.test(raw) ? raw.toUpperCase() : undefined),
          `"${DEFAULT_CURRENCY}"`,
        ) ?? DEFAULT_CURRENCY;
    }
    if (changed.has('amounts')) {
      const list = (asTrimmedString(this.amounts)?.split(/\s*,\s*/) ?? []).filter(Boolean).map(parseAmount);
      if (list.includes(undefined)) warnAttr(TAG, 'amounts', this.amounts, 'the valid amounts only');
      this.#choices = [...new Set(list.filter((n) => n !== undefined))];
      this._picked = undefined;
    }
    if (changed.has('size')) this.#size = pickEnum(TAG, 'size', this.size, SIZES, 'm');
    if (changed.has('variant')) this.#variant = pickEnum(TAG, 'variant', this.variant, VARIANTS, 'solid');
    if (changed.has('theme')) this.#theme = pickEnum(TAG, 'theme', this.theme, THEMES, 'light');
    // The final link: the template with the amount in use, resolved against the page.
    this.#href = safeHttpUrl(fillHref(this.#template ?? FUND_URL, this.selectedAmount, this.#currency)) ?? FUND_URL;
    this.#link = linkInfo(this.#href);
  }

  #format(amount: number): string {
    return numberFormat(intlLocale(activeLocale()), {
      style: 'currency',
      currency: this.#currency,
      // "US$25", not "US$25.00"; decimals only when the amount has them.
      minimumFractionDigits: Number.isInteger(amount) ? 0 : undefined,
    }).format(amount);
  }

  override render() {
    const lang = activeLocale();
    const chosen = this.selectedAmount;
    const amount = chosen === null ? '' : this.#format(chosen);
    const own = asTrimmedString(this.label) || this._child?.text;
    const label = own
      ? own
          .replace(/\{amount\}/g, amount)
          .replace(/\s+/g, ' ')
          .trim()
      : chosen === null
        ? msg('Donate', { id: 'donate.label' })
        : msg(str`Donate ${amount}`, { id: 'donate.label.amount' });
    const { host, external } = this.#link;
    const name = !external
      ? nothing
      : this.#template
        ? opensInNewTab(label, host)
        : msg(
            str`${label} to the UN Voluntary Trust Fund for Victims of Trafficking in Persons (opens ${host} in a new tab)`,
            {
              id: 'donate.name.fund',
            },
          );
    const choice = (a: number) =>
      html`<label part="amount"
        ><input type="radio" name="amount" .checked=${a === chosen} @change=${() => (this._picked = a)} /><span
          >${this.#format(a)}</span
        ></label
      >`;
    // Template text ships as written: no whitespace between tags (.base is a flex box).
    return html`<div
      part="base"
      class="base theme-${this.#theme} ${this.#size} ${this.#variant}"
      lang=${lang}
      dir=${directionOf(lang)}
    >
      ${
        this.#choices.length
          ? html`<fieldset part="amounts">
              <legend class="visually-hidden">${msg('Amount', { id: 'donate.amounts' })}</legend>
              ${this.#choices.map(choice)}
            </fieldset>`
          : nothing
      }<a
        part="button"
        href=${this.#href}
        target=${external ? '_blank' : nothing}
        rel=${external ? 'noopener noreferrer' : nothing}
        aria-label=${name}
        @click=${this.#click}
        >${label}</a
      >
    </div>`;
  }

  #click(e: MouseEvent): void {
    const event = new DonateEvent(this.#href, this.selectedAmount, this.#currency);
    this.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-donate': EndhtDonate;
  }
  interface GlobalEventHandlersEventMap {
    'endht-donate': DonateEvent;
  }
}
