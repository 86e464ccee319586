import { LRUCache } from 'lru-cache';

/**
 * A small in-process cache with a time-to-live and a size bound (the least recently used entry
 * evicted first), on lru-cache. For the public catalog, which changes only when challenges are
 * imported: every replica may serve a listing up to `ttlMs` old after an import, never another
 * tenant's data (tenant-scoped reads are not cached).
 */
export class TtlCache<V> {
  private readonly entries: LRUCache<string, Promise<V>>;
  /** The caller's clock (milliseconds), read by lru-cache for every TTL check. */
  private clock = 0;

  constructor(ttlMs: number, maxEntries: number) {
    if (!Number.isInteger(ttlMs) || ttlMs < 2) throw new Error('ttlMs must be an integer >= 2');
    this.entries = new LRUCache<string, Promise<V>>({
      max: maxEntries,
      // lru-cache keeps an entry until its age exceeds `ttl`; ours expires when its age reaches
      // ttlMs (whole milliseconds).
      ttl: ttlMs - 1,
      // Read the clock on every check instead of caching it for a millisecond.
      ttlResolution: 0,
      // lru-cache reads a start time of 0 as "no TTL": shift the clock by one.
      perf: { now: () => this.clock + 1 },
    });
  }

  /** The cached value for `key`, or `load()`'s, shared by concurrent callers. Failures are not kept. */
  get(key: string, load: () => Promise<V>, now = Date.now()): Promise<V> {
    this.clock = now;
    const hit = this.entries.get(key);
    if (hit) return hit;
    const value = load();
    this.entries.set(key, value);
    value.catch(() => {
      if (this.entries.peek(key, { allowStale: true }) === value) this.entries.delete(key);
    });
    return value;
  }
}
