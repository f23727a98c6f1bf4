import { eventInit } from '../../core/events.js';
import type { Network } from './networks.js';

export interface ShareDetail {
  /**
   * The control: `native`, `x`, `facebook`, `linkedin`, `whatsapp`, `telegram`, `bluesky`,
   * `threads`, `mastodon`, `reddit` or `email`.
   */
  network: Network;
  /** The page being shared. */
  url: string;
  /** The message (without hashtags). */
  text: string;
  /** The hashtags (without '#'). */
  hashtags: readonly string[];
  /** The URL about to open (the network's share URL); undefined for the native share sheet. */
  href: string | undefined;
}

/**
 * A share is about to open: a network link, the native share sheet or the Mastodon server.
 * `preventDefault()` stops it: the link does not navigate, nothing opens.
 */
export class ShareEvent extends CustomEvent<ShareDetail> {
  static readonly eventName = 'endht-share';

  constructor(detail: ShareDetail) {
    super(ShareEvent.eventName, eventInit(detail, { cancelable: true }));
  }
}

/** What was copied: the page's link, one hashtag (a chip), or all the hashtags. */
export type CopiedKind = 'link' | 'hashtag' | 'hashtags';

export interface CopiedDetail {
  kind: CopiedKind;
  /** The exact text copied. */
  text: string;
}

/** Something was copied to the clipboard. */
export class CopiedEvent extends CustomEvent<CopiedDetail> {
  static readonly eventName = 'endht-copied';

  constructor(detail: CopiedDetail) {
    super(CopiedEvent.eventName, eventInit(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'endht-share': ShareEvent;
    'endht-copied': CopiedEvent;
  }
}
