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
 */
import { html, type TemplateResult } from 'lit';
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

/**
 * The thank-you line of an element a visitor acts with (share, donate): a polite live region that
 * is in the page from the start, so that assistive technology reads the thanks when it appears,
 * and that takes no room while it is empty (core/styles.ts).
 */
export function renderThanks(thanks: string | undefined): TemplateResult {
  return html`<p part="thanks" class="thanks" role="status">${thanks}</p>`;
}
