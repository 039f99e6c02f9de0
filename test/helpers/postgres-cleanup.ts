// Cleanup of PostgreSQL scratch databases, for the global teardown (no vitest imports: it runs
// outside the test workers).
import pg from 'pg';

const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/**
 * Drops scratch databases whose test process has ended (a test that closed an app without dropping,
 * a crashed run). Databases of live processes (another `npm test` on this machine) are left alone.
 */
export async function dropOrphanedScratchDatabases(): Promise<number> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return 0;
  }
  let dropped = 0;
  try {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'rc_test_%'`);
    for (const { datname } of rows) {
      const pid = Number(/^rc_test_(\d+)_/.exec(datname)?.[1]);
      if (!pid || alive(pid)) continue;
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).then(
        () => dropped++,
        () => {},
      );
    }
  } finally {
    await admin.end().catch(() => {});
  }
  return dropped;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
