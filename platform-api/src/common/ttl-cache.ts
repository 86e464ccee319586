/**
 * A small in-process cache with a time-to-live and a size bound (oldest entry evicted first).
 * For the public catalog, which changes only when challenges are imported: every replica may
 * serve a listing up to `ttlMs` old after an import, never another tenant's data (tenant-scoped
 * reads are not cached).
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  /** The cached value for `key`, or `load()`'s, shared by concurrent callers. Failures are not kept. */
  get(key: string, load: () => Promise<V>, now = Date.now()): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    if (hit) this.entries.delete(key);
    const value = load();
    this.entries.set(key, { value, expires: now + this.ttlMs });
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return value;
  }
}
