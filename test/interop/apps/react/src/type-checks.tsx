// Not rendered: only type-checked (tsc --noEmit), to prove the shipped types are enforced.
import type { Partner } from 'endht-widgets';

export const ok = [
  <endht-countdown time-zone="Europe/Vienna" precision="day" label="Our event" date="2027-09-01" />,
  <endht-partners
    no-heading
    layout="marquee"
    partners={[{ name: 'A', href: 'https://a.example', logo: 'https://a.example/a.svg' } satisfies Partner]}
  />,
  <endht-countdown onendht-day-started={(e) => e.detail.date.toUpperCase() + e.detail.timeZone} />,
];

export const rejected = [
  // @ts-expect-error: no such attribute (TypeScript never checks hyphenated JSX attribute names)
  <endht-countdown bogus="x" />,
  // @ts-expect-error: precision is a string, not a number
  <endht-countdown precision={2} />,
  // @ts-expect-error: "hourly" is not a precision ('day' | 'hour' | 'minute' | 'second')
  <endht-countdown precision="hourly" />,
  // @ts-expect-error: partners is an array of { name, href, logo? }
  <endht-partners partners={42} />,
  // @ts-expect-error: the handler gets a DayStartedEvent, which has no `nope`
  <endht-countdown onendht-day-started={(e) => e.nope} />,
  // @ts-expect-error: no such element
  <endht-nope />,
];
