export * from './schema.js';
export * from './parse.js';
export * from './client.js';
export * from './errors.js';
export * from './queries.js';
export { shardLoading, ShardSet, type ShardHost, type ShardLoading } from './shard-set.js';
export type { FeedNeed, NeedStatus } from './shards.js';
export { toSafeUrl } from './url.js';
export { CACHE_PREFIX } from './cache.js';
