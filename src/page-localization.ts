/*
 * Our localization set-up on its own, for the npm entries that define one element
 * (`endht-widgets/countdown`, …): it does exactly what the drop-in entry (src/index.ts) does,
 * under the same global key, so whichever of them loads first configures @lit/localize once and
 * follows the page's language (<html lang>, else navigator.languages, else English); the others
 * reuse that set-up. An app that configures @lit/localize itself never imports this module: it
 * uses the `…/define` entries and merges `endht-widgets/locales/<locale>.js` into its own
 * loadLocale (see the README, "Your app already uses @lit/localize").
 */
import { configureLocalization } from '@lit/localize';
import { localeLoaders, sourceLocale, targetLocales } from './localization.js';
import { pageLocale, watchPageLocale, matchLocale, type SupportedLocale } from './core/locale.js';

const CONFIGURED = Symbol.for('endht-widgets.localization');
type Localization = { getLocale: () => string; setLocale: (locale: string) => Promise<void> };

const g = globalThis as unknown as Record<symbol, Localization | undefined>;
const first = !g[CONFIGURED];
const l10n: Localization = (g[CONFIGURED] ??= configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => localeLoaders[locale as keyof typeof localeLoaders](),
}));

/** The active locale of the widgets' text. */
export const getLocale = (): string => l10n.getLocale();

/**
 * Switches the widgets' language explicitly (one of en, fr, es, ar, zh-Hans, ru; other BCP 47
 * tags are matched by prefix, unknown ones give English). Changing `<html lang>` does the same.
 */
export function setLocale(locale: string): Promise<void> {
  return l10n.setLocale(matchLocale(locale) ?? 'en');
}

if (first && typeof document !== 'undefined') {
  const apply = (locale: SupportedLocale) => {
    l10n.setLocale(locale).catch((e: unknown) => console.warn(`endht-widgets: could not load locale "${locale}"`, e));
  };
  apply(pageLocale());
  watchPageLocale(apply);
}
