// Owns the SQLite connections. Two Prisma clients on two connections:
//  - `read`: every query outside a transaction. WAL gives it a consistent snapshot of committed data.
//  - the writer, reachable only through `write(fn)`: one transaction at a time behind a FIFO mutex.
// Why two: the better-sqlite3 adapter runs any query on its single connection, so a plain read issued
// while an interactive transaction is open would see (or a plain write would join) that transaction.
import fs from 'node:fs';
import path from 'node:path';
import { PrismaClient, type Prisma } from '@prisma/client';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { sqlitePath } from '../config.js';
import { Mutex } from '../shared/mutex.js';

export type Tx = Prisma.TransactionClient;
export type ReadClient = PrismaClient;

export interface DatabaseOptions {
  url: string;
  /** How long a connection waits for a lock held by another process (e.g. an admin command). */
  busyTimeoutMs?: number;
}

export class Database {
  readonly read: ReadClient;
  private readonly writer: PrismaClient;
  private readonly writeLock = new Mutex();
  private closed = false;

  private constructor(read: PrismaClient, writer: PrismaClient) {
    this.read = read;
    this.writer = writer;
  }

  static async open(options: DatabaseOptions): Promise<Database> {
    const file = sqlitePath(options.url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const timeout = options.busyTimeoutMs ?? 5000;
    const writer = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout }) });
    // WAL lets the reader work while the writer commits; FULL syncs the WAL at every commit, so an
    // acknowledged message survives power loss (group commit keeps that affordable).
    await writer.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await writer.$executeRawUnsafe('PRAGMA synchronous = FULL');
    await writer.$executeRawUnsafe('PRAGMA foreign_keys = ON');
    const read = new PrismaClient({
      adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout, readonly: true }),
    });
    await read.$executeRawUnsafe('PRAGMA foreign_keys = ON');
    return new Database(read, writer);
  }

  /**
   * Runs fn in one write transaction, after every earlier write has finished. `afterCommit` runs once
   * the transaction has committed and before the next write starts, so whatever it publishes goes out
   * in commit order.
   */
  write<T>(fn: (tx: Tx) => Promise<T>, afterCommit?: (result: T) => void): Promise<T> {
    if (this.closed) return Promise.reject(new Error('database is closed'));
    return this.writeLock.run(async () => {
      const result = await this.writer.$transaction(fn, { maxWait: 10_000, timeout: 30_000 });
      afterCommit?.(result);
      return result;
    });
  }

  /** Writes waiting for the lock: a saturation signal for metrics. */
  get pendingWrites(): number {
    return this.writeLock.queued;
  }

  async ping(): Promise<boolean> {
    const rows = await this.read.$queryRawUnsafe<Array<{ ok: bigint | number }>>('SELECT 1 AS ok');
    return Number(rows[0]?.ok) === 1;
  }

  /** Waits for queued writes, then closes both connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.writeLock.run(async () => {
      this.closed = true;
    });
    await this.writer.$disconnect();
    await this.read.$disconnect();
  }
}
