export {
  TisTerritoryCounter,
  type BreakdownRow,
  type CounterBreakdown,
  type CounterMetric,
} from './territory-counter.js';
export { counterMessages } from './messages.js';
