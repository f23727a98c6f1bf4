import { css } from 'lit';

// One rule per line. Sizes in em (.base has the visitor's default size), so a page's
// html { font-size } cannot reach inside; s is at least 32 px high, l 52 px (at 16 px). The
// shadow root holds one fieldset of labels (a radio and a span each) and one link, so element
// selectors suffice. Declarations are in the order that compresses best with the rest of the
// bundle (only a shorthand and the longhands it sets must keep their order).
export const donateStyles = css`
  :host {
    display: inline-block;
  }
  .base {
    container-type: normal;
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .appearance-card,
  .appearance-band {
    padding: 0.75em 1em;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;

    margin: 0;
    padding: 0;
    border: 0;
  }
  label {
    position: relative;
    display: inline-flex;
  }
  input {
    cursor: pointer;

    position: absolute;
    inset: 0;

    margin: 0;

    opacity: 0;
  }
  span,
  a {
    display: inline-flex;
    align-items: center;
    justify-content: center;

    min-block-size: 2.75em;
    padding: 0.4em 0.9em;
    border: 2px solid var(--_accent);
    border-radius: 999px;

    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);

    background: var(--_surface);
  }
  .solid a {
    color: var(--_surface);
    background: var(--_accent);
  }
  /* The chosen amount: a tinted chip with a tick and the text colour, never the filled look of the button. */
  :checked + span {
    color: var(--_text);
    background: color-mix(in srgb, var(--_heart) 18%, var(--_surface));
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  :checked + span::before {
    content: '✓' / '';
    margin-inline-end: 0.3em;
  }
  a {
    padding-inline: 1.3em;
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }
  a:hover {
    text-decoration: underline;
  }
  .s span,
  .s a {
    min-block-size: 2.3em;
    padding-block: 0.2em;
    font-size: 0.875em;
  }
  .l span,
  .l a {
    min-block-size: 2.71em;
    font-size: 1.2em;
  }
  .l a {
    padding-inline: 1.5em;
  }

  @media (forced-colors: active) {
    span,
    a {
      border-color: ButtonText;
    }
    :checked + span {
      color: HighlightText;
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
