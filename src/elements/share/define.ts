import { define } from '../../core/define.js';
import { EndhtShare } from './share.js';

define('endht-share', EndhtShare);

// The element's public API: `endht-widgets`, `endht-widgets/define` and `endht-widgets/share/define`
// export what this module exports.
export { EndhtShare };
export { ShareEvent, CopiedEvent } from './share.js';
export { EndhtCampaign } from './share.js';
