import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { asTrimmedString, capList, pickEnum, readAttribute, warnAttribute } from '../../core/attributes.js';
import { EndhtElement } from '../../core/element.js';
import { formatCalendarDate } from '../../core/format.js';
import { linkTarget, renderLink, type LinkTarget } from '../../core/link.js';
import { activeLocale, intlLocale } from '../../core/locale.js';
import { baseStyles } from '../../core/styles.js';
import { safeHttpUrl, type HttpUrl } from '../../core/url.js';
import {
  HELPLINES,
  INHOPE_PAGE,
  IOM_REPORTING_PAGE,
  type CountryCode,
  type Helpline,
  type HelplineKind,
} from '../../data/helplines.js';
import {
  OTHER_COUNTRY,
  pageRegion,
  rememberChoice,
  rememberedChoice,
  timeZoneCountry,
  type CountryChoice,
} from './country.js';
import { CountryChangedEvent, ExitTriggeredEvent, type ExitTriggeredDetail } from './events.js';
import { helpStyles } from './help.styles.js';
import { ShiftShortcut, registerQuickExit, type QuickExitOwner } from './shortcut.js';
import { checkSiteHelplines, countryCode, type SiteHelpline } from './site-helplines.js';

export { CountryChangedEvent, ExitTriggeredEvent } from './events.js';
export type { CountryChangedDetail, ExitTriggeredDetail } from './events.js';
export type { SiteHelpline } from './site-helplines.js';

/**
 * The most lines a site may supply: one per country for every country a large international
 * site serves, with room to spare. More are cut, with one warning.
 */
export const MAX_SITE_HELPLINES = 100;
export type { CountryCode, Helpline, HelplineKind } from '../../data/helplines.js';

/** What the element shows: the signs of trafficking, staying safe online, or where to get help. */
export const TOPICS = ['signs', 'online', 'report'] as const;
export type HelpTopic = (typeof TOPICS)[number];

/** Where the "Leave this site" button stays: the top or the bottom edge of the window. */
export const EXIT_POSITIONS = ['top', 'bottom'] as const;
export type ExitPosition = (typeof EXIT_POSITIONS)[number];

/**
 * Topics in the order to show them, separated by commas or spaces: `signs, online, report`.
 * `none` shows no topic (only the quick exit).
 */
export type HelpTopicList = string;

/**
 * Where the quick exit sends the tab: the World Weather Information Service of the World
 * Meteorological Organization. A neutral page that shows the same thing to everyone (no
 * account, no history, no suggestions), that loads quickly, and that is reachable worldwide
 * (it is run for the WMO by the Hong Kong Observatory). docs/help.md explains the choice.
 */
export const DEFAULT_EXIT_URL = 'https://worldweather.wmo.int/';

/** How to browse without saving history (Mozilla's help, in the visitor's language). */
export const DEFAULT_SAFETY_URL = 'https://support.mozilla.org/kb/private-browsing-use-firefox-without-history';

