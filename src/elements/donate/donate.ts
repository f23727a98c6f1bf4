import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { asTrimmedString, capList, pickEnum, readAttribute, warnAttribute } from '../../core/attributes.js';
import { isolate } from '../../core/bidi.js';
import { campaignCode, markActed, withCodesForUnodc } from '../../core/campaign.js';
import { EndhtElement, type Appearance, type PreparationStep } from '../../core/element.js';
import { numberFormat } from '../../core/format.js';
import { linkTarget, renderLink, type LinkTarget } from '../../core/link.js';
import { activeLocale, directionOf, intlLocale } from '../../core/locale.js';
import { baseStyles } from '../../core/styles.js';
import { renderThanks } from '../../core/thanks.js';
import { safeHttpUrl, type HttpUrl } from '../../core/url.js';
import { DEFAULT_CURRENCY, FUND_URL, donateLabel, fundLinkName } from '../../data/donate.js';
import { donateStyles } from './donate.styles.js';
import { DonateEvent } from './events.js';

export { DonateEvent, type DonateDetail } from './events.js';
export { EndhtCampaign } from '../../core/campaign.js';

export const SIZES = ['s', 'm', 'l'] as const;
export type DonateSize = (typeof SIZES)[number];

export const VARIANTS = ['solid', 'outline'] as const;
export type DonateVariant = (typeof VARIANTS)[number];

/** The most amount choices shown: a donation form offers three to five, six fill two rows of three on a phone. */
export const MAX_CHOICES = 6;

/**
 * The largest amount, in the currency's units: room for a large gift in the currencies with the
 * smallest units (a thousand US dollars is about 90 million Lebanese pounds, 26 million dong).
 */
export const MAX_AMOUNT = 1_000_000_000;

/** The link the author put inside the tag: what shows without JavaScript, and the default link and label. */
interface FallbackLink {
  href?: string;
  /** Its text, trimmed; undefined when it has none. */
  text?: string;
}

/** The default link, as a warning names it. */
const FUND_PAGE = "the UN trust fund's page";

/** What a warning about an amount says is used instead. */
const NO_AMOUNT = `no amount (at most ${MAX_AMOUNT})`;

/**
 * A donate button: a real link styled as a button, by default to the UN Voluntary Trust Fund
 * for Victims of Trafficking in Persons on unodc.org, or to a site's own donation page. Optional
 * amount (formatted by Intl in the page's language) and amount choices. A child `<a href>` is the
 * no-JavaScript rendering and supplies the default link and label.
 *
 * @summary Donate button for the UN Voluntary Trust Fund for Victims of Trafficking in Persons.
 * @tag endht-donate
 *
 * @slot - Fallback content, e.g. `<a href="…">Donate</a>`: shown only until the element is defined
 *   (or without JavaScript); a link's href and text become the defaults.
 *
 * @fires {DonateEvent} endht-donate - The visitor activated the button. `detail`: `href`, `amount`,
 *   `currency`. Bubbles, composed, cancelable: `preventDefault()` keeps the browser from following the link.
 *
 * @csspart base - The wrapper.
 * @csspart amounts - The group of amount choices.
 * @csspart amount - One amount choice.
 * @csspart button - The link styled as a button.
 * @csspart thanks - The polite live region that thanks the visitor after they went to donate.
 *
 * @cssproperty [--endht-accent=#00689d] - Button colour (dark theme: #7fcaf2).
 * @cssproperty [--endht-text=#1a2b3c] - Text colour (dark theme: #e8f1f8).
 * @cssproperty [--endht-surface=#fff] - Text on the solid button; background of outline and choices
 *   (dark theme: #0d1b26).
 * @cssproperty [--endht-font=inherit] - Font family.
 */
export class EndhtDonate extends EndhtElement {
  static override styles = [baseStyles, donateStyles];

  /**
   * **Donation page.** Where the button goes, e.g. your own donation page; `{amount}` and `{currency}` in it are
   * replaced by the amount and the currency. Default: the address of a link placed inside the tag, else the UN trust
   * fund's page.
   */
  @property() href?: HttpUrl;

  /**
   * **Button text.** The button's text, as plain text; `{amount}` in it is replaced by the amount. Default: the text
   * of a link placed inside the tag, else "Donate" or "Donate US$25" in the page's language.
   */
  @property() label?: string;

  /**
   * **Amount.** An amount to donate, e.g. `25` or `12.50`, at most 1,000,000,000; rounded to the cent (or to the
   * currency's smallest unit: none for yen), the same in the text and in the link.
   */
  @property() amount?: number;

  /**
   * **Currency.** The currency's three-letter code, e.g. `EUR` or `USD`; a code the browser does not know gives US
   * dollars.
   */
  @property() currency: string = DEFAULT_CURRENCY;

  /**
   * **Amounts to choose from.** Amounts the visitor can choose from, separated by commas, e.g. `10,25,50`; the first 6
   * are shown.
   */
  @property() amounts?: string;

  /** **Size.** The button's size. */
  @property() size: DonateSize = 'm';

  /** **Style.** A filled or an outlined button. */
  @property() variant: DonateVariant = 'solid';

