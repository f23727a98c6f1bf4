import { define } from '../../core/define.js';
import { EndhtPartners } from './partners.js';

define('endht-partners', EndhtPartners);

export { EndhtPartners };
