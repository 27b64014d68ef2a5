/**
 * Starts the markup-only placement on the page: every `<div data-tis-widget="…">`, now or added
 * later, gets its widget. Guarded: loading it twice starts it once. It does not register the
 * widgets themselves: import `../define.js` (the CDN bundle does both).
 */
import { startPlacement } from './placement.js';

if (typeof document !== 'undefined') startPlacement(document);

export { startPlacement };
