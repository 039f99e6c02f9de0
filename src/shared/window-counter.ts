// Counters of events per key in a sliding window (failed logins, registrations), shared by every edge.
// In memory on a single instance; in Redis when several instances serve one realm, so N instances do
// not multiply a limit by N. Redis failing never fails a login or a registration: the counter falls back
// to this instance's own count (recorded all along), a limit per instance rather than none.
import type { Redis } from 'ioredis';
import { WindowLimiter } from './window-limiter.js';

export interface WindowCounter {
  /** Seconds until `key` may try again, or 0 if it is under the limit. */
  retryAfter(key: string): Promise<number>;
  /** Events of `key` within the window. */
  count(key: string): Promise<number>;
  record(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

export interface WindowCounterOptions {
  /** Events kept per key (the limit): older ones beyond it are dropped. */
  max: number;
  windowMs: number;
  capacity?: number;
  now?: () => number;
}

export class MemoryWindowCounter implements WindowCounter {
  private readonly limiter: WindowLimiter;

  constructor(o: WindowCounterOptions) {
    this.limiter = new WindowLimiter(o.max, o.windowMs, o.capacity ?? 100_000, o.now ?? Date.now);
  }

  async retryAfter(key: string): Promise<number> {
    return this.limiter.retryAfter(key);
  }

  async count(key: string): Promise<number> {
    return this.limiter.count(key);
  }

  async record(key: string): Promise<void> {
    this.limiter.record(key);
  }

  async reset(key: string): Promise<void> {
    this.limiter.reset(key);
  }
}

/** A sorted set per key, scored by time: the same sliding window as the memory counter, cluster-wide. */
export class RedisWindowCounter implements WindowCounter {
  private readonly fallback: MemoryWindowCounter;
  private readonly now: () => number;

  constructor(
    private readonly redis: Redis,
    /** Key prefix of this counter, e.g. `realm:login:pair`. */
    private readonly prefix: string,
    private readonly o: WindowCounterOptions,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.fallback = new MemoryWindowCounter(o);
    this.now = o.now ?? Date.now;
  }

  async retryAfter(key: string): Promise<number> {
    const live = await this.live(key, true);
    if (live === null) return this.fallback.retryAfter(key);
    if (live.count < this.o.max || live.oldest === null) return 0;
    return Math.max(1, Math.ceil((live.oldest + this.o.windowMs - this.now()) / 1000));
  }

  async count(key: string): Promise<number> {
    const live = await this.live(key, false);
    return live === null ? this.fallback.count(key) : live.count;
  }

  async record(key: string): Promise<void> {
    await this.fallback.record(key);
    const now = this.now();
    const k = this.key(key);
    try {
      await this.redis
        .multi()
        .zadd(k, now, `${now}:${Math.random().toString(36).slice(2)}`)
        .zremrangebyscore(k, '-inf', now - this.o.windowMs)
        // Keep the newest `max`: the oldest kept one says when the key may try again.
        .zremrangebyrank(k, 0, -(this.o.max + 1))
        .pexpire(k, this.o.windowMs)
        .exec();
    } catch (error) {
      this.onError(error);
    }
  }

  async reset(key: string): Promise<void> {
    await this.fallback.reset(key);
    await this.redis.del(this.key(key)).catch(this.onError);
  }

  /** Count (and oldest time) within the window, or null when Redis does not answer. */
  private async live(key: string, withOldest: boolean): Promise<{ count: number; oldest: number | null } | null> {
    const k = this.key(key);
    try {
      const tx = this.redis
        .multi()
        .zremrangebyscore(k, '-inf', this.now() - this.o.windowMs)
        .zcard(k);
      if (withOldest) tx.zrange(k, 0, 0, 'WITHSCORES');
      const results = await tx.exec();
      if (!results || results.some(([error]) => error)) throw results?.find(([error]) => error)?.[0] ?? new Error('redis transaction aborted');
      const count = Number(results[1]![1]);
      const oldest = withOldest ? (results[2]![1] as string[]) : [];
      return { count, oldest: oldest.length === 2 ? Number(oldest[1]) : null };
    } catch (error) {
      this.onError(error);
      return null;
    }
  }

  private key(key: string): string {
    return `${this.prefix}:${key}`;
  }
}

/** Builds counters of one kind: in memory, or in Redis under `prefix`. */
export type WindowCounterFactory = (name: string, o: WindowCounterOptions) => WindowCounter;

export const memoryCounters: WindowCounterFactory = (_name, o) => new MemoryWindowCounter(o);

export function redisCounters(redis: Redis, prefix: string, onError: (error: unknown) => void): WindowCounterFactory {
  return (name, o) => new RedisWindowCounter(redis, `${prefix}:limit:${name}`, o, onError);
}
