/*
 * The networks of <endht-share> and the pure helpers around them: each network's name, icon and
 * share ("intent") URL, hashtag and network-list parsing, and Mastodon server validation. No
 * DOM access.
 */
import { SHARE_ICONS } from '../../data/share-icons.js';

/** A share control: a network, the device's share sheet (`native`), email, or "copy link". */
export type Network =
  | 'native'
  | 'x'
  | 'facebook'
  | 'linkedin'
  | 'whatsapp'
  | 'telegram'
  | 'bluesky'
  | 'threads'
  | 'mastodon'
  | 'reddit'
  | 'email'
  | 'copy';

/** What is shared. */
export interface ShareData {
  /** The page to share (absolute http(s) URL). */
  url: string;
  /** The message, without hashtags. */
  text: string;
  /** Hashtags without '#' (never empty: the element falls back to its defaults). */
  hashtags: readonly string[];
  /** Subject line for email. */
  subject: string;
}

export interface NetworkInfo {
  /** The name on the control, a brand name that is never translated; null where the name is translated. */
  name: string | null;
  /** The icon, as SVG path data on a 24 × 24 grid. */
  icon: string;
  /** The link that shares on this network; null for the controls that are buttons. */
  shareUrl: ((data: ShareData) => string) | null;
}

/**
 * Every network, in the default order of the controls. Every value in a share URL is
 * percent-encoded with encodeURIComponent (spaces as %20, which mailto: requires and every
 * network accepts). X adds the hashtags itself from `hashtags=` (comma-separated, without '#');
 * Facebook takes the URL and one hashtag (with its '#'); LinkedIn only the URL; the others
 * carry the hashtags in the text. In a mailto: body every line break, the message's own
 * included, is CRLF (RFC 6068 §5). X: the path its documentation names (docs.x.com, "web
 * intent": /intent/tweet). Threads: its "Web Intents" documentation (developers.facebook.com,
 * 2026), `https://www.threads.com/intent/post` with `text` and `url` (a link attachment); the
 * older threads.net address now redirects there.
 */
export const NETWORKS = {
  native: { name: null, icon: SHARE_ICONS.native, shareUrl: null },
  x: {
    name: 'X',
    icon: SHARE_ICONS.x,
    shareUrl: (data: ShareData) =>
      `https://x.com/intent/tweet?text=${encode(data.text)}&url=${encode(data.url)}` +
      `&hashtags=${data.hashtags.map(encode).join(',')}`,
  },
  facebook: {
    name: 'Facebook',
    icon: SHARE_ICONS.facebook,
    shareUrl: (data: ShareData) =>
      `https://www.facebook.com/sharer/sharer.php?u=${encode(data.url)}` +
      `&hashtag=${encode(hashLine(data.hashtags.slice(0, 1)))}`,
  },
  linkedin: {
    name: 'LinkedIn',
    icon: SHARE_ICONS.linkedin,
    shareUrl: (data: ShareData) => `https://www.linkedin.com/sharing/share-offsite/?url=${encode(data.url)}`,
  },
  whatsapp: {
    name: 'WhatsApp',
    icon: SHARE_ICONS.whatsapp,
    shareUrl: (data: ShareData) => `https://wa.me/?text=${encode(composeText(data, true))}`,
  },
  telegram: {
    name: 'Telegram',
    icon: SHARE_ICONS.telegram,
    shareUrl: (data: ShareData) =>
      `https://t.me/share/url?url=${encode(data.url)}&text=${encode(composeText(data, false))}`,
  },
  bluesky: {
    name: 'Bluesky',
    icon: SHARE_ICONS.bluesky,
    shareUrl: (data: ShareData) => `https://bsky.app/intent/compose?text=${encode(composeText(data, true))}`,
  },
  threads: {
    name: 'Threads',
    icon: SHARE_ICONS.threads,
    shareUrl: (data: ShareData) =>
      `https://www.threads.com/intent/post?text=${encode(composeText(data, false))}&url=${encode(data.url)}`,
  },
  // A button: the visitor chooses a server first (mastodonUrl()).
  mastodon: { name: 'Mastodon', icon: SHARE_ICONS.mastodon, shareUrl: null },
  reddit: {
    name: 'Reddit',
    icon: SHARE_ICONS.reddit,
    shareUrl: (data: ShareData) => `https://www.reddit.com/submit?url=${encode(data.url)}&title=${encode(data.text)}`,
  },
  email: {
    name: null,
    icon: SHARE_ICONS.email,
    shareUrl: (data: ShareData) => {
      const body = composeText(data, true).replace(/\r?\n|\r/g, '\r\n');
      return `mailto:?subject=${encode(data.subject)}&body=${encode(body)}`;
    },
  },
  copy: { name: null, icon: SHARE_ICONS.copy, shareUrl: null },
} satisfies Record<Network, NetworkInfo>;

