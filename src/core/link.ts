import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';

/** Where an (already validated, absolute) http(s) link goes. */
export interface LinkTarget {
  href: string;
  /** The host as people say it: "unodc.org", without "www.". */
  host: string;
  /** Whether it leaves the page's site (another origin). Such a link opens in a new tab. */
  external: boolean;
}

/**
 * Describes a link. It reads `location`, so call it in `willUpdate()` or an event handler,
 * not in `render()` (which also runs on the server). Without `location`, a link is external.
 */
export function linkTarget(href: string): LinkTarget {
  const url = new URL(href);
  return {
    href: url.href,
    host: url.hostname.replace(/^www\./, ''),
    external: url.origin !== globalThis.location?.origin,
  };
}

/** The accessible name of a link that opens in a new tab: "Donate (opens unodc.org in a new tab)". */
export function opensInNewTab(label: string, host: string): string {
  return msg(str`${label} (opens ${host} in a new tab)`, { id: 'link.new-tab' });
}

export interface LinkOptions {
  /** The link's `part` (and any other part names). */
  part: string;
  class?: string;
  /**
   * The link's visible text, for its accessible name: a link that opens a new tab is named
   * "<label> (opens <host> in a new tab)". Without it the content names the link.
   */
  label?: string;
  /**
   * The link's whole accessible name, where the element's own wording says more than where the
   * link goes ("Share on X (opens in a new tab)"). It takes the place of the name made from `label`.
   */
  name?: string;
  /** The id of an element inside the same shadow root that describes the link. */
  describedBy?: string;
  /** Advisory text shown on hover, e.g. the title of the page the link opens. */
  title?: string;
  onClick?: (event: MouseEvent) => void;
}

/**
 * A link the way every element writes one: a link that leaves the site opens in a new tab,
 * with `rel="noopener noreferrer"` (the site it opens gets neither the page nor its address)
 * and an accessible name that says so.
 */
export function renderLink(target: LinkTarget, content: unknown, options: LinkOptions): TemplateResult {
  const newTab = target.external;
  const labelName = newTab && options.label !== undefined ? opensInNewTab(options.label, target.host) : undefined;
  const accessibleName = options.name ?? labelName;
  return html`<a
    part=${options.part}
    class=${ifDefined(options.class)}
    href=${target.href}
    target=${newTab ? '_blank' : nothing}
    rel=${newTab ? 'noopener noreferrer' : nothing}
    aria-label=${ifDefined(accessibleName)}
    aria-describedby=${ifDefined(options.describedBy)}
    title=${ifDefined(options.title)}
    @click=${ifDefined(options.onClick)}
    >${content}</a
  >`;
}
