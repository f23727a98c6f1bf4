/*
 * Blue Heart Campaign (UNODC): docs/sources.md, "Blue Heart Campaign".
 *
 * The landing page: https://unodc.org/unodc/en/blueheart/highlights.html is the campaign's
 * current section as confirmed on unodc.org (the bare /unodc/en/blueheart/ index is only
 * probable). Change it here when UNODC confirms a canonical URL.
 */
export const BLUE_HEART_URL = 'https://unodc.org/unodc/en/blueheart/highlights.html';

/**
 * The heart mark, drawn for this project (not the UNODC Blue Heart logo, whose use follows
 * UNODC's campaign rules): two round lobes and a soft point, in a 32×29 box. Licensed with
 * the project (MIT).
 */
export const HEART_PATH =
  'M16 28C6.5 21.5 1 15.6 1 9.6A7.6 7.6 0 0 1 16 6.4 7.6 7.6 0 0 1 31 9.6C31 15.6 25.5 21.5 16 28Z';