/**
 * Help for visitors: the signs of trafficking, staying safe online, and where to get help or
 * report, with the helpline of the visitor's country (chosen without any request: the
 * `country` attribute, the region of `<html lang>`, or the visitor's time zone; the visitor
 * can pick another). A country without a checked line gets the international advice. With
 * `quick-exit`, a "Leave this site" button stays in reach and Shift pressed 3 times leaves at
 * once.
 *
 * It is not part of the campaign drop-in `endht-widgets.js`: it ships as its own file,
 * `endht-help.js`, and in the npm package.
 *
 * @summary Signs of trafficking, safety online, a helpline for the visitor's country, and a quick exit.
 * @tag endht-help
 *
 * No slot: the tag's own content is the fallback shown before the element is defined or
 * without JavaScript (a link to a helpline, a plain "Leave this site" link), and is not
 * rendered after upgrade. A child `<script type="application/json">` holding an array of lines
 * supplies the site's own helplines.
 *
 * @fires {CountryChangedEvent} endht-country-changed - The visitor chose another country. `detail`: `country`
 *   (ISO code, or null for "Other country"). Bubbles, composed, not cancelable.
 * @fires {ExitTriggeredEvent} endht-exit-triggered - The quick exit started: the page is hidden and the tab is
 *   leaving. `detail`: `url` and `trigger` (`button`, `link` or `shortcut`). Bubbles, composed, not cancelable.
 *
 * @csspart base - The wrapper.
 * @csspart topic - One topic (signs, online, report).
 * @csspart title - A topic's title.
 * @csspart list - A topic's list of points.
 * @csspart caution - The note that signs are not proof.
 * @csspart country - The country list.
 * @csspart helpline - The helpline card.
 * @csspart helpline-name - The line's name.
 * @csspart phone - The call link with the number.
 * @csspart action - The text, TTY, chat and website links.
 * @csspart advice - The international advice (a country without a line).
 * @csspart advice-link - The link to IOM's country-by-country reporting page, in the international advice.
 * @csspart online-report - The link to where online child sexual abuse material is reported.
 * @csspart source - A topic's source line.
 * @csspart source-link - The link in a topic's source line.
 * @csspart exit - The "Leave this site" button.
 * @csspart exit-note - The note on what the quick exit does and does not do.
 * @csspart exit-note-link - The link to help on browsing privately, in that note.
 * @csspart leaving - The blank screen shown while the tab leaves.
 */
export class EndhtHelp extends EndhtElement {
  static override styles = [baseStyles, helpStyles];

  /**
   * How the quick exit leaves: `location.replace`, so that Back does not return here. Tests
   * replace it, since the real one would take the test page away.
   * @internal
   */
  static navigate: (url: string) => void = (url) => window.location.replace(url);

  /** **Topic.** The topic to show. */
  @property() topic: HelpTopic = 'report';

  /**
   * **Topics.** Several topics, in order, e.g. `signs, online, report`, instead of the single topic above. `none`: only
   * the quick exit.
   */
  @property() topics?: HelpTopicList;

  /**
   * **Country.** The country whose helpline to show, by its two-letter code, e.g. `GB`. Default: guessed from the
   * page.
   */
  @property() country?: CountryCode;

  /**
   * **Remember the visitor's country.** Keep the visitor's choice of country for their next visits (in this browser's
   * storage).
   */
  @property({ type: Boolean, attribute: 'remember-country' }) rememberCountry = false;

  /** **Quick exit.** Shows the "Leave this site" button; pressing Shift 3 times also leaves the site. */
  @property({ type: Boolean, attribute: 'quick-exit' }) quickExit = false;

  /** **Position of the quick exit.** Where the "Leave this site" button stays. */
  @property({ attribute: 'exit-position' }) exitPosition: ExitPosition = 'top';

  /** **Where the quick exit goes.** The neutral page the quick exit opens (http or https). */
  @property({ attribute: 'exit-url' }) exitUrl: HttpUrl = DEFAULT_EXIT_URL;

  /** **Page on browsing safely.** A page on browsing privately, linked from the quick exit's note (http or https). */
  @property({ attribute: 'safety-url' }) safetyUrl: HttpUrl = DEFAULT_SAFETY_URL;

  /** The site's own helplines, one per country; they replace the built-in line of the same country. */
  @property({ attribute: false }) helplines?: readonly SiteHelpline[];

  /** The country the visitor picked in the list, this page view. */
  @state() private chosen?: CountryChoice;

  /** Shift presses counted so far (0–2), shown on the button. */
  @state() private presses = 0;

  /** What the live region says about the shortcut. */
  @state() private announcement = '';

  /** The quick exit has started: the element's own content is hidden too, under the blank screen. */
  @state() private leaving = false;

