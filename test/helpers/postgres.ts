// PostgreSQL for tests: TEST_POSTGRES_URL (default: the local server, trust auth). Each test file gets
// a scratch database of its own, dropped afterwards. Where no server answers, the tests are skipped
// with a printed warning, unless REQUIRE_TEST_SERVICES=1 (.ci/run sets it): then they fail.
import pg from 'pg';
import { describe } from 'vitest';

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const available = await reachable();
if (!available) {
  if (process.env.REQUIRE_TEST_SERVICES === '1') throw new Error(`PostgreSQL is required (REQUIRE_TEST_SERVICES=1) but ${POSTGRES_URL} does not answer`);
  console.warn(`WARNING: PostgreSQL at ${POSTGRES_URL} does not answer: its tests are SKIPPED`);
}

/** `describe`, or `describe.skip` (with the warning above) when PostgreSQL is not reachable. */
export const describePostgres = available ? describe : describe.skip;

let counter = 0;

/** A new, empty database on the test server; `drop()` removes it. */
export async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `rc_test_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
