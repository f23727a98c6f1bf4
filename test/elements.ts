/** Every element the drop-in bundle ships (the hostile and bundle suites cover each). */
export const ELEMENTS = [
  'endht-countdown',
  'endht-stats',
  'endht-share',
  'endht-blue-heart',
  'endht-donate',
  'endht-partners',
];

/** The elements the product must have when complete (DESIGN §1). */
export const ALL_SIX = [
  'endht-countdown',
  'endht-stats',
  'endht-share',
  'endht-blue-heart',
  'endht-donate',
  'endht-partners',
];

/** An element of ours, as the suites wait for it. */
export type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Appends one of every element (with no attributes) to `host` and waits for their first render. */
export async function appendEvery(host: HTMLElement): Promise<Updatable[]> {
  const els = ELEMENTS.map((tag) => host.appendChild(document.createElement(tag)) as Updatable);
  await Promise.all(els.map((e) => e.updateComplete));
  return els;
}
