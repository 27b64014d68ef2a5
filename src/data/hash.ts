/**
 * FNV-1a, 32 bits, in base 36: short and stable, not cryptographic. Tells two texts apart (a
 * campaign message dismissed, a feed revalidated unchanged); shard integrity uses SHA-256.
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
