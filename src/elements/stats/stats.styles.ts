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
  .card .fig {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .grid .fig {
    padding: 0.75em;
    border-radius: calc(var(--_radius) * 0.66);
    background: color-mix(in srgb, var(--_heart) 9%, var(--_surface));
  }
  .row .fig {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_heart);
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
  .row .value {
    font-size: 1.8em;
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

  @container (width>=34em) {
    .list {
      grid-template-columns: 1fr 1fr;
    }
  }

  @container (width>=56em) {
    .list {
      grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    }
  }

  @container (width>=40em) {
    .row .list {
      grid: none/auto-flow 1fr;
    }
    .value {
      font-size: 2.6em;
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
