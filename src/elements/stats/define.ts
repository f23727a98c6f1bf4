import { define } from '../../core/define.js';
import { EndhtStats } from './stats.js';

define('endht-stats', EndhtStats);

// The element's public API: `endht-widgets`, `endht-widgets/define` and `endht-widgets/stats/define`
// export what this module exports.
export { EndhtStats };
export { type SiteFigure } from './stats.js';
