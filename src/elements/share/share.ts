import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { activeLocale, directionOf } from '../../core/locale.js';
import { baseStyles, THEMES, type Theme } from '../../core/styles.js';
import { storageGet, storageSet } from '../../core/storage.js';
import { safeHttpUrl } from '../../core/url.js';
import { readAttr } from '../../core/attr.js';
import { asTrimmedString, pickEnum, warnAttr } from '../../core/warn.js';
import { EndhtElement } from '../../core/element.js';
import { dayName } from '../../data/day.js';
import { SHARE_ICONS } from '../../data/share-icons.js';
import { DEFAULT_HASHTAGS, MASTODON_SERVERS, MASTODON_STORAGE_KEY } from '../../data/share.js';
import {
  NETWORKS,
  brand,
  composeText,
  hashLine,
  mastodonHref,
  parseHashtags,
  parseNetworks,
  parseServer,
  shareHref,
  type Network,
  type ShareData,
} from './networks.js';
import { shareStyles } from './share.styles.js';

// Written for size (every byte ships in the drop-in bundle): ES private members, which the
// minifier renames, and templates kept on few lines (the bundle is not HTML-minified).

const TAG = 'endht-share';
export const VARIANTS = ['bar', 'compact', 'icons'] as const;
export type Variant = (typeof VARIANTS)[number];
export type CopiedKind = 'link' | 'hashtag' | 'hashtags';

/**
 * Fired before a share opens (a network link, the native share sheet or the Mastodon server).
 * `preventDefault()` stops it: the link does not navigate, nothing opens.
 */
