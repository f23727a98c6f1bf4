import { css } from 'lit';

// One rule per line. Sizes in em of .base (the visitor's default size), so a page's
// html { font-size } cannot reach inside. A sticky bar keeps its own place in the page: nothing
// is covered once scrolled to it. A bar's line shows from 720 px wide. The heart beats a few
// times when it appears (4.2 s in all), never with reduced motion. Declarations are in the order
// that compresses best with the rest of the bundle (only a shorthand and the longhands it sets
// must keep their order).
// The text keeps its longest word whole (break-word rather than the base's anywhere: it is the
// element's own): a narrow bar then puts its link on a line of its own rather than squeezing it.
export const blueHeartStyles = css`
  :host([position='top' i]),
  :host([position='bottom' i]) {
    position: sticky;
    z-index: 100;
    inset-block-start: 0;
  }
  :host([position='bottom' i]) {
    inset-block: auto 0;
  }
  .base {
    position: relative;

    display: flex;
    flex-wrap: wrap;
    gap: 0.75em clamp(0.4em, 3%, 1em);
    align-items: center;

    padding: 1em clamp(0.5em, 4%, 1.25em);
  }
  .closable {
    padding-inline-end: 3em;
  }
  .heart {
    inline-size: 2.5em;
    fill: var(--_heart);
  }
  .body {
    flex: 1 1 18em;
    overflow-wrap: break-word;
  }
  p {
    margin: 0;
  }
  #headline {
    font-size: 1.05em;
    font-weight: 700;
  }
  .text {
    margin-block-start: 0.263em;
    font-size: 0.95em;
    color: var(--_muted);
  }
  [part='cta'],
  [part='donate'],
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;

    min-block-size: 2.75em;
    padding: 0.5em 1.1em;
    border: 1px solid transparent;
    border-radius: 999px;

    font-weight: 700;
    color: var(--_surface);
    text-decoration: none;

    background: var(--_accent);
  }
  [part='close'] {
    cursor: pointer;

    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;

    min-block-size: 2.25em;
    padding: 0.6em;

    font: inherit;
    color: var(--_text);

    background: none;
  }
  [part='close'] svg {
    inline-size: 1em;
    stroke: currentColor;
    stroke-width: 2;
  }
  .card {
    flex-direction: column;
    text-align: center;
  }
  .card .heart {
    inline-size: 3.5em;
  }
  .card .body {
    flex: none;
  }
  .bar {
    padding-block: 0.5em;
    border-inline: 0;
    border-radius: 0;
  }
  .bar .heart {
    inline-size: 1.75em;
  }
  .bar .body {
    flex-basis: 0;
  }
  .bar [part='close'] {
    inset-block: 0;
    margin-block: auto;
  }

  @container (width<720px) {
    .bar .text {
      display: none;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .heart {
      animation: endht-heartbeat 1.4s ease-in-out 3;
    }
  }

  @keyframes endht-heartbeat {
    15%,
    45% {
      scale: 1.12;
    }
    30%,
    60% {
      scale: 1;
    }
  }
`;