  #lines: ReadonlyMap<CountryCode, Helpline> = linesByCountry(HELPLINES);
  /** The text of the child `<script type="application/json">`, if any, and whether it changed since the last update. */
  #json?: string;
  #jsonChanged = false;
  #topics: readonly HelpTopic[] = ['report'];
  #country?: CountryCode;
  #links: Links = linksFor(undefined, DEFAULT_SAFETY_URL);
  #observer?: MutationObserver;
  #unregister?: () => void;
  #savedVisibility?: { value: string; priority: string };

  #shortcut = new ShiftShortcut({
    progress: (count) => {
      this.presses = count;
      this.announcement = pressesLeftText(count);
    },
    expired: () => {
      this.presses = 0;
      this.announcement = msg('Shortcut to leave this site timed out.', { id: 'help.exit.expired' });
    },
    cleared: () => {
      this.announcement = '';
    },
    complete: () => {
      this.presses = 0;
      this.#leave('shortcut');
    },
  });

  #quickExitOwner: QuickExitOwner = {
    shortcut: this.#shortcut,
    exitThroughLink: (event) => {
      event.preventDefault();
      this.#leave('link');
    },
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readJson();
    if (typeof MutationObserver !== 'undefined') {
      this.#observer = new MutationObserver(() => this.#readJson());
      this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    }
    this.#syncQuickExit();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#stopQuickExit();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topic')) this.topic = pickEnum(this, 'topic', this.topic, TOPICS, 'report');
    if (changed.has('topic') || changed.has('topics')) this.#topics = this.#readTopics();
    if (changed.has('country')) {
      this.country = readAttribute(this, 'country', this.country, countryCode, "the visitor's country");
    }
    if (changed.has('exitPosition')) {
      this.exitPosition = pickEnum(this, 'exit-position', this.exitPosition, EXIT_POSITIONS, 'top');
    }
    if (changed.has('exitUrl')) {
      const url = readAttribute(this, 'exit-url', this.exitUrl, (text) => safeHttpUrl(text), `"${DEFAULT_EXIT_URL}"`);
      this.exitUrl = url ?? DEFAULT_EXIT_URL;
    }
    if (changed.has('safetyUrl')) {
      const url = readAttribute(this, 'safety-url', this.safetyUrl, (text) => safeHttpUrl(text), 'Mozilla’s help');
      this.safetyUrl = url ?? DEFAULT_SAFETY_URL;
    }
    if (changed.has('helplines') || this.#jsonChanged) {
      this.#jsonChanged = false;
      this.#lines = this.#readLines();
    }
    if (changed.has('rememberCountry') && this.rememberCountry && this.chosen === undefined) {
      this.chosen = rememberedChoice();
    }
    this.#country = this.#resolveCountry();
    this.#links = linksFor(this.#country === undefined ? undefined : this.#lines.get(this.#country), this.safetyUrl);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('quickExit')) this.#syncQuickExit();
  }

  /** With the quick exit, the element renders at once: its button must be there wherever its tag is. */
  protected override get rendersWhenNear(): boolean {
    return !this.quickExit;
  }

  protected override wrapperClasses() {
    return [
      this.#topics.length === 0 ? 'exit-only' : '',
      this.leaving ? 'is-leaving' : '',
      this.quickExit ? `exit-${this.exitPosition}` : '',
    ];
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    if (this.#topics.length === 0 && !this.quickExit) return nothing;
    return html`
      ${this.quickExit ? this.#exitButton() : nothing}
      <div class="body">${this.#topicList()} ${this.quickExit ? this.#exitNote() : nothing}</div>
    `;
  }

  #topicList(): TemplateResult | typeof nothing {
    if (this.#topics.length === 0) return nothing;
    return html`<div class="topics">${this.#topics.map((topic) => this.#topic(topic))}</div>`;
  }

  #topic(topic: HelpTopic): TemplateResult {
    switch (topic) {
      case 'signs':
        return this.#signs();
      case 'online':
        return this.#online();
      case 'report':
        return this.#report();
    }
  }

  /** IOM's signs, with UNODC's caution that no sign on its own proves trafficking. */
  #signs(): TemplateResult {
    return html`<div part="topic" class="topic signs">
      <p part="title" class="title">${msg('Know the signs', { id: 'help.signs.title' })}</p>
      <p class="intro">${msg('A person may need help if they:', { id: 'help.signs.intro' })}</p>
      <ul part="list" class="list">
        <li>${msg('do not speak for themselves, and someone else speaks for them', { id: 'help.signs.speak' })}</li>
        <li>${msg('are verbally or emotionally abused by the person who is with them', { id: 'help.signs.abuse' })}</li>
        <li>${msg('do not have their identity or travel documents', { id: 'help.signs.documents' })}</li>
        <li>${msg('seem afraid, shy or submissive', { id: 'help.signs.fear' })}</li>
        <li>${msg('do not know which country they are in', { id: 'help.signs.country' })}</li>
      </ul>
      <p part="caution" class="caution">
        ${msg(
          `These signs are not proof. One sign alone does not mean that someone is being trafficked, and \
