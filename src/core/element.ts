import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { pickEnum } from './attributes.js';
import { isWaiting, renderNow, stopWaiting, waitToRender, type PreparationStep } from './first-render.js';
import { dateTimeFormat } from './format.js';
import { activeLocale, directionOf, intlLocale } from './locale.js';
import { isPreview, now, onPreviewChange } from './now.js';
import { pageSettingsFor } from './page-settings.js';
import { VERSION } from './version.js';

export type { PreparationStep } from './first-render.js';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * How an element sits on a page (docs/design.md, "Visual language"): a `card` (a surface with a
 * UN-blue top edge), a `band` (a full-width block in the campaign blue) or `plain` (no surface,
 * for a site that frames it itself).
 */
export const APPEARANCES = ['card', 'band', 'plain'] as const;
export type Appearance = (typeof APPEARANCES)[number];

/**
 * The base class of every element. It owns what they all share:
 * - the package version, which `define()` reads to tell a second copy of another version apart;
 * - the page-wide campaign setting (core/page-settings.ts), which it starts with;
 * - a re-render whenever the locale changes, and whenever a previewed date (core/now.ts)
 *   starts, changes or ends;
 * - the `theme` and `appearance` attributes;
 * - when it renders first: once it comes near the viewport (core/first-render.ts), unless
 *   `rendersWhenNear` says it must render at once;
 * - the wrapper every element renders its content into:
 *   `<div part="base" class="base theme-light …" lang="…" dir="…">`. It carries the language
 *   and direction of the text inside, so a French page in an Arabic site section still reads
 *   correctly, and the theme as a class for the styles in `core/styles.ts`;
 * - while a date is previewed, the "Preview: 30 July 2027" label first in the wrapper, so that
 *   no element can be taken for the real date.
 *
 * An element implements `renderContent()` (and `wrapperClasses()` for its own classes) rather
 * than `render()`.
 *
 * The custom properties of the shared styles (core/styles.ts), documented once: the custom
 * elements manifest lists them on every element, as inherited (an element's own `@cssproperty`
 * for the same name wins).
 *
 * @cssproperty [--endht-accent=#00689d] - Accent colour: links, buttons, emphasis (dark theme: #7fcaf2).
 * @cssproperty [--endht-heart=#009edb] - Decorative UN blue (never used for text).
 * @cssproperty [--endht-text=#1a2b3c] - Text colour (dark theme: #e8f1f8).
 * @cssproperty [--endht-surface=#fff] - Background (dark theme: #0d1b26).
 * @cssproperty [--endht-radius=12px] - Corner radius.
 * @cssproperty [--endht-font=inherit] - Font family.
 * @cssproperty [--endht-font-size=medium] - Base font size (default: the visitor's own, whatever the page sets).
 *
 * @csspart preview - The "Preview: 30 July 2027" label, shown only while a date is previewed (`#endht-date=`).
 */
export abstract class EndhtElement extends LitElement {
  static readonly version = VERSION;

  /** **Colours.** Light or dark. */
  @property() theme: Theme = 'light';

  /**
   * **Look.** A card; a full-width band in the campaign blue; or plain, on your page's own
   * background. Default: per widget (a card; plain for the donate button; a band for a bar).
   */
  @property() appearance?: Appearance;

