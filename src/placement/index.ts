/** Markup-only placement (no side effect: call `startPlacement()`, or import `./define.js`). */
export {
  startPlacement,
  mountPlacements,
  mountPlaceholder,
  PLACEMENT_WIDGETS,
  PLACEMENT_ATTRIBUTE,
  MOUNTED_ATTRIBUTE,
  FEED_META,
  NETWORK_META,
  type Placement,
} from './placement.js';
