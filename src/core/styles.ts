import { css } from 'lit';

/*
 * Shared base styles and design tokens. Every element wraps its content in
 * `<div part="base" class="base theme-light|theme-dark">` so a theme is a class, and the
 * public custom properties (all with fallbacks) feed private `--_*` tokens:
 *   --endht-accent   interactive elements and emphasis (AA on the surface in both themes)
 *   --endht-heart    the decorative UN blue (#009EDB): never used for text
 *   --endht-text, --endht-surface, --endht-radius, --endht-font (default inherit)
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
    --_surface: var(--endht-surface, #f3f8fc);
    --_muted: color-mix(in srgb, var(--_text) 82%, var(--_surface));
    --_radius: var(--endht-radius, 12px);

    cursor: auto;
    contain-intrinsic-inline-size: var(--_natural-width, 18em);

    container-type: inline-size;

    box-sizing: border-box;
    border: 1px solid var(--_border);
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