  /**
   * **Campaign code.** A short code for your campaign (letters, digits, `-` and `_`, up to 64), added to
   * a link to unodc.org as a tracking code (`utm_source`), so that the visits your site brings can be counted.
   * Default: none.
   */
  @property() campaign?: string;

  /** The amount in use, as shown and in the link: the visitor's choice, else `amount`; null without one. */
  get selectedAmount(): number | null {
    return this.picked ?? this.amount ?? null;
  }

  /** The amount the visitor picked among `amounts`. */
  @state() private picked?: number;

  /** Whether the visitor went to donate on this page view: the element thanks them. */
  @state() private thanked = false;

  /** The child `<a href>`, read when the element is put on the page. */
  @state() private fallbackLink?: FallbackLink;

  /** The valid link given (placeholders not filled in); undefined: the fund's page. */
  #hrefTemplate?: string;
  /** The valid amounts of `amounts`, each once. */
  #choices: number[] = [];
  /** Where the button goes now. */
  #target: LinkTarget = linkTarget(FUND_URL);

  override connectedCallback(): void {
    super.connectedCallback();
    // Read once per connection.
    const link = this.querySelector('a[href]');
    this.fallbackLink = { href: link?.getAttribute('href') ?? undefined, text: asTrimmedString(link?.textContent) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // (A private state is not a key of `this` for TypeScript, hence the cast.)
    const fallbackChanged = changed.has('fallbackLink' as keyof EndhtDonate);
    if (changed.has('href') || fallbackChanged) {
      const own = readAttribute(this, 'href', this.href, validHrefTemplate, FUND_PAGE, changed.has('href'));
      if (own === undefined) this.href = undefined;
      const fallback = this.fallbackLink?.href;
      this.#hrefTemplate =
        own ?? readAttribute(this, 'child <a href>', fallback, validHrefTemplate, FUND_PAGE, fallbackChanged);
    }
    if (changed.has('currency')) {
      const currency = readAttribute(this, 'currency', this.currency, currencyCode, `"${DEFAULT_CURRENCY}"`);
      this.currency = currency ?? DEFAULT_CURRENCY;
    }
    // Amounts are rounded to the currency's minor units: read again when it changes.
    if (changed.has('amount') || changed.has('currency')) {
      this.amount = readAttribute(this, 'amount', this.amount, amountIn(this.currency), NO_AMOUNT);
      this.picked = undefined;
    }
    if (changed.has('amounts') || changed.has('currency')) {
      this.#choices = this.#readChoices();
      this.picked = undefined;
    }
    if (changed.has('size')) {
      this.size = pickEnum(this, 'size', this.size, SIZES, 'm');
    }
    if (changed.has('variant')) {
      this.variant = pickEnum(this, 'variant', this.variant, VARIANTS, 'solid');
    }
    if (changed.has('campaign')) {
      this.campaign = readAttribute(this, 'campaign', this.campaign, campaignCode, 'no campaign codes');
    }
    // The link with the amount in use, resolved against the page, with any campaign codes.
    const filled = fillHref(this.#hrefTemplate ?? FUND_URL, this.selectedAmount, this.currency);
    this.#target = linkTarget(withCodesForUnodc(safeHttpUrl(filled) ?? FUND_URL, this.campaign));
  }

  /**
   * Before the first render, in a task of its own: the check of the currency and the formatter that
   * rounds amounts to it. They are often the page's first Intl use, whose creation loads the
   * platform's locale data and is the longest single step of a first render (docs/performance.md).
   */
  protected override prepareFirstRender(): readonly PreparationStep[] {
    return [() => amountIn(currencyCode(this.currency) ?? DEFAULT_CURRENCY)];
  }

  /** A button needs no frame of its own: plain, unless the page asks for a card or a band. */
  protected override get defaultAppearance(): Appearance {
    return 'plain';
  }

  protected override wrapperClasses() {
    return [this.size, this.variant];
  }

  protected override renderContent(): TemplateResult {
    const label = this.#labelText();
    const button = renderLink(this.#target, label, {
      part: 'button',
      label,
      name: this.#fundLinkName(label),
      onClick: this.#onButtonClick,
    });
    const thanks = this.thanked ? msg('Thank you for your support', { id: 'donate.thanks' }) : undefined;
    return html`${this.#renderChoices()} ${button} ${renderThanks(thanks)}`;
  }

  /** The amounts to choose from, as a group of radio buttons. */
  #renderChoices(): TemplateResult | typeof nothing {
    if (this.#choices.length === 0) return nothing;
    const selected = this.selectedAmount;
    return html`<fieldset part="amounts">
      <legend class="visually-hidden">${msg('Amount', { id: 'donate.amounts' })}</legend>
      ${this.#choices.map(
        (amount) =>
          html`<label part="amount">
            <input
              type="radio"
              name="amount"
              .value=${String(amount)}
              .checked=${amount === selected}
              @change=${this.#onChoiceChange}
            />
            <span>${this.#formatAmount(amount)}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  /**
   * The button's text: the site's own, else "Donate" or "Donate US$25". In the site's own, `{amount}`
   * is filled in and the site's words around it are isolated (core/bidi.ts): no direction mark in
   * them can reorder the amount.
   */
  #labelText(): string {
    const amount = this.selectedAmount;
    const formatted = amount === null ? '' : this.#formatAmount(amount);
    const own = asTrimmedString(this.label) ?? this.fallbackLink?.text;
    if (own !== undefined) {
      const parts = own.replace(/\s+/g, ' ').split('{amount}');
      const isolated = parts.map((part) => part.replace(/\S(.*\S)?/, (words) => isolate(words)));
      return isolated.join(formatted).replace(/\s+/g, ' ').trim();
    }
    if (amount === null) return donateLabel();
    return msg(str`Donate ${formatted}`, { id: 'donate.label.amount' });
  }

  /**
   * The accessible name of a button that opens the fund's page in a new tab says which fund it
   * is (fundLinkName()). A site's own link is named by its text (and where it opens).
   */
  #fundLinkName(label: string): string | undefined {
    if (this.#hrefTemplate !== undefined || !this.#target.external) return undefined;
    return fundLinkName(label, this.#target.host);
  }

  /**
   * "US$25", not "US$25.00": decimals only when the amount has them. In a right-to-left language
   * the currency is isolated (core/bidi.ts): Arabic's "25 US$" would otherwise show as "$US 25",
   * its "$" pulled to the far side by the text direction.
   */
  #formatAmount(amount: number): string {
    const locale = activeLocale();
    const format = numberFormat(intlLocale(locale), {
      style: 'currency',
      currency: this.currency,
      minimumFractionDigits: Number.isInteger(amount) ? 0 : undefined,
    });
    if (directionOf(locale) === 'ltr') return format.format(amount);
    const parts = format.formatToParts(amount);
    return parts.map((part) => (part.type === 'currency' ? isolate(part.value) : part.value)).join('');
  }

  /**
   * The valid amounts of `amounts` (rounded as `amount`), each once, the first MAX_CHOICES of them.
   * One warning when an entry is not a valid amount, else when there are more; when any entry was
   * left out, the choices are written back.
   */
  #readChoices(): number[] {
    const entries = (asTrimmedString(this.amounts) ?? '').split(',').map((entry) => entry.trim());
    const amounts = entries.filter((entry) => entry !== '').map(amountIn(this.currency));
    const valid = amounts.filter((amount) => amount !== undefined);
    const allValid = valid.length === amounts.length;
    if (!allValid) warnAttribute(this, 'amounts', this.amounts, 'the valid amounts only');
    const choices = capList(this, 'amounts', [...new Set(valid)], MAX_CHOICES, allValid);
    if (choices.length < amounts.length) this.amounts = choices.length > 0 ? choices.join(',') : undefined;
    return choices;
  }

  #onChoiceChange(event: Event): void {
    this.picked = Number((event.target as HTMLInputElement).value);
  }

  #onButtonClick(event: MouseEvent): void {
    const donate = new DonateEvent({ href: this.#target.href, amount: this.selectedAmount, currency: this.currency });
    this.dispatchEvent(donate);
    if (donate.defaultPrevented) {
      event.preventDefault();
      return;
    }
    markActed();
    this.thanked = true;
  }
}

/** A positive amount up to MAX_AMOUNT, written with digits and up to two decimals after a ".": "25", "12.50". */
export function parseAmount(text: string): number | undefined {
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return undefined;
  const amount = Number(text);
  return amount > 0 && amount <= MAX_AMOUNT ? amount : undefined;
}

/**
 * A parser for readAttribute(): an amount (parseAmount) rounded to the currency's minor units, as
 * Intl shows it (none for yen, three for dinars), so the text and the link carry the same number.
 * One that rounds to 0 is not valid.
 */
function amountIn(currency: string): (text: string) => number | undefined {
  const minorUnits = numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  return (text) => {
    const amount = parseAmount(text);
    const rounded = amount === undefined ? 0 : Number(amount.toFixed(minorUnits));
    return rounded > 0 ? rounded : undefined;
  };
}

/** Fills `{amount}` and `{currency}` in a link, URL-encoded (an empty amount when there is none). */
export function fillHref(template: string, amount: number | null, currency: string): string {
  const values = { amount: amount === null ? '' : String(amount), currency };
  return template.replace(/\{(amount|currency)\}/g, (_placeholder, name: keyof typeof values) =>
    encodeURIComponent(values[name]),
  );
}

/** A link is valid when, filled in, it is an http(s) address (relative ones resolve against the page). */
function validHrefTemplate(template: string): string | undefined {
  return safeHttpUrl(fillHref(template, 1, DEFAULT_CURRENCY)) === undefined ? undefined : template;
}

/**
 * An ISO 4217 code the browser knows (`Intl.supportedValuesOf`; where that is missing, any three
 * letters), written in capitals.
 */
function currencyCode(text: string): string | undefined {
  const code = text.toUpperCase();
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [code];
  return /^[A-Z]{3}$/.test(code) && known.includes(code) ? code : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-donate': EndhtDonate;
  }
}
