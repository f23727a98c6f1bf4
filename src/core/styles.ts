import { css } from 'lit';

/*
 * Shared base styles and design tokens. Every element wraps its content in
 * `<div part="base" class="base theme-light|theme-dark">` so a theme is a class, and the
 * public custom properties (all with fallbacks) feed private `--_*` tokens:
 *   --endht-accent   interactive elements and emphasis (AA on the surface in both themes)
 *   --endht-heart    the decorative UN blue (#009EDB): never used for text
 *   --endht-text, --endht-surface, --endht-radius, --endht-font (default inherit)
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--endht-font, inherit);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    --_accent: var(--endht-accent, #00689d);
    --_heart: var(--endht-heart, #009edb);
    --_text: var(--endht-text, #1a2b3c);
    --_surface: var(--endht-surface, #f3f8fc);
    --_border: color-mix(in srgb, var(--_heart) 30%, var(--_surface));
    --_muted: color-mix(in srgb, var(--_text) 82%, var(--_surface));
    --_radius: var(--endht-radius, 12px);
    color: var(--_text);
    font-family: var(--endht-font, inherit);
    line-height: 1.4;
  }
  .base.theme-dark {
    --_accent: var(--endht-accent, #7fcaf2);
    --_text: var(--endht-text, #e8f1f8);
    --_surface: var(--endht-surface, #0d1b26);
    --_border: color-mix(in srgb, var(--_heart) 35%, var(--_surface));
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    a:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
