// npm run size (in CI): the drop-in files against their ceilings, measured by size-limit
// (@size-limit/file: gzip level 9 and brotli quality 11 of each file, as a browser fetches it).
// Needs `npm run build` first. An element's own code has no ceiling: npm run bench reports it.
import { listElements } from './build/elements.mjs';

/**
 * Bytes. docs/decisions.md, "Size": the owner's ceiling for the full file is 36 KB gzip and
 * 31 KB brotli; the features asked for since it was set (each one's cost is measured there) bring
 * it to 42.9 KB / 36.7 KB. These ceilings hold the file near where it is, so that it cannot grow
 * unnoticed, until the owner chooses between a larger ceiling and fewer features in the file.
 */
const FULL_GZIP = 44 * 1024;
const FULL_BROTLI = 38 * 1024;
// The per-element files (13 KB named, never reachable: Lit, @lit/localize and the shared core
// alone are 9.6 KB) are held at 25 KB: the largest, the Blue Heart with its takeover, is 23.7 KB.
const ELEMENT_GZIP = 25 * 1024;
// <endht-help> is shipped only in its own file (not in the campaign file): its advice in six
// languages and its table of helplines are most of it (30.2 KB when it was introduced).
const OWN_FILE_GZIP = 32 * 1024;

export default [
  { name: 'dist/endht-widgets.js, gzip', path: 'dist/endht-widgets.js', gzip: true, limit: `${FULL_GZIP} B` },
  { name: 'dist/endht-widgets.js, brotli', path: 'dist/endht-widgets.js', brotli: true, limit: `${FULL_BROTLI} B` },
  ...listElements().map(({ name, inDropIn }) => ({
    name: `dist/endht-${name}.js, gzip`,
    path: `dist/endht-${name}.js`,
    gzip: true,
    limit: `${inDropIn ? ELEMENT_GZIP : OWN_FILE_GZIP} B`,
  })),
];
