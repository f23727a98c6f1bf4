import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { asTrimmedString, capList, pickEnum, readAttribute, warnAttribute } from '../../core/attributes.js';
import { campaignCode, markActed, withCampaignCodes } from '../../core/campaign.js';
import { copyText } from '../../core/clipboard.js';
import { EndhtElement } from '../../core/element.js';
import { linkTarget, renderLink } from '../../core/link.js';
import { storageGet, storageSet } from '../../core/storage.js';
import { baseStyles } from '../../core/styles.js';
import { renderThanks } from '../../core/thanks.js';
import { safeHttpUrl, type HttpUrl } from '../../core/url.js';
import { dayName } from '../../data/day.js';
import { renderDayKicker } from '../../data/day-kicker.js';
import { DEFAULT_HASHTAGS, MASTODON_SERVERS, MASTODON_STORAGE_KEY } from '../../data/share.js';
import { SHARE_ICONS } from '../../data/share-icons.js';
import { CopiedEvent, ShareEvent, type CopiedKind } from './events.js';
import {
  ALL_NETWORKS,
  NETWORKS,
  composeText,
  hashLine,
  mastodonUrl,
  parseHashtags,
  parseNetworks,
  parseServer,
  type Network,
  type ShareData,
} from './networks.js';
import { shareStyles } from './share.styles.js';

export { CopiedEvent, ShareEvent, type CopiedDetail, type CopiedKind, type ShareDetail } from './events.js';
export { EndhtCampaign } from '../../core/campaign.js';
export type { Network, ShareData } from './networks.js';

export const VARIANTS = ['bar', 'compact', 'icons'] as const;

/** The targets a bar shows before "More" when the site names none. */
const FIRST_NETWORKS: readonly Network[] = ['native', 'x', 'facebook', 'linkedin', 'whatsapp', 'copy'];
export type ShareVariant = (typeof VARIANTS)[number];

/**
 * The most hashtags: room for the campaign's four and a site's own. Every one goes into each
 * share text (280 characters on X), and each is a chip.
 */
export const MAX_HASHTAGS = 10;

/**
 * A share bar for the World Day against Trafficking in Persons: the device's own share sheet
 * (where supported), real links to X, Facebook, LinkedIn, WhatsApp, Telegram, Bluesky,
 * Threads, Reddit and email, Mastodon through a server the visitor chooses, "copy link", and a chip per
 * hashtag that copies itself. Nothing is requested from any network until the visitor clicks.
 *
 * @summary Share bar: the device's own share menu, social networks, Mastodon, and copying the link and hashtags.
 * @tag endht-share
 *
 * @fires {ShareEvent} endht-share - Before a share opens. `detail`: `network`, `url`, `text`, `hashtags`,
 *   `href`. Bubbles, composed, cancelable: `preventDefault()` stops the navigation.
 * @fires {CopiedEvent} endht-copied - After a copy. `detail`: `kind` (`link`, `hashtag`, `hashtags`) and
 *   `text`. Bubbles, composed, not cancelable.
 *
 * @csspart base - The card.
 * @csspart title - The "Spread the word" line (bar variant).
 * @csspart today - On 30 July, "Today is the World Day against Trafficking in Persons" above the title (bar variant).
 * @csspart more - The "More" disclosure (`<details>`) of the default bar: the targets after the first six.
 * @csspart list - The list of share controls.
 * @csspart control - Every share link or button.
 * @csspart control-<network> - One network's link or button (e.g. `control-x`, `control-copy`).
 * @csspart icon - An icon.
 * @csspart hashtags - The hashtag chips and "Copy all": one toolbar, one tab stop (arrow keys, Home, End).
 * @csspart chip - A hashtag chip or the "Copy all" chip.
 * @csspart status - The polite live region that says "Copied", visually hidden: the control that copied shows it.
 * @csspart thanks - The polite live region that thanks the visitor after a share.
 * @csspart dialog - The Mastodon server dialog.
 * @csspart input - The server field in the dialog.
 *
 * @cssproperty [--endht-accent=#00689d] - Accent colour of the controls (dark theme: #7fcaf2).
 * @cssproperty [--endht-heart=#009edb] - Decorative UN blue.
 * @cssproperty [--endht-text=#1a2b3c] - Text colour (dark theme: #e8f1f8).
 * @cssproperty [--endht-surface=#fff] - Background (dark theme: #0d1b26).
 * @cssproperty [--endht-radius=12px] - Corner radius.
 * @cssproperty [--endht-font=inherit] - Font family.
 */
