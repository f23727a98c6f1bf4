import { css } from 'lit';

/*
 * Shared base styles and design tokens (docs/design.md, "Visual language"). Every element wraps
 * its content in `<div part="base" class="base theme-light|theme-dark appearance-card|band|plain">`
 * so a theme and an appearance are classes, and the public custom properties (all with
 * fallbacks) feed private `--_*` tokens:
 *   --endht-accent   interactive elements and emphasis (AA on the surface in both themes)
 *   --endht-heart    the decorative UN blue (#009EDB): never used for text
 *   --endht-text, --endht-surface, --endht-radius, --endht-font (default inherit)
 * The band has fixed colours (the campaign blue and a text colour with AA contrast on it): the
 * ratios of every text and surface pair are tested in core/appearance.test.ts.
 */
/** The styles every element includes; its public custom properties are documented on EndhtElement. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--endht-font, inherit);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  /* .base sets the tokens, then every inherited text property but the font family (taken
     from the page): a host page's global rules (font-size, line-height, letter-spacing,
     colour, alignment… even with !important on the host) cannot reach inside. font-size:
     medium is the visitor's own default size, whatever the page says. The element responds
     to its own width (container queries on .base, not on the host, so a page that changes
     the host's display cannot switch them off); the intrinsic size keeps it from collapsing
     in a flex or grid track that sizes to content. Then the card: every element but the
     donate buttons and the inline countdown (they reset it). Declarations are in the order
     that compresses best with the rest of the bundle (only a shorthand and the longhands
     it sets must keep their order). */
  .base {
    --_accent: var(--endht-accent, #00689d);
    --_heart: var(--endht-heart, #009edb);
    --_text: var(--endht-text, #1a2b3c);
    --_border: color-mix(in srgb, var(--_heart) 30%, var(--_surface));
    --_surface: var(--endht-surface, #fff);
    --_muted: color-mix(in srgb, var(--_text) 82%, var(--_surface));
    --_radius: var(--endht-radius, 12px);

    cursor: auto;
    contain-intrinsic-inline-size: var(--_natural-width, 18em);

    container-type: inline-size;

    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-block-start: 0.25em solid var(--_heart);
    border-radius: var(--_radius);

    font-family: var(--endht-font, inherit);
    font-size: var(--endht-font-size, medium);
    font-weight: 400;
    font-style: normal;
    font-variant: normal;
    line-height: 1.4;
    hyphens: manual;
    color: var(--_text);
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    text-transform: none;
    letter-spacing: normal;
    word-break: normal;
    word-spacing: normal;
    overflow-wrap: anywhere;
    white-space: normal;

    visibility: visible;
    background: var(--_surface);

    font-stretch: normal;
  }
  .theme-dark {
    --_accent: var(--endht-accent, #7fcaf2);
    --_text: var(--endht-text, #e8f1f8);
    --_border: color-mix(in srgb, var(--_heart) 35%, var(--_surface));
    --_surface: var(--endht-surface, #0d1b26);
  }
  /* The band: the campaign blue, very dark text in the light theme (5.56:1), a deeper blue
     with white text in the dark theme (7.39:1). No muted text on it: the full text colour. */
  .appearance-band {
    --_accent: #0b1f2a;
    --_heart: #fff;
    --_text: #0b1f2a;
    --_border: color-mix(in srgb, var(--_text) 40%, var(--_surface));
    --_surface: #009edb;
    --_muted: var(--_text);

    border: 0;
    border-radius: 0;
  }
  .theme-dark.appearance-band {
    --_accent: #fff;
    --_text: #fff;
    --_surface: #005a8c;
  }
  .base.appearance-plain {
    padding-inline: 0;
    border: 0;
    background: none;
  }
  .visually-hidden {
    position: absolute;

    overflow: hidden;

    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    border: 0;

    white-space: nowrap;

    clip-path: inset(50%);
  }
  /* "Preview: 30 July 2027": a line of its own above the content (also in a flex row), inline
     in an element that sits in a line of text. */
  .preview {
    display: block;
    flex-basis: 100%;

    margin-block-end: 0.5em;

    font-size: 0.8em;
    font-weight: 700;
    color: var(--_accent);
  }
  /* On 30 July, "Today is the World Day …" above an element's own title, after a UN-blue dot. */
  .kicker {
    margin: 0 0 0.5em;
    font-size: 0.8em;
    font-weight: 700;
    color: var(--_accent);
  }
  .kicker::before {
    content: '';

    display: inline-block;

    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;

    vertical-align: 0.05em;

    background: var(--_heart);
  }
  /* The thanks after a share or a donation: a line of its own; out of the flow while empty. */
  .thanks {
    flex-basis: 100%;
    margin: 0.5em 0 0;
    font-weight: 700;
  }
  .thanks:empty {
    position: absolute;
  }
  span > .preview {
    display: inline;
    margin-inline-end: 0.5em;
  }
  a:focus-visible,
  button:focus-visible,
  :focus-visible + span {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    :focus-visible + span {
      outline-color: Highlight;
    }
  }
`;

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
