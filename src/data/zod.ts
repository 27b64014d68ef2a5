/**
 * The zod functions the data layer uses, and only those: every module of `src/data/` imports zod
 * through this one.
 *
 * Why: zod's entry points (`zod/mini`, `zod/v4/core`) re-export all of zod's ~40 locales
 * (`export * as locales`), and some bundlers cannot drop that re-export (esbuild, so Angular's
 * application builder and other tools built on it; zod issue #5561): an app importing the
 * published files would ship every locale. So the npm build replaces this module with a copy
 * pre-bundled by Rollup from these names only (`prebundledZod` in vite.config.ts), and the
 * published files import zod through it; the CDN build bundles it like any module.
 *
 * The schemas stay zod schemas, the one definition of the format: zod 4 code of any copy parses,
 * composes and converts them (`z.safeParse(feedDocumentSchema, data)`), and zod stays a
 * dependency of the package for its types and for those who use the schemas.
 */
import { iso } from 'zod/mini';

export {
  array,
  boolean,
  enum,
  int,
  literal,
  lte,
  maxLength,
  minLength,
  nonnegative,
  object,
  optional,
  pipe,
  positive,
  record,
  refine,
  regex,
  string,
  transform,
  trim,
  union,
} from 'zod/mini';
export { _safeParse, $ZodError, globalConfig } from 'zod/v4/core';

/** `z.iso.datetime` and `z.iso.date` alone: the rest of zod's `iso` namespace is not needed. */
export const isoDateTime = iso.datetime;
export const isoDate = iso.date;
export type { core, output, ZodMiniType } from 'zod/mini';