export class ShareEvent extends Event {
  static readonly eventName = 'endht-share' as const;
  constructor(
    /** `native`, `x`, `facebook`, `linkedin`, `whatsapp`, `telegram`, `bluesky`, `mastodon`, `reddit` or `email`. */
    readonly network: Network,
    /** The page being shared. */
    readonly url: string,
    /** The message (without hashtags). */
    readonly text: string,
    /** The hashtags (without '#'). */
    readonly hashtags: readonly string[],
    /** The URL about to open (the network's share URL; undefined for the native share sheet). */
    readonly href: string | undefined,
  ) {
    super(ShareEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
  /** The same facts as a plain object, for code written for CustomEvent. */
  get detail(): { network: Network; url: string; text: string; hashtags: readonly string[]; href: string | undefined } {
    // The constructor's fields: besides them, an event's only own property is isTrusted.
    const { isTrusted, ...detail } = this;
    return detail;
  }
}

/** Fired after something was copied to the clipboard. */
export class CopiedEvent extends Event {
  static readonly eventName = 'endht-copied' as const;
  constructor(
    /** `link`, `hashtag` (one chip) or `hashtags` (all). */
    readonly kind: CopiedKind,
    /** The exact text copied. */
    readonly text: string,
  ) {
    super(CopiedEvent.eventName, { bubbles: true, composed: true });
  }
  get detail(): { kind: CopiedKind; text: string } {
    const { isTrusted, ...detail } = this; // the constructor's fields (see ShareEvent)
    return detail;
  }
}

/**
 * The page's address: `<link rel="canonical">` if it is a valid http(s) URL, else the location
 * without its #fragment. Browser only (connectedCallback and clicks).
 */
export const pageUrl = (): string =>
  safeHttpUrl(document.querySelector('link[rel~=canonical i][href]')?.getAttribute('href')) ??
  location.href.split('#')[0]!;

// An <svg> inside an html`` template is parsed as SVG, its <path> included.
const icon = (name: Network | 'hashtags') =>
  html`<svg part="icon" viewBox="0 0 24 24" aria-hidden="true">
    <path d=${SHARE_ICONS[name]}></path>
  </svg>`;

/**
 * A share bar for the World Day against Trafficking in Persons: the device's own share sheet
 * (where supported), real links to X, Facebook, LinkedIn, WhatsApp, Telegram, Bluesky,
 * Reddit and email, Mastodon through a server the visitor chooses, "copy link", and a chip per
 * hashtag that copies itself. Nothing is requested from any network until the visitor clicks.
 *
 * @summary Hashtag share bar: native share, network links, Mastodon, copy link and hashtags.
 * @tag endht-share
 *
 * @fires {ShareEvent} endht-share - Before a share opens; `network`, `url`, `text`, `hashtags`, `href` (also as `detail`). Bubbles, composed, cancelable: `preventDefault()` stops the navigation.
 * @fires {CopiedEvent} endht-copied - After a copy; `kind` (`link`, `hashtag`, `hashtags`) and `text` (also as `detail`). Bubbles, composed.
 *
 * @csspart base - The card.
 * @csspart title - The "Spread the word" line (bar variant).
 * @csspart list - The list of share controls.
 * @csspart control - Every share link or button.
 * @csspart control-<network> - One network's link or button (e.g. `control-x`, `control-copy`).
 * @csspart icon - An icon.
 * @csspart hashtags - The row of hashtag chips.
 * @csspart chip - A hashtag chip or the "Copy all" chip.
 * @csspart status - The polite live region that says "Link copied".
 * @csspart dialog - The Mastodon server dialog.
 * @csspart input - The server field in the dialog.
 *
 * @cssproperty [--endht-accent=#00689d] - Accent colour of the controls (dark theme: #7fcaf2).
 * @cssproperty [--endht-heart=#009edb] - Decorative UN blue.
 * @cssproperty [--endht-text=#1a2b3c] - Text colour (dark theme: #e8f1f8).
 * @cssproperty [--endht-surface=#f3f8fc] - Background (dark theme: #0d1b26).
 * @cssproperty [--endht-radius=12px] - Corner radius.
 * @cssproperty [--endht-font=inherit] - Font family.
 */
export class EndhtShare extends EndhtElement {
  static override styles = [baseStyles, shareStyles];

  /** The page to share (http or https; relative URLs resolve against the page). Default: the canonical URL, else the page's address without #fragment. */
  @property() url?: string | null;

  /** The message (plain text). Default: a localized sentence about the Day. */
  @property() text?: string | null;

  /** Comma-separated hashtags, with or without '#'. Default: EndHumanTrafficking, endHT, 30July, WorldDayAgainstTraffickingInPersons. */
  @property() hashtags?: string | null;

  /** Comma-separated networks, in order: native, x, facebook, linkedin, whatsapp, telegram, bluesky, mastodon, reddit, email, copy. Default: all. */
  @property() networks?: string | null;

  /** `bar` (default), `compact` or `icons`. */
  @property() variant?: string | null;

  /** `light` (default) or `dark`. */
  @property() theme?: string | null;

  @state() private _status = '';
  @state() private _invalid = false;

  #page = '';
  #canShare?: boolean;
  #url?: string;
  #tags: readonly string[] = DEFAULT_HASHTAGS;
  #networks: readonly Network[] = NETWORKS;
  #variant: Variant = 'bar';
  #theme: Theme = 'light';
  #timer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#page = pageUrl();
    this.#canShare = false;
    try {
      const nav = navigator;
      this.#canShare =
        typeof nav.share == 'function' && (typeof nav.canShare != 'function' || nav.canShare({ url: this.#page }));
    } catch {
      // no navigator (not a browser) or a throwing canShare(): no native share button
    }
    this.requestUpdate(); // the page may have changed while disconnected
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this._status = '';
    this.#dialog()?.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('url')) this.#url = readAttr(TAG, 'url', this.url, safeHttpUrl, "the page's own URL");
    if (changed.has('hashtags')) {
      const raw = asTrimmedString(this.hashtags);
      const { tags, changed: dropped } = parseHashtags(raw ?? '');
      this.#tags = tags.length ? tags : DEFAULT_HASHTAGS;
      if (raw && (dropped || !tags.length)) warnAttr(TAG, 'hashtags', this.hashtags, `"${this.#tags}"`);
    }
    if (changed.has('networks')) {
      // A non-empty value without any known name has an unknown one: that warns.
      const { list, unknown } = parseNetworks(asTrimmedString(this.networks) ?? '');
      this.#networks = list.length ? list : NETWORKS;
      if (unknown.length) warnAttr(TAG, 'networks', this.networks, `"${this.#networks}"`);
    }
    if (changed.has('variant')) this.#variant = pickEnum(TAG, 'variant', this.variant, VARIANTS, 'bar');
    if (changed.has('theme')) this.#theme = pickEnum(TAG, 'theme', this.theme, THEMES, 'light');
  }

  /** What is shared right now: URL, message, hashtags and email subject. */
  get shareData(): ShareData {
    return {
      url: this.#url ?? this.#page,
      text:
        asTrimmedString(this.text) ??
        msg('30 July is the World Day against Trafficking in Persons. Join the call to end human trafficking.', {
          id: 'share.message',
        }),
      hashtags: this.#tags,
      subject: dayName(),
    };
  }

  #dialog(): HTMLDialogElement | null | undefined {
    return this.renderRoot.querySelector('dialog');
  }

  override render(): TemplateResult {
    const lang = activeLocale();
    const v = this.#variant;
    const d = this.shareData;
    const title = msg('Spread the word', { id: 'share.title' });
    const bar = v == 'bar';
    const icons = v == 'icons';
    // The requested networks, minus native share where the browser has none; never empty.
    const shown = this.#networks.filter((n) => n != 'native' || this.#canShare);
    if (!shown.length) shown.push('copy');
    return html`<div part="base" class="base ${v} theme-${this.#theme}" lang=${lang} dir=${directionOf(lang)}>
      ${bar ? html`<p part="title" id="title">${title}</p>` : nothing}
      <ul
        part="list"
        class="list"
        role="list"
        aria-labelledby=${bar ? 'title' : nothing}
        aria-label=${bar ? nothing : title}
      >
        ${shown.map((n) => this.#control(n, d))}${icons ? this.#button('hashtags', msg('Copy all hashtags', { id: 'share.copyAll.label' }), this.#copyAll, '') : nothing}
      </ul>
      ${icons ? nothing : this.#chips()}
      <p part="status" class="status" role="status" aria-live="polite">${this._status}</p>
      ${shown.includes('mastodon') ? this.#mastodonDialog() : nothing}
    </div>`;
  }

  /** A list item with a button control. */
  #button(n: Network | 'hashtags', label: string, click: () => unknown, text = label): TemplateResult {
    return html`<li>
      <button
        part="control control-${n}"
        data-network=${n}
        aria-label=${label}
        aria-haspopup=${n == 'mastodon' ? 'dialog' : nothing}
        @click=${click}
      >
        ${icon(n)}<span class="name">${text}</span>
      </button>
    </li>`;
  }

  /** A list item with network `n`'s control: a button, or a link that opens the network. */
  #control(n: Network, d: ShareData): TemplateResult {
    const name = brand(n);
    const tab = n != 'email'; // email opens the mail app, not a tab
    return n == 'native'
      ? this.#button(n, msg('Share…', { id: 'share.native' }), this.#native)
      : n == 'copy'
        ? this.#button(n, msg('Copy link', { id: 'share.copyLink' }), this.#copyLink)
        : n == 'mastodon'
          ? this.#button(n, msg('Share on Mastodon', { id: 'share.mastodon.title' }), this.#openMastodon, name)
          : html`<li>
              <a
                part="control control-${n}"
                data-network=${n}
                href=${shareHref(n, d)!}
                target=${tab ? '_blank' : nothing}
                rel=${tab ? 'noopener noreferrer' : nothing}
                aria-label=${tab ? this.#newTab(name) : msg('Share by email', { id: 'share.email.label' })}
                @click=${this.#onLink}
                >${icon(n)}<span class="name">${tab ? name : msg('Email', { id: 'share.email' })}</span></a
              >
            </li>`;
  }

  #newTab(name: string): string {
    return msg(str`Share on ${name} (opens in a new tab)`, { id: 'share.on' });
  }

