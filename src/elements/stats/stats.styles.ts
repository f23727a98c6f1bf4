import { css } from 'lit';

/*
 * Sizes in em (a page's `html { font-size }` never reaches inside). Container queries ask
 * .base (core makes it the container). The padding narrows from 1.25em to 0.75em on narrow
 * cards (280 px), and the numbers shrink there. Declarations are in the order that compresses
 * best with the rest of the bundle (only a shorthand and the longhands it sets must keep their
 * order).
 */
export const statsStyles = css`
  .base {
    padding: 1em clamp(0.75em, (100% - 300px) * 1e3, 1.25em);
  }
  p {
    margin: 0;
  }
  .title {
    font-size: 1.05em;
    font-weight: 700;
    text-wrap: balance;
  }
  .list {
    display: grid;
    gap: 1em 1.5em;

    margin: 0.75em 0 0;
    padding: 0;

    list-style: none;
  }
  .fig {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }
  /* card: one lead figure, large, across the card; the others smaller, under a rule. */
  .card .fig {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .card .fig:first-child {
    padding-block-start: 0;
    border: 0;
  }
  .card .fig:not(:first-child) .value {
    font-size: 1.6em;
  }
  /* grid: a tinted tile per figure, two to a row from 420 px of content (a card 480 px wide). */
  .grid .fig {
    padding: 0.75em;
    border-radius: calc(var(--_radius) * 0.66);
    background: color-mix(in srgb, var(--_heart) 9%, var(--_surface));
  }
  /* row: one line per figure, its number at the start and what it means beside it, with rules between. */
  .row .fig {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    row-gap: 0.25em;
    align-items: baseline;
  }
  .row .fig + .fig {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .row .fig > * {
    grid-column: 2;
  }
  .row .value {
    grid-column: 1;
    grid-row: 1 / span 3;
    justify-content: flex-end;

    font-size: 1.5em;
    color: var(--_accent);
  }
  .row .list {
    grid-template-columns: auto 1fr;
    gap: 0.75em;
  }
  .value {
    display: flex;
    gap: 0.136em;
    align-items: center;

    font-size: 2.2em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
  /* The counting digits keep the width of the final value: the words beside them stay put. */
  .n::after {
    content: attr(data-final);

    overflow: hidden;
    display: block;

    block-size: 0;

    visibility: hidden;
  }
  .dir {
    flex: none;
    block-size: 0.7em;
    fill: currentColor;
  }
  .pic {
    max-inline-size: 11em;
  }
  .on {
    fill: var(--_accent);
  }
  .off {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 0.8;
  }
  .source {
    margin-block-start: auto;
    font-size: 0.8em;
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .visually-hidden {
    user-select: none;
  }

  @container (width>=420px) {
    .list {
      grid-template-columns: 1fr 1fr;
    }
    .card .list {
      display: flex;
      flex-wrap: wrap;
    }
    .card .fig {
      flex: 1 1 10em;
    }
    .card .fig:first-child {
      flex-basis: 100%;
    }
    .value,
    .card .fig:first-child .value {
      font-size: 2.6em;
    }
    /* The lead figure: its number beside its words. */
    .card .fig:first-child {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.4em 1.25em;
      align-items: center;
    }
    .card .fig:first-child > * {
      grid-column: 2;
    }
    .card .fig:first-child .value {
      grid-column: 1;
      grid-row: 1 / span 3;
      font-size: 3.4em;
    }
  }

  @container (width<=300px) {
    .value {
      font-size: 1.9em;
    }
  }

  @media print {
    .n {
      display: none;
    }
    .visually-hidden {
      all: unset;
    }
  }

  @media (forced-colors: active) {
    .grid .fig {
      border: 1px solid;
    }
    .on {
      fill: CanvasText;
    }
    .off {
      stroke: CanvasText;
    }
  }
`;
