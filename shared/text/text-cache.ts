/**
 * A cache keyed by a text, bounded two ways: at most `maxEntries` texts and `maxChars` characters of
 * keys, the oldest dropped first; a text longer than a quarter of `maxChars` is never kept. So its
 * memory stays bounded whatever a client sends. With `refreshOnHit`, a hit becomes the newest (least
 * recently used goes first); otherwise the order is the order of first sight. The text analysis, the
 * sentence split and the turn detectors' memos each keep one.
 */
export class TextCache<V> {
  readonly #known = new Map<string, V>();
  #chars = 0;

  readonly maxEntries: number;
  readonly maxChars: number;
  readonly refreshOnHit: boolean;

  constructor(maxEntries: number, maxChars: number, refreshOnHit = false) {
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
    this.refreshOnHit = refreshOnHit;
  }

  /** The value kept for `text`, if any (a hit is made the newest when the cache refreshes on hits). */
  get(text: string): V | undefined {
    const hit = this.#known.get(text);
    if (hit !== undefined && this.refreshOnHit) {
      this.#known.delete(text);
      this.#known.set(text, hit);
    }
    return hit;
  }

  /** The value kept for `text`, if any, leaving the order as it is. */
  peek(text: string): V | undefined {
    return this.#known.get(text);
  }

  /** Keeps `value` for a text not kept yet (a text over a quarter of the character bound is not kept). */
  set(text: string, value: V): void {
    if (text.length > this.maxChars / 4) return;
    this.#known.set(text, value);
    this.#chars += text.length;
    for (const [old] of this.#known) {
      if (this.#known.size <= this.maxEntries && this.#chars <= this.maxChars) break;
      this.#known.delete(old);
      this.#chars -= old.length;
    }
  }
}
