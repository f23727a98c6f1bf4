/*
 * Helpers shared by the suites that load the built drop-in file (test/bundle*.test.ts). Data and
 * test plumbing only: nothing from src/ is imported, so those suites test the file alone.
 */

/** The drop-in file, as a partner page loads it. */
export const BUNDLE = new URL('../dist/endht-widgets.js', import.meta.url).href;

export const LOCALES = ['en', 'fr', 'es', 'ar', 'zh-Hans', 'ru'] as const;

/** The official names of the Day (docs/sources.md, "The Day"). */
export const DAY_NAMES: Record<(typeof LOCALES)[number], string> = {
  en: 'World Day against Trafficking in Persons',
  fr: "Journée mondiale de la lutte contre la traite d'êtres humains",
  es: 'Día Mundial contra la Trata de Personas',
  ar: 'اليوم العالمي لمكافحة الاتجار بالأشخاص',
  'zh-Hans': '世界打击贩运人口行为日',
  ru: 'Всемирный день борьбы с торговлей людьми',
};

/** The timer of the page, taken before any suite fakes the clock. */
const realSetTimeout = window.setTimeout.bind(window);

/** Resolves once the bundle's active locale is `locale` (after a change of <html lang>). */
export function whenLocale(bundle: { getLocale: () => string }, locale: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (bundle.getLocale() === locale ? resolve() : realSetTimeout(check, 5));
    check();
  });
}

/**
 * For the calling describe(): imports the drop-in file once before its tests and, after each
 * test, runs `cleanup` (the suite's own: restore fakes, clear storage) and then puts the page
 * back in English. Returns the module (valid from the first test on).
 */
export function useBundle<B extends { getLocale: () => string }>(cleanup?: () => void): () => B {
  let bundle: B;
  before(async () => {
    bundle = (await import(BUNDLE)) as B;
  });
  afterEach(async () => {
    cleanup?.();
    document.documentElement.lang = 'en';
    await whenLocale(bundle, 'en');
  });
  return () => bundle;
}

/**
 * Sets (or, without a value, removes) `#endht-date=<value>` in the page's address and fires
 * `hashchange`, synchronously, as a site owner's edit of the address does: every copy of the
 * widgets on the page (the source's, the built file's) reads its preview again.
 */
export function setPreviewHash(value?: string): void {
  const address = location.pathname + location.search;
  history.replaceState(null, '', value === undefined ? address : `${address}#endht-date=${value}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/**
 * Forgets what the widgets remember about the campaign (acted marks, dismissals, takeovers seen):
 * localStorage is shared by every test page of the run, so a suite that shares or donates must
 * not leave a mark that quiets another suite's banners.
 */
export function forgetCampaign(): void {
  const prefixes = ['endht-widgets:acted:', 'endht-blue-heart:dismissed:', 'endht-blue-heart:takeover:'];
  for (const key of Object.keys(localStorage)) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) localStorage.removeItem(key);
  }
}
