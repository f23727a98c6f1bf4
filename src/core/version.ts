declare const __ENDHT_VERSION__: string | undefined;

/**
 * The library version. The drop-in build replaces `__ENDHT_VERSION__` with the version from
 * package.json; unbundled sources (tests, the dev server) fall back to a dev marker.
 */
export const VERSION: string = typeof __ENDHT_VERSION__ === 'string' ? __ENDHT_VERSION__ : '0.0.0-dev';
