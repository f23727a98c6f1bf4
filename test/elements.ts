import { DROP_IN_TAGS, TAGS } from '../src/entries/tags.js';

/**
 * Every element the package ships: the tags generated from src/elements/* (build/entries.mjs).
 * Data only: the suites that test a built file import no code from src/.
 */
export const ELEMENTS: readonly string[] = TAGS;

/** The elements of the campaign drop-in, dist/endht-widgets.js (all but those shipped only in their own file). */
export const DROP_IN_ELEMENTS: readonly string[] = DROP_IN_TAGS;

/** An element of ours, as the suites wait for it. */
export type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** The elements shipped only in their own drop-in file, dist/<tag>.js (not in dist/endht-widgets.js). */
export const OWN_FILE_ELEMENTS: readonly string[] = TAGS.filter((tag) => !DROP_IN_ELEMENTS.includes(tag));

const DIST = new URL('../dist/', import.meta.url);

/**
 * Loads the built files that together define every element: the campaign file
 * dist/endht-widgets.js and the file of each element shipped only in its own. Returns the
 * campaign file's module (its setLocale switches every file on the page).
 */
export async function importEveryElement(): Promise<unknown> {
  const [campaign] = await Promise.all([
    import(new URL('endht-widgets.js', DIST).href),
    ...OWN_FILE_ELEMENTS.map((tag) => import(new URL(`${tag}.js`, DIST).href)),
  ]);
  return campaign;
}

/** Appends one of every element (with no attributes) to `host` and waits for their first render. */
export async function appendEvery(host: HTMLElement): Promise<Updatable[]> {
  const els = ELEMENTS.map((tag) => host.appendChild(document.createElement(tag)) as Updatable);
  await Promise.all(els.map((e) => e.updateComplete));
  return els;
}
