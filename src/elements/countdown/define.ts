import { define } from '../../core/define.js';
import { EndhtCountdown } from './countdown.js';

define('endht-countdown', EndhtCountdown);

export { EndhtCountdown };
