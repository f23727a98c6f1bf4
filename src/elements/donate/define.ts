import { define } from '../../core/define.js';
import { EndhtDonate } from './donate.js';

define('endht-donate', EndhtDonate);

export { EndhtDonate };
