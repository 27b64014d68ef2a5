import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** `bench/` */
export const BENCH = dirname(dirname(fileURLToPath(import.meta.url)));
/** The repository root. */
export const ROOT = dirname(BENCH);
/** Built competitor files, entry builds and smoke results: under bench/node_modules, which git and ESLint ignore. */
export const CACHE = join(BENCH, 'node_modules', '.cache', 'tis-bench');
/** The same folder as the benchmark server serves it. */
export const CACHE_URL = '/bench/node_modules/.cache/tis-bench';
