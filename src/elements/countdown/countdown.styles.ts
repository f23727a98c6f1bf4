import { css } from 'lit';

export const countdownStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([variant='inline' i]) {
    display: inline;
    container-type: normal;
  }
  .base.full,
  .base.compact {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 1rem;
    padding-inline: 1.25rem;
    text-align: center;
  }
  .base.compact {
    padding-block: 0.6rem;
    padding-inline: 0.9rem;
  }
  .kicker {
    margin: 0;
    font-size: 0.8rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .kicker::before {
    content: '';
    display: inline-block;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--_heart);
    vertical-align: 0.05em;
  }
  .name {
    margin: 0.25rem 0 0;
    font-weight: 700;
    font-size: 1.05rem;
    text-wrap: balance;
  }
  .compact .name {
    font-size: 0.85rem;
    font-weight: 600;
    margin: 0;
  }
  .timer {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
    margin-block: 0.75rem 0.5rem;
    font-variant-numeric: tabular-nums;
  }
  .unit {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-inline-size: 3.6rem;
    padding-block: 0.4rem;
    padding-inline: 0.5rem;
    border-radius: calc(var(--_radius) * 0.66);
    background: color-mix(in srgb, var(--_heart) 10%, var(--_surface));
  }
  .value {
    font-size: 1.9rem;
    font-weight: 700;
    line-height: 1.1;
    color: var(--_text);
  }
  .label {
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .line {
    margin-block: 0.2rem 0;
    font-size: 1.25rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .date,
  .theme,
  .note {
    margin: 0.25rem 0 0;
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .theme {
    font-style: italic;
  }
  .today .name {
    font-size: 1.4rem;
  }
  /* Inline is running text: it takes the colour of the sentence around it, in either theme. */
  .base.inline {
    color: inherit;
    font-variant-numeric: tabular-nums;
  }
  @container (min-width: 480px) {
    .value {
      font-size: 2.6rem;
    }
    .unit {
      min-inline-size: 5rem;
    }
    .name {
      font-size: 1.2rem;
    }
    .today .name {
      font-size: 1.8rem;
    }
  }
  @container (min-width: 760px) {
    .base.full {
      padding-block: 1.5rem;
    }
    .value {
      font-size: 3.4rem;
    }
    .unit {
      min-inline-size: 6.5rem;
      padding-block: 0.6rem;
    }
    .timer {
      gap: 1rem;
    }
  }
  @container (max-width: 300px) {
    .base.full {
      padding-inline: 0.75rem;
    }
    .timer {
      gap: 0.3rem;
    }
    .unit {
      min-inline-size: 0;
      /* four in a row where they fit; two by two in a very narrow column (or at 200 % zoom) */
      flex: 1 1 3em;
      padding-inline: 0.2rem;
    }
    .value {
      font-size: 1.5rem;
    }
    .label {
      font-size: 0.7rem;
    }
  }
  @media (forced-colors: active) {
    .base.full,
    .base.compact,
    .unit {
      border: 1px solid CanvasText;
    }
  }
`;
