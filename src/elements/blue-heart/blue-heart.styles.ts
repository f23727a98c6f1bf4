import { css } from 'lit';

export const blueHeartStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  /* A sticky bar keeps its own place in the page: nothing is covered once scrolled to it. */
  :host([position='top' i]),
  :host([position='bottom' i]) {
    position: sticky;
    inset-block-start: 0;
    z-index: 100;
  }
  :host([position='bottom' i]) {
    inset-block: auto 0;
  }
  .base {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1rem;
    padding: 1rem 1.25rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .closable {
    padding-inline-end: 3rem;
  }
  .heart {
    inline-size: 2.5rem;
    fill: var(--_heart);
  }
  .body {
    flex: 1 1 18rem;
  }
  p {
    margin: 0;
  }
  .headline {
    font-weight: 700;
    font-size: 1.05rem;
  }
  .text {
    margin-block-start: 0.25rem;
    font-size: 0.95rem;
    color: var(--_muted);
  }
  .cta,
  .close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.1rem;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
    text-decoration: none;
  }
  .close {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    min-block-size: 2.25rem;
    padding: 0.6rem;
    background: none;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .close svg {
    inline-size: 1rem;
    stroke: currentColor;
    stroke-width: 2;
  }
  .card {
    flex-direction: column;
    text-align: center;
  }
  .card .heart {
    inline-size: 3.5rem;
  }
  .card .body {
    flex: none;
  }
  .bar {
    padding-block: 0.5rem;
    border-radius: 0;
    border-inline: 0;
  }
  .bar .heart {
    inline-size: 1.75rem;
  }
  .bar .body {
    flex-basis: 0;
  }
  .bar .text {
    display: none;
  }
  .bar .close {
    inset-block: 0;
    margin-block: auto;
  }
  @container (min-width: 720px) {
    .bar .text {
      display: block;
    }
  }
  /* A few gentle beats when it appears (4.2 s in all), never with reduced motion. */
  @media (prefers-reduced-motion: no-preference) {
    .heart {
      animation: endht-heartbeat 1.4s ease-in-out 3;
    }
  }
  @keyframes endht-heartbeat {
    15%,
    45% {
      transform: scale(1.12);
    }
    30%,
    60% {
      transform: scale(1);
    }
  }
`;
