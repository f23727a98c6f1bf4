/*
 * The drop-in files' locale map: the build (build/plugins/compact-localization.mjs) puts it in
 * place of ./locale-loaders.js. The same loaders over static imports: a drop-in file carries all
 * six languages anyway, and lazy import()s inlined into one file only add wrapper code. The npm
 * package keeps ./locale-loaders.js (real import()s, which an app's bundler can split).
 */
import type { LocaleModule } from '@lit/localize';
import type { localeLoaders as Loaders } from './locale-loaders.js';
import { templates as fr } from './generated/locales/fr.js';
import { templates as es } from './generated/locales/es.js';
import { templates as ar } from './generated/locales/ar.js';
import { templates as zhHans } from './generated/locales/zh-Hans.js';
import { templates as ru } from './generated/locales/ru.js';

export { sourceLocale, targetLocales } from './generated/locale-codes.js';

// Named imports, not `import * as`: a namespace used as a value costs the bundle a helper.
const loader = (templates: LocaleModule['templates']) => () => Promise.resolve({ templates });

export const localeLoaders: typeof Loaders = {
  fr: loader(fr),
  es: loader(es),
  ar: loader(ar),
  'zh-Hans': loader(zhHans),
  ru: loader(ru),
};
