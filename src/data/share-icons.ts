/*
 * The icons of <endht-share>: SVG path data on a 24 × 24 grid (`viewBox="0 0 24 24"`), drawn
 * inline, so no request is ever made for them. They are filled with the text colour, never
 * stroked. Long paths are written over several lines, split where a command begins.
 *
 * Brand marks (x, facebook, whatsapp, telegram, bluesky, threads, mastodon, reddit): from Simple Icons
 * 16.37.0 (npm package `simple-icons`, https://simpleicons.org, the file icons/<name>.svg),
 * released under CC0 1.0 Universal (public domain dedication). The path data is Simple Icons'
 * own, with every number rounded to one decimal by SVGO 4.1.0: no point moves more than 0.17
 * unit (0.13 px at the 18.4 px the icons are shown at), and the drop-in is 1.7 KB (gzip)
 * smaller than with the full three decimals. To take an icon again, from this or a later
 * version:
 *   npm pack simple-icons@16.37.0 && tar -xzf simple-icons-16.37.0.tgz
 *   npx svgo@4.1.0 --multipass --precision 1 -i package/icons/<name>.svg -o -
 * The marks remain their owners' trademarks, shown only to name the network a link goes to.
 *
 * This project's own glyphs, drawn for it with straight lines and circular arcs (MIT, like the
 * rest of the code): native (the device's share sheet), email, copy (a link), hashtags, and
 * linkedin, a plain "in" tile, because Simple Icons no longer ships a LinkedIn mark (it was
 * removed at the owner's request).
 */
