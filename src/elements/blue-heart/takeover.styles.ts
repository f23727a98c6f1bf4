import { css } from 'lit';

// The Day's takeover (<endht-blue-heart variant="takeover">). The wrapper draws nothing (it
// only passes the tokens, the theme and the text settings on); the modal dialog covers the
// whole viewport, in the element's surface colour, with one centred column that scrolls when
// the window is short. Sizes in em of the visitor's default size. The dialog fades in and the
// heart beats, never with reduced motion.
export const takeoverStyles = css`
  .takeover {
    display: contents;
  }
  dialog {
    container-type: inline-size;
    overflow: auto;

    inline-size: 100%;
    max-inline-size: none;
    block-size: 100%;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;

    color: var(--_text);
    text-align: center;

    background: var(--_surface);
  }
  .takeover-content {
    display: flex;
    flex-direction: column;
    gap: 1em;
    align-items: center;
    justify-content: center;

    box-sizing: border-box;
    max-inline-size: 38em;
    min-block-size: 100%;
    margin: 0 auto;
    padding: 2em clamp(1em, 5%, 2em);
  }
  .takeover-content .heart {
    inline-size: 4em;
  }
  .date {
    font-weight: 700;
    color: var(--_accent);
  }
  h2 {
    margin: 0;
    font-size: 1.75em;
    line-height: 1.2;
    text-wrap: balance;
  }
  .theme {
    font-size: 1.1em;
    color: var(--_muted);
    text-wrap: balance;
  }
  .figure {
    display: grid;
    gap: 0.35em;

    inline-size: 100%;
    margin-block: 0.5em;
    padding: 1em 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .value {
    display: block;
    font-size: 2em;
    line-height: 1.1;
    color: var(--_accent);
  }
  .source {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .source a {
    color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    justify-content: center;
  }
  .actions [part='cta'] {
    border-color: var(--_accent);
    color: var(--_accent);
    background: none;
  }
  [part='continue'] {
    cursor: pointer;

    margin-block-start: 0.5em;
    border-color: var(--_muted);

    font: inherit;
    font-weight: 700;
    color: var(--_text);

    background: none;
  }

  @container (width>=40em) {
    h2 {
      font-size: 2.25em;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: endht-takeover-in 0.4s ease-out;
    }
  }

  @keyframes endht-takeover-in {
    from {
      opacity: 0;
    }
  }

  @media (forced-colors: active) {
    dialog {
      border: 1px solid CanvasText;
    }
  }
`;
