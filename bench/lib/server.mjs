/**
 * The benchmarks' server: the repository root and in-memory routes (generated pages and feeds),
 * gzip-compressed when the browser asks for it, so the bytes transferred are what a partner's
 * visitors would download from a CDN that gzips. See scripts/static-server.js.
 */
import { startStaticServer } from '../../scripts/static-server.js';
import { ROOT } from './paths.mjs';

export { gzip } from '../../scripts/static-server.js';

/** `server.cacheControl = (path) => …` sets caching per path (the page-cost suite); else `no-store`. */
export const startServer = () =>
  startStaticServer({ root: ROOT, gzip: true, cacheControl: 'no-store' });
