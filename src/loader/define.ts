/**
 * Entry of `dist/cdn/widgets.js`: starts the loader on the page (once, even when loaded twice).
 * `observe(shadowRoot)` (also `window.TisWidgetsLoader.observe`) adds a shadow root to watch.
 */
import { startLoader, type Loader } from './loader.js';

const loader: Loader | undefined = typeof document !== 'undefined' ? startLoader() : undefined;

/** Watches a shadow root (or any root) for `tis-*` tags too; returns a function that stops it. */
export const observe = (root: Document | ShadowRoot | Element): (() => void) =>
  loader ? loader.observe(root) : () => undefined;

/** Loads the module of a tag now; resolves once it is defined. */
export const load = (tag: string): Promise<void> =>
  loader ? loader.load(tag) : Promise.reject(new Error('no document'));

export type { Loader };
