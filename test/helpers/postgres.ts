// PostgreSQL for tests: TEST_POSTGRES_URL (default: the local server, trust auth). Each test file gets
// a scratch database of its own, dropped afterwards (skip or failure when absent: services.ts).
import pg from 'pg';
import { createScratchDatabase } from '../../tools/scratch-postgres.js';
import { describeWith } from './services.js';

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

/** `describe`, or `describe.skip` (with a warning; a failure in CI) when PostgreSQL is not reachable. */
export const describePostgres = describeWith('PostgreSQL', POSTGRES_URL, await reachable());

let counter = 0;

/** A new, empty database on the test server; `drop()` removes it. */
export async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  return createScratchDatabase(POSTGRES_URL, `rc_test_${process.pid}_${Date.now().toString(36)}_${++counter}`);
}
