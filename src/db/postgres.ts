// PostgreSQL connections: one pg pool, shared by Prisma's adapter (every query but the append) and the
// append statements (message-append.postgres.ts). Loaded only when DATABASE_URL is a PostgreSQL URL.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaClient } from '@prisma/client';
import { Prisma as PostgresPrisma, PrismaClient as PostgresPrismaClient } from '../../generated/postgres/index.js';
import { useSqlRuntime } from './sql.js';
import { PostgresReads } from './sql-reads.js';

export interface PostgresConnection {
  pool: pg.Pool;
  /** The generated PostgreSQL client, typed as the SQLite one: both come from one schema. */
  client: PrismaClient;
  /** Gives the SQL runtime back (sql.ts): called once the pool has ended. */
  release: () => void;
  /** The hot-path statements on this pool (sql-reads.ts). */
  reads: PostgresReads;
  /** A connection of its own, outside the pool (session state: the delivery leases' advisory locks). */
  dedicatedClient: (applicationName: string) => pg.Client;
}

export async function openPostgres(url: string, onConnectionError: (error: Error) => void = () => {}, maxConnections = 10): Promise<PostgresConnection> {
  const release = useSqlRuntime('postgres', PostgresPrisma as unknown as Parameters<typeof useSqlRuntime>[1]);
  // A server that does not answer at all (a network partition, a host that is down) fails a checkout
  // within seconds instead of holding the request; keep-alive notices a connection that died silently.
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, connectionTimeoutMillis: 5_000, keepAlive: true });
  // A connection the server dropped (restart, failover, pg_terminate_backend) must not end the process.
  // The pool listens on idle clients only; a client checked out (a transaction, a query) that loses its
  // connection emits 'error' with nobody listening, which Node turns into an uncaught exception. So every
  // client gets a listener of its own for its whole life; the query it was running fails as usual, and
  // the pool discards the broken client when it is released.
  pool.on('connect', (client) => client.on('error', onConnectionError));
  pool.on('error', () => {}); // idle clients: already told through their own listener
  const client = new PostgresPrismaClient({ adapter: new PrismaPg(pool) }) as unknown as PrismaClient;
  try {
    await client.$queryRawUnsafe('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    release();
    throw error;
  }
  const dedicatedClient = (applicationName: string) => new pg.Client({ connectionString: url, application_name: applicationName });
  return { pool, client, release, dedicatedClient, reads: new PostgresReads(pool, pg) };
}
