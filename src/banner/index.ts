export {
  TisBanner,
  campaignPhase,
  dismissKey,
  DISMISS_KEY_PREFIX,
  type BannerVariant,
  type CampaignPhase,
} from './banner.js';
export { TisDismissEvent } from './events.js';
export { bannerMessages } from './messages.js';
