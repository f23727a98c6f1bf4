/*
 * Timing an element's first render, for the checks that a long list cannot block the page.
 * Data and DOM only: nothing from src/ is imported, so the suites on the built file use it too.
 */
import type { Updatable } from './elements.js';

export interface TimedMount {
  /** The element `tag` of the fastest run (taken off the page again). */
  el: Updatable;
  /** The fastest run, in ms: from putting the markup on the page until the element has rendered. */
  ms: number;
  /** The warnings of that run. */
  warnings: string[];
}

/**
 * Puts `markup` on the page `runs` times (5 by default: a full test run keeps both browsers busy on
 * two cores) and returns the fastest run. The page's own work
 * (parsing the markup, a long attribute or JSON included) is done before each clock starts; the
 * first run also makes the formatters the element caches; and a machine busy with other work
 * pauses some runs, which is not the element's cost.
 */
export async function fastestMount(markup: string, tag: string, runs = 5): Promise<TimedMount> {
  let fastest: TimedMount | undefined;
  for (let run = 0; run < runs; run++) {
    const host = document.createElement('div');
    host.innerHTML = markup;
    const el = host.querySelector(tag) as Updatable;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const start = performance.now();
    try {
      document.body.append(host);
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    const ms = performance.now() - start;
    host.remove();
    if (fastest === undefined || ms < fastest.ms) fastest = { el, ms, warnings };
  }
  return fastest!;
}
