import { define } from '../../core/define.js';
import { EndhtStats } from './stats.js';

define('endht-stats', EndhtStats);

export { EndhtStats };
