import { css } from 'lit';

/*
 * One rule per line. Declarations are in the order that compresses best with the rest of the
 * bundle (only a shorthand and the longhands it sets must keep their order).
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
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: center;

    margin: 0;
    padding: 0;
  }
  /* The strip: every tile the same width (rows of equal tiles, the last row centred). */
  .item {
    display: flex;
    flex: 0 1 11em;
  }
  /* Lines of a name balanced: no word, and no Chinese character, alone on the last line. */
  a {
    text-wrap: balance;
  }
  .grid .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10.5em), 1fr));
  }
  .grid .item {
    max-inline-size: none;
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
    flex-wrap: nowrap;
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

  @container (width<=360px) {
    .item {
      flex: 1 1 8em;
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
    .copy,
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
