import { defineElement } from '../shared/define.js';
import { TisInitiativeFeed } from './initiative-feed.js';

defineElement('tis-initiative-feed', TisInitiativeFeed);

export { TisInitiativeFeed };
