/*
 * The drop-in entry (dist/endht-widgets.js). Its localization set-up (src/page-localization.ts)
 * is the only place that configures @lit/localize.
 * It follows the page's language live (<html lang>, else navigator.languages, else English)
 * and defines every element. Loading it twice, or next to another version, never throws.
 */
import { VERSION } from './core/version.js';
// The localization set-up (configures @lit/localize once, follows <html lang>); shared with the
// npm package's per-element entries.
export { getLocale, setLocale } from './page-localization.js';
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
