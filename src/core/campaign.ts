/*
 * What the widgets remember about the campaign for one visitor. All of it is in localStorage,
 * through core/storage.ts (so: nothing when storage is blocked, full or throws, and nothing
 * while a date is previewed), under these keys, where <year> is the campaign year:
 *
 *   endht-blue-heart:dismissed:<year>  a banner was closed: "<time> <fingerprint>"
 *   endht-blue-heart:takeover:<year>   the Day's takeover was shown: "<time> <fingerprint>"
 *   endht-widgets:acted:<year>         the visitor shared or went to donate: "<time>"
 *
 * <time> is epoch milliseconds; <fingerprint> sums up the banner's content (its variant, link,
 * and texts), so that a banner whose content changed is shown again. docs/security.md lists
 * the keys for site owners.
 *
 * Also here: the campaign codes a site may ask for (`campaign="acme-2027"`), the only
 * attribution there is: they are added to links, never sent anywhere by the widgets.
 */
import { WORLD_DAY } from './calendar.js';
import { now } from './now.js';
import { storageGet, storageRemove, storageSet } from './storage.js';

export const DISMISSED_KEY = 'endht-blue-heart:dismissed:';
export const TAKEOVER_KEY = 'endht-blue-heart:takeover:';
export const ACTED_KEY = 'endht-widgets:acted:';

/**
 * The campaign year: the year of the World Day now coming (or today), in the visitor's zone (the
 * browser's own, which Date uses). From 31 July it is next year's.
 */
export function campaignYear(time: number = now()): number {
  const date = new Date(time);
  const month = date.getMonth() + 1;
  const afterTheDay = month > WORLD_DAY.month || (month === WORLD_DAY.month && date.getDate() > WORLD_DAY.day);
  return date.getFullYear() + (afterTheDay ? 1 : 0);
}

/**
 * A short summary of a banner's content (FNV-1a, 32 bits, in base 36): the same content always
 * gives the same fingerprint, and a change almost always gives another.
 */
export function fingerprint(content: readonly (string | undefined)[]): string {
  const text = content.map((part) => part ?? '').join('\n');
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Remembers under `key` that a banner with this fingerprint was closed (or shown) now; says whether it was stored. */
export function remember(key: string, content: string): boolean {
  return storageSet(key, `${now()} ${content}`);
}

/** When a banner with this fingerprint was remembered under `key` (epoch ms); else (never, other content) undefined. */
export function rememberedAt(key: string, content: string): number | undefined {
  const [time, stored] = (storageGet(key) ?? '').split(' ');
  const at = Number(time);
  return stored === content && time !== '' && Number.isFinite(at) ? at : undefined;
}

/** Remembers that the visitor shared or went to donate, for this campaign year. */
export function markActed(): void {
  storageSet(`${ACTED_KEY}${campaignYear()}`, String(now()));
}

/** Whether the visitor shared or went to donate in this campaign year. */
export function hasActed(): boolean {
  return storageGet(`${ACTED_KEY}${campaignYear()}`) !== undefined;
}

/** A campaign code, for readAttribute(): letters, digits, `-` and `_`, at most 64 characters. */
export function campaignCode(text: string): string | undefined {
  return /^[A-Za-z0-9_-]{1,64}$/.test(text) ? text : undefined;
}

/**
 * The address with the campaign codes, `utm_source=<campaign>&utm_medium=endht-widgets&
 * utm_campaign=world-day-<campaign year>` (replacing any already there); without a campaign, the
 * address as it was. `href` is absolute.
 */
export function withCampaignCodes(href: string, campaign: string | undefined): string {
  if (campaign === undefined) return href;
  const url = new URL(href);
  url.searchParams.set('utm_source', campaign);
  url.searchParams.set('utm_medium', 'endht-widgets');
  url.searchParams.set('utm_campaign', `world-day-${campaignYear()}`);
  return url.href;
}

/** A link with the campaign codes when it leaves for unodc.org (or a subdomain); any other link as it was. */
export function withCodesForUnodc(href: string, campaign: string | undefined): string {
  const toUnodc = /(^|\.)unodc\.org$/.test(new URL(href).hostname);
  return toUnodc ? withCampaignCodes(href, campaign) : href;
}

/** The page's handle on the campaign memory, exported by the package and the drop-in files. */
export const EndhtCampaign = {
  /**
   * Forgets what the widgets remember about this campaign year for this visitor: that they
   * shared or donated, closed banners, and a takeover already seen. (Not while a date is previewed,
   * which changes nothing stored.)
   */
  reset(): void {
    const year = campaignYear();
    for (const key of [ACTED_KEY, DISMISSED_KEY, TAKEOVER_KEY]) storageRemove(`${key}${year}`);
  },
};
