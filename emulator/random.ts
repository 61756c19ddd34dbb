// Seeded pseudo-random numbers so fault injection and synthetic training metrics
// reproduce exactly for a given randomSeed.

/** mulberry32: tiny, fast, good enough for test data (not for cryptography). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, mixed with a seed: derives a stable per-resource seed. */
export function hashSeed(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * hashSeed followed by murmur3's fmix32 finaliser. FNV-1a alone barely changes
 * the high bits when only the last character differs ("…/1", "…/2"), so
 * sorting by it would leave runs of ids in numeric order; the finaliser
 * spreads every input bit over the whole word.
 */
export function scrambleKey(seed: number, text: string): number {
  let h = hashSeed(seed, text);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
