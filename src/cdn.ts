/**
 * Entry of the CDN bundles (`dist/cdn/widgets.js` and `widgets.iife.js`): registers every tag
 * and exposes the public API.
 */
import './define.js';

export * from './index.js';
