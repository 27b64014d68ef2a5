// Types for scripts/minify-css-literals.js (imported by vite.config.ts).
export interface MinifyCssLiteralsOptions {
  /** Module ids to look at (default: files under `src/`). */
  include?: RegExp;
}
export interface MinifyCssLiteralsPlugin {
  name: string;
  apply: 'build';
  transform: {
    filter: { id: { include: RegExp[]; exclude: RegExp[] }; code: RegExp };
    handler(
      code: string,
      id: string,
    ): Promise<{
      code: string;
      map: { version: number; sources: string[]; mappings: string };
    } | null>;
  };
}
export function minifyCssLiterals(options?: MinifyCssLiteralsOptions): MinifyCssLiteralsPlugin;
export function minifyCss(text: string): string;
export default minifyCssLiterals;
