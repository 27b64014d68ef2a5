import { defineElement } from '../shared/define.js';
import { TisBanner } from './banner.js';

defineElement('tis-banner', TisBanner);

export { TisBanner };
export { TisDismissEvent } from './events.js';
