/**
 * FNV-1a, 32 bits, in base 36: short and stable, not cryptographic. Tells two short texts apart
 * (a campaign message dismissed); a feed's text where Web Crypto is missing (`textHash`).
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * SHA-256 of a text in hex, or `undefined` where Web Crypto is missing (a page served over plain
 * http). The engine digests off the main thread: hashing a 60 kB index costs the page about
 * 0.1 ms (encoding), where a JavaScript loop over it costs 3 to 7 ms at its first run.
 */
export async function sha256Hex(text: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
