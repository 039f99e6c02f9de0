// PostgreSQL connections: one pg pool, shared by Prisma's adapter (every query but the append) and the
// append statements (message-append.postgres.ts), and the cluster-wide stream lock both take.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaClient } from '@prisma/client';
import { Prisma as PostgresPrisma, PrismaClient as PostgresPrismaClient } from '../../generated/postgres/index.js';
import { useSqlRuntime } from './sql.js';

/**
 * Every transaction that appends to the event stream takes this lock first (pg_advisory_xact_lock,
 * released at commit), so stream seqs commit in seq order across instances and a reader that knows
 * seq S committed knows every lower seq is final (features/events/ordered-feed.ts).
 */
export const STREAM_LOCK = 0x52434150; // "RCAP"
// The cast: Prisma cannot read a column of type void.
export const STREAM_LOCK_SQL = `SELECT pg_advisory_xact_lock(${STREAM_LOCK})::text AS "locked"`;

export interface PostgresConnection {
  pool: pg.Pool;
  /** The generated PostgreSQL client, typed as the SQLite one: both come from one schema. */
  client: PrismaClient;
}

export async function openPostgres(url: string, maxConnections = 10): Promise<PostgresConnection> {
  useSqlRuntime(PostgresPrisma as unknown as Parameters<typeof useSqlRuntime>[0]);
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // An idle connection the server dropped (restart, failover) must not crash the process.
  pool.on('error', () => {});
  const client = new PostgresPrismaClient({ adapter: new PrismaPg(pool) }) as unknown as PrismaClient;
  await client.$queryRawUnsafe('SELECT 1');
  return { pool, client };
}
