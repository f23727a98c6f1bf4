/*
 * `endht-widgets/hydrate`: load it BEFORE the elements on a page whose widgets were rendered on
 * the server (endht-widgets/ssr). It installs @lit-labs/ssr-client's hydrate support, so each
 * element adopts the server's shadow DOM instead of rendering a second copy beside it, plus a
 * safety net of ours: when an element's first render in this browser does not match what the
 * server sent (the visitor asks for reduced motion, so the countdown drops its seconds; the
 * day began between the server's render and the visit), the server's content is replaced by a
 * fresh render, with one console.warn, instead of an error and a broken widget.
 *
 * For the drop-in file, `dist/npm/hydrate-drop-in.js` is the same module as one self-contained
 * file: `<script type="module" src=".../hydrate-drop-in.js">` before the drop-in's script tag.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

type Updatable = HTMLElement & { renderRoot: ShadowRoot & { _$litPart$?: unknown } };
type LitClass = { prototype: { update(this: Updatable, changed: unknown): void } };
type Hook = (x: { LitElement: LitClass }) => void;

const g = globalThis as unknown as { litElementHydrateSupport?: Hook };
const support = g.litElementHydrateSupport;
if (support) {
  g.litElementHydrateSupport = ({ LitElement }) => {
    support({ LitElement });
    const update = LitElement.prototype.update;
    LitElement.prototype.update = function (this: Updatable, changed: unknown) {
      try {
        update.call(this, changed);
      } catch (e) {
        if (!this.localName.startsWith('endht-')) throw e;
        console.warn(
          `endht-widgets: <${this.localName}> renders differently in this browser than on the server ` +
            `(${(e as Error).message}); rendered again.`,
        );
        const root = this.renderRoot;
        delete root._$litPart$;
        for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
        update.call(this, changed);
      }
    };
  };
}
