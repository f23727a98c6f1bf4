/*
 * The expected share links for one hard case — a URL with ? & #, non-Latin text and a non-Latin
 * hashtag — shared by the source suite (src/elements/share/share.test.ts) and the built-file
 * suite (test/bundle-share.test.ts). Computed independently (Python urllib.parse.quote with the
 * safe set of encodeURIComponent), not by the element's code. Data only: nothing from src/.
 */
export const SHARE_URL = 'https://example.org/a?b=1&c=2#frag';
export const SHARE_TEXT = 'Ça & ça? 终结贩运 100% #1';
export const SHARE_HASHTAGS = 'EndHumanTrafficking, #Синее_сердце';

/** SHARE_URL, SHARE_TEXT and the hashtag line, encoded. */
export const U = 'https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2%23frag';
export const T = '%C3%87a%20%26%20%C3%A7a%3F%20%E7%BB%88%E7%BB%93%E8%B4%A9%E8%BF%90%20100%25%20%231';
export const TAGS = '%23EndHumanTrafficking%20%23%D0%A1%D0%B8%D0%BD%D0%B5%D0%B5_%D1%81%D0%B5%D1%80%D0%B4%D1%86%D0%B5';

/** Each network link's href for that case (email depends on the page language: see the suites). */
export const NETWORK_HREFS: Record<string, string> = {
  x: `https://x.com/intent/tweet?text=${T}&url=${U}&hashtags=EndHumanTrafficking,%D0%A1%D0%B8%D0%BD%D0%B5%D0%B5_%D1%81%D0%B5%D1%80%D0%B4%D1%86%D0%B5`,
  facebook: `https://www.facebook.com/sharer/sharer.php?u=${U}&hashtag=%23EndHumanTrafficking`,
  linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${U}`,
  whatsapp: `https://wa.me/?text=${T}%0A${TAGS}%0A${U}`,
  telegram: `https://t.me/share/url?url=${U}&text=${T}%0A${TAGS}`,
  bluesky: `https://bsky.app/intent/compose?text=${T}%0A${TAGS}%0A${U}`,
  threads: `https://www.threads.com/intent/post?text=${T}%0A${TAGS}&url=${U}`,
  reddit: `https://www.reddit.com/submit?url=${U}&title=${T}`,
};
