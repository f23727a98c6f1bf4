import { define } from '../../core/define.js';
import { EndhtHelp } from './help.js';

define('endht-help', EndhtHelp);

export { EndhtHelp };
