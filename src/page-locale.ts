/*
 * The widgets' own localization set-up (`endht-widgets/page-locale`): configures @lit/localize
 * and makes it follow the page's language (<html lang>, else navigator.languages, else English).
 * The drop-in files and the npm entries that define elements (`endht-widgets/countdown`, …)
 * import it.
 *
 * @lit/localize may be configured once per copy of it. A page can hold several copies: every
 * drop-in file (the full one, `endht-countdown.js`, …) carries its own. So each copy is configured
 * once, by the first of our modules that runs with it, and the configured copies are kept in one
 * list on globalThis that every file shares: `setLocale()` switches them all, so the page keeps
 * one language. An app that configures @lit/localize itself never imports this module: it uses
 * the `…/define` entries and merges `endht-widgets/locales/<locale>.js` into its own loadLocale
 * (see the README, "Your app already uses @lit/localize").
 */
import { configureLocalization } from '@lit/localize';
import { localeLoaders, sourceLocale, targetLocales } from './locale-loaders.js';
import { pageLocale, watchPageLocale, matchLocale, type SupportedLocale } from './core/locale.js';

type Localization = ReturnType<typeof configureLocalization>;

/** The configured copies of @lit/localize on the page, each under its configureLocalization. */
const COPIES = Symbol.for('endht-widgets.localizations');

const shared = globalThis as unknown as Record<symbol, Map<unknown, Localization> | undefined>;
const copies = (shared[COPIES] ??= new Map());
const configured = copies.get(configureLocalization);
const first = configured === undefined;
const l10n =
  configured ??
  configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => localeLoaders[locale as keyof typeof localeLoaders](),
  });
copies.set(configureLocalization, l10n);

/** The active locale of the widgets' text. */
export const getLocale = (): string => l10n.getLocale();

/**
 * Switches the widgets' language explicitly (one of en, fr, es, ar, zh-Hans, ru; other BCP 47
 * tags are matched by prefix, unknown ones give English), in every drop-in file on the page.
 * Changing `<html lang>` does the same.
 */
export async function setLocale(locale: string): Promise<void> {
  const supported = matchLocale(locale) ?? 'en';
  await Promise.all([...copies.values()].map((copy) => copy.setLocale(supported)));
}

if (first && typeof document !== 'undefined') {
  const apply = (locale: SupportedLocale) => {
    l10n.setLocale(locale).catch((e: unknown) => console.warn(`endht-widgets: could not load locale "${locale}"`, e));
  };
  apply(pageLocale());
  watchPageLocale(apply);
}
