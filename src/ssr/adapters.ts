/*
 * Server-side stand-ins for what an element reads from its light DOM in the browser.
 *
 * @lit-labs/ssr does not call connectedCallback and gives the element no children, so an
 * element that reads its child markup there (instead of slotting it) would render its default
 * content on the server. An adapter reads the same markup from the parsed input and hands the
 * element the equivalent property, so the server renders what the browser will (and hydration
 * finds the same template). One adapter per such element; elements without one need nothing.
 */
import type { DefaultTreeAdapterMap } from 'parse5';
import { partnerFromLink, type MarkupNode } from '../elements/partners/naming.js';

export type ParsedElement = DefaultTreeAdapterMap['element'];
type ParsedNode = DefaultTreeAdapterMap['childNode'];

/** Properties to set on the server-side instance of an element, from its parsed markup. */
export type Adapter = (el: ParsedElement) => Record<string, unknown> | undefined;

const attr = (el: ParsedElement, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

function* descendants(node: ParsedElement | DefaultTreeAdapterMap['template']): Generator<ParsedElement> {
  const kids: ParsedNode[] =
    node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
  for (const child of kids) {
    if ('tagName' in child) {
      yield child;
      yield* descendants(child);
    }
  }
}

function textOf(node: ParsedElement): string {
  let s = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') s += (child as DefaultTreeAdapterMap['textNode']).value;
    else if ('tagName' in child) s += textOf(child);
  }
  return s;
}

/** A parsed element as the little a DOM element offers that the naming rules read. */
function markupNode(el: ParsedElement): MarkupNode {
  return { getAttribute: (name) => attr(el, name) ?? null, textContent: textOf(el) };
}

export const ADAPTERS: Record<string, Adapter> = {
  /*
   * <endht-partners> reads its child <a href> links in connectedCallback, by the rule of
   * src/elements/partners/naming.ts (name from the logo's alt, else the link text, else
   * aria-label or title; logo from the <img src>). The same links, read by the same rule, become
   * its `partners` property here; it validates them as it validates child links.
   */
  'endht-partners': (el) => {
    const links = [...descendants(el)].filter((d) => d.tagName === 'a' && attr(d, 'href') !== undefined);
    if (links.length === 0) return undefined;
    const partners = links.map((a) => {
      const img = [...descendants(a)].find((d) => d.tagName === 'img');
      const link = partnerFromLink(markupNode(a), img === undefined ? null : markupNode(img));
      // An <img> without src is no logo here (the browser warns about it).
      const logo = link.logo === undefined ? undefined : (link.logo ?? '');
      return { name: link.name, href: link.href ?? '', logo };
    });
    return { partners };
  },
};
