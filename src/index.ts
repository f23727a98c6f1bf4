/*
 * The full drop-in file's entry (dist/endht-widgets.js) and the npm package's main entry
 * (`endht-widgets`): the widgets' localization set-up (src/page-locale.ts, which follows the
 * page's language), then every element defined, with its public API (src/entries/define.ts,
 * generated from src/elements/*). Loading it twice, next to another version or next to
 * per-element drop-in files never throws.
 */
export { getLocale, setLocale } from './page-locale.js';
export * from './entries/define.js';
export { VERSION } from './core/version.js';