some people who are trafficked show none. If you are worried, talk to a helpline.`,
          { id: 'help.signs.caution' },
        )}
      </p>
      ${this.#source('iom')}
    </div>`;
  }

  /** IOM's advice on recruitment scams, and the UN's 2024 message on children online. */
  #online(): TemplateResult {
    return html`<div part="topic" class="topic online">
      <p part="title" class="title">${msg('Stay safe online', { id: 'help.online.title' })}</p>
      <p class="intro">${msg('Take care when:', { id: 'help.online.intro' })}</p>
      <ul part="list" class="list">
        <li>${msg('an offer seems too good to be true', { id: 'help.online.too-good' })}</li>
        <li>
          ${msg('someone offers you a job abroad and will pay for your journey and arrange your visa or papers', {
            id: 'help.online.job-abroad',
          })}
        </li>
        <li>
          ${msg('someone you have only met online or by phone offers you a relationship and a move abroad', {
            id: 'help.online.romance',
          })}
        </li>
        <li>
          ${msg('a job interview is in a private place without a clear name or sign', { id: 'help.online.interview' })}
        </li>
        <li>
          ${msg('you are asked for full-body photos, or asked to keep an offer secret', { id: 'help.online.photos' })}
        </li>
      </ul>
      <p class="children">
        ${msg(
          `Traffickers also use online platforms to reach children. Talk with the children in your life \
