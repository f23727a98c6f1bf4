/*
 * How <endht-partners> reads a site's partner from a child link (`<a href>`, with text or a
 * logo `<img>` inside). One rule, used by the element in the browser (DOM nodes) and by the
 * server renderer (src/ssr/adapters.ts, parse5 nodes), so both name a partner the same way.
 */

/**
 * The little of an element that the rule reads. A DOM Element is one as it is; the server
 * renderer wraps a parsed element in one.
 */
export interface MarkupNode {
  getAttribute(name: string): string | null;
  /** The text of the element and everything in it. */
  readonly textContent: string | null;
}

/** A partner as a child link gives it, before the element checks it. */
export interface PartnerLink {
  /** The `href`, as written. */
  href: string | null;
  /** Its name; empty when nothing in the link names the partner (the element then uses the link's host). */
  name: string;
  /** The logo's `src` as written (null for an `<img>` without one); undefined for a link without an image. */
  logo?: string | null;
  /** Whether the link has a logo without a text alternative and no text of its own to name it. */
  logoWithoutAlt: boolean;
}

/**
 * The partner a child link names: the logo's `alt`, else the link's text, else its
 * `aria-label`, else its `title` (each with its white space collapsed); empty when none of them
 * has any text. `logo` is the link's first `<img>`, if it has one. An image with an empty `alt`
 * next to link text is correct HTML (the text names the link), so only a logo that is the
 * link's sole content and has no `alt` counts as a problem.
 */
export function partnerFromLink(link: MarkupNode, logo: MarkupNode | null): PartnerLink {
  const alt = collapseSpace(logo?.getAttribute('alt'));
  const text = collapseSpace(link.textContent);
  const label = collapseSpace(link.getAttribute('aria-label')) || collapseSpace(link.getAttribute('title'));
  return {
    href: link.getAttribute('href'),
    name: alt || text || label,
    logo: logo === null ? undefined : logo.getAttribute('src'),
    logoWithoutAlt: logo !== null && alt === '' && text === '',
  };
}

/** Runs of white space as one space, trimmed; anything that is not a string is empty. */
export function collapseSpace(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}
