/**
 * Entry of the CDN bundles (`dist/cdn/widgets.js` and `widgets.iife.js`): registers every tag
 * and exposes the public API.
 */
import './define.js';
// CDN pages also mount markup-only placements (<div data-tis-widget=…>) that CMS filters keep.
import './placement/define.js';

export * from './index.js';
