/**
 * @1000territoires/widgets: classes, types and the data layer, without side effects.
 * Import `@1000territoires/widgets/define` to register every tag.
 */
export * from './data/index.js';
export * from './i18n/localize.js';
export * from './i18n/format.js';
export { defineMessages } from './i18n/messages.js';
export { defineElement, VERSION } from './shared/define.js';
export { feedContext, type FeedContextValue, type Selection } from './shared/context.js';
export { FeedController, type FeedHost } from './shared/feed-controller.js';
export { TisLoadEvent, TisErrorEvent, TisSelectEvent } from './shared/events.js';
export { TisFeed } from './feed/feed.js';
export { TisTerritoryCounter, type BreakdownRow, type CounterBreakdown, type CounterMetric } from './territory-counter/territory-counter.js';
