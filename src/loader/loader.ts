/**
 * The CDN loader (`dist/cdn/widgets.js`): defines nothing itself. It watches the document, the
 * shadow roots it is told about and the markup-only placements (`data-tis-widget`), and imports
 * the module of each `tis-*` tag the first time one appears. The modules (`banner.js`, …) and the
 * chunks they share (Lit, the data layer) are resolved by the browser relative to the loader's own
 * URL, so a self-hosted copy of `dist/cdn/` works as is.
 *
 * A module that cannot load (network, CSP, SRI) leaves that widget's fallback content in place
 * and fires one `tis-error` on each of its elements; other widgets are untouched.
 */
import { FeedError } from '../data/errors.js';
import { TisErrorEvent } from '../shared/events.js';

/** Each tag and the module that defines it (each is also a per-widget CDN file). */
const MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  'tis-feed': () => import('../feed/define.js'),
  'tis-banner': () => import('../banner/define.js'),
  'tis-initiative-feed': () => import('../initiative-feed/define.js'),
  'tis-event-calendar': () => import('../event-calendar/define.js'),
  'tis-territory-counter': () => import('../territory-counter/define.js'),
};
/** The file each tag loads, for error reports (the same names as the build's entries). */
const fileOf = (tag: string) => `${tag.slice(4)}.js`;

const PLACEMENT = '[data-tis-widget]:not([data-tis-mounted])';
const SELECTOR = `${Object.keys(MODULES).join(',')},${PLACEMENT}`;
const GUARD = Symbol.for('tis-widgets.loader');

/** The running loader of a page. */
export interface Loader {
  /** Watches a shadow root (or any root) for widgets too; returns a function that stops it. */
  observe(root: Document | ShadowRoot | Element): () => void;
  /** Loads the module of a tag now (resolves when it is defined; rejects when it cannot load). */
  load(tag: string): Promise<void>;
}

type Holder = typeof globalThis & { [GUARD]?: Loader; TisWidgetsLoader?: Loader };

/** Starts the loader once per page; a second copy returns the running one. */
export function startLoader(doc: Document = document): Loader {
  const holder = globalThis as Holder;
  if (holder[GUARD]) return holder[GUARD];

  const loading = new Map<string, Promise<void>>();
  /** Elements already told that their module failed: one `tis-error` each. */
  const reported = new WeakSet<Element>();
  const roots = new Set<Document | ShadowRoot | Element>();
  let placement: Promise<unknown> | undefined;

  const report = (tag: string, error: unknown) => {
    const url = new URL(fileOf(tag), import.meta.url).href;
    for (const root of roots) {
      for (const element of root.querySelectorAll(tag)) {
        if (reported.has(element) || customElements.get(tag)) continue;
        reported.add(element);
        element.dispatchEvent(new TisErrorEvent(new FeedError('script', url, { cause: error })));
      }
    }
  };

  const load = (tag: string): Promise<void> => {
    const start = MODULES[tag];
    if (!start) return Promise.reject(new Error(`[1000territoires] unknown tag <${tag}>`));
    let promise = loading.get(tag);
    if (!promise) {
      // While the first module downloads, the main thread waits: the engine's date and number
      // data (about 10 ms to set up on a fast machine, the first time a page uses `Intl`) is
      // set up then, in a task of its own, instead of inside the first widget's render.
      if (!loading.size) setTimeout(() => Intl.DateTimeFormat().resolvedOptions());
      promise = start().then(() => undefined);
      loading.set(tag, promise);
      promise.catch((error: unknown) => report(tag, error));
    }
    return promise;
  };

  /** Loads what `node` and its subtree hold; reports again for late elements of a failed tag. */
  const scan = (node: ParentNode) => {
    const found = node instanceof Element && node.matches(SELECTOR) ? [node] : [];
    found.push(...node.querySelectorAll(SELECTOR));
    for (const element of found) {
      if (element.hasAttribute('data-tis-widget')) {
        // The placement mounts `tis-*` elements in place of the placeholders: the observer then
        // sees those and loads their modules.
        placement ??= import('../placement/define.js');
        continue;
      }
      const tag = element.localName;
      if (customElements.get(tag)) continue;
      load(tag).catch(() => undefined);
      if (reported.has(element)) continue;
      loading.get(tag)!.catch((error: unknown) => report(tag, error));
    }
  };

  const observe = (root: Document | ShadowRoot | Element) => {
    roots.add(root);
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') {
          if (record.target instanceof Element) scan(record.target);
          continue;
        }
        for (const node of record.addedNodes) if (node instanceof Element) scan(node);
      }
    });
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-tis-widget'],
    });
    scan(root);
    return () => {
      observer.disconnect();
      roots.delete(root);
    };
  };

  const loader: Loader = { observe, load };
  holder[GUARD] = loader;
  holder.TisWidgetsLoader ??= loader;
  observe(doc);
  return loader;
}