export class EndhtShare extends EndhtElement {
  static override styles = [baseStyles, shareStyles];

  /**
   * **Page to share.** The page to share. Default: this page, by its main address if it names one (its canonical
   * URL), else by its address without the part after `#`.
   */
  @property() url?: HttpUrl;

  /** **Message.** The message, as plain text. Default: a sentence about the Day in the page's language. */
  @property() text?: string;

  /**
   * **Hashtags.** The hashtags, separated by commas or spaces, with or without '#'; the first 10 are used. Default:
   * EndHumanTrafficking, endHT, 30July, WorldDayAgainstTraffickingInPersons.
   */
  @property() hashtags?: string;

  /**
   * **Share buttons.** Which buttons, in order, separated by commas: `native` (the device's own share menu), `x`,
   * `facebook`, `linkedin`, `whatsapp`, `telegram`, `bluesky`, `threads`, `mastodon`, `reddit`, `email`, `copy` (copy
   * the link), each once. Default: all of them.
   */
  @property() networks?: string;

  /** **Style.** A card with a title line and named buttons, the same without the title, or a row of icons. */
  @property() variant: ShareVariant = 'bar';

  /**
   * **Campaign code.** A short code for your campaign (letters, digits, `-` and `_`, up to 64), added to
   * the shared address as a tracking code (`utm_source`), so that the visits your site brings can be counted.
   * Default: none.
   */
  @property() campaign?: string;

