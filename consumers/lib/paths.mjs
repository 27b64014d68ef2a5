import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** `consumers/` */
export const CONSUMERS = dirname(dirname(fileURLToPath(import.meta.url)));
/** The repository root. */
export const ROOT = dirname(CONSUMERS);
/** Generated apps and their builds (git, ESLint and Prettier ignore it). */
export const WORK = join(CONSUMERS, '.apps');
/** Where the packed package is installed, as `npm install <tarball>` would put it. */
export const INSTALLED = join(CONSUMERS, 'node_modules', '@1000territoires', 'widgets');
