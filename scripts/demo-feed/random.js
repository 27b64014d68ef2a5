/**
 * Seeded randomness for the demo-feed generator: no `Math.random`, so every run draws the same
 * numbers and writes the same bytes.
 */

/** mulberry32: a small, fast, good-enough 32-bit PRNG. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string: one independent stream per section, so editing one leaves the others. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One named stream of random numbers, seeded from its name. */
export class Random {
  constructor(name) {
    this.next = mulberry32(hash(`1000territoiresIS/demo/${name}`));
  }
  /** Integer in [min, max]. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** Picks from `[value, weight]` pairs. */
  weighted(pairs) {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  }
  shuffle(list) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list;
  }
  /** `count` distinct items. */
  sample(list, count) {
    return this.shuffle([...list]).slice(0, count);
  }
}

/** A list with cumulative weights, for fast repeated weighted picks (binary search). */
export class WeightedList {
  constructor(items, weightOf) {
    this.items = items;
    this.cumulative = [];
    let total = 0;
    for (const item of items) {
      total += weightOf(item);
      this.cumulative.push(total);
    }
    this.total = total;
  }
  pick(random) {
    const r = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
