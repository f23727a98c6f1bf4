/*
 * Icons of <endht-share>: SVG path data on a 48×48 grid (viewBox 0 0 48 48), drawn inline, so
 * no request is ever made for them.
 *
 * Licence. The brand marks (x, facebook, whatsapp, telegram, bluesky, mastodon, reddit) are
 * copied from Simple Icons 16.37.0 (npm package `simple-icons`, https://simpleicons.org),
 * released under CC0 1.0 Universal (public domain dedication). Their path data was only
 * re-encoded by scripts/icon-paths.mjs (whole numbers on a 48 grid instead of three decimals on
 * a 24 grid: under 0.2 px of difference at the 18 px they are shown at, a third of the bytes).
 * The marks remain their owners' trademarks and are used only to name the network a link goes
 * to. Simple Icons no longer ships a LinkedIn mark (removed at the owner's request), so
 * `linkedin` is a plain "in" tile drawn for this project, like the generic `native` (share),
 * `email`, `copy` (link) and `hashtags` glyphs: those five are this project's own work.
 */
export const ICONS = {
  native: 'm36 4a6 6 0 1 0 0 12 6 6 0 0 0 0-12zm-24 14a6 6 0 1 0 0 12 6 6 0 0 0 0-12zm24 14a6 6 0 1 0 0 12 6 6 0 0 0 0-12zm-18-9 14-8-2-4-14 8zm-2 6 14 8 2-4-14-8z',
  x: 'm28 20 18-20h-4l-15 18-12-18h-14l18 27-18 21h4l16-19 12 19h14zm-5 7-2-3-15-21h7l11 17 2 3 16 22h-7z',
  facebook: 'm18 47v-16h-5v-7h5v-3c0-8 4-12 12-12 1 0 2 0 3 0a17 17 0 0 1 2 1v6a17 17 0 0 0-1 0 54 54 0 0 0-2 0c-1 0-2 0-3 1a3 3 0 0 0-1 1c-1 1-1 2-1 3v3h8l-1 4-1 3h-6v17c12-2 21-12 21-24 0-13-11-24-24-24s-24 11-24 24c0 11 8 21 18 23z',
  linkedin: 'm6 2h36a4 4 0 0 1 4 4v36a4 4 0 0 1-4 4h-36a4 4 0 0 1-4-4v-36a4 4 0 0 1 4-4zm8 8a3 3 0 1 0 0 6 3 3 0 0 0 0-6zm-3 9v19h6v-19zm10 0v19h6v-10c0-3 1-5 4-5s3 2 3 5v10h6v-11c0-6-3-8-7-8-3 0-5 1-6 3v-3z',
  whatsapp: 'm35 29c-1-1-4-2-4-2-1 0-1 0-1 0-1 1-2 2-2 2-1 1-1 1-2 1 0-1-2-1-4-3-2-2-3-4-4-4 0-1 0-1 1-2 0 0 0 0 0-1 1 0 1 0 1-1 0 0 0 0 0-1 0 0-1-3-2-4 0-1-1-1-1-1-1 0-1 0-1 0-1 0-1 0-2 1 0 0-2 2-2 5 0 2 2 5 2 6 1 0 5 6 11 9 1 0 2 1 3 1 1 0 3 0 4 0 1 0 3-1 4-3 0-1 0-2 0-3 0 0 0 0-1 0m-11 15h0a20 20 0 0 1-10-3l-1-1-7 2 2-7-1-1a20 20 0 0 1-3-10c0-11 9-20 20-20 5 0 10 2 14 6a20 20 0 0 1 6 14c0 11-9 20-20 20m17-37a24 24 0 0 0-17-7c-13 0-24 11-24 24 0 4 1 8 3 12l-3 12 13-3a24 24 0 0 0 11 3h0c13 0 24-11 24-24a24 24 0 0 0-7-17z',
  telegram: 'm24 0a24 24 0 0 0-24 24 24 24 0 0 0 24 24 24 24 0 0 0 24-24 24 24 0 0 0-24-24 24 24 0 0 0 0 0zm10 14c0 0 0 0 1 1a1 1 0 0 1 0 0c0 1 0 1 0 1 0 4-2 13-3 18 0 1-1 2-1 2-2 0-3-1-4-2-2-1-3-2-5-3-3-2-1-3 0-4 0-1 7-6 7-7 0 0 0 0 0 0s-1 0-1 0c0 0-3 2-10 7-1 0-2 1-3 1 0 0-2-1-3-1-2-1-3-1-3-2 0 0 1-1 2-1 7-3 12-5 14-6 7-3 8-4 9-4z',
  bluesky: 'm10 6c6 4 12 12 14 17 2-5 8-13 14-17 4-3 10-6 10 2 0 1-1 12-1 14-2 6-8 8-14 7 10 1 12 7 7 12-10 11-15-2-16-6 0 0 0-1 0 0 0-1 0 0 0 0-1 4-6 17-16 6-5-5-3-11 7-12-6 1-12-1-14-7 0-2-1-13-1-14 0-8 6-5 10-2',
  mastodon: 'm47 11c-1-6-6-10-11-10-1-1-4-1-12-1h0c-8 0-10 0-11 1-5 0-10 4-11 9-1 3-1 6-1 8 0 4 0 8 1 12 0 2 0 4 1 7 1 4 6 8 10 10 5 1 10 1 15 0 0 0 1 0 1 0 1 0 3-1 4-2a0 0 0 0 0 0 0v-3a0 0 0 0 0 0 0 0 0 0 0 0 0 0 41 41 0 0 1-10 1c-5 0-7-3-7-4a11 11 0 0 1-1-3 0 0 0 0 1 0 0c3 1 6 1 10 1 0 0 1 0 2 0 3 0 6 0 9-1 0 0 0 0 1 0 4-1 9-4 10-11 0 0 0-3 0-3 0-1 0-8 0-11zm-8 18h-5v-12c0-3-1-4-3-4-3 0-4 1-4 4v7h-5v-7c0-3-1-4-4-4-2 0-3 1-3 4v12h-5v-13c0-2 0-4 2-6 1-2 3-2 5-2 3 0 5 1 6 3l1 2 2-2c1-2 3-3 6-3 2 0 4 0 5 2 1 2 2 4 2 6z',
  reddit: 'm24 0c-13 0-24 11-24 24 0 7 3 13 7 17l-5 5c0 0 0 2 1 2h21c13 0 24-11 24-24s-11-24-24-24zm9 6c2 0 4 2 4 4 0 3-2 4-4 4-2 0-4-1-4-3v0c-2 1-4 3-4 5v0c3 0 7 1 9 3 1-1 2-1 4-1 3 0 5 2 5 5 0 2-1 4-3 5 0 7-7 12-16 12-9 0-16-5-16-12-2-1-3-3-3-5 0-3 2-5 5-5 2 0 3 0 4 1 2-2 6-3 9-3v0c0-3 3-6 6-6 0-2 2-4 4-4zm-16 17c-2 0-3 2-3 4-1 2 1 3 2 3 2 0 3-1 3-3 0-2-1-4-2-4zm14 0c-1 0-2 2-2 4 0 2 1 3 3 3 1 0 3-1 2-3 0-2-1-4-3-4zm-7 8c-2 0-4 0-6 0 0 0 0 1 0 1 1 2 3 4 6 4 3 0 5-2 6-4 0 0 0-1 0-1-2 0-4 0-6 0z',
  email: 'm4 8h40v32h-40zm4 5v23h32v-23l-16 11zm1-1h30l-15 10z',
  copy: 'm12 14h8a10 10 0 0 1 0 20h-8a10 10 0 0 1 0-20zm0 4a6 6 0 0 0 0 12h8a6 6 0 0 0 0-12zm16-4h8a10 10 0 0 1 0 20h-8a10 10 0 0 1 0-20zm0 4a6 6 0 0 0 0 12h8a6 6 0 0 0 0-12z',
  hashtags: 'm6 16h36v4h-36zm0 12h36v4h-36zm10-22h4v36h-4zm12 0h4v36h-4z',
} as const;

export type IconName = keyof typeof ICONS;
