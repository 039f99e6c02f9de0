// PostgreSQL connections: one pg pool, shared by Prisma's adapter (every query but the append) and the
// append statements (message-append.postgres.ts). Loaded only when DATABASE_URL is a PostgreSQL URL.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaClient } from '@prisma/client';
import { Prisma as PostgresPrisma, PrismaClient as PostgresPrismaClient } from '../../generated/postgres/index.js';
import { useSqlRuntime } from './sql.js';

export interface PostgresConnection {
  pool: pg.Pool;
  /** The generated PostgreSQL client, typed as the SQLite one: both come from one schema. */
  client: PrismaClient;
  /** Gives the SQL runtime back (sql.ts): called once the pool has ended. */
  release: () => void;
  /** A connection of its own, outside the pool (session state: the delivery leases' advisory locks). */
  dedicatedClient: (applicationName: string) => pg.Client;
}

export async function openPostgres(url: string, maxConnections = 10): Promise<PostgresConnection> {
  const release = useSqlRuntime('postgres', PostgresPrisma as unknown as Parameters<typeof useSqlRuntime>[1]);
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // An idle connection the server dropped (restart, failover) must not crash the process.
  pool.on('error', () => {});
  const client = new PostgresPrismaClient({ adapter: new PrismaPg(pool) }) as unknown as PrismaClient;
  try {
    await client.$queryRawUnsafe('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    release();
    throw error;
  }
  const dedicatedClient = (applicationName: string) => new pg.Client({ connectionString: url, application_name: applicationName });
  return { pool, client, release, dedicatedClient };
}