  /** The element's custom states: `waiting` (`:state(waiting)`) until it renders. */
  #states?: CustomStateSet;
  #stopPreviewWatch?: () => void;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.#startWithPageSettings();
  }

  /**
   * Whether the element may wait to render until it comes near the viewport. An element that must
   * show at once wherever it sits in the page (a sticky banner) answers false. Asked when the
   * element is connected, and again whenever its properties change while it waits.
   */
  protected get rendersWhenNear(): boolean {
    return true;
  }

  /**
   * Work the first render needs that may run before it, when the element comes near the viewport,
   * in steps that each take a task of their own: on a phone, the first Intl formatter of a page
   * can take a long task, and the next few another. Asked for when the element comes near.
   */
  protected prepareFirstRender(): readonly PreparationStep[] {
    return [];
  }

  /**
   * Lit creates the shadow root and renders once this runs; a waiting element runs it later. A
   * server-rendered element (its shadow root came with the page) is hydrated at once.
   */
  override connectedCallback(): void {
    this.#stopPreviewWatch = onPreviewChange(() => this.requestUpdate());
    if (this.hasUpdated || this.shadowRoot || !this.rendersWhenNear) {
      super.connectedCallback();
      return;
    }
    this.#setWaiting(true);
    const render = () => {
      this.#setWaiting(false);
      super.connectedCallback();
      this.performUpdate();
    };
    waitToRender(this, render, () => this.prepareFirstRender());
  }

  override disconnectedCallback(): void {
    stopWaiting(this);
    super.disconnectedCallback();
    this.#stopPreviewWatch?.();
  }

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    // (Also called by Lit's constructor, before this class's own fields exist.)
    if (isWaiting(this) && !this.rendersWhenNear) renderNow(this);
  }

  /**
   * Whoever waits for the element's update (a framework, a test, a script about to read its shadow
   * root) wants it rendered: a waiting element renders now.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    renderNow(this);
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.theme = pickEnum(this, 'theme', this.theme, THEMES, 'light');
    if (changed.has('appearance')) {
      this.appearance = pickEnum(this, 'appearance', this.appearance, APPEARANCES, this.defaultAppearance);
    }
  }

  /** The appearance when the page sets none (docs/design.md, "Visual language"). */
  protected get defaultAppearance(): Appearance {
    return 'card';
  }

  /**
   * Gives each page-wide setting to the property of the attribute it names, where this element
   * has one. The constructor runs before the element's own attributes are read and before a
   * script can set its properties, so both win over the page-wide setting. (A subclass that
   * initialises such a property in a field declaration would overwrite it: those properties
   * get their defaults here, or none.)
   */
  #startWithPageSettings(): void {
    const properties = (this.constructor as typeof EndhtElement).elementProperties;
    for (const [attribute, value] of pageSettingsFor(this.localName)) {
      for (const [name, options] of properties) {
        const own = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
        if (own === attribute && options.attribute !== false) Reflect.set(this, name, value);
      }
    }
  }

  /** The element's content, placed inside the wrapper. `nothing` renders no wrapper at all. */
  protected abstract renderContent(): unknown;

  /** Classes of the wrapper besides `base` and the theme: the variant, a state. Empty names are left out. */
  protected wrapperClasses(): string[] {
    return [];
  }

  /** A `<span>` wrapper instead of a `<div>`, for an element that sits inside a line of text. */
  protected get inlineWrapper(): boolean {
    return false;
  }

  /**
   * Whether the wrapper shows the preview label. An element whose content is shown elsewhere (the
   * takeover's modal dialog) says no, and places `renderPreviewLabel()` itself.
   */
  protected get previewLabelInWrapper(): boolean {
    return true;
  }

  #setWaiting(on: boolean): void {
    try {
      this.#states ??= this.attachInternals().states;
    } catch {
      return; // a browser without custom states: the snippet's reserved room goes at the upgrade
    }
    if (on) this.#states.add('waiting');
    else this.#states.delete('waiting');
  }

  protected override render(): TemplateResult | typeof nothing {
    const content = this.renderContent();
    if (content === nothing) return nothing;
    const locale = activeLocale();
    const appearance = this.appearance ?? this.defaultAppearance;
    const classes = ['base', `theme-${this.theme}`, `appearance-${appearance}`, ...this.wrapperClasses()]
      .filter(Boolean)
      .join(' ');
    const dir = directionOf(locale);
    const label = this.previewLabelInWrapper ? renderPreviewLabel() : nothing;
    if (this.inlineWrapper) {
      return html`<span part="base" class=${classes} lang=${locale} dir=${dir}>${label}${content}</span>`;
    }
    return html`<div part="base" class=${classes} lang=${locale} dir=${dir}>${label}${content}</div>`;
  }
}

/** "Preview: 30 July 2027" (the date in the visitor's zone) while a date is previewed; else nothing. */
export function renderPreviewLabel(): TemplateResult | typeof nothing {
  if (!isPreview()) return nothing;
  const dateFormat = dateTimeFormat(intlLocale(activeLocale()), { year: 'numeric', month: 'long', day: 'numeric' });
  const date = dateFormat.format(now());
  return html`<small part="preview" class="preview">${msg(str`Preview: ${date}`, { id: 'preview.label' })}</small>`;
}
