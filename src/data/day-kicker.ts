import { html, nothing, type TemplateResult } from 'lit';
import { isTheDay, todayHeadline } from './day.js';

/**
 * On 30 July, the line an element puts above its own title ("Today is the World Day against
 * Trafficking in Persons", after a UN-blue dot); nothing on other days.
 */
export function renderDayKicker(): TemplateResult | typeof nothing {
  if (!isTheDay()) return nothing;
  return html`<p part="today" class="kicker">${todayHeadline()}</p>`;
}
