export {
  TisInitiativeFeed,
  type InitiativeFeedLayout,
  type InitiativeFeedControl,
} from './initiative-feed.js';
export { initiativeFeedMessages } from './messages.js';
