import { define } from '../../core/define.js';
import { EndhtBlueHeart } from './blue-heart.js';

define('endht-blue-heart', EndhtBlueHeart);

// The element's public API: `endht-widgets`, `endht-widgets/define` and `endht-widgets/blue-heart/define`
// export what this module exports.
export { EndhtBlueHeart };
export { DismissedEvent } from './blue-heart.js';
export { EndhtCampaign } from './blue-heart.js';
