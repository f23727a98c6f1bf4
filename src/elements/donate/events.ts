import { eventInit } from '../../core/events.js';

export interface DonateDetail {
  /** The address the button goes to, with the amount and currency filled in. */
  href: string;
  /** The amount chosen or given; null without one. */
  amount: number | null;
  /** The ISO 4217 code of the amount's currency, e.g. `USD`. */
  currency: string;
}

/**
 * The visitor activated the donate button; the browser follows the link next.
 * `preventDefault()` keeps the browser on the page, e.g. for the site to open its own checkout.
 */
export class DonateEvent extends CustomEvent<DonateDetail> {
  static readonly eventName = 'endht-donate';

  constructor(detail: DonateDetail) {
    super(DonateEvent.eventName, eventInit(detail, { cancelable: true }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'endht-donate': DonateEvent;
  }
}
