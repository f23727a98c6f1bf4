import { msg, str } from '@lit/localize';

/**
 * Where an (already validated, absolute) http(s) link goes, for its accessible name: the host
 * as people say it ("unodc.org", without "www.") and whether it leaves the page's site (another
 * origin; always, without `location`), in which case it opens in a new tab. Call it in
 * willUpdate, not render(): it reads `location`.
 */
export function linkInfo(href: string): { host: string; external: boolean } {
  const url = new URL(href);
  return { host: url.hostname.replace(/^www\./, ''), external: url.origin !== globalThis.location?.origin };
}

/** The accessible name of a link that opens in a new tab: "Donate (opens unodc.org in a new tab)". */
export function opensInNewTab(label: string, host: string): string {
  return msg(str`${label} (opens ${host} in a new tab)`, { id: 'link.new-tab' });
}
