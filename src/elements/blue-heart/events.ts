import { eventInit } from '../../core/events.js';

export interface DismissedDetail {
  /** The campaign year the dismissal applies to: the year of the coming 30 July. */
  year: number;
  /** Whether the dismissal was stored (not with `remember-days="0"`, without `dismissible`, or without storage). */
  remembered: boolean;
}

/** The visitor closed the banner (not fired when its date window or code hides it). */
export class DismissedEvent extends CustomEvent<DismissedDetail> {
  static readonly eventName = 'endht-dismissed';

  constructor(detail: DismissedDetail) {
    super(DismissedEvent.eventName, eventInit(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'endht-dismissed': DismissedEvent;
  }
}
