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

export type ParsedElement = DefaultTreeAdapterMap['element'];
type ParsedNode = DefaultTreeAdapterMap['childNode'];

/** Properties to set on the server-side instance of an element, from its parsed markup. */
export type Adapter = (el: ParsedElement) => Record<string, unknown> | undefined;

const attr = (el: ParsedElement, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const collapse = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

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

export const ADAPTERS: Record<string, Adapter> = {
  /*
   * <endht-partners> reads its child <a href> links in connectedCallback (name from the logo's
   * alt, else the link text, else aria-label/title; logo from the <img src>). The same links
   * become its `partners` property here; it validates them exactly as it validates child links.
   */
  'endht-partners': (el) => {
    const links = [...descendants(el)].filter((d) => d.tagName === 'a' && attr(d, 'href') !== undefined);
    if (!links.length) return undefined;
    const partners = links.map((a) => {
      const img = [...descendants(a)].find((d) => d.tagName === 'img');
      const name =
        collapse(img && attr(img, 'alt')) || collapse(textOf(a)) || collapse(attr(a, 'aria-label') || attr(a, 'title'));
      return { name, href: attr(a, 'href')!, logo: img ? (attr(img, 'src') ?? '') : undefined };
    });
    return { partners };
  },
};