export const SHARE_ICONS = {
  native:
    'm18 2a3 3 0 1 0 0 6 3 3 0 0 0 0-6zm-12 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6zm12 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6z' +
    'm-9-4.5 7-4-1-2-7 4zm-1 3 7 4 1-2-7-4z',
  x:
    'M14.2 10.2 23 0h-2l-7.7 8.8-6-8.8h-7l9.1 13.3L.3 24h2l8-9.3 6.4 9.3h7z' +
    'm-2.8 3.3-1-1.4L3.2 1.6h3.2l6 8.5.9 1.3L21 22.5h-3.2z',
  facebook:
    'M9.1 23.7v-8H6.6V12h2.5v-1.5q-.1-6 5.9-6h1.4l1.2.3V8h-1.4q-1 0-1.7.3l-.7.6q-.3.6-.3 1.7V12h3.9l-.4 2.1-.3 1.6' +
    'h-3.2V24a12 12 0 1 0-4.4-.3',
  linkedin:
    'm3 1h18a2 2 0 0 1 2 2v18a2 2 0 0 1-2 2h-18a2 2 0 0 1-2-2v-18a2 2 0 0 1 2-2z' +
    'm4 4a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm-1.5 4.5v9.5h3v-9.5z' +
    'm5 0v9.5h3v-5c0-1.5 0.5-2.5 2-2.5s1.5 1 1.5 2.5v5h3v-5.5c0-3-1.5-4-3.5-4-1.5 0-2.5 0.5-3 1.5v-1.5z',
  whatsapp:
    'm17.5 14.4-2-1q-.4-.1-.7.2l-1 1.1q-.2.3-.6.1-.6 0-2.4-1.5l-1.7-2q-.1-.4.2-.6l.4-.6.3-.5v-.5L9 7q-.3-.7-.6-.5h-.6' +
    'a1 1 0 0 0-.8.4c-.2.3-1 1-1 2.5 0 1.4 1 2.8 1.2 3s2.1 3.2 5.1 4.5l1.7.6a4 4 0 0 0 1.9.2c.5-.1 1.7-.8 2-1.5' +
    'q.3-1 .1-1.4zM12 21.8a10 10 0 0 1-5-1.4l-.3-.2-3.8 1 1-3.7-.2-.3' +
    'a10 10 0 0 1-1.5-5.3 9.9 9.9 0 0 1 16.8-7 10 10 0 0 1 3 7 10 10 0 0 1-10 9.9' +
    'm8.5-18.3A12 12 0 0 0 12 0 12 12 0 0 0 1.7 17.8L.1 24l6.3-1.7' +
    'a12 12 0 0 0 5.6 1.5 12 12 0 0 0 12-11.9 12 12 0 0 0-3.5-8.4',
  telegram:
    'M12 0A12 12 0 0 0 0 12a12 12 0 0 0 12 12 12 12 0 0 0 12-12A12 12 0 0 0 12 0' +
    'm5 7.2.4.2.1.3v.5c-.1 1.9-.9 6.5-1.3 8.6q-.3 1.3-.8 1.2-1 0-2-.9l-2.6-1.8c-1.2-.8-.4-1.2.3-1.9l3.3-3.2V10H14' +
    'q-.2 0-5.1 3.3-.8.5-1.3.5-.8-.1-1.9-.5-1.2-.2-1.3-.8 0-.3 1-.6z',
  bluesky:
    'M5.2 2.9a28 28 0 0 1 6.8 8.5c1-2.3 4-6.5 6.8-8.5 2-1.5 5.2-2.7 5.2 1 0 .7-.4 6.1-.7 7-.8 3-4 3.9-6.7 3.4' +
    ' 4.8.8 6 3.6 3.4 6.3-5 5.2-7.3-1.3-7.8-3' +
    'l-.2-.3-.2.3c-.5 1.7-2.7 8.2-7.8 3-2.7-2.7-1.4-5.5 3.4-6.3-2.8.5-5.9-.3-6.7-3.4' +
    'C.4 10 0 4.6 0 4 0 .3 3.2 1.5 5.2 3',
  threads:
    'M18.3 11.1c0-3.5-2-5.6-5.1-5.6q-3.4.1-5 2.5l2.2 1.4Q11 8 13 8q2.2 0 2.5 2.4l-2.2-.1c-4.1 0-6 1.8-6 4.3' +
    's1.9 4 4.7 4c3.2 0 5-2.1 5.8-4.7q1.3.5 1.4 2.4c0 3.4-4 5.3-7.3 5.3-4.9 0-8-3.3-8-8.5' +
    'C3.9 6.6 8 2.5 13.8 2.5c3.8 0 5.6 1.7 7 4l2-1.5c-1.4-3-4.5-5-9.1-5C6.2 0 1.2 5.3 1.2 13c0 7 5 11 10.8 11' +
    ' 4.9 0 9.8-2.8 9.8-7.7q-.2-3.8-3.5-5.2M11.9 16c-1 0-2-.6-2-1.5 0-1.5 1.8-2 3.6-2l2 .2q-.7 3.2-3.6 3.3',
  mastodon:
    'M23.3 5.3a6 6 0 0 0-5.3-5c-.5 0-2.2-.3-6.2-.3S6.9.2 6.5.3C3.9.7 1.5 2.5.9 5.1q-.4 2-.2 4 0 3 .2 5.7l.6 3.6' +
    'c.6 2.3 2.8 4.1 5 4.9a13 13 0 0 0 8 .2q1-.2 1.8-.8v-1.9a20 20 0 0 1-4.7.5c-2.8 0-3.5-1.2-3.7-1.8l-.3-1.4' +
    'q2.4.5 4.7.5h1.1l4.8-.4c2.5-.5 4.8-2 5-5.7V11c0-.6.3-3.7 0-5.6' +
    'm-3.8 9.2H17V8.3q0-2-1.7-2-1.8 0-1.9 2.4V12H11V8.7q0-2.4-1.9-2.4-1.5 0-1.6 2v6.2H4.8V8.1q0-2 1-3.1t2.8-1.2' +
    'q2 0 3 1.5l.6 1 .6-1q1-1.5 3-1.5 1.6 0 2.7 1.2 1 1.2 1 3.1z',
  reddit:
    'M12 0a12 12 0 0 0-8.5 20.5l-2.3 2.3a.7.7 0 0 0 .5 1.2H12a12 12 0 0 0 0-24' +
    'm4.4 3.2a2 2 0 1 1-2 2.5q-1.8.3-2 2.3 2.7.1 4.7 1.4a2.8 2.8 0 0 1 4.5 2.2q-.1 1.7-1.6 2.5c0 3.3-3.6 5.9-8 5.9' +
    's-7.9-2.6-8-5.9a2.8 2.8 0 1 1 3-4.7A10 10 0 0 1 11.4 8c0-1.7 1.3-3 3-3.2a2 2 0 0 1 1.9-1.6' +
    'm-8.1 8.4q-1.3.1-1.5 1.8.1 1.5 1.4 1.4 1.3 0 1.4-1.4 0-1.6-1.3-1.8' +
    'm7.4 0q-1.3.1-1.3 1.8.1 1.5 1.4 1.4 1.4 0 1.4-1.4-.1-1.7-1.5-1.8' +
    'm-3.7 4-2.8.1q-.2 0-.1.3a3.2 3.2 0 0 0 5.9 0q0-.2-.2-.3z',
  email: 'm2 4h20v16h-20zm2 2.5v11.5h16v-11.5l-8 5.5zm0.5-0.5h15l-7.5 5z',
  copy:
    'm6 7h4a5 5 0 0 1 0 10h-4a5 5 0 0 1 0-10zm0 2a3 3 0 0 0 0 6h4a3 3 0 0 0 0-6z' +
    'm8-2h4a5 5 0 0 1 0 10h-4a5 5 0 0 1 0-10zm0 2a3 3 0 0 0 0 6h4a3 3 0 0 0 0-6z',
  hashtags: 'm3 8h18v2h-18zm0 6h18v2h-18zm5-11h2v18h-2zm6 0h2v18h-2z',
} as const;
