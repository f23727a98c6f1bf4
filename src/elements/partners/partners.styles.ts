import { css } from 'lit';

/*
 * One rule per line. Declarations are in the order that compresses best with the rest of the
 * bundle (only a shorthand and the longhands it sets must keep their order).
 * - Rows: balanced by rows.ts (see the container queries below); each tile spans two
 *   half-columns, so a row with one tile fewer can start half a tile in, centred.
 * - Tiles: the tile colour is near-white in the light theme, a tinted one in the dark theme.
 *   Logos are made for light backgrounds, so in the dark theme a logo sits on a white chip.
 * - Marquee: the track holds two identical copies side by side; moving it by half its width
 *   lands the second copy exactly where the first began, so the loop is seamless. Each copy is
 *   at least as wide as the window (100cqi of .viewport), so a short list leaves no gap. The
 *   edge fade is dropped while a link has focus, so its focus ring is never faded.
 * - Reduced motion: nothing moves; one copy in a still row that scrolls by hand; no button.
 */
export const partnersStyles = css`
  .base {
    --_tile: color-mix(in srgb, #fff 70%, var(--_surface));

    padding: clamp(0.75em, 3%, 1em);
  }
  .theme-dark {
    --_tile: color-mix(in srgb, var(--_heart) 12%, var(--_surface));
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: center;

    margin-block-end: 0.75em;
  }
  .heading {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
    text-align: center;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .list {
    display: grid;
    grid-auto-rows: 1fr;
    grid-template-columns: repeat(calc(2 * var(--_columns, 2)), 1fr);
    gap: 0.5em;

    margin: 0;
    padding: 0;
  }
  /*
   * Each tile spans two half-columns, so a row with one tile fewer starts at the second
   * half-column to be centred (in the grid layout, at the first: a new row at the inline start).
   */
  .item {
    display: flex;
    grid-column: auto / span 2;
  }
  .strip {
    --_indent: 2;
  }
  .grid {
    --_indent: 1;
  }
  /* Lines of a name balanced: no word, and no Chinese character, alone on the last line. */
  a {
    text-wrap: balance;
  }
  a {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    align-items: center;
    justify-content: center;

    inline-size: 100%;
    min-block-size: 3.25em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.66);

    color: var(--_text);
    text-align: center;
    text-decoration: none;

    background: var(--_tile);
  }
  a:hover {
    border-color: var(--_accent);
  }
  a:hover :is(.short, .solo) {
    text-decoration: underline;
  }
  .short,
  .solo {
    font-weight: 700;
    color: var(--_accent);
  }
  .short {
    font-size: 1.1em;
    line-height: 1.2;
  }
  .name {
    font-size: 0.75em;
    line-height: 1.3;
  }
  .name:not(.solo) {
    color: var(--_muted);
  }
  .solo {
    font-size: 0.9em;
  }
  .logo {
    max-inline-size: 100%;
    block-size: var(--endht-logo-height, 2.5em);
    object-fit: contain;
  }
  .theme-dark .logo {
    box-sizing: content-box;
    padding: 0.2em;
    border-radius: 4px;
    background: #fff;
  }
  .toggle {
    cursor: pointer;

    display: inline-flex;
    gap: 0.35em;
    align-items: center;

    min-block-size: 2em;
    margin-inline-start: auto;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_accent);
    border-radius: 1em;

    font: inherit;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_accent);

    background: none;
  }
  svg {
    inline-size: 0.9em;
    fill: currentColor;
  }
  .viewport {
    container-type: inline-size;
    overflow: hidden;
    padding-block: 6px;
    mask-image: linear-gradient(90deg, #0000, #000 1.5em, #000 calc(100% - 1.5em), #0000);
  }
  .viewport:focus-within {
    mask-image: none;
  }
  .track {
    display: flex;
    inline-size: max-content;
    animation: endht-marquee var(--endht-marquee-duration, calc(var(--_n, 11) * 4s)) linear infinite;
  }
  [dir='rtl'] .track {
    animation-name: endht-marquee-rtl;
  }
  .paused,
  .viewport:is(:hover, :focus-within) .track {
    animation-play-state: paused;
  }
  .marquee .list {
    display: flex;
    justify-content: space-around;
    min-inline-size: 100cqi;
    padding-inline-end: 0.5em;
  }
  .marquee .item {
    flex: none;
    inline-size: 11em;
  }

  @keyframes endht-marquee {
    to {
      transform: translateX(-50%);
    }
  }

  @keyframes endht-marquee-rtl {
    to {
      transform: translateX(50%);
    }
  }

  /* The most tiles to a row (ROW_LIMITS in rows.ts), and where a row with one tile fewer starts. */
  @container (width<420px) {
    .list {
      --_columns: var(--_columns-2);
    }
    /* Three narrow tiles to a row (an odd count): room for a word such as "Organization". */
    a {
      padding-inline: 0.25em;
    }
    .short {
      font-size: 1em;
    }
    .name {
      font-size: 0.7em;
    }
    .starts-2 {
      grid-column-start: var(--_indent);
    }
  }

  @container (420px<=width<580px) {
    .list {
      --_columns: var(--_columns-3);
    }
    .starts-3 {
      grid-column-start: var(--_indent);
    }
  }

  @container (580px<=width<760px) {
    .list {
      --_columns: var(--_columns-4);
    }
    .starts-4 {
      grid-column-start: var(--_indent);
    }
  }

  @container (760px<=width<900px) {
    .list {
      --_columns: var(--_columns-5);
    }
    .starts-5 {
      grid-column-start: var(--_indent);
    }
  }

  @container (width>=900px) {
    .list {
      --_columns: var(--_columns-6);
    }
    .starts-6 {
      grid-column-start: var(--_indent);
    }
  }

  @container (width>=760px) {
    .short {
      font-size: 1.25em;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .track {
      animation: none;
    }
    .viewport {
      overflow-x: auto;
      mask-image: none;
    }
    .marquee .copy,
    .toggle,
    .bar:not(:has(.heading)) {
      display: none;
    }
  }

  @media (forced-colors: active) {
    a,
    .toggle {
      border-color: CanvasText;
    }
  }
`;
