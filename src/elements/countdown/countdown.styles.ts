import { css } from 'lit';

// One rule per line. Declarations are in the order that compresses best with the rest of the
// bundle (only a shorthand and the longhands it sets must keep their order).
// - Inline is running text: it takes the colour and type of the sentence around it.
// - At most 300 px wide, the units are four in a row where they fit, two by two in a very
//   narrow column (or at 200 % zoom).
export const countdownStyles = css`
  :host([variant='inline' i]) {
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
  .name {
    margin: 0.25em 0 0;
    font-size: 1.05em;
    font-weight: 700;
    text-wrap: balance;
  }
  .compact .name {
    margin: 0;
    font-size: 0.85em;
    font-weight: 600;
  }
  .timer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: center;

    margin-block: 0.75em 0.5em;

    font-variant-numeric: tabular-nums;
  }
  .unit {
    display: flex;
    flex-direction: column;
    align-items: center;

    min-inline-size: 3.6em;
    padding: 0.4em 0.5em;
    border-radius: calc(var(--_radius) * 0.66);

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
  .note,
  .date,
  .theme {
    margin: 0.25em 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .theme {
    color: var(--_text);
  }
  .heart {
    display: block;
    inline-size: 3em;
    margin: 0 auto 0.5em;
    fill: var(--_heart);
  }
  .line .heart {
    display: inline;
    inline-size: 0.9em;
    margin: 0;
    vertical-align: -0.05em;
  }
  .full.today .name {
    font-size: 1.4em;
    line-height: 1.2;
  }
  ::slotted(a) {
    display: inline-block;

    margin-block-start: 0.75em;
    padding: 0.6em 1.4em;
    border-radius: 999px;

    font-weight: 700;
    color: var(--_surface);
    text-decoration: none;

    background: var(--_accent);
  }
  ::slotted(a:focus-visible) {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .base.inline {
    all: inherit;
    container-type: normal;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
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
    .full.today .name {
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
      flex: 1 1 3em;
      min-inline-size: 0;
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
