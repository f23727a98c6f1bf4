import { define } from '../../core/define.js';
import { EndhtCountdown } from './countdown.js';

define('endht-countdown', EndhtCountdown);

// The element's public API: `endht-widgets`, `endht-widgets/define` and `endht-widgets/countdown/define`
// export what this module exports.
export { EndhtCountdown };
export { DayStartedEvent, type DayStartedDetail } from './countdown.js';
