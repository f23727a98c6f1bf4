/*
 * Pure helpers of <endht-share>: which networks exist, each network's share ("intent") URL,
 * hashtag normalisation and Mastodon server validation. No DOM access.
 * Written for size: every byte here ships in the drop-in bundle.
 */
export type Network =
  | 'native'
  | 'x'
  | 'facebook'
  | 'linkedin'
  | 'whatsapp'
  | 'telegram'
  | 'bluesky'
  | 'mastodon'
  | 'reddit'
  | 'email'
  | 'copy';

/** The link networks' display names (brand names are not translated), in bar order. */
const BRANDS = 'X Facebook LinkedIn WhatsApp Telegram Bluesky Mastodon Reddit'.split(' ');

/** Every network, in the default order. */
export const NETWORKS = ['native', ...BRANDS.map((b) => b.toLowerCase()), 'email', 'copy'] as readonly Network[];

/** A network's display name (undefined for native, email and copy, whose names are translated). */
export const brand = (n: Network): string => BRANDS[NETWORKS.indexOf(n) - 1]!;

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

const enc = encodeURIComponent;

/** "#a #b": the hashtags as they are written in a message. */
export const hashLine = (tags: readonly string[]): string => tags.map((t) => '#' + t).join(' ');

/** Message, hashtag line and (optionally) URL on separate lines: bidi-safe for Arabic text. */
export const composeText = (d: ShareData, withUrl: boolean): string =>
  [d.text, hashLine(d.hashtags), withUrl && d.url].filter(Boolean).join('\n');

/**
 * The share URL of a link network (undefined for native, mastodon and copy, which are
 * buttons). Every value is percent-encoded with encodeURIComponent (spaces as %20, which
 * mailto: requires and every network accepts). X adds the hashtags itself from `hashtags=`
 * (comma-separated, without '#'); Facebook takes the URL and one hashtag (with its '#');
 * LinkedIn only the URL; the others carry the hashtags in the text. In a mailto body every line
 * break, the message's own included, is CRLF (RFC 6068 §5). X: the path its documentation
 * names (docs.x.com, "web intent": /intent/tweet).
 */
export function shareHref(network: Network, d: ShareData): string | undefined {
  const url = enc(d.url);
  const text = enc(d.text);
  const all = enc(composeText(d, true));
  return {
    x: `https://x.com/intent/tweet?text=${text}&url=${url}&hashtags=${d.hashtags.map(enc)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${url}&hashtag=${enc('#' + d.hashtags[0])}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
    whatsapp: `https://wa.me/?text=${all}`,
    telegram: `https://t.me/share/url?url=${url}&text=${enc(composeText(d, false))}`,
    bluesky: `https://bsky.app/intent/compose?text=${all}`,
    reddit: `https://www.reddit.com/submit?url=${url}&title=${text}`,
    email: `mailto:?subject=${enc(d.subject)}&body=${enc(composeText(d, true).replace(/\r?\n|\r/g, '\r\n'))}`,
  }[network as 'x'];
}

/** The Mastodon share URL on a validated server host. */
export const mastodonHref = (server: string, d: ShareData): string =>
  `https://${server}/share?text=${enc(composeText(d, true))}`;

/**
 * Parses `hashtags="a,#b c"`: split on commas and spaces, leading '#' removed, characters that
 * cannot be in a hashtag (anything but letters, marks, digits and '_') dropped, tags without a
 * letter dropped, duplicates (case-insensitive) removed, order kept. `changed` says whether
 * anything had to be dropped (the caller warns once).
 */
export function parseHashtags(raw: string): { tags: string[]; changed: boolean } {
  const seen = new Map<string, string>();
  let changed = false;
  for (const part of raw.split(/[\s,]+/)) {
    const bare = part.replace(/^#+/, '');
    const clean = bare.replace(/[^\p{L}\p{M}\p{N}_]/gu, '').slice(0, 100);
    const key = clean.toLowerCase();
    if (/\p{L}/u.test(clean)) {
      changed ||= clean != bare;
      seen.has(key) || seen.set(key, clean);
    } else if (bare) changed = true;
  }
  return { tags: [...seen.values()], changed };
}

/** Parses `networks="x,facebook,…"`: known names in the given order, duplicates removed. */
export function parseNetworks(raw: string): { list: Network[]; unknown: string[] } {
  const list = new Set<Network>();
  const unknown: string[] = [];
  for (const part of raw.split(/[\s,]+/)) {
    const name = part.toLowerCase() as Network;
    if (NETWORKS.includes(name)) list.add(name);
    else if (part) unknown.push(part);
  }
  return { list: [...list], unknown };
}

/**
 * A Mastodon server as a host name, from what a visitor typed: `mastodon.social`,
 * `https://mastodon.social/`, `@me@mastodon.social` or `mastodon.social/@me` all give
 * `mastodon.social`. Internationalised names become punycode. Anything that is not a public
 * DNS name (no dot, an IP address, a port, spaces, other schemes) gives undefined.
 */
export function parseServer(input: unknown): string | undefined {
  const s = typeof input == 'string' && input.trim();
  // After an optional scheme, or (without a scheme or path) after "user@", up to a path, query
  // or fragment.
  const host = s && s.length <= 300 && /^(?:https?:\/\/|(?!.*\/).*@)?([^/?#]*)/is.exec(s)![1];
  if (host && !/[\s:@\\%]/.test(host))
    try {
      const name = new URL('https://' + host).hostname.replace(/\.$/, '');
      if (name.length < 254 && /^((?!-)[a-z\d-]{1,63}(?<!-)\.)+([a-z]{2,63}|xn--[a-z\d-]{1,59})$/.test(name))
        return name;
    } catch {
      // not a host name
    }
}
