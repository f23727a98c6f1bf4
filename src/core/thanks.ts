import { html, type TemplateResult } from 'lit';

/**
 * The thank-you line of an element a visitor acts with (share, donate): a polite live region that
 * is in the page from the start, so that assistive technology reads the thanks when it appears,
 * and that takes no room while it is empty (core/styles.ts). Empty until `thanks` is given.
 */
export function renderThanks(thanks: string | undefined): TemplateResult {
  return html`<p part="thanks" class="thanks" role="status" aria-live="polite">${thanks}</p>`;
}
