// Redis for tests: TEST_REDIS_URL (default: the local server). Each test uses its own key prefix.
// Where no server answers, the tests are skipped with a printed warning, unless
// REQUIRE_TEST_SERVICES=1 (.ci/run sets it): then they fail.
import { Redis } from 'ioredis';
import { describe } from 'vitest';

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

const available = await reachable();
if (!available) {
  if (process.env.REQUIRE_TEST_SERVICES === '1') throw new Error(`Redis is required (REQUIRE_TEST_SERVICES=1) but ${REDIS_URL} does not answer`);
  console.warn(`WARNING: Redis at ${REDIS_URL} does not answer: its tests are SKIPPED`);
}

/** `describe`, or `describe.skip` (with the warning above) when Redis is not reachable. */
export const describeRedis = available ? describe : describe.skip;

let counter = 0;
export const uniquePrefix = () => `rc-test:${process.pid}:${Date.now().toString(36)}:${++counter}`;

export function redisClient(): Redis {
  const client = new Redis(REDIS_URL);
  client.on('error', () => {});
  return client;
}
