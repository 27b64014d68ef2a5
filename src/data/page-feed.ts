/**
 * The page-wide feed setting: `<meta name="tis-widgets-feed" content="https://…/index.json">`.
 * A site declares it once (the WordPress plugin prints it); every widget without its own `src`
 * then reads that feed instead of the campaign's default, plain `<tis-*>` tags and
 * `data-tis-widget` placements alike. Only an absolute http(s) URL counts.
 */
import { toSafeUrl } from './url.js';

export const FEED_META = 'tis-widgets-feed';

/** The first `<meta name="tis-widgets-feed">` of the document, when it holds a safe URL. */
export function pageFeedUrl(doc: Document | undefined = globalThis.document): string | undefined {
  const meta = doc?.querySelector?.(`meta[name="${FEED_META}"]`);
  return toSafeUrl(meta?.getAttribute('content') ?? undefined);
}
