import { LOCALE_STATUS_EVENT } from '@lit/localize';

/** The six UN official languages. `en` is the source locale. */
export const SUPPORTED_LOCALES = ['en', 'fr', 'es', 'ar', 'zh-Hans', 'ru'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * Matches one BCP 47 tag to a supported locale by its primary language subtag:
 * `fr-CA` → `fr`, `zh`, `zh-CN`, `zh-Hans`, `zh-TW` → `zh-Hans` (the UN uses Simplified Chinese),
 * `es-419` → `es`. Returns undefined for anything else (`pt`, `de`, garbage).
 */
export function matchLocale(tag: unknown): SupportedLocale | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().replace(/_/g, '-').split('-')[0].toLowerCase();
  switch (primary) {
    case 'en':
    case 'fr':
    case 'es':
    case 'ar':
    case 'ru':
      return primary;
    case 'zh':
      return 'zh-Hans';
    default:
      return undefined;
  }
}

/**
 * The page's locale: a non-empty `<html lang>` decides (unsupported → `en`, so a Portuguese page
 * gets English rather than the visitor's browser language); without one, the first of
 * `navigator.languages` that matches; else `en`.
 */
export function resolveLocale(
  htmlLang: string | null | undefined,
  navigatorLanguages: readonly string[] = [],
): SupportedLocale {
  if (htmlLang && htmlLang.trim()) return matchLocale(htmlLang) ?? 'en';
  for (const l of navigatorLanguages) {
    const m = matchLocale(l);
    if (m) return m;
  }
  return 'en';
}

/** The locale the page asks for right now (browser only). */
export function pageLocale(): SupportedLocale {
  if (typeof document === 'undefined') return 'en';
  const langs = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  return resolveLocale(document.documentElement.getAttribute('lang'), langs);
}

/**
 * Calls `onChange` with the page locale whenever `<html lang>` changes (a site's language
 * switcher) or the browser's languages change. Returns a function that stops watching.
 */
export function watchPageLocale(onChange: (locale: SupportedLocale) => void): () => void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return () => {};
  let last = pageLocale();
  const check = () => {
    const next = pageLocale();
    if (next !== last) {
      last = next;
      onChange(next);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  window.addEventListener('languagechange', check);
  return () => {
    observer.disconnect();
    window.removeEventListener('languagechange', check);
  };
}

/*
 * The locale the elements' text is in right now. @lit/localize announces every locale that
 * becomes ready on `window`; Intl formatting follows it so numbers and dates always match the
 * translated text, whoever configured localization (our drop-in entry or a host app).
 */
let active = 'en';
if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
  window.addEventListener(LOCALE_STATUS_EVENT, (e) => {
    const detail = (e as CustomEvent<{ status: string; readyLocale?: string }>).detail;
    if (detail?.status === 'ready' && detail.readyLocale) active = detail.readyLocale;
  });
}

/** The locale to format numbers and dates in (the locale of the rendered text). */
export function activeLocale(): string {
  return active;
}

/**
 * The tag to give Intl for a locale. English follows UN usage, day before month
 * ("30 July 2027"), so it formats as en-GB; the other five are used as they are.
 */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** Text direction for a locale. */
export function directionOf(locale: string): 'rtl' | 'ltr' {
  return RTL.has(locale.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}