  #chips(): TemplateResult {
    const tags = this.#tags;
    return html`<div part="hashtags" class="tags" role="group" aria-label=${msg('Hashtags', { id: 'share.hashtags' })}>
      ${tags.map((t) => {
        const tag = '#' + t;
        return html`<button
          part="chip"
          class="chip"
          dir="auto"
          aria-label=${msg(str`Copy hashtag ${tag}`, { id: 'share.copyTag' })}
          @click=${() => this.#copy(tag, 'hashtag')}
        >
          ${tag}
        </button>`;
      })}${tags.length > 1 ? html`<button part="chip" class="chip all" @click=${this.#copyAll}>${msg('Copy all', { id: 'share.copyAll' })}</button>` : nothing}
    </div>`;
  }

  #mastodonDialog(): TemplateResult {
    const invalid = this._invalid;
    return html`<dialog part="dialog" aria-labelledby="mt" @close=${this.#onDialogClose}>
      <form @submit=${this.#onServerSubmit}>
        <h2 id="mt">${msg('Share on Mastodon', { id: 'share.mastodon.title' })}</h2>
        <label for="server">${msg('Your Mastodon server', { id: 'share.mastodon.server' })}</label
        ><input
          id="server"
          part="input"
          inputmode="url"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          placeholder="mastodon.social"
          aria-describedby="error"
          aria-invalid=${invalid}
        />
        <p id="error">
          ${invalid ? msg('Enter a server name such as mastodon.social.', { id: 'share.mastodon.invalid' }) : nothing}
        </p>
        <div class="servers">
          ${MASTODON_SERVERS.map((s) => html`<button type="button" class="chip" @click=${() => this.#pick(s)}>${s}</button>`)}
        </div>
        <div class="actions">
          <button type="submit" aria-label=${this.#newTab('Mastodon')}>
            ${msg('Share', { id: 'share.mastodon.submit' })}</button
          ><button type="button" @click=${() => this.#dialog()!.close()}>
            ${msg('Cancel', { id: 'share.cancel' })}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  /** Fires endht-share; false when a listener cancelled it. */
  #fire(network: Network, d: ShareData, href?: string): boolean {
    return this.dispatchEvent(new ShareEvent(network, d.url, d.text, d.hashtags, href));
  }

  /** The page URL again at click time (a single-page app may have navigated since render). */
  #fresh(): ShareData {
    const now = pageUrl();
    if (now != this.#page) {
      this.#page = now;
      this.requestUpdate();
    }
    return this.shareData;
  }

  // Event listeners: Lit calls them with `this` set to the element.
  #onLink(e: MouseEvent): void {
    const a = e.currentTarget as HTMLAnchorElement;
    const network = a.dataset.network as Network;
    const d = this.#fresh();
    const href = shareHref(network, d)!;
    // The link's own navigation follows this listener, so it uses the fresh address.
    a.setAttribute('href', href);
    if (!this.#fire(network, d, href)) e.preventDefault();
  }

  async #native(): Promise<void> {
    const d = this.#fresh();
    if (this.#fire('native', d))
      try {
        await navigator.share({ title: d.subject, text: composeText(d, false), url: d.url });
      } catch (err) {
        // The visitor closed the share sheet: not an error, nothing to say. Any other failure
        // (not allowed here, no target app…): give the visitor the link instead.
        if ((err as Error | undefined)?.name != 'AbortError') this.#copyLink();
      }
  }

  #copyLink(): void {
    this.#copy(this.#fresh().url, 'link');
  }

  #copyAll(): void {
    this.#copy(hashLine(this.#tags), 'hashtags');
  }

  /** Copies with the Clipboard API, else the older execCommand route; announces the result once. */
  async #copy(text: string, kind: CopiedKind): Promise<void> {
    let ok = false;
    try {
      // Throws at once where there is no Clipboard API, so the fallback still runs in the click.
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // denied (e.g. an iframe without clipboard-write) or missing: the fallback
      const root = this.renderRoot as ShadowRoot;
      const before = root.activeElement as HTMLElement | null;
      const area = document.createElement('textarea');
      area.value = text;
      area.readOnly = true;
      area.className = 'visually-hidden';
      area.setAttribute('aria-hidden', 'true');
      try {
        root.append(area);
        area.select();
        ok = document.execCommand('copy');
      } catch {
        // nothing copied
      }
      area.remove();
      before?.focus();
    }
    // The live region is emptied first, so the same message twice is read twice.
    clearTimeout(this.#timer);
    if (this._status) {
      this._status = '';
      await this.updateComplete;
    }
    this._status = ok ? msg('Copied', { id: 'share.copied' }) : msg('Could not copy', { id: 'share.copy.failed' });
    await this.updateComplete;
    // The visible line stays 5 s; the live region is then emptied silently.
    this.#timer = setTimeout(() => (this._status = ''), 5000);
    if (ok) this.dispatchEvent(new CopiedEvent(kind, text));
  }

  #openMastodon(): void {
    const dialog = this.#dialog()!;
    if (!dialog.open) dialog.showModal();
    this.#pick(parseServer(storageGet(MASTODON_STORAGE_KEY)) ?? '');
  }

  /** Puts a server in the field (and focuses it), clearing any error. */
  #pick(server: string): void {
    const input = this.#dialog()!.querySelector('input')!;
    input.value = server;
    this._invalid = false;
    input.focus();
  }

  async #onServerSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const dialog = this.#dialog()!;
    const input = dialog.querySelector('input')!;
    const server = parseServer(input.value);
    if (!server) {
      this._invalid = true;
      await this.updateComplete;
      input.focus();
      return;
    }
    storageSet(MASTODON_STORAGE_KEY, server); // a storage that fails only forgets
    const d = this.#fresh();
    const href = mastodonHref(server, d);
    dialog.close();
    if (this.#fire('mastodon', d, href)) window.open(href, '_blank', 'noopener,noreferrer');
  }

  #onDialogClose(): void {
    this._invalid = false;
    this.renderRoot.querySelector<HTMLElement>('[data-network=mastodon]')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-share': EndhtShare;
  }
  interface GlobalEventHandlersEventMap {
    'endht-share': ShareEvent;
    'endht-copied': CopiedEvent;
  }
}
