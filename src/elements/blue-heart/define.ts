import { define } from '../../core/define.js';
import { EndhtBlueHeart } from './blue-heart.js';

define('endht-blue-heart', EndhtBlueHeart);

export { EndhtBlueHeart };
