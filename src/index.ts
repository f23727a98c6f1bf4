/*
 * The drop-in entry (dist/endht-widgets.js): the only module that configures @lit/localize.
 * It follows the page's language live (<html lang>, else navigator.languages, else English)
 * and defines every element. Loading it twice, or next to another version, never throws.
 */
import { configureLocalization } from '@lit/localize';
import { localeLoaders, sourceLocale, targetLocales } from './localization.js';
import { pageLocale, watchPageLocale, matchLocale, type SupportedLocale } from './core/locale.js';
import { VERSION } from './core/version.js';
import './elements/countdown/define.js';
import './elements/stats/define.js';
import './elements/share/define.js';
import './elements/blue-heart/define.js';
import './elements/donate/define.js';
import './elements/partners/define.js';

export { EndhtCountdown, DayStartedEvent } from './elements/countdown/countdown.js';
export { EndhtStats, type SiteFigure } from './elements/stats/stats.js';
export { EndhtShare, ShareEvent, CopiedEvent } from './elements/share/share.js';
export { EndhtBlueHeart, DismissedEvent } from './elements/blue-heart/blue-heart.js';
export { EndhtDonate, DonateEvent } from './elements/donate/donate.js';
export { EndhtPartners, type Partner } from './elements/partners/partners.js';
export { VERSION };

const CONFIGURED = Symbol.for('endht-widgets.localization');
type Localization = { getLocale: () => string; setLocale: (locale: string) => Promise<void> };

const g = globalThis as unknown as Record<symbol, Localization | undefined>;
// Each copy of the bundle carries its own @lit/localize, so configuring again could not throw,
// but only the first copy's elements get defined: a later copy reuses the first one's
// localization and does not watch the page a second time.
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
