// Type test (tsc -p test/types, in npm test after the npm build): the shipped React types, as an
// app sees them through `import 'endht-widgets/react'`, accept each attribute's documented values
// and reject others. It fails if a union is lost (precision typed as a plain string, say): each
// expected error below would then be missing.
import type {} from 'endht-widgets/react';
import type { DayStartedEvent } from 'endht-widgets';

const onStarted = (e: DayStartedEvent) => e.detail.date.toUpperCase() + e.detail.timeZone;

export const accepted = [
  <endht-countdown precision="hour" variant="compact" theme="dark" date="07-30" />,
  <endht-countdown precision="second" onendht-day-started={onStarted} />,
];

export const rejected = [
  // @ts-expect-error: "hourly" is not a precision ('day' | 'hour' | 'minute' | 'second')
  <endht-countdown precision="hourly" />,
  // @ts-expect-error: "card" is not a countdown variant
  <endht-countdown variant="card" />,
  // @ts-expect-error: "blue" is not a theme
  <endht-countdown theme="blue" />,
  // @ts-expect-error: no such element
  <endht-nope />,
];
