import { css } from 'lit';

export const donateStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .amounts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .amount {
    position: relative;
    display: inline-flex;
  }
  .amount input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .amount span,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    padding: 0.4rem 0.9rem;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .amount span {
    border-radius: 0.5rem;
  }
  .amount input:checked + span,
  .solid .button {
    background: var(--_accent);
    color: var(--_surface);
  }
  .amount input:focus-visible + span {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .button {
    padding-inline: 1.3rem;
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }
  .button:hover {
    text-decoration: underline;
  }
  .s .amount span,
  .s .button {
    min-block-size: 2rem;
    padding-block: 0.2rem;
    font-size: 0.875rem;
  }
  .l .amount span,
  .l .button {
    min-block-size: 3.25rem;
    font-size: 1.2rem;
  }
  .l .button {
    padding-inline: 1.8rem;
  }
  @media (forced-colors: active) {
    .amount span,
    .button {
      border-color: ButtonText;
    }
    .amount input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .amount input:focus-visible + span {
      outline-color: Highlight;
    }
  }
`;
