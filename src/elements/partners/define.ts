import { define } from '../../core/define.js';
import { EndhtPartners } from './partners.js';

define('endht-partners', EndhtPartners);

// The element's public API: `endht-widgets`, `endht-widgets/define` and `endht-widgets/partners/define`
// export what this module exports.
export { EndhtPartners };
export { type Partner } from './partners.js';
