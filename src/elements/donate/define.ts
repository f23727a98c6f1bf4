import { define } from '../../core/define.js';
import { EndhtDonate } from './donate.js';

define('endht-donate', EndhtDonate);

// The element's public API: `endht-widgets`, `endht-widgets/define` and `endht-widgets/donate/define`
// export what this module exports.
export { EndhtDonate };
export { DonateEvent } from './donate.js';
export { EndhtCampaign } from './donate.js';
