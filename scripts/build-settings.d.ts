// Types for scripts/build-settings.js (imported by vite.config.ts).
import type { Plugin } from 'vite';

export const CDN_TARGET: string;
export function minifyLiterals(): Plugin;
export function terserPass(options?: { module?: boolean }): Plugin;
