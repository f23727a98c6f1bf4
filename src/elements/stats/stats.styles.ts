import { css } from 'lit';

export const statsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 1rem;
    padding-inline: 1.25rem;
  }
  p {
    margin: 0;
  }
  .title {
    margin-block-end: 0.75rem;
    font-weight: 700;
    font-size: 1.05rem;
    text-wrap: balance;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem 1.5rem;
  }
  .fig {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .card .fig {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75rem;
  }
  .grid .fig {
    background: color-mix(in srgb, var(--_heart) 9%, var(--_surface));
    border-radius: calc(var(--_radius) * 0.66);
    padding: 0.75rem;
  }
  .row .fig {
    border-inline-start: 3px solid var(--_heart);
    padding-inline-start: 0.75rem;
  }
  .value {
    display: flex;
    align-items: center;
    gap: 0.3rem;
    font-size: 2.2rem;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .row .value {
    font-size: 1.8rem;
  }
  .dir {
    flex: none;
    inline-size: 0.7em;
    block-size: 0.7em;
    fill: currentColor;
  }
  .pic {
    inline-size: 100%;
    max-inline-size: 11rem;
    block-size: auto;
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
    font-size: 0.8rem;
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .visually-hidden {
    user-select: none;
  }
  /* One column, then two (four figures make a 2 × 2 block, not 3 + 1), then as many as fit. */
  @container (min-width: 34rem) {
    .list {
      grid-template-columns: 1fr 1fr;
    }
  }
  @container (min-width: 56rem) {
    .list {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
  }
  @container (min-width: 40rem) {
    .row .list {
      grid-template-columns: none;
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
    .value {
      font-size: 2.6rem;
    }
  }
  @container (max-width: 300px) {
    .base {
      padding-inline: 0.75rem;
    }
    .value {
      font-size: 1.9rem;
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
    .base,
    .grid .fig {
      border: 1px solid CanvasText;
    }
    .on {
      fill: CanvasText;
    }
    .off {
      stroke: CanvasText;
    }
  }
`;
