import { TAGS } from '../src/entries/tags.js';

/**
 * Every element the package ships: the tags generated from src/elements/* (build/entries.mjs).
 * Data only: the suites that test a built file import no code from src/.
 */
export const ELEMENTS: readonly string[] = TAGS;

/** An element of ours, as the suites wait for it. */
export type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Appends one of every element (with no attributes) to `host` and waits for their first render. */
export async function appendEvery(host: HTMLElement): Promise<Updatable[]> {
  const els = ELEMENTS.map((tag) => host.appendChild(document.createElement(tag)) as Updatable);
  await Promise.all(els.map((e) => e.updateComplete));
  return els;
}
