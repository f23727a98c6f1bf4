// Shared by the interop apps: values the generic part of each app gives every element of the
// installed package's manifest that it knows, through the framework's own bindings. Arrays
// must arrive as PROPERTIES (never as "[object Object]" attributes): the checks verify it.
// Keys are attribute names (set as attributes) or property names (set as properties).
export const SAMPLES: Record<string, Record<string, unknown>> = {
  'endht-countdown': { 'time-zone': 'UTC', precision: 'day', variant: 'full' },
  'endht-partners': { layout: 'strip', partners: [{ name: 'Generic Partner', href: 'https://generic.example' }] },
  // A site may give its own figures as a property. The shape is the element's;
  // the interop check is only that the array reaches it as a property.
  'endht-stats': {
    figures: [
      {
        id: 'interop-figure',
        value: 42,
        kind: 'count',
        label: 'Interop figure',
        year: 2024,
        source: { title: 'Interop source', publisher: 'Interop', url: 'https://source.example' },
      },
    ],
  },
  'endht-share': { url: 'https://share.example/page', hashtags: 'EndHumanTrafficking,endHT' },
  'endht-donate': { amount: '25', currency: 'USD' },
};
