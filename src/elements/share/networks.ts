/*
 * Pure helpers of <endht-share>: which networks exist, each network's share ("intent") URL,
 * hashtag normalisation and Mastodon server validation. No DOM access.
 */
export const NETWORKS = ['native', 'x', 'facebook', 'linkedin', 'whatsapp', 'telegram', 'bluesky', 'mastodon', 'reddit', 'email', 'copy'] as const;
export type Network = (typeof NETWORKS)[number];

/** Display names: brand names are not translated. */
export const BRAND: Partial<Record<Network, string>> = {
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  reddit: 'Reddit',
};

export interface ShareData {
  /** The page to share (absolute http(s) URL). */
  url: string;
  /** The message, without hashtags. */
  text: string;
  /** Hashtags without '#'. */
  hashtags: readonly string[];
  /** Subject line for email. */
  subject: string;
}

const enc = encodeURIComponent;

/** Message, hashtag line and (optionally) URL on separate lines: bidi-safe for Arabic text. */
export function composeText(d: ShareData, withUrl: boolean, newline = '\n'): string {
  const tags = d.hashtags.map((t) => `#${t}`).join(' ');
  return [d.text, tags, withUrl ? d.url : ''].filter(Boolean).join(newline);
}

/**
 * The share URL of a link network (undefined for native, mastodon and copy, which are
 * buttons). Every value is percent-encoded with encodeURIComponent (spaces as %20, which
 * mailto: requires and every network accepts).
 */
export function shareHref(network: Network, d: ShareData): string | undefined {
  const url = enc(d.url);
  switch (network) {
    case 'x':
      // X adds the hashtags itself from `hashtags=` (comma-separated, without '#').
      return `https://x.com/intent/post?text=${enc(d.text)}&url=${url}${d.hashtags.length ? `&hashtags=${d.hashtags.map(enc).join(',')}` : ''}`;
    case 'facebook':
      // Facebook takes the URL and at most one hashtag (with its '#').
      return `https://www.facebook.com/sharer/sharer.php?u=${url}${d.hashtags[0] ? `&hashtag=${enc(`#${d.hashtags[0]}`)}` : ''}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${url}`;
    case 'whatsapp':
      return `https://wa.me/?text=${enc(composeText(d, true))}`;
    case 'telegram':
      return `https://t.me/share/url?url=${url}&text=${enc(composeText(d, false))}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?text=${enc(composeText(d, true))}`;
    case 'reddit':
      return `https://www.reddit.com/submit?url=${url}&title=${enc(d.text)}`;
    case 'email':
      // RFC 6068: line breaks in a mailto body are CRLF.
      return `mailto:?subject=${enc(d.subject)}&body=${enc(composeText(d, true, '\r\n'))}`;
    default:
      return undefined;
  }
}

/** The Mastodon share URL on a validated server host. */
export function mastodonHref(server: string, d: ShareData): string {
  return `https://${server}/share?text=${enc(composeText(d, true))}`;
}

/**
 * Parses `hashtags="a,#b c"`: split on commas and spaces, leading '#' removed, characters that
 * cannot be in a hashtag (anything but letters, marks, digits and '_') dropped, tags without a
 * letter dropped, duplicates (case-insensitive) removed, order kept. `changed` says whether
 * anything had to be dropped (the caller warns once).
 */
export function parseHashtags(raw: string): { tags: string[]; changed: boolean } {
  const tags: string[] = [];
  const seen = new Set<string>();
  let changed = false;
  for (const part of raw.split(/[\s,]+/)) {
    const bare = part.replace(/^#+/, '');
    if (!bare) continue;
    const clean = bare.replace(/[^\p{L}\p{M}\p{N}_]/gu, '').slice(0, 100);
    if (clean !== bare) changed = true;
    if (!/\p{L}/u.test(clean)) {
      changed = true;
      continue;
    }
    const key = clean.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(clean);
  }
  return { tags, changed };
}

/** Parses `networks="x,facebook,…"`: known names in the given order, duplicates removed. */
export function parseNetworks(raw: string): { list: Network[]; unknown: string[] } {
  const list: Network[] = [];
  const unknown: string[] = [];
  for (const part of raw.split(/[\s,]+/)) {
    const name = part.trim().toLowerCase();
    if (!name) continue;
    if ((NETWORKS as readonly string[]).includes(name)) {
      if (!list.includes(name as Network)) list.push(name as Network);
    } else unknown.push(part);
  }
  return { list, unknown };
}

/**
 * A Mastodon server as a host name, from what a visitor typed: `mastodon.social`,
 * `https://mastodon.social/`, `@me@mastodon.social` or `mastodon.social/@me` all give
 * `mastodon.social`. Internationalised names become punycode. Anything that is not a public
 * DNS name (no dot, an IP address, a port, spaces, other schemes) gives undefined.
 */
export function parseServer(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  let s = input.trim();
  if (!s || s.length > 300) return undefined;
  const scheme = /^https?:\/\//i.exec(s);
  if (scheme) s = s.slice(scheme[0].length);
  else if (s.includes('@') && !s.includes('/')) s = s.slice(s.lastIndexOf('@') + 1); // @user@server
  s = s.replace(/[/?#].*$/s, ''); // a path, query or fragment after the host
  if (!s || /[\s:@\\%]/.test(s)) return undefined;
  let host: string;
  try {
    host = new URL(`https://${s}`).hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/\.$/, '');
  const label = '(?!-)[a-z0-9-]{1,63}(?<!-)';
  const ok = new RegExp(`^(?:${label}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`).test(host);
  return ok && host.length <= 253 ? host : undefined;
}
