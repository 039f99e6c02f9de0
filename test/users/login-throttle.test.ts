// The login throttle's rules, on each place its counters can live: this process, and Redis (shared by
// every instance of a realm). The Redis counters also fall back to this instance's count when Redis
// does not answer.
import { afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { LoginThrottle } from '../../src/features/users/login-throttle.js';
import { memoryCounters, redisCounters, type WindowCounterFactory } from '../../src/shared/window-counter.js';
import { describeRedis, redisClient, uniquePrefix } from '../helpers/redis.js';

const options = { pairFailures: 3, pairWindowMs: 60_000, freeFailures: 2, wideWindowMs: 600_000, delayStepMs: 100, maxDelayMs: 500 };

function rules(counters: () => WindowCounterFactory) {
  it('locks a pair after its failures, for the rest of the window only', async () => {
    let now = 1_000_000;
    const t = new LoginThrottle(options, () => now, counters());
    for (let i = 0; i < 3; i++) await t.failed('1.1.1.1', 'bob');
    expect(await t.lockedFor('1.1.1.1', 'bob')).toBe(60);
    expect(await t.lockedFor('2.2.2.2', 'bob')).toBe(0);
    expect(await t.lockedFor('1.1.1.1', 'ann')).toBe(0);
    now += 60_001;
    expect(await t.lockedFor('1.1.1.1', 'bob')).toBe(0);
  });

  it('slows a username and an address beyond the free failures, capped', async () => {
    const t = new LoginThrottle(options, () => 1_000_000, counters());
    expect(await t.delayMs('9.9.9.9', 'bob')).toBe(0);
    for (let i = 0; i < 4; i++) await t.failed(`1.1.1.${i}`, 'bob');
    expect(await t.delayMs('9.9.9.9', 'bob')).toBe(200);
    for (let i = 0; i < 20; i++) await t.failed('5.5.5.5', `u${i}`);
    expect(await t.delayMs('5.5.5.5', 'bob')).toBe(500);
  });

  it('a success clears the pair', async () => {
    const t = new LoginThrottle(options, () => 1_000_000, counters());
    await t.failed('1.1.1.1', 'bob');
    await t.failed('1.1.1.1', 'bob');
    await t.succeeded('1.1.1.1', 'bob');
    await t.failed('1.1.1.1', 'bob');
    expect(await t.lockedFor('1.1.1.1', 'bob')).toBe(0);
  });
}

describe('LoginThrottle in memory', () => rules(() => memoryCounters));

describeRedis('LoginThrottle on Redis', () => {
  const clients: Redis[] = [];
  const client = () => {
    const c = redisClient();
    clients.push(c);
    return c;
  };
  afterAll(() => clients.forEach((c) => c.disconnect()));

  rules(() => redisCounters(client(), uniquePrefix(), () => {}));

  it('two instances share the counts: failures through either lock the pair on both', async () => {
    const prefix = uniquePrefix();
    const one = new LoginThrottle(
      options,
      Date.now,
      redisCounters(client(), prefix, () => {}),
    );
    const two = new LoginThrottle(
      options,
      Date.now,
      redisCounters(client(), prefix, () => {}),
    );
    await one.failed('1.1.1.1', 'bob');
    await two.failed('1.1.1.1', 'bob');
    await one.failed('1.1.1.1', 'bob');
    expect(await two.lockedFor('1.1.1.1', 'bob')).toBeGreaterThan(0);
    await two.succeeded('1.1.1.1', 'bob');
    expect(await one.lockedFor('1.1.1.1', 'bob')).toBe(0);
  });

  it('falls back to this instance’s own count when Redis does not answer', async () => {
    const dead = new Redis('redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
    dead.on('error', () => {});
    const errors: unknown[] = [];
    const t = new LoginThrottle(
      options,
      Date.now,
      redisCounters(dead, uniquePrefix(), (e) => errors.push(e)),
    );
    for (let i = 0; i < 3; i++) await t.failed('1.1.1.1', 'bob');
    expect(await t.lockedFor('1.1.1.1', 'bob')).toBeGreaterThan(0);
    expect(errors.length).toBeGreaterThan(0);
    dead.disconnect();
  });
});