about who they meet online, and report anything that worries you.`,
          { id: 'help.online.children' },
        )}
      </p>
      ${this.#source('iom')}
    </div>`;
  }

  /** The country's helpline (or the international advice), the country list, and where to report online abuse. */
  #report(): TemplateResult {
    const line = this.#country === undefined ? undefined : this.#lines.get(this.#country);
    return html`<div part="topic" class="topic report">
      <p part="title" class="title">${msg('Get help or report', { id: 'help.report.title' })}</p>
      ${this.#countryList(line)} ${line ? this.#helpline(line) : this.#internationalAdvice()}
      <p class="emergency">
        ${msg('If someone is in immediate danger, call your local emergency number.', { id: 'help.report.emergency' })}
      </p>
      ${this.#onlineReport(line)} ${this.#source(line ? 'line' : 'iom', line)}
    </div>`;
  }

  #countryList(line: Helpline | undefined): TemplateResult {
    const locale = intlLocale(activeLocale());
    const names = regionNamesIn(locale);
    const collator = new Intl.Collator(locale);
    const options = [...this.#lines.keys()]
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => collator.compare(a.name, b.name));
    const selected = line ? line.country : OTHER_COUNTRY;
    return html`<p class="country">
      <label for="country">${msg('Country', { id: 'help.report.country' })}</label>
      <select part="country" id="country" @change=${this.#onCountryChange}>
        ${options.map(({ code, name }) => html`<option value=${code} ?selected=${code === selected}>${name}</option>`)}
        <option value=${OTHER_COUNTRY} ?selected=${selected === OTHER_COUNTRY}>
          ${msg('Other country', { id: 'help.report.other' })}
        </option>
      </select>
    </p>`;
  }

  #helpline(line: Helpline): TemplateResult {
    return html`<div part="helpline" class="helpline">
      ${this.#lineName(line)} ${kindNote(line.kind)}
      <a part="phone" class="phone" href=${`tel:${line.tel}`}>
        <span class="call">${msg('Call', { id: 'help.call' })}</span>
        <bdi class="number" dir="ltr">${line.phone}</bdi>
      </a>
      ${this.#actions(line)} ${this.#abroad(line)} ${this.#facts(line)}
      <p class="for-anyone">
        ${msg('You can call for yourself or for someone you are worried about.', { id: 'help.report.for-anyone' })}
      </p>
    </div>`;
  }

  /** The local name first (in its language) with the English name under it; else the English name, marked as such. */
  #lineName(line: Helpline): TemplateResult {
    if (line.localName) {
      return html`<p part="helpline-name" class="line-name">
        <span lang=${line.localName.lang}>${line.localName.text}</span>
        <span class="english" lang="en">${line.name}</span>
      </p>`;
    }
    const lang = activeLocale() === 'en' ? nothing : 'en';
    return html`<p part="helpline-name" class="line-name"><span lang=${lang}>${line.name}</span></p>`;
  }

  /** Text, TTY, chat and website, where the line offers them. */
  #actions(line: Helpline): TemplateResult | typeof nothing {
    const { chat, web } = this.#links;
    if (line.text === undefined && line.tty === undefined && !chat && !web) return nothing;
    return html`<p class="actions">
      ${this.#dialAction('sms', line.text, msg('Text', { id: 'help.text' }))}
      ${this.#dialAction('tel', line.tty, msg('TTY', { id: 'help.tty' }))}
      ${chat ? this.#actionLink(chat, msg('Chat online', { id: 'help.chat' })) : nothing}
      ${web ? this.#actionLink(web, msg('Website', { id: 'help.web' })) : nothing}
    </p>`;
  }

  /** "Text 233733" (an sms: link) or "TTY 711" (a tel: link). */
  #dialAction(scheme: 'sms' | 'tel', number: string | undefined, label: string): TemplateResult | typeof nothing {
    if (number === undefined) return nothing;
    return html`<a part="action" class="action" href=${`${scheme}:${number}`}>
      ${label} <bdi dir="ltr">${number}</bdi>
    </a>`;
  }

  /** The number to call from another country, when it differs. */
  #abroad(line: Helpline): TemplateResult | typeof nothing {
    if (!line.abroad) return nothing;
    return html`<p class="abroad">
      ${msg('From abroad:', { id: 'help.abroad' })}
      <a href=${`tel:${line.abroad.tel}`}><bdi dir="ltr">${line.abroad.phone}</bdi></a>
    </p>`;
  }

  #actionLink(target: LinkTarget, label: string): TemplateResult {
    return renderLink(target, label, { part: 'action', class: 'action', label });
  }

  /** Hours, cost and operator, only as the sources state them. */
  #facts(line: Helpline): TemplateResult | typeof nothing {
    const facts: Array<TemplateResult | string> = [];
    if (line.hours === '24/7') facts.push(msg('24 hours a day, 7 days a week', { id: 'help.hours.always' }));
    if (line.free) facts.push(msg('Free to call', { id: 'help.free' }));
    if (line.operator) {
      const operator = line.operator;
      facts.push(msg(str`Run by ${operator}`, { id: 'help.operator' }));
    }
    if (facts.length === 0) return nothing;
    return html`<ul class="facts">
      ${facts.map((fact) => html`<li>${fact}</li>`)}
    </ul>`;
  }

  /** A country without a checked line: say so plainly, and point to IOM's country-by-country page. */
  #internationalAdvice(): TemplateResult {
    const label = msg('Where to report, country by country (IOM)', { id: 'help.advice.iom' });
    return html`<div part="advice" class="advice">
      <p>${this.#noLineText()}</p>
      <p>${renderLink(this.#links.iom, label, { part: 'advice-link', class: 'advice-link', label })}</p>
    </div>`;
  }

  #noLineText(): string {
    const name = this.#country === undefined ? undefined : regionNamesIn(intlLocale(activeLocale())).of(this.#country);
    if (name === undefined)
      return msg('No helpline has been checked for your country yet.', { id: 'help.advice.none-unknown' });
    return msg(str`No helpline has been checked for ${name} yet.`, { id: 'help.advice.none' });
  }

  /** Where to report child sexual abuse material found online: the country's own page, or INHOPE's hotlines. */
  #onlineReport(line: Helpline | undefined): TemplateResult {
    const own = this.#links.online;
    const target = own ?? this.#links.inhope;
    const label =
      own && line?.onlineReport
        ? line.onlineReport.name
        : msg('your national hotline (INHOPE)', { id: 'help.online-report.inhope' });
    const link = renderLink(target, label, { part: 'online-report', label });
    return html`<p class="online-report">
      ${msg(html`To report sexual abuse of children online, contact ${link}.`, { id: 'help.online-report' })}
    </p>`;
  }

  /** "Source · Checked 3 December 2026": one source link per topic. */
  #source(which: 'iom' | 'line', line?: Helpline): TemplateResult {
    const target = which === 'line' && this.#links.source ? this.#links.source : this.#links.iom;
    const label = msg('Source', { id: 'help.source' });
    const date = line ? checkedDate(line.checked) : undefined;
    return html`<p part="source" class="source">
      ${renderLink(target, label, { part: 'source-link', label })}
      ${date ? html`<span class="checked">· ${msg(str`Checked ${date}`, { id: 'help.checked' })}</span>` : nothing}
    </p>`;
  }

  #exitButton(): TemplateResult {
    return html`<div class="exit-bar">
        <a
          part="exit"
          class="exit"
          href=${this.exitUrl}
          rel="nofollow noreferrer"
          @click=${this.#onExitClick}
          @auxclick=${this.#onExitClick}
          ><span class="visually-hidden">${msg('Emergency:', { id: 'help.exit.emergency' })} </span>${msg(
            'Leave this site',
            { id: 'help.exit.label' },
          )}${this.#pressDots()}</a
        >
      </div>
      <span class="visually-hidden" role="status">${this.announcement}</span>
      <dialog part="leaving" class="leaving" @cancel=${preventDefault}><p role="alert"></p></dialog>`;
  }

  /** Three dots on the button that fill as Shift is pressed (the live region says it in words). */
  #pressDots(): TemplateResult | typeof nothing {
    if (this.presses === 0) return nothing;
    return html`<span class="dots" aria-hidden="true"
      >${[1, 2, 3].map((dot) => html`<span class=${dot <= this.presses ? 'dot on' : 'dot'}></span>`)}</span
    >`;
  }

  #exitNote(): TemplateResult {
    const safety = this.#links.safety;
    const label = msg('How to browse privately', { id: 'help.exit.private' });
    return html`<p part="exit-note" class="exit-note">
      ${msg(
        `The “Leave this site” button, or the Shift key pressed 3 times, hides this page at once and \
