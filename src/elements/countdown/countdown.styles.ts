import { css } from 'lit';

export const countdownStyles = css`
  :host {
    display: block;
  }
  :host([variant=inline i]) {
    display: inline;
  }
  .base {
    padding: 1em clamp(0.6em, 4%, 1.5em);
    text-align: center;
  }
  .compact {
    --_natural-width: 14em;
    padding: 0.6em 0.9em;
  }
  .kicker {
    margin: 0;
    font-size: 0.8em;
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
    margin: 0.25em 0 0;
    font-weight: 700;
    font-size: 1.05em;
    text-wrap: balance;
  }
  .compact .name {
    font-size: 0.85em;
    font-weight: 600;
    margin: 0;
  }
  .timer {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5em;
    margin-block: 0.75em 0.5em;
    font-variant-numeric: tabular-nums;
  }
  .unit {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-inline-size: 3.6em;
    padding: 0.4em 0.5em;
    border-radius: calc(var(--_radius)*.66);
    background: color-mix(in srgb, var(--_heart) 10%, var(--_surface));
  }
  .value {
    font-size: 1.9em;
    font-weight: 700;
    line-height: 1.1;
  }
  .label {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .line {
    margin-block: 0.2em 0;
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .date,
  .theme,
  .note {
    margin: 0.25em 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .theme {
    font-style: italic;
  }
  .today .name {
    font-size: 1.4em;
  }
  /* Inline is running text: it takes the colour and type of the sentence around it. */
  .base.inline {
    all: inherit;
    container-type: normal;
    font-variant-numeric: tabular-nums;
  }
  @container (width>=480px) {
    .value {
      font-size: 2.6em;
    }
    .unit {
      min-inline-size: 5em;
    }
    .name {
      font-size: 1.2em;
    }
    .today .name {
      font-size: 1.8em;
    }
  }
  @container (width>=760px) {
    .value {
      font-size: 3.4em;
    }
    .unit {
      min-inline-size: 6.5em;
      padding-block: 0.6em;
    }
    .timer {
      gap: 1em;
    }
  }
  @container (width<=300px) {
    .timer {
      gap: 0.3em;
    }
    .unit {
      min-inline-size: 0;
      /* four in a row where they fit; two by two in a very narrow column (or at 200 % zoom) */
      flex: 1 1 3em;
      padding-inline: 0.2em;
    }
    .value {
      font-size: 1.5em;
    }
    .label {
      font-size: 0.7em;
    }
  }
  @media (forced-colors: active) {
    .unit {
      border: 1px solid;
    }
  }
`;
