import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { activeLocale, directionOf } from '../../core/locale.js';
import { baseStyles, THEMES, type Theme } from '../../core/styles.js';
import { storageGet, storageSet } from '../../core/storage.js';
import { safeHttpUrl } from '../../core/url.js';
import { asTrimmedString, pickEnum, warnAttr } from '../../core/warn.js';
import { VERSION } from '../../core/version.js';
import { dayName } from '../../data/day.js';
import { ICONS, type IconName } from '../../data/share-icons.js';
import { DEFAULT_HASHTAGS, MASTODON_SERVERS, MASTODON_STORAGE_KEY } from '../../data/share.js';
import {
  BRAND,
  NETWORKS,
  composeText,
  mastodonHref,
  parseHashtags,
  parseNetworks,
  parseServer,
  shareHref,
  type Network,
  type ShareData,
} from './networks.js';
import { shareStyles } from './share.styles.js';

const TAG = 'endht-share';
export const VARIANTS = ['bar', 'compact', 'icons'] as const;
export type Variant = (typeof VARIANTS)[number];
export type CopiedKind = 'link' | 'hashtag' | 'hashtags';

/** How long the visible "Copied" line stays (the live region is emptied silently afterwards). */
const STATUS_MS = 5000;

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
    return { network: this.network, url: this.url, text: this.text, hashtags: this.hashtags, href: this.href };
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
    return { kind: this.kind, text: this.text };
  }
}

/** The page's address: `<link rel="canonical">` if it is a valid http(s) URL, else the location without its #fragment. */
export function pageUrl(): string {
  if (typeof document === 'undefined') return '';
  const link = document.querySelector('link[rel~="canonical" i][href]');
  const canonical = link && safeHttpUrl(link.getAttribute('href'));
  if (canonical) return canonical;
  try {
    const u = new URL(location.href);
    u.hash = '';
    return u.href;
  } catch {
    return '';
  }
}

const icon = (name: IconName) =>
  html`<svg part="icon" class="icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">${svg`<path d=${ICONS[name]}></path>`}</svg>`;

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
 * @csspart control - Every share link or button; also `control-<network>` (e.g. `control-x`, `control-copy`).
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
@localized()
export class EndhtShare extends LitElement {
  static readonly version = VERSION;
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

  @state() private _page = '';
  @state() private _canShare = false;
  @state() private _status = '';
  @state() private _serverError = false;

