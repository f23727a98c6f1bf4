import { eventInit } from '../../core/events.js';

export interface CountryChangedDetail {
  /** The country the visitor chose (ISO 3166-1 alpha-2), or null for "Other country". */
  country: string | null;
}

/** The visitor chose another country in the helpline's country list. */
export class CountryChangedEvent extends CustomEvent<CountryChangedDetail> {
  static readonly eventName = 'endht-country-changed';

  constructor(detail: CountryChangedDetail) {
    super(CountryChangedEvent.eventName, eventInit(detail));
  }
}

export interface ExitTriggeredDetail {
  /** Where the tab is being sent. */
  url: string;
  /** What started it: the "Leave this site" button, a page link marked for it, or Shift pressed 3 times. */
  trigger: 'button' | 'link' | 'shortcut';
}

/**
 * The quick exit has started: the page is already hidden and the tab is about to leave. Not
 * cancelable (nothing may keep a visitor on the page). A listener can clear the site's own
 * session data, synchronously.
 */
export class ExitTriggeredEvent extends CustomEvent<ExitTriggeredDetail> {
  static readonly eventName = 'endht-exit-triggered';

  constructor(detail: ExitTriggeredDetail) {
    super(ExitTriggeredEvent.eventName, eventInit(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'endht-country-changed': CountryChangedEvent;
    'endht-exit-triggered': ExitTriggeredEvent;
  }
}