/** Every network, in the default order. */
export const ALL_NETWORKS = Object.keys(NETWORKS) as Network[];

/** The Mastodon share URL on a validated server host. */
export function mastodonUrl(server: string, data: ShareData): string {
  return `https://${server}/share?text=${encode(composeText(data, true))}`;
}

/** "#a #b": the hashtags as they are written in a message. */
export function hashLine(tags: readonly string[]): string {
  return tags.map((tag) => `#${tag}`).join(' ');
}

/** Message, hashtag line and (optionally) URL on separate lines: bidi-safe for Arabic text. */
export function composeText(data: ShareData, withUrl: boolean): string {
  const lines = [data.text, hashLine(data.hashtags)];
  if (withUrl) lines.push(data.url);
  return lines.filter((line) => line !== '').join('\n');
}

/**
 * Parses `hashtags="a,#b c"`: split on commas and spaces, leading '#' removed, characters that
 * cannot be in a hashtag (anything but letters, marks, digits and '_') dropped, tags without a
 * letter dropped, duplicates (case-insensitive) removed, order kept. `changed` says whether
 * anything had to be dropped (the caller warns once).
 */
export function parseHashtags(list: string): { tags: string[]; changed: boolean } {
  /** Each tag by its lower-case form, so a duplicate in another case keeps the first spelling. */
  const tags = new Map<string, string>();
  let changed = false;
  for (const part of list.split(/[\s,]+/)) {
    const bare = part.replace(/^#+/, '');
    if (bare === '') continue;
    const clean = bare.replace(/[^\p{L}\p{M}\p{N}_]/gu, '').slice(0, 100);
    if (clean !== bare) changed = true;
    if (!/\p{L}/u.test(clean)) {
      changed = true;
      continue;
    }
    const key = clean.toLowerCase();
    if (!tags.has(key)) tags.set(key, clean);
  }
  return { tags: [...tags.values()], changed };
}

/** Parses `networks="x,facebook,…"`: known names in the given order, duplicates removed. */
export function parseNetworks(list: string): { list: Network[]; unknown: string[] } {
  const known = new Set<Network>();
  const unknown: string[] = [];
  for (const part of list.split(/[\s,]+/)) {
    const name = part.toLowerCase();
    if (isNetwork(name)) known.add(name);
    else if (part !== '') unknown.push(part);
  }
  return { list: [...known], unknown };
}

/** A public DNS name: labels of letters, digits and inner hyphens, ending in a top-level domain. */
const PUBLIC_HOST_NAME = /^((?!-)[a-z\d-]{1,63}(?<!-)\.)+([a-z]{2,63}|xn--[a-z\d-]{1,59})$/;

/**
 * A Mastodon server as a host name, from what a visitor typed: `mastodon.social`,
 * `https://mastodon.social/`, `@me@mastodon.social` or `mastodon.social/@me` all give
 * `mastodon.social`. Internationalised names become punycode. Anything that is not a public
 * DNS name (no dot, an IP address, a port, spaces, other schemes) gives undefined.
 */
export function parseServer(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const typed = input.trim();
  if (typed === '' || typed.length > 300) return undefined;
  // The host: after an optional scheme, or (without a scheme or path) after "user@", up to a
  // path, query or fragment.
  const host = /^(?:https?:\/\/|(?!.*\/).*@)?([^/?#]*)/is.exec(typed)?.[1] ?? '';
  if (host === '' || /[\s:@\\%]/.test(host)) return undefined;
  let name: string;
  try {
    name = new URL(`https://${host}`).hostname.replace(/\.$/, '');
  } catch {
    return undefined; // not a host name
  }
  return name.length < 254 && PUBLIC_HOST_NAME.test(name) ? name : undefined;
}

function isNetwork(name: string): name is Network {
  return Object.hasOwn(NETWORKS, name);
}

function encode(value: string): string {
  return encodeURIComponent(value);
}