  /** What a click shares now: the page (with any campaign codes), the message, the hashtags and the email subject. */
  get shareData(): ShareData {
    const defaultMessage = msg(
      '30 July is the World Day against Trafficking in Persons. Join the call to end human trafficking.',
      { id: 'share.message' },
    );
    return {
      url: withCampaignCodes(this.#url ?? this.#pageUrl, this.campaign),
      text: asTrimmedString(this.text) ?? defaultMessage,
      hashtags: this.#hashtags,
      subject: dayName(),
    };
  }

  /** The text of the live region: "Copied" or "Could not copy", for 5 s. */
  @state() private status = '';

  /** The control that copied (see #copy()): the status is shown next to it. */
  @state() private statusBy = '';

  /** The hashtag toolbar's one tab stop (roving tabindex): the chip focused last, by its position. */
  @state() private chipStop = 0;

  /** Whether the server typed in the Mastodon dialog was not a server name. */
  @state() private serverInvalid = false;

  /** Whether the visitor shared on this page view: the element thanks them. */
  @state() private thanked = false;

  /** The page's own address (see pageUrl()), read when connected and again at every click. */
  #pageUrl = '';
  /** The `url` attribute, resolved; undefined when it is unset or not valid. */
  #url?: string;
  #hashtags: readonly string[] = DEFAULT_HASHTAGS;
  #networks: readonly Network[] = ALL_NETWORKS;
  /** Whether the browser has a share sheet (navigator.share) that takes the page. */
  #canShareNatively = false;
  #statusTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#pageUrl = pageUrl();
    this.#canShareNatively = canShareNatively(this.#pageUrl);
    this.requestUpdate(); // the page may have changed while the element was disconnected
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#statusTimer);
    this.status = '';
    this.#dialog?.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('url')) {
      this.#url = readAttribute(this, 'url', this.url, safeHttpUrl, "the page's own URL");
      if (this.#url === undefined) this.url = undefined;
    }
    if (changed.has('hashtags')) {
      const given = asTrimmedString(this.hashtags);
      const { tags: parsed, changed: cleaned } = parseHashtags(given ?? '');
      const warned = given !== undefined && (cleaned || parsed.length === 0);
      const tags = capList(this, 'hashtags', parsed, MAX_HASHTAGS, !warned);
      this.#hashtags = tags.length > 0 ? tags : DEFAULT_HASHTAGS;
      if (warned) warnAttribute(this, 'hashtags', this.hashtags, `"${this.#hashtags.join(',')}"`);
      this.hashtags = tags.length > 0 ? tags.join(',') : undefined;
    }
    if (changed.has('networks')) {
      const { list, unknown } = parseNetworks(asTrimmedString(this.networks) ?? '');
      this.#networks = list.length > 0 ? list : ALL_NETWORKS;
      if (unknown.length > 0) warnAttribute(this, 'networks', this.networks, `"${this.#networks.join(',')}"`);
      this.networks = list.length > 0 ? list.join(',') : undefined;
    }
    if (changed.has('variant')) {
      this.variant = pickEnum(this, 'variant', this.variant, VARIANTS, 'bar');
    }
    if (changed.has('campaign')) {
      this.campaign = readAttribute(this, 'campaign', this.campaign, campaignCode, 'no campaign codes');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The icons variant shares its icons evenly among its rows, and needs to know how many there are
    // (share.styles.ts). Set through the CSS object model, which a strict Content Security Policy allows.
    for (const list of this.renderRoot.querySelectorAll<HTMLElement>('.icons ul')) {
      list.style.setProperty('--_n', String(list.children.length));
    }
  }

  protected override wrapperClasses() {
    return [this.variant];
  }

  // role="list": Safari drops the list role of a <ul> without list markers.
  /* eslint-disable lit-a11y/no-redundant-role */
  protected override renderContent(): TemplateResult {
    const title = msg('Spread the word', { id: 'share.title' });
    const hasTitle = this.variant === 'bar';
    const iconsOnly = this.variant === 'icons';
    const networks = this.#shownNetworks();
    const data = this.shareData;
    return html`
      ${hasTitle ? renderDayKicker() : nothing} ${hasTitle ? html`<p part="title" id="title">${title}</p>` : nothing}
      <ul
        part="list"
        class="list"
        role="list"
        aria-labelledby=${hasTitle ? 'title' : nothing}
        aria-label=${hasTitle ? nothing : title}
      >
        ${this.#renderControls(networks, data)} ${iconsOnly ? this.#renderCopyAllControl() : nothing}
      </ul>
      ${iconsOnly ? nothing : this.#renderHashtagChips()}
      ${renderThanks(this.thanked ? msg('Thank you for spreading the word', { id: 'share.thanks' }) : undefined)}
      <p part="status" class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
      ${networks.includes('mastodon') ? this.#renderMastodonDialog() : nothing}
    `;
  }
  /* eslint-enable lit-a11y/no-redundant-role */

  /** One network's control, in a list item: a link to its share page, or a button. */
  /**
   * Every control, in order. Without a site's own `networks` list, only the first six targets are shown (native
   * share where the browser has it, four networks, copy link); the others sit behind "More", a native disclosure.
   */
  /* eslint-disable lit-a11y/no-redundant-role -- Safari drops the list role of a <ul> without list markers. */
  #renderControls(networks: readonly Network[], data: ShareData): TemplateResult[] {
    const later = this.networks === undefined ? networks.filter((network) => !FIRST_NETWORKS.includes(network)) : [];
    if (later.length === 0) return networks.map((network) => this.#renderControl(network, data));
    const first = networks.filter((network) => FIRST_NETWORKS.includes(network));
    const moreNameClass = this.variant === 'icons' ? 'visually-hidden' : '';
    const more = html`<li class="more">
      <details part="more">
        <summary><span class=${moreNameClass}>${msg('More', { id: 'share.more' })}</span></summary>
        <ul class="list" role="list">
          ${later.map((network) => this.#renderControl(network, data))}
        </ul>
      </details>
    </li>`;
    const beforeCopy = first
      .filter((network) => network !== 'copy')
      .map((network) => this.#renderControl(network, data));
    const copy = first.includes('copy') ? [this.#renderControl('copy', data)] : [];
    return [...beforeCopy, more, ...copy];
  }
  /* eslint-enable lit-a11y/no-redundant-role */

  #renderControl(network: Network, data: ShareData): TemplateResult {
    switch (network) {
      case 'native':
        return this.#renderButton(network, msg('Share…', { id: 'share.native' }), this.#onNativeShareClick);
      case 'copy':
        return this.#renderButton(network, msg('Copy link', { id: 'share.copyLink' }), () => this.#copyLink(network));
      case 'mastodon': {
        const label = msg('Share on Mastodon', { id: 'share.mastodon.title' });
        return this.#renderButton(network, label, this.#onMastodonClick, NETWORKS.mastodon.name);
      }
      case 'email':
        // It opens the visitor's mail app, not a tab.
        return this.#renderShareLink(network, NETWORKS.email.shareUrl, data, {
          newTab: false,
          visibleName: msg('Email', { id: 'share.email' }),
          accessibleName: msg('Share by email', { id: 'share.email.label' }),
        });
      default: {
        const { name, shareUrl } = NETWORKS[network];
        return this.#renderShareLink(network, shareUrl, data, {
          newTab: true,
          visibleName: name,
          accessibleName: shareOnLabel(name),
        });
      }
    }
  }

  /** A control that is a link to a network's share page (or a mailto: link). */
  #renderShareLink(
    network: Network,
    shareUrl: (data: ShareData) => string,
    data: ShareData,
    link: { newTab: boolean; visibleName: string; accessibleName: string },
  ): TemplateResult {
    const href = shareUrl(data);
    // The href exactly as built (URL parsing would re-encode some characters: ' as %27), and a
    // new tab for a network's page whatever linkTarget() makes of its origin.
    const target = { ...linkTarget(href), href, external: link.newTab };
    const content = html`${renderIcon(NETWORKS[network].icon)}<span class="name">${link.visibleName}</span>`;
    return html`<li>
      ${renderLink(target, content, {
        part: `control control-${network}`,
        name: link.accessibleName,
        onClick: (event) => this.#onShareLinkClick(event, network, shareUrl),
      })}
    </li>`;
  }

  /** A control that is a button. `visibleName` is what it shows, where that is shorter than its name. */
  #renderButton(
    control: Network | 'hashtags',
    label: string,
    onClick: () => void,
    visibleName: string = label,
  ): TemplateResult {
    const icon = control === 'hashtags' ? SHARE_ICONS.hashtags : NETWORKS[control].icon;
    return html`<li>
      <button
        part="control control-${control}"
        aria-label=${label}
        aria-haspopup=${control === 'mastodon' ? 'dialog' : nothing}
        data-status=${this.#shownStatus(control)}
        @click=${onClick}
      >
        ${renderIcon(icon)}<span class="name">${visibleName}</span>
      </button>
    </li>`;
  }

  /** The icons variant shows no chips: one control copies all the hashtags. */
  #renderCopyAllControl(): TemplateResult {
    const label = msg('Copy all hashtags', { id: 'share.copyAll.label' });
    return this.#renderButton('hashtags', label, () => this.#copyAllHashtags('hashtags'), '');
  }

  /**
   * The hashtag chips and "Copy all": one toolbar, one tab stop. The arrow keys, Home and End move between the
   * chips (#onToolbarKeydown); Tab comes back to the chip reached last.
   */
  #renderHashtagChips(): TemplateResult {
    const tags = this.#hashtags;
    const count = tags.length > 1 ? tags.length + 1 : tags.length;
    const stop = Math.min(this.chipStop, count - 1);
    const copyAll = html`<button
      part="chip"
      class="chip all"
      tabindex=${stop === tags.length ? 0 : -1}
      data-status=${this.#shownStatus('all')}
      @click=${() => this.#copyAllHashtags('all')}
    >
      ${msg('Copy all', { id: 'share.copyAll' })}
    </button>`;
    return html`<div
      part="hashtags"
      class="tags"
      role="toolbar"
      aria-label=${msg('Hashtags', { id: 'share.hashtags' })}
      @keydown=${this.#onToolbarKeydown}
    >
      ${tags.map((tag, index) => this.#renderHashtagChip(`#${tag}`, index === stop))}
      ${tags.length > 1 ? copyAll : nothing}
    </div>`;
  }

  #renderHashtagChip(hashtag: string, isStop: boolean): TemplateResult {
    return html`<button
      part="chip"
      class="chip"
      dir="auto"
      tabindex=${isStop ? 0 : -1}
      data-status=${this.#shownStatus(hashtag)}
      aria-label=${msg(str`Copy hashtag ${hashtag}`, { id: 'share.copyTag' })}
      @click=${() => this.#copy(hashtag, 'hashtag', hashtag)}
    >
      ${hashtag}
    </button>`;
  }

  /**
   * "Copied" (or "Could not copy") where the eye is: the control that copied carries it in `data-status`, and its
   * style draws it above the control as generated content that screen readers skip: they hear it once, from the
   * live region.
   */
  #shownStatus(control: string): string | typeof nothing {
    return this.status !== '' && this.statusBy === control ? this.status : nothing;
  }

  /** The dialog in which a visitor names their Mastodon server. */
  #renderMastodonDialog(): TemplateResult {
    const invalid = this.serverInvalid;
    const error = msg('Enter a server name such as mastodon.social.', { id: 'share.mastodon.invalid' });
    return html`<dialog part="dialog" aria-labelledby="mt" @close=${this.#onDialogClose}>
      <form @submit=${this.#onServerSubmit}>
        <h2 id="mt">${msg('Share on Mastodon', { id: 'share.mastodon.title' })}</h2>
        <label for="server">${msg('Your Mastodon server', { id: 'share.mastodon.server' })}</label>
        <input
          id="server"
          part="input"
          inputmode="url"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          placeholder="mastodon.social"
          aria-describedby="error"
          aria-invalid=${invalid ? 'true' : 'false'}
        />
        <p id="error">${invalid ? error : nothing}</p>
        <div class="servers">${MASTODON_SERVERS.map((server) => this.#renderServerChoice(server))}</div>
        <div class="actions">
          <button type="submit" aria-label=${shareOnLabel(NETWORKS.mastodon.name)}>
            ${msg('Share', { id: 'share.mastodon.submit' })}
          </button>
          <button type="button" @click=${this.#onCancelClick}>${msg('Cancel', { id: 'share.cancel' })}</button>
        </div>
      </form>
    </dialog>`;
  }

  #renderServerChoice(server: string): TemplateResult {
    return html`<button type="button" class="chip" @click=${() => this.#fillServer(server)}>${server}</button>`;
  }

  /** The controls on show: the chosen ones, without native share where the browser has none; never none. */
  #shownNetworks(): Network[] {
    const shown = this.#networks.filter((network) => network !== 'native' || this.#canShareNatively);
    return shown.length > 0 ? shown : ['copy'];
  }

  /** (The shadow root is not there yet while the element waits to render: core/first-render.ts.) */
  get #dialog(): HTMLDialogElement | null {
    return this.shadowRoot?.querySelector('dialog') ?? null;
  }

  get #serverInput(): HTMLInputElement | null {
    return this.shadowRoot?.querySelector('#server') ?? null;
  }

  /** What is shared, with the page's address read again (a single-page app may have navigated since render). */
  #currentShareData(): ShareData {
    const now = pageUrl();
    if (now !== this.#pageUrl) {
      this.#pageUrl = now;
      this.requestUpdate();
    }
    return this.shareData;
  }

  /** Fires endht-share; false when a listener cancelled it. */
  #fireShare(network: Network, data: ShareData, href: string | undefined): boolean {
    const { url, text, hashtags } = data;
    return this.dispatchEvent(new ShareEvent({ network, url, text, hashtags, href }));
  }

  #onShareLinkClick(event: MouseEvent, network: Network, shareUrl: (data: ShareData) => string): void {
    const data = this.#currentShareData();
    const href = shareUrl(data);
    // The link's own navigation follows this listener, so it goes to the current address.
    (event.currentTarget as HTMLAnchorElement).setAttribute('href', href);
    if (this.#fireShare(network, data, href)) this.#onShared();
    else event.preventDefault();
  }

  async #onNativeShareClick(): Promise<void> {
    const data = this.#currentShareData();
    if (!this.#fireShare('native', data, undefined)) return;
    try {
      await navigator.share({ title: data.subject, text: composeText(data, false), url: data.url });
      this.#onShared();
    } catch (error) {
      // The visitor closed the share sheet: not an error, nothing to say. Any other failure
      // (not allowed here, no target app…): give the visitor the link instead.
      if (!isAbort(error)) this.#copyLink('native');
    }
  }

  /** A share went ahead (its event was not cancelled): the visitor has acted for this campaign. */
  #onShared(): void {
    markActed();
    this.thanked = true;
  }

  /** `control`: the control pressed ("Copy link", or native share when the share sheet failed). */
  #copyLink(control: Network): void {
    this.#copy(this.#currentShareData().url, 'link', control);
  }

  /** `control`: the "Copy all" chip (`all`) or the icons variant's control (`hashtags`). */
  #copyAllHashtags(control: 'all' | 'hashtags'): void {
    this.#copy(hashLine(this.#hashtags), 'hashtags', control);
  }

  /** Copies, says whether it worked (next to `control`, the control pressed), and fires endht-copied when it did. */
  async #copy(text: string, kind: CopiedKind, control: string): Promise<void> {
    const copied = await copyText(text, this.renderRoot as ShadowRoot);
    const said = copied ? msg('Copied', { id: 'share.copied' }) : msg('Could not copy', { id: 'share.copy.failed' });
    await this.#announce(said, control);
    if (copied) this.dispatchEvent(new CopiedEvent({ kind, text }));
  }

  /**
   * Says a short message in the live region, and shows it next to `control`; it stays visible for 5 s, then
   * goes silently.
   */
  async #announce(message: string, control: string): Promise<void> {
    clearTimeout(this.#statusTimer);
    // The live region is emptied first, so the same message twice is read twice.
    if (this.status !== '') {
      this.status = '';
      await this.updateComplete;
    }
    this.status = message;
    this.statusBy = control;
    await this.updateComplete;
    this.#statusTimer = setTimeout(() => {
      this.status = '';
    }, 5000);
  }

  /**
   * The hashtag toolbar's keys (WAI-ARIA toolbar pattern): the arrow keys move to the next or previous chip as
   * seen (so Left moves forward in a right-to-left language), Home and End to the first and last; no wrapping.
   * The chip reached becomes the toolbar's tab stop.
   */
  #onToolbarKeydown(event: KeyboardEvent): void {
    const toolbar = event.currentTarget as HTMLElement;
    const chips = [...toolbar.querySelectorAll('button')];
    const from = chips.indexOf(event.target as HTMLButtonElement);
    const last = chips.length - 1;
    const rtl = getComputedStyle(toolbar).direction === 'rtl';
    const targets: Record<string, number> = {
      ArrowLeft: rtl ? from + 1 : from - 1,
      ArrowRight: rtl ? from - 1 : from + 1,
      Home: 0,
      End: last,
    };
    const to = targets[event.key];
    if (from === -1 || to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.chipStop = Math.min(Math.max(to, 0), last);
    chips[this.chipStop]?.focus();
  }

  #onMastodonClick(): void {
    const dialog = this.#dialog;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    this.#fillServer(parseServer(storageGet(MASTODON_STORAGE_KEY)) ?? '');
  }

  /** Puts a server in the field (and focuses it), clearing any error. */
  #fillServer(server: string): void {
    const input = this.#serverInput;
    if (input === null) return;
    input.value = server;
    this.serverInvalid = false;
    input.focus();
  }

  async #onServerSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const dialog = this.#dialog;
    const input = this.#serverInput;
    if (dialog === null || input === null) return;
    const server = parseServer(input.value);
    if (server === undefined) {
      this.serverInvalid = true;
      await this.updateComplete;
      input.focus();
      return;
    }
    storageSet(MASTODON_STORAGE_KEY, server); // a storage that fails only forgets
    const data = this.#currentShareData();
    const href = mastodonUrl(server, data);
    dialog.close();
    if (!this.#fireShare('mastodon', data, href)) return;
    window.open(href, '_blank', 'noopener,noreferrer');
    this.#onShared();
  }

  #onCancelClick(): void {
    this.#dialog?.close();
  }

  #onDialogClose(): void {
    this.serverInvalid = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="control-mastodon"]')?.focus();
  }
}

/**
 * The page's address: `<link rel="canonical">` if it is a valid http(s) URL, else the location
 * without its #fragment. Browser only (connectedCallback and clicks).
 */
function pageUrl(): string {
  const canonical = document.querySelector('link[rel~=canonical i][href]')?.getAttribute('href');
  return safeHttpUrl(canonical) ?? location.href.split('#')[0];
}

/** Whether the browser has a share sheet that takes the page. */
function canShareNatively(url: string): boolean {
  try {
    if (typeof navigator.share !== 'function') return false;
    return typeof navigator.canShare !== 'function' || navigator.canShare({ url });
  } catch {
    return false; // a canShare() that throws: no native share button
  }
}

/** "Share on X (opens in a new tab)". */
function shareOnLabel(name: string): string {
  return msg(str`Share on ${name} (opens in a new tab)`, { id: 'share.on' });
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** An icon. (An <svg> inside an html`` template is parsed as SVG, its <path> included.) */
function renderIcon(path: string): TemplateResult {
  return html`<svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-share': EndhtShare;
  }
}
