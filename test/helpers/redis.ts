// Redis for tests: TEST_REDIS_URL (default: the local server). Each test uses its own key prefix
// (skip or failure when absent: services.ts).
import { Redis } from 'ioredis';
import { describeWith } from './services.js';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function reachable(): Promise<boolean> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** `describe`, or `describe.skip` (with a warning; a failure in CI) when Redis is not reachable. */
export const describeRedis = describeWith('Redis', REDIS_URL, await reachable());

let counter = 0;
export const uniquePrefix = () => `rc-test:${process.pid}:${Date.now().toString(36)}:${++counter}`;

export function redisClient(): Redis {
  const client = new Redis(REDIS_URL);
  client.on('error', () => {});
  return client;
}
