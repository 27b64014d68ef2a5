export { TisFeed } from './feed.js';
