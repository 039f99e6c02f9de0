// Counts events per key in a sliding window (e.g. failed logins per IP in 15 minutes). Lives in the
// services, so the REST, WebSocket and legacy TCP edges share one count.
import { LruCache } from './lru.js';

export class WindowLimiter {
  private readonly hits: LruCache<string, number[]>;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    capacity = 100_000,
    private readonly now: () => number = Date.now,
  ) {
    this.hits = new LruCache(capacity);
  }

  /** Seconds until `key` may try again, or 0 if it is under the limit. */
  retryAfter(key: string): number {
    const list = this.live(key);
    if (list.length < this.max) return 0;
    return Math.max(1, Math.ceil((list[0]! + this.windowMs - this.now()) / 1000));
  }

  /** Events of `key` within the window. */
  count(key: string): number {
    return this.live(key).length;
  }

  record(key: string): void {
    const list = this.live(key);
    list.push(this.now());
    if (list.length > this.max) list.shift();
    this.hits.set(key, list);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private live(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > cutoff);
    return list;
  }
}
