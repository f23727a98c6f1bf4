// Every element of the INSTALLED package's manifest, with the shared samples and a handler for
// each of its events (React 19: an `on<event-name>` prop on a custom element adds a listener).
import { createElement } from 'react';
import manifest from 'endht-widgets/custom-elements.json';
import { SAMPLES } from './samples';
import { record } from './record';

interface Decl {
  customElement?: boolean;
  tagName?: string;
  events?: { name: string }[];
}
const decls = manifest.modules
  .flatMap((m) => (m.declarations ?? []) as Decl[])
  .filter((d) => d.customElement && d.tagName);

export function Generic() {
  return (
    <section id="generic">
      {decls.map((d) => {
        const tag = d.tagName!;
        const props: Record<string, unknown> = { key: tag, 'data-generic': '', ...(SAMPLES[tag] ?? {}) };
        for (const e of d.events ?? []) props[`on${e.name}`] = (ev: Event) => record(ev, tag);
        return createElement(tag, props);
      })}
    </section>
  );
}