  private _url?: string;
  private _tags: readonly string[] = DEFAULT_HASHTAGS;
  private _networks: readonly Network[] = NETWORKS;
  private _variant: Variant = 'bar';
  private _theme: Theme = 'light';
  private _statusTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    this._page = pageUrl();
    const nav = typeof navigator !== 'undefined' ? navigator : undefined;
    let can = false;
    try {
      can = typeof nav?.share === 'function' && (typeof nav.canShare !== 'function' || nav.canShare({ url: this._page || 'https://example.org/' }));
    } catch {
      can = false;
    }
    this._canShare = can;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._statusTimer);
    this._statusTimer = undefined;
    this._status = '';
    const dialog = this._dialog;
    if (dialog?.open) dialog.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('url')) {
      const raw = asTrimmedString(this.url);
      this._url = raw === undefined ? undefined : safeHttpUrl(raw);
      if (raw !== undefined && !this._url) warnAttr(TAG, 'url', this.url, "the page's own URL");
    }
    if (changed.has('hashtags')) {
      const raw = asTrimmedString(this.hashtags);
      if (raw === undefined) this._tags = DEFAULT_HASHTAGS;
      else {
        const { tags, changed: dropped } = parseHashtags(raw);
        this._tags = tags.length ? tags : DEFAULT_HASHTAGS;
        if (dropped || !tags.length) warnAttr(TAG, 'hashtags', this.hashtags, `"${this._tags.join(',')}"`);
      }
    }
    if (changed.has('networks')) {
      const raw = asTrimmedString(this.networks);
      if (raw === undefined) this._networks = NETWORKS;
      else {
        const { list, unknown } = parseNetworks(raw);
        this._networks = list.length ? list : NETWORKS;
        if (unknown.length || !list.length) warnAttr(TAG, 'networks', this.networks, `"${this._networks.join(',')}"`);
      }
    }
    if (changed.has('variant')) this._variant = pickEnum(TAG, 'variant', this.variant, VARIANTS, 'bar');
    if (changed.has('theme')) this._theme = pickEnum(TAG, 'theme', this.theme, THEMES, 'light');
  }

  /** What is shared right now: URL, message, hashtags and email subject. */
  get shareData(): ShareData {
    return {
      url: this._url ?? this._page,
      text: asTrimmedString(this.text) ?? msg('30 July is the World Day against Trafficking in Persons. Join the call to end human trafficking.', { id: 'share.message' }),
      hashtags: this._tags,
      subject: dayName(),
    };
  }

  /** The networks shown: the requested ones, minus native share where the browser has none; never empty. */
  private get _shown(): Network[] {
    const list = this._networks.filter((n) => n !== 'native' || this._canShare);
    return list.length ? list : ['copy'];
  }

  private get _dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector?.('dialog') ?? null;
  }

  override render(): TemplateResult {
    const lang = activeLocale();
    const v = this._variant;
    const d = this.shareData;
    const title = msg('Spread the word', { id: 'share.title' });
    const shown = this._shown;
    const bar = v === 'bar';
    const icons = v === 'icons';
    // Templates are kept on few lines: the bundle is not HTML-minified.
    return html`<div part="base" class="base ${v} theme-${this._theme}" lang=${lang} dir=${directionOf(lang)}>${bar ? html`<p part="title" class="title" id="title">${title}</p>` : nothing}<ul part="list" class="list" role="list" aria-labelledby=${bar ? 'title' : nothing} aria-label=${bar ? nothing : title}>${shown.map((n) => html`<li>${this._control(n, d)}</li>`)}${icons ? html`<li>${this._button('hashtags', msg('Copy all hashtags', { id: 'share.copyAll.label' }), '', this._copyAll)}</li>` : nothing}</ul>${icons ? nothing : this._chips()}<p part="status" class="status" role="status" aria-live="polite">${this._status}</p>${shown.includes('mastodon') ? this._mastodonDialog() : nothing}</div>`;
  }

  private _button(n: IconName, label: string, text: string, click: () => unknown, popup?: boolean): TemplateResult {
    return html`<button type="button" part="control control-${n}" class="btn" data-network=${n} aria-label=${label} aria-haspopup=${popup ? 'dialog' : nothing} @click=${click}>${icon(n)}<span class="name">${text}</span></button>`;
  }

  private _control(n: Network, d: ShareData): TemplateResult {
    const name = BRAND[n];
    if (n === 'native') {
      const label = msg('Share…', { id: 'share.native' });
      return this._button(n, label, label, this._native);
    }
    if (n === 'copy') {
      const label = msg('Copy link', { id: 'share.copyLink' });
      return this._button(n, label, label, this._copyLink);
    }
    if (n === 'mastodon') return this._button(n, msg('Share on Mastodon', { id: 'share.mastodon.title' }), name!, this._openMastodon, true);
    const email = n === 'email';
    return html`<a part="control control-${n}" class="btn" data-network=${n} href=${shareHref(n, d)!} target=${email ? nothing : '_blank'} rel=${email ? nothing : 'noopener noreferrer'} aria-label=${email ? msg('Share by email', { id: 'share.email.label' }) : this._newTab(name!)} @click=${this._onLink}>${icon(n)}<span class="name">${email ? msg('Email', { id: 'share.email' }) : name}</span></a>`;
  }

  private _newTab(name: string): string {
    return msg(str`Share on ${name} (opens in a new tab)`, { id: 'share.on' });
  }

  private _chips(): TemplateResult {
    const tags = this._tags;
    return html`<div part="hashtags" class="tags" role="group" aria-label=${msg('Hashtags', { id: 'share.hashtags' })}>${tags.map((t) => {
      const tag = `#${t}`;
      return html`<button type="button" part="chip" class="chip" dir="auto" aria-label=${msg(str`Copy hashtag ${tag}`, { id: 'share.copyTag' })} @click=${() => this._copy(tag, 'hashtag')}>${tag}</button>`;
    })}${tags.length > 1 ? html`<button type="button" part="chip" class="chip all" @click=${this._copyAll}>${msg('Copy all', { id: 'share.copyAll' })}</button>` : nothing}</div>`;
  }

  private _mastodonDialog(): TemplateResult {
    const invalid = this._serverError;
    return html`<dialog part="dialog" class="dialog" aria-labelledby="mt" @close=${this._onDialogClose}><form novalidate @submit=${this._onServerSubmit}><h2 id="mt" class="dlg-title">${msg('Share on Mastodon', { id: 'share.mastodon.title' })}</h2><label for="server" class="field-label">${msg('Your Mastodon server', { id: 'share.mastodon.server' })}</label><input id="server" part="input" class="input" type="text" inputmode="url" autocomplete="off" autocapitalize="off" spellcheck="false" placeholder="mastodon.social" aria-describedby="error" aria-invalid=${invalid ? 'true' : 'false'} /><p id="error" class="error">${invalid ? msg('Enter a server name such as mastodon.social.', { id: 'share.mastodon.invalid' }) : nothing}</p><div class="servers">${MASTODON_SERVERS.map((s) => html`<button type="button" class="chip" @click=${() => this._pickServer(s)}>${s}</button>`)}</div><div class="actions"><button type="submit" class="primary" aria-label=${this._newTab('Mastodon')}>${msg('Share', { id: 'share.mastodon.submit' })}</button><button type="button" class="secondary" @click=${this._closeDialog}>${msg('Cancel', { id: 'share.cancel' })}</button></div></form></dialog>`;
  }

  /** Fires endht-share; false when a listener cancelled it. */
  private _fire(network: Network, d: ShareData, href: string | undefined): boolean {
    return this.dispatchEvent(new ShareEvent(network, d.url, d.text, d.hashtags, href));
  }

  /** The page URL again at click time (a single-page app may have navigated since render). */
  private _fresh(): ShareData {
    const now = pageUrl();
    if (now && now !== this._page) this._page = now;
    return this.shareData;
  }

  private _onLink = (e: MouseEvent) => {
    const a = e.currentTarget as HTMLAnchorElement;
    const network = a.dataset.network as Network;
    const d = this._fresh();
    const href = shareHref(network, d)!;
    // The link's own navigation follows this listener, so it uses the fresh address.
    if (a.getAttribute('href') !== href) a.setAttribute('href', href);
    if (!this._fire(network, d, href)) e.preventDefault();
  };

  private _native = async () => {
    const d = this._fresh();
    if (!this._fire('native', d, undefined)) return;
    try {
      await navigator.share({ title: d.subject, text: composeText(d, false), url: d.url });
    } catch (err) {
      // The visitor closed the share sheet: not an error, nothing to say.
      if ((err as DOMException | undefined)?.name === 'AbortError') return;
      // Sharing failed (not allowed here, no target app…): give the visitor the link instead.
      await this._copyLink();
    }
  };

  private _copyLink = () => this._copy(this._fresh().url, 'link');

  private _copyAll = () => this._copy(this._tags.map((t) => `#${t}`).join(' '), 'hashtags');

  /** Copies with the Clipboard API, else the older execCommand route; announces the result once. */
  private async _copy(text: string, kind: CopiedKind): Promise<void> {
    let ok = false;
    try {
      const clip = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
      if (clip && typeof clip.writeText === 'function') {
        await clip.writeText(text);
        ok = true;
      }
    } catch {
      ok = false; // denied (e.g. an iframe without clipboard-write): try the fallback
    }
    if (!ok) ok = this._legacyCopy(text);
    if (ok) {
      await this._announce(msg('Copied', { id: 'share.copied' }));
      this.dispatchEvent(new CopiedEvent(kind, text));
    } else {
      await this._announce(msg('Could not copy', { id: 'share.copy.failed' }));
    }
  }

  private _legacyCopy(text: string): boolean {
    const root = this.renderRoot as ShadowRoot;
    const before = root.activeElement as HTMLElement | null;
    const area = document.createElement('textarea');
    area.value = text;
    area.readOnly = true;
    area.className = 'visually-hidden';
    area.setAttribute('aria-hidden', 'true');
    area.tabIndex = -1;
    let ok = false;
    try {
      root.appendChild(area);
      area.select();
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    } finally {
      area.remove();
      before?.focus();
    }
    return ok;
  }

  /** Puts a message in the live region (emptied first, so the same message twice is read twice). */
  private async _announce(message: string): Promise<void> {
    clearTimeout(this._statusTimer);
    if (this._status) {
      this._status = '';
      await this.updateComplete;
    }
    this._status = message;
    await this.updateComplete;
    this._statusTimer = setTimeout(() => {
      this._status = '';
    }, STATUS_MS);
  }

  private _openMastodon = async () => {
    const dialog = this._dialog;
    if (!dialog) return;
    const input = dialog.querySelector('input')!;
    this._serverError = false;
    input.value = parseServer(storageGet(MASTODON_STORAGE_KEY)) ?? '';
    if (!dialog.open) dialog.showModal();
    input.focus();
  };

  private _pickServer(server: string): void {
    const input = this._dialog?.querySelector('input');
    if (!input) return;
    input.value = server;
    this._serverError = false;
    input.focus();
  }

  private _onServerSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const dialog = this._dialog!;
    const input = dialog.querySelector('input')!;
    const server = parseServer(input.value);
    if (!server) {
      this._serverError = true;
      await this.updateComplete;
      input.focus();
      return;
    }
    this._serverError = false;
    input.value = server;
    storageSet(MASTODON_STORAGE_KEY, server); // a storage that fails only forgets
    const d = this._fresh();
    const href = mastodonHref(server, d);
    dialog.close();
    if (this._fire('mastodon', d, href)) window.open(href, '_blank', 'noopener,noreferrer');
  };

  private _closeDialog = () => this._dialog?.close();

  private _onDialogClose = () => {
    this._serverError = false;
    (this.renderRoot.querySelector('[data-network="mastodon"]') as HTMLElement | null)?.focus();
  };
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
