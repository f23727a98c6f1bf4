import { eventInit } from '../../core/events.js';

export interface DayStartedDetail {
  /** The day that began, as `YYYY-MM-DD`. */
  date: string;
  /** The IANA time zone in which it began. */
  timeZone: string;
}

/** The day began while the page was open (not fired when the page is opened on the day). */
export class DayStartedEvent extends CustomEvent<DayStartedDetail> {
  static readonly eventName = 'endht-day-started';

  constructor(detail: DayStartedDetail) {
    super(DayStartedEvent.eventName, eventInit(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'endht-day-started': DayStartedEvent;
  }
}