opens another site. Your browser’s history still lists this site.`,
        { id: 'help.exit.note' },
      )}
      ${renderLink(safety, label, { part: 'exit-note-link', label })}
    </p>`;
  }

  #onCountryChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    const choice: CountryChoice = value === OTHER_COUNTRY ? OTHER_COUNTRY : (countryCode(value) ?? OTHER_COUNTRY);
    this.chosen = choice;
    if (this.rememberCountry) rememberChoice(choice);
    this.dispatchEvent(new CountryChangedEvent({ country: choice === OTHER_COUNTRY ? null : choice }));
  };

  #onExitClick = (event: MouseEvent): void => {
    event.preventDefault();
    this.#leave('button');
  };

  /** Back from the next page (the page restored from the back-forward cache): show it again. */
  #onPageShow = (): void => {
    this.#showPage();
  };

  /** Hides the page at once, tells listeners, then replaces this page in the tab's history. */
  #leave(trigger: ExitTriggeredDetail['trigger']): void {
    if (this.leaving) return;
    this.leaving = true;
    this.#shortcut.reset();
    this.presses = 0;
    this.announcement = '';
    this.#hidePage();
    this.dispatchEvent(new ExitTriggeredEvent({ url: this.exitUrl, trigger }));
    EndhtHelp.navigate(this.exitUrl);
  }

  /**
   * The whole page disappears in the same frame: the root element is hidden through the CSSOM
   * (allowed under any Content Security Policy; no markup is added to the page) and the
   * element's own blank dialog opens in the top layer, which also makes everything else inert
   * for assistive technology. Its alert is filled after it opens, so that it is announced.
   */
  #hidePage(): void {
    const root = document.documentElement.style;
    this.#savedVisibility = {
      value: root.getPropertyValue('visibility'),
      priority: root.getPropertyPriority('visibility'),
    };
    root.setProperty('visibility', 'hidden', 'important');
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (!dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
    }
    const alert = dialog.querySelector('p');
    if (alert) alert.textContent = msg('Leaving…', { id: 'help.exit.leaving' });
  }

  #showPage(): void {
    this.leaving = false;
    this.#shortcut.reset();
    this.presses = 0;
    this.announcement = '';
    if (this.#savedVisibility) {
      const { value, priority } = this.#savedVisibility;
      const root = document.documentElement.style;
      if (value === '') root.removeProperty('visibility');
      else root.setProperty('visibility', value, priority);
      this.#savedVisibility = undefined;
    }
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    const alert = dialog?.querySelector('p');
    if (alert) alert.textContent = '';
  }

  #syncQuickExit(): void {
    if (this.quickExit && this.isConnected) this.#startQuickExit();
    else this.#stopQuickExit();
  }

  #startQuickExit(): void {
    if (this.#unregister) return;
    this.#unregister = registerQuickExit(this.#quickExitOwner);
    window.addEventListener('pageshow', this.#onPageShow);
  }

  #stopQuickExit(): void {
    if (!this.#unregister) return;
    this.#unregister();
    this.#unregister = undefined;
    window.removeEventListener('pageshow', this.#onPageShow);
    this.presses = 0;
    this.announcement = '';
  }

  #readJson(): void {
    const script = [...this.children].find(
      (child) =>
        child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json',
    );
    const json = script?.textContent ?? undefined;
    if (json === this.#json) return;
    this.#json = json;
    this.#jsonChanged = true;
    this.requestUpdate();
  }

  /** `topics` (each known topic once, in order), else `topic`. One warning names every unknown topic. */
  #readTopics(): readonly HelpTopic[] {
    const text = asTrimmedString(this.topics);
    if (text === undefined) return [this.topic];
    const words = text
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((word) => word !== '');
    if (words.length === 1 && words[0] === 'none') return [];
    const known = TOPICS.filter((topic) => words.includes(topic)).sort((a, b) => words.indexOf(a) - words.indexOf(b));
    const unknown = words.filter((word) => !TOPICS.some((topic) => topic === word));
    if (unknown.length > 0) {
      warnAttribute(this, 'topics', this.topics, known.length > 0 ? `"${known.join(', ')}"` : `"${this.topic}"`);
    }
    return known.length > 0 ? known : [this.topic];
  }

  /** The built-in lines with the site's own (property first, else the JSON child) over them. */
  #readLines(): ReadonlyMap<CountryCode, Helpline> {
    const fallback = 'the built-in helplines';
    let own: unknown;
    let name = 'helplines';
    if (this.helplines !== undefined && this.helplines !== null) {
      own = this.helplines;
    } else if (this.#json !== undefined && this.#json.trim() !== '') {
      name = 'JSON helplines';
      try {
        own = JSON.parse(this.#json);
      } catch {
        warnAttribute(this, name, this.#json, fallback);
        return linesByCountry(HELPLINES);
      }
    }
    if (own === undefined) return linesByCountry(HELPLINES);
    if (Array.isArray(own)) own = capList(this, name, own, MAX_SITE_HELPLINES);
    const result = checkSiteHelplines(own);
    if ('problem' in result) {
      warnAttribute(this, `${name}${result.problem.path}`, result.problem.value, fallback);
      return linesByCountry(HELPLINES);
    }
    return linesByCountry([...HELPLINES, ...result.lines]);
  }

  /** The visitor's choice, the `country` attribute, the page's region, the time zone: the first that names one. */
  #resolveCountry(): CountryCode | undefined {
    if (this.chosen === OTHER_COUNTRY) return undefined;
    if (this.chosen !== undefined && this.#lines.has(this.chosen)) return this.chosen;
    if (this.country !== undefined) return this.country;
    if (typeof document === 'undefined') return undefined;
    return pageRegion() ?? timeZoneCountry();
  }
}

/** Every link a render needs, described once (linkTarget reads `location`, which render must not). */
interface Links {
  iom: LinkTarget;
  inhope: LinkTarget;
  safety: LinkTarget;
  source?: LinkTarget;
  chat?: LinkTarget;
  web?: LinkTarget;
  online?: LinkTarget;
}

function linksFor(line: Helpline | undefined, safetyUrl: string): Links {
  const optional = (href: string | undefined) => (href === undefined ? undefined : linkTarget(href));
  return {
    iom: linkTarget(IOM_REPORTING_PAGE),
    inhope: linkTarget(INHOPE_PAGE),
    safety: linkTarget(safetyUrl),
    source: optional(line?.source),
    chat: optional(line?.chat),
    web: optional(line?.web),
    online: optional(line?.onlineReport?.url),
  };
}

/** The screen-reader text after a Shift press. */
function pressesLeftText(count: number): string {
  return count === 1
    ? msg('Shift, press 2 more times to leave this site.', { id: 'help.exit.press-two' })
    : msg('Shift, press 1 more time to leave this site.', { id: 'help.exit.press-one' });
}

/** What a line is, said plainly, when it is not a dedicated trafficking line. */
function kindNote(kind: HelplineKind): TemplateResult | typeof nothing {
  const note = kindText(kind);
  return note === undefined ? nothing : html`<p class="kind">${note}</p>`;
}

function kindText(kind: HelplineKind): string | undefined {
  switch (kind) {
    case 'trafficking':
      return undefined;
    case 'police':
      return msg('A police line. The authorities name it for reporting trafficking.', { id: 'help.kind.police' });
    case 'human-rights':
      return msg('A human rights line. The authorities name it for reporting trafficking.', {
        id: 'help.kind.human-rights',
      });
    case 'women':
      return msg('A line for women affected by violence. It also helps with trafficking.', { id: 'help.kind.women' });
    case 'crime-report':
      return msg('A line for reporting crime anonymously. It also takes reports of trafficking.', {
        id: 'help.kind.crime-report',
      });
  }
}

/** "3 December 2026", in the page's language; undefined for a line without a date. */
function checkedDate(checked: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(checked);
  if (!match) return undefined;
  return formatCalendarDate(intlLocale(activeLocale()), Number(match[1]), Number(match[2]), Number(match[3]));
}

const regionNameCache = new Map<string, Intl.DisplayNames>();

/** Country names in a language ("Royaume-Uni"), one formatter per language. */
function regionNamesIn(locale: string): Intl.DisplayNames {
  let names = regionNameCache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    regionNameCache.set(locale, names);
  }
  return names;
}

function linesByCountry(lines: readonly Helpline[]): ReadonlyMap<CountryCode, Helpline> {
  return new Map(lines.map((line) => [line.country, line]));
}

function preventDefault(event: Event): void {
  event.preventDefault();
}

declare global {
  interface HTMLElementTagNameMap {
    'endht-help': EndhtHelp;
  }
}
