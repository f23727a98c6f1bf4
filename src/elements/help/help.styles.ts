import { css } from 'lit';

/*
 * Sizes in em (.base has the visitor's default size). Layout by the element's own width
 * (container queries on .base, named `help`, whose content box is the element less its two 1 px borders, so
 * 478 px is a 480 px element; the padding sits on .body inside it): one column; from 480 px the
 * titles and cards grow a little; from 960 px the topics sit side by side; at 280 px and less the
 * padding shrinks. The helpline's number
 * follows the width of its own topic (each topic is a container too), so it never breaks. Logical
 * properties only, so Arabic mirrors. Links and controls are at least 24 × 24 px (the call link,
 * the actions, the list and the exit button 44 px high).
 *
 * The wrapper's look follows `appearance` (card by default; `band` and `plain` when the base class
 * sets `appearance-band` / `appearance-plain`). The quick exit is fixed to the window's top or
 * bottom edge (`exit-top` / `exit-bottom`), at the end of the line (the right in English, the left
 * in Arabic), above the page.
 */
export const helpStyles = css`
  .base {
    --_natural-width: 20em;
    --_soft: color-mix(in srgb, var(--_heart) 9%, var(--_surface));

    container-name: help;
  }
  .body {
    padding: 1em clamp(0.75em, 4%, 1.5em);
  }
  .appearance-band {
    border-inline: 0;
    border-radius: 0;
  }
  .appearance-plain {
    border: 0;
    background: none;
  }
  .appearance-plain .body {
    padding-inline: 0;
  }
  .exit-only {
    border: 0;
    background: none;
  }
  .exit-only .body {
    padding: 0;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .topics {
    display: grid;
    gap: 1.25em;
  }
  .topic {
    container: topic / inline-size;
    display: flex;
    flex-direction: column;
    gap: 0.6em;

    min-inline-size: 0;

    overflow-wrap: anywhere;
  }
  .topic + .topic {
    padding-block-start: 1.25em;
    border-block-start: 1px solid var(--_border);
  }
  .title {
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.25;
    text-wrap: balance;
  }
  .title::before {
    content: '';

    display: inline-block;

    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline-end: 0.45em;
    border-radius: 50%;

    vertical-align: 0.1em;

    background: var(--_heart);
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: 0.3em;

    margin: 0;
    padding-inline-start: 1.25em;
  }
  .list li::marker {
    color: var(--_heart);
  }
  .caution,
  .children {
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_heart);
    border-start-end-radius: calc(var(--_radius) * 0.5);
    border-end-end-radius: calc(var(--_radius) * 0.5);

    font-size: 0.92em;

    background: var(--_soft);
  }
  .source,
  .emergency,
  .online-report,
  .exit-note,
  .facts,
  .kind,
  .abroad,
  .for-anyone {
    font-size: 0.9em;
  }
  .source {
    color: var(--_muted);
  }
  .source a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  .country {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 0.75em;
    align-items: center;
  }
  .country label {
    font-weight: 600;
  }
  select {
    flex: 0 1 20em;

    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.4em 0.6em;
    border: 1px solid color-mix(in srgb, var(--_text) 45%, var(--_surface));
    border-radius: 0.5em;

    font: inherit;
    color: var(--_text);

    background: var(--_surface);
  }
  select:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .helpline,
  .advice {
    display: flex;
    flex-direction: column;
    gap: 0.5em;

    padding: 0.9em 1em;
    border-radius: calc(var(--_radius) * 0.66);

    background: var(--_soft);
  }
  .line-name {
    display: flex;
    flex-direction: column;
    font-weight: 700;
  }
  .line-name .english {
    font-size: 0.88em;
    font-weight: 400;
    color: var(--_muted);
  }
  .kind {
    color: var(--_muted);
  }
  .phone {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
    align-items: baseline;
    align-self: flex-start;

    min-block-size: 2.75em;
    padding-block: 0.2em;

    font-variant-numeric: tabular-nums;
    text-decoration: none;
  }
  .phone .call {
    font-weight: 600;
  }
  .phone .number {
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.2;
    text-decoration: underline;
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.12em;
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .action {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;

    min-block-size: 2.75em;
    padding: 0.3em 0.9em;
    border: 2px solid var(--_accent);
    border-radius: 999px;

    font-weight: 600;
    text-decoration: none;

    background: var(--_surface);
  }
  .action:hover {
    text-decoration: underline;
  }
  .phone:hover .number {
    text-decoration-thickness: 0.12em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;

    margin: 0;
    padding: 0;

    color: var(--_muted);
    list-style: none;
  }
  .advice-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    font-weight: 600;
  }
  .exit-note {
    margin-block-start: 1em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
  }
  .exit-only .exit-note {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .exit-bar {
    pointer-events: none;

    position: fixed;
    z-index: 2147483646;
    inset-inline: 0;

    display: flex;
    justify-content: flex-end;

    padding: 0.75em;
  }
  .exit-top .exit-bar {
    inset-block-start: 0;
  }
  .exit-bottom .exit-bar {
    inset-block-end: 0;
  }
  .exit {
    pointer-events: auto;

    display: inline-flex;
    gap: 0.5em;
    align-items: center;

    min-block-size: 2.75em;
    padding: 0.45em 1.1em;
    border: 2px solid var(--_surface);
    border-radius: 999px;

    font-weight: 700;
    color: var(--_surface);
    text-decoration: none;

    background: var(--_accent);
    box-shadow: 0 0.15em 0.6em rgb(0 0 0 / 35%);
  }
  .exit:hover {
    text-decoration: underline;
  }
  .exit:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
  }
  .dots {
    display: inline-flex;
    gap: 0.25em;
  }
  .dot {
    inline-size: 0.5em;
    block-size: 0.5em;
    border: 1.5px solid currentcolor;
    border-radius: 50%;
  }
  .dot.on {
    background: currentcolor;
  }
  .is-leaving {
    visibility: hidden;
  }
  .leaving {
    position: fixed;
    inset: 0;

    display: none;
    align-items: center;
    justify-content: center;

    inline-size: 100%;
    max-inline-size: none;
    block-size: 100%;
    max-block-size: none;
    margin: 0;
    padding: 1em;
    border: 0;

    color: CanvasText;

    visibility: visible;
    background: Canvas;
    outline: none;
  }
  .leaving[open] {
    display: flex;
  }
  .leaving::backdrop {
    background: Canvas;
  }

  @container help (width>=478px) {
    .title {
      font-size: 1.2em;
    }
    .helpline,
    .advice {
      padding: 1em 1.25em;
    }
  }

  @container help (width>=958px) {
    .topics {
      grid-auto-columns: minmax(0, 1fr);
      grid-auto-flow: column;
      gap: 2em;
    }
    .topic + .topic {
      padding-block-start: 0;
      padding-inline-start: 2em;
      border-block-start: 0;
      border-inline-start: 1px solid var(--_border);
    }
  }

  @container help (width<=278px) {
    .body {
      padding: 0.75em;
    }
    .helpline,
    .advice {
      padding: 0.75em;
    }
  }

  /* The number's size follows the width of its own topic (a column at 960 px and more). */
  @container topic (width>=26em) {
    .phone .number {
      font-size: 1.9em;
    }
  }

  @container topic (width<=17em) {
    .phone .number {
      font-size: 1.3em;
    }
  }

  @media (forced-colors: active) {
    .helpline,
    .advice,
    .caution,
    .children {
      border: 1px solid CanvasText;
    }
    .action,
    .exit,
    select {
      border-color: ButtonText;
    }
    .exit:focus-visible,
    select:focus-visible {
      outline-color: Highlight;
    }
  }
`;
