import { LitElement, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';

/** The app's own localized element. */
export class AppGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  override render() {
    return html`<p>${msg('Hello from the app', { id: 'app.hello' })}</p>`;
  }
}
customElements.define('app-greeting', AppGreeting);
