import { define } from '../../core/define.js';
import { EndhtShare } from './share.js';

define('endht-share', EndhtShare);

export { EndhtShare };
