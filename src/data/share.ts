/*
 * Defaults of <endht-share> (docs/sources.md, "Share bar").
 * #EndHumanTrafficking is UNODC's recommended hashtag for the campaign and stays first; the
 * other three are the ones the campaign page names (not confirmed as official hashtags).
 */
export const DEFAULT_HASHTAGS: readonly string[] = [
  'EndHumanTrafficking',
  'endHT',
  '30July',
  'WorldDayAgainstTraffickingInPersons',
];

/** A short list of large, general-purpose Mastodon servers offered in the server dialog. */
export const MASTODON_SERVERS: readonly string[] = ['mastodon.social', 'mastodon.online', 'mas.to', 'mstdn.social'];

/** localStorage key (via core/storage.ts) of the visitor's Mastodon server. */
export const MASTODON_STORAGE_KEY = 'endht-widgets:mastodon-server';
