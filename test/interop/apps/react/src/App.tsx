import { useState } from 'react';
import type { Partner } from 'endht-widgets';
import { Generic } from './Generic';
import { record } from './record';

const partners: Partner[] = [{ name: 'Interop Partner', href: 'https://partner.example' }];

export function App() {
  const [started, setStarted] = useState('');
  return (
    <main>
      {/* Attributes, and React 19's custom-element event prop: on + the event's name. */}
      <endht-countdown
        id="typed-countdown"
        time-zone="UTC"
        precision="second"
        variant="compact"
        theme="dark"
        onendht-day-started={(e) => {
          record(e, 'endht-countdown');
          setStarted(`${e.detail.date} ${e.detail.timeZone}`);
        }}
      />
      <p id="started">{started}</p>
      {/* An array: React 19 sets it as a property because the element has one by that name. */}
      <endht-partners id="typed-partners" layout="grid" heading-level={3} partners={partners} />
      <Generic />
    </main>
  );
}
