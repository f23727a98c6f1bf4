/*
 * `endht-widgets/locale-loaders`: the locale templates of every target language, as a static
 * import() map (a template-literal import() silently breaks in both Vite and the test server).
 * An app that configures @lit/localize itself can merge these into its own loadLocale.
 */
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export { sourceLocale, targetLocales };

export const localeLoaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  fr: () => import('./generated/locales/fr.js'),
  es: () => import('./generated/locales/es.js'),
  ar: () => import('./generated/locales/ar.js'),
  'zh-Hans': () => import('./generated/locales/zh-Hans.js'),
  ru: () => import('./generated/locales/ru.js'),
};
