import { defineElement } from '../shared/define.js';
import { TisFeed } from './feed.js';

defineElement('tis-feed', TisFeed);

export { TisFeed };
