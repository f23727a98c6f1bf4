import { css } from 'lit';

// Written compactly: every byte ships. Lengths are in em (the card sets its own font size, so a
// page's `html { font-size }` does not reach inside); where an element has a smaller font
// size, its lengths are divided by it so the rendered sizes match the card's em. Declarations
// are in the order that compresses best with the rest of the bundle (only a shorthand and the
// longhands it sets must keep their order).
export const shareStyles = css`
  :host {
    container-type: inline-size;
  }
  .base {
    --_error: #b3261e;

    padding: 1em 1.25em;
  }
  .theme-dark {
    --_error: #ffb4ab;
  }
  .compact {
    padding: 0.6em 0.75em;
  }
  .icons {
    padding: 0.6em;
  }
  #title {
    margin: 0 0 0.6em;
    font-weight: 700;
  }
  #title::before {
    content: '';

    display: inline-block;

    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.45em;
    border-radius: 50%;

    background: var(--_heart);
  }
  ul,
  .tags,
  .actions,
  .servers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;

    margin: 0;
    padding: 0;

    list-style: none;
  }
  li {
    display: flex;
  }
  /* "More": a chip like the others; open, its targets take a row of their own below. */
  .more:has([open]) {
    flex-basis: 100%;
  }
  /* border-box again: details passes its children through slots of its own, which inherit none. */
  summary,
  .more ul {
    box-sizing: border-box;
  }
  summary {
    cursor: pointer;

    display: inline-flex;
    gap: 0.5em;
    align-items: center;

    min-block-size: 2.857em;
    padding: 0.343em 0.914em;
    border: 1px solid var(--_border);
    border-radius: 999px;

    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.2;
    color: var(--_accent);
    white-space: nowrap;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  /* A chevron drawn with two borders: down while closed, up while open. */
  summary::after {
    content: '';

    rotate: 45deg;

    inline-size: 0.4em;
    block-size: 0.4em;
    border: solid;
    border-width: 0 2px 2px 0;
  }
  [open] > summary::after {
    rotate: -135deg;
  }
  .icons .more > * {
    inline-size: auto;
    block-size: auto;
  }
  /* In the icons variant "More" is a round control like the icons: a chevron, its name for screen readers only. */
  .icons summary {
    justify-content: center;
    inline-size: 3.143em;
    block-size: 3.143em;
    padding: 0;
  }
  summary:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  details:not([open]) > ul {
    display: none;
  }
  [open] > summary {
    margin-block-end: 0.5em;
  }
  a,
  button {
    cursor: pointer;

    position: relative;

    display: inline-flex;
    gap: 0.4em;
    align-items: center;

    min-block-size: 2.5em;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 999px;

    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    color: var(--_accent);
    text-decoration: none;

    background: none;
  }
  button:hover,
  a:hover {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  svg {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    fill: currentColor;
  }
  .compact li > * {
    min-block-size: 2.25em;
    padding-inline: 0.65em;
  }
  .compact .name {
    font-size: 0.875em;
  }
  .icons li > * {
    justify-content: center;
    inline-size: 2.75em;
    block-size: 2.75em;
    padding: 0;
  }
  .icons .name {
    display: none;
  }
  /* The icons in even rows, so that no icon is alone on a row: as many rows as the width needs (a row holds
     --_m icons, set by the container queries at the end), and the icons shared evenly among them (the element
     sets --_n, how many there are; without it the width is not limited). An icon and its gap take 3.25em. */
  .icons ul {
    --_m: 3;

    /* rows: round(up, n / m); icons on a row: round(up, n / rows) */
    max-inline-size: calc(round(up, var(--_n) / round(up, var(--_n) / var(--_m))) * 3.25em - 0.5em);
  }
  .tags {
    gap: 0.4em;
    margin-block-start: 0.75em;
  }
  .compact .tags {
    margin-block-start: 0.5em;
  }
  .chip {
    min-block-size: 2.286em;
    padding: 0.343em 0.743em;

    font-size: 0.875em;
    font-weight: 500;
    color: var(--_text);

    background: color-mix(in srgb, var(--_heart) 10%, var(--_surface));
  }
  .chip.all {
    font-weight: 600;
    color: var(--_accent);
    background: none;
  }
  #error {
    margin: 0.412em 0 0;
    font-size: 0.85em;
  }
  /* "Copied", drawn above the control that copied; no text for screen readers (the live region says it). */
  [data-status]::after {
    content: attr(data-status) / '';

    position: absolute;
    z-index: 1;
    inset-block-end: calc(100% + 0.5em);
    left: 50%;
    translate: -50%;

    padding: 0.25em 0.6em;
    border-radius: 0.4em;

    font-size: 0.8em;
    color: var(--_surface);
    white-space: nowrap;

    background: var(--_text);
  }
  dialog {
    inline-size: min(26em, calc(100vw - 2em));
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);

    color: var(--_text);

    background: var(--_surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0/0.45);
  }
  h2 {
    margin: 0 0 0.682em;
    font-size: 1.1em;
  }
  label {
    display: block;
    margin-block-end: 0.3em;
    font-weight: 600;
  }
  input {
    inline-size: 100%;
    min-block-size: 2.5em;
    padding-inline: 0.6em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);

    font: inherit;
    color: var(--_text);

    background: var(--_surface);
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }
  #error {
    font-weight: 600;
    color: var(--_error);
  }
  #error:empty {
    display: none;
  }
  .servers {
    gap: 0.4em;
    margin-block: 0.75em;
  }
  .actions {
    justify-content: flex-end;
  }
  button[type='submit'] {
    border-color: var(--_accent);
    color: var(--_surface);
    background: var(--_accent);
  }

  @container (width>=12.5em) {
    .icons ul {
      --_m: 4;
    }
  }

  @container (width>=15.75em) {
    .icons ul {
      --_m: 5;
    }
  }

  @container (width>=19em) {
    .icons ul {
      --_m: 6;
    }
  }

  @container (width>=22.25em) {
    .icons ul {
      --_m: 7;
    }
  }

  @container (width>=25.5em) {
    .icons ul {
      --_m: 8;
    }
  }

  @container (width>=28.75em) {
    .icons ul {
      --_m: 9;
    }
  }

  @container (width>=32em) {
    .icons ul {
      --_m: 10;
    }
  }

  @container (width>=35.25em) {
    .icons ul {
      --_m: 11;
    }
  }

  @container (width>=38.5em) {
    .icons ul {
      --_m: 12;
    }
  }

  @container (width>=41.75em) {
    .icons ul {
      --_m: 13;
    }
  }

  @container (width<=360px) {
    :not(.icons) > ul {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    :not(.icons) > ul > li > *,
    summary {
      inline-size: 100%;
      padding-inline: 0.55em;
    }
    .name {
      min-inline-size: 0;
      font-size: 0.875em;
    }
    .bar {
      padding-inline: 0.75em;
    }
  }
`;
