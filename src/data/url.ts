/**
 * Links from the feed are untrusted: only absolute `http:` and `https:` URLs survive.
 * Lit escapes text but does not sanitise `href`, so every URL bound in a template must come
 * from here.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Returns the normalised URL if it is an absolute http(s) URL with a host, else `undefined`.
 * `javascript:` in any spelling, `data:`, `vbscript:`, protocol-relative and relative URLs all
 * return `undefined`.
 */
export function toSafeUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim();
  if (isNormalUrl(trimmed)) return trimmed;
  // Only absolute URLs that name their scheme: `//host/x` and `/x` depend on the host page.
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol) || url.hostname === '') return undefined;
  return url.href;
}

/**
 * An http(s) URL that the URL parser would give back unchanged: lower-case scheme and host
 * (letters, digits, dashes; the last label starts with a letter, so it is no IPv4 number), no
 * port or user, a path, and only characters that are never percent-encoded or decoded (no `%`
 * at all: Chromium decodes some escapes). Most links of a feed look like this; checking them
 * here spares a `new URL()` each (an eighth of the parse). Anything else, including dot
 * segments and punycode, goes through the parser.
 */
const NORMAL_URL =
  /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[\w\-.~!$&()*+,;=:@/]*(?:\?[\w\-.~!$&()*+,;=:@/?]*)?(?:#[\w\-.~!$&()*+,;=:@/?]*)?$/;
const isNormalUrl = (url: string) =>
  NORMAL_URL.test(url) && !url.includes('/.') && !url.includes('xn--');

/** Collects the links dropped while one item is parsed (parsing is synchronous). */
let collector: Array<{ field: string; value: string }> | undefined;

/** Called by the link schema when it drops a link. */
export function reportUnsafeUrl(field: string, value: string): void {
  collector?.push({ field, value: value.slice(0, 80) });
}

/**
 * Makes `into` (or nothing) the list that receives dropped links and returns the one it replaces,
 * to put back afterwards: `collectUnsafeUrls` without a closure and two objects per call.
 */
export function swapUrlCollector(
  into: Array<{ field: string; value: string }> | undefined,
): Array<{ field: string; value: string }> | undefined {
  const previous = collector;
  collector = into;
  return previous;
}

/** Runs `parse` and returns what it returned together with the links it dropped. */
export function collectUnsafeUrls<T>(parse: () => T): {
  result: T;
  dropped: Array<{ field: string; value: string }>;
} {
  const previous = collector;
  const dropped: Array<{ field: string; value: string }> = [];
  collector = dropped;
  try {
    return { result: parse(), dropped };
  } finally {
    collector = previous;
  }
}

/**
 * The `webcal:` twin of an `https:` subscription URL. Only built from an https URL (a plain
 * http feed is not offered as webcal: calendar apps would then fetch it in clear text).
 */
export function toWebcalUrl(httpsUrl: string): string | undefined {
  return /^https:\/\//i.test(httpsUrl)
    ? `webcal://${httpsUrl.slice('https://'.length)}`
    : undefined;
}
