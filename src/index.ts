/**
 * @1000territoires/widgets: classes, types and the data layer, without side effects.
 * Import `@1000territoires/widgets/define` to register every tag.
 */
export * from './data/index.js';
export * from './i18n/localize.js';
export * from './i18n/format.js';
export { formatRelative } from './i18n/relative.js';
export { defineMessages } from './i18n/messages.js';
export { defineElement, VERSION } from './shared/define.js';
export { feedContext, type FeedContextValue, type Selection } from './shared/context.js';
export { FeedController, type FeedHost } from './shared/feed-controller.js';
export {
  TisLoadEvent,
  TisErrorEvent,
  TisSelectEvent,
  TisFeedProblemsEvent,
} from './shared/events.js';
export { TisFeed } from './feed/feed.js';
export {
  TisTerritoryCounter,
  type BreakdownRow,
  type CounterBreakdown,
  type CounterMetric,
} from './territory-counter/territory-counter.js';
export { TisEventCalendar, type CalendarView } from './event-calendar/event-calendar.js';
export { TisEventOpenEvent } from './event-calendar/events.js';
export {
  buildIcs,
  toIcsEvent,
  googleCalendarUrl,
  outlookCalendarUrl,
  toWebcalUrl,
  icsFileName,
  type IcsEvent,
  type IcsCalendarOptions,
} from './data/ics.js';
export {
  TisBanner,
  campaignPhase,
  dismissKey,
  DISMISS_KEY_PREFIX,
  type BannerVariant,
  type CampaignPhase,
} from './banner/banner.js';
export { TisDismissEvent } from './banner/events.js';
export { TisInitiativeFeed } from './initiative-feed/initiative-feed.js';
export * from './placement/index.js';
