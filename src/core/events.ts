/*
 * Every event of the widgets is a CustomEvent subclass with a typed `detail`, named
 * `endht-<verb>`, that bubbles and is composed (it crosses shadow roots, so a listener on
 * `document` hears it). "Before" events are cancelable and use a present-tense verb
 * (`endht-share`); notifications use a past-tense one (`endht-copied`). Each element declares
 * its events in its own `events.ts`, and fires them only on a visitor's action or on time
 * passing, never when code sets a property.
 */

/** The init of every event: bubbles, composed, and cancelable only where documented. */
export function eventInit<Detail>(detail: Detail, { cancelable = false } = {}): CustomEventInit<Detail> {
  return { detail, bubbles: true, composed: true, cancelable };
}
