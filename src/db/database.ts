// Owns the database connections. SQLite (the default) has two Prisma clients on two connections:
//  - `read`: every query outside a transaction. WAL gives it a consistent snapshot of committed data.
//  - the writer, reachable only through `write(fn)`: one transaction at a time behind a FIFO mutex.
// Why two: the better-sqlite3 adapter runs any query on its single connection, so a plain read issued
// while an interactive transaction is open would see (or a plain write would join) that transaction.
// PostgreSQL (DATABASE_URL=postgres://…) has one client on a pool: a transaction holds a connection of
// its own, so reads never join it. Its write transactions take the cluster-wide stream lock first.
import { AppError, databaseUnavailable, isDatabaseDamaged, isDatabaseUnavailable, isRecordMissing } from '../shared/errors.js';

const damagedError = () => new AppError('unavailable', 'The database is damaged: the server refuses changes until an operator restores it');
import path from 'node:path';
import { PrismaClient, type Prisma } from '@prisma/client';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { sqlitePath } from '../config.js';
import { Mutex } from '../shared/mutex.js';
import { ensurePrivateDir, ensurePrivateFile, SQLITE_COMPANIONS } from '../shared/private-files.js';
import { Checkpointer } from './checkpointer.js';
import type { PostgresConnection } from './postgres.js';
import { STREAM_LOCK_SQL } from './stream-lock.js';
import { useSqlRuntime } from './sql.js';
import { SqliteReads } from './sql-reads.js';
import type { SqlReads } from './statements.js';

export type Tx = Prisma.TransactionClient;
export type ReadClient = PrismaClient;

export interface DatabaseOptions {
  url: string;
  synchronous?: Synchronous;
  /** How long a connection waits for a lock held by another process (e.g. an admin command). */
  busyTimeoutMs?: number;
  onError?: (message: string) => void;
  /** PostgreSQL dropped a connection (restart, failover, termination): logged, never fatal. */
  onConnectionError?: (error: Error) => void;
  /** SQLite reported the file damaged (told once; see markDamaged). */
  onDamaged?: (message: string) => void;
}

export type Synchronous = 'NORMAL' | 'FULL';

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

/**
 * A Prisma client on its own connection, set up for writing. WAL lets readers work while a writer
 * commits. Every acknowledged write is committed; `synchronous` says how far: NORMAL — in the WAL, so
 * it survives a crash or kill of the server (SQLite's recommendation for WAL); FULL — also fsynced at
 * every commit, so it survives power loss too (group commit keeps that affordable).
 */
export async function openWriterClient(file: string, synchronous: Synchronous, busyTimeoutMs = 5000): Promise<PrismaClient> {
  const writer = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout: busyTimeoutMs }) });
  await writer.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await writer.$executeRawUnsafe(`PRAGMA synchronous = ${synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
  await writer.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  // Checkpoints happen on the checkpointer's thread; this is only the safety net (~64 MiB of WAL).
  await writer.$queryRawUnsafe('PRAGMA wal_autocheckpoint = 16000');
  return writer;
}

export class Database {
  readonly read: ReadClient;
  /** The SQLite file, for components that open their own connection (append worker, checkpointer). */
  readonly file: string;
  /** PostgreSQL only: the pool Prisma's adapter uses, for the append statements (and its close). */
  readonly postgres: PostgresConnection | null;
  /** The hot-path reads as prepared statements on the driver itself (statements.ts). */
  readonly reads: SqlReads;
  private readonly writer: PrismaClient;
  private readonly writeLock = new Mutex();
  private closed = false;
  /** Set once SQLite reported the file damaged: readiness fails and writes are refused. */
  private damage: string | null = null;
  private onDamage: (message: string) => void = () => {};

  private constructor(
    read: PrismaClient,
    writer: PrismaClient,
    private readonly checkpointer: Checkpointer | null,
    file: string,
    readonly synchronous: Synchronous,
    postgres: PostgresConnection | null,
    /** Gives the SQL runtime back at close (sql.ts). */
    private readonly release: () => void,
    reads: SqlReads,
  ) {
    this.reads = reads;
    this.file = file;
    this.read = read;
    this.writer = writer;
    this.postgres = postgres;
  }

  static async open(options: DatabaseOptions): Promise<Database> {
    if (isPostgresUrl(options.url)) {
      // Loaded on demand: a SQLite server never loads the PostgreSQL client (~10 MB).
      const { openPostgres } = await import('./postgres.js');
      const postgres = await openPostgres(options.url, options.onConnectionError);
      return new Database(postgres.client, postgres.client, null, '', 'FULL', postgres, postgres.release, postgres.reads);
    }
    const file = sqlitePath(options.url);
    const release = useSqlRuntime('sqlite');
    try {
      ensurePrivateDir(path.dirname(file));
      ensurePrivateFile(file, SQLITE_COMPANIONS);
      const timeout = options.busyTimeoutMs ?? 5000;
      const synchronous = options.synchronous ?? 'FULL';
      const writer = await openWriterClient(file, synchronous, timeout);
      const read = new PrismaClient({
        adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout, readonly: true }),
      });
      await read.$executeRawUnsafe('PRAGMA foreign_keys = ON');
      const checkpointer = new Checkpointer(file, options.onError ?? (() => {}));
      const db = new Database(read, writer, checkpointer, file, synchronous, null, release, new SqliteReads(file, timeout));
      if (options.onDamaged) db.onDamage = options.onDamaged;
      return db;
    } catch (error) {
      release();
      throw error;
    }
  }

  /**
   * Runs fn in one write transaction, after every earlier write has finished. `afterCommit` runs once
   * the transaction has committed and before the next write starts, so whatever it publishes goes out
   * in commit order.
   */
  write<T>(fn: (tx: Tx) => Promise<T>, afterCommit?: (result: T) => void): Promise<T> {
    if (this.closed) return Promise.reject(new Error('database is closed'));
    if (this.damage) return Promise.reject(damagedError());
    return this.writeLock.run(async () => {
      const hooks: Array<() => void> = [];
      let result: T;
      try {
        result = await this.writer.$transaction(
          async (tx) => {
            this.commitHooks.set(tx, hooks);
            // Several instances write one PostgreSQL database: stream seqs must commit in seq order.
            if (this.postgres) await tx.$queryRawUnsafe(STREAM_LOCK_SQL);
            return fn(tx);
          },
          { maxWait: 10_000, timeout: 30_000 },
        );
      } catch (error) {
        // A row that vanished under the write (a message deleted while being edited) is gone, not a
        // failure of ours: every edge answers it as not found.
        if (isRecordMissing(error)) throw new AppError('not_found', 'It no longer exists', undefined, { cause: error });
        if (isDatabaseDamaged(error)) {
          this.markDamaged((error as Error).message.trim().split('\n').at(-1) ?? 'damaged');
          throw damagedError();
        }
        if (isDatabaseUnavailable(error)) {
          // Lost during COMMIT, the transaction may have committed after all: its events, unannounced.
          this.uncertainCommit();
          throw databaseUnavailable(error);
        }
        throw error;
      }
      afterCommit?.(result);
      for (const hook of hooks) hook();
      return result;
    });
  }

  /**
   * Runs `hook` once the transaction `tx` has committed (never if it rolls back). Whoever writes
   * something that must be acted on after commit (an outbox row to deliver) registers it where it
   * writes, so no caller can forget it.
   */
  onCommit(tx: Tx, hook: () => void): void {
    const hooks = this.commitHooks.get(tx);
    if (!hooks) throw new Error('onCommit outside a transaction of Database.write');
    hooks.push(hook);
  }

  private readonly commitHooks = new WeakMap<object, Array<() => void>>();

  private readonly uncertainListeners = new Set<() => void>();

  /**
   * Calls `listener` whenever a write failed with the connection lost, so that whether it committed is
   * unknown (the event bus then reads back what the database holds). Returns the unsubscribe.
   */
  onUncertainCommit(listener: () => void): () => void {
    this.uncertainListeners.add(listener);
    return () => this.uncertainListeners.delete(listener);
  }

  /** A write on a connection of its own (the message append) ended with its commit's outcome unknown. */
  uncertainCommit(): void {
    for (const listener of this.uncertainListeners) listener();
  }

  /**
   * Takes the write lock for writes that another connection performs (the message batch worker), so
   * they stay serialised with this connection's. The caller must call the returned release function.
   */
  async acquireWriteLock(): Promise<() => void> {
    if (this.closed) throw new Error('database is closed');
    return this.writeLock.acquire();
  }

  /** Writes waiting for the lock: a saturation signal for metrics. */
  get pendingWrites(): number {
    return this.writeLock.queued;
  }

  /** Why the database is unusable (SQLite reported the file damaged), or null. */
  get damaged(): string | null {
    return this.damage;
  }

  /**
   * SQLite reported the file damaged: from now on readiness fails (the load balancer stops routing
   * here) and writes are refused, rather than writing more into a broken file. Told once, loudly.
   */
  markDamaged(reason: string): void {
    if (this.damage) return;
    this.damage = reason;
    this.onDamage(
      `database ${this.file || 'PostgreSQL'} is damaged (${reason}): writes are refused and /readyz fails. Stop the server, then restore the file from a backup (or move it aside to start empty)`,
    );
  }

  /** The database answers within `timeoutMs` (readiness: a server that hangs is as unready as one that refuses). */
  async ping(timeoutMs = 2000): Promise<boolean> {
    if (this.damage) return false;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const answer = this.read.$queryRawUnsafe<Array<{ ok: bigint | number }>>('SELECT 1 AS ok').then(
      (rows) => Number(rows[0]?.ok) === 1,
      () => false,
    );
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Waits for queued writes, then closes both connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.writeLock.run(async () => {
      this.closed = true;
    });
    await this.checkpointer?.stop();
    await this.writer.$disconnect();
    if (this.read !== this.writer) await this.read.$disconnect();
    await this.reads.close();
    await this.postgres?.pool.end();
    this.release();
  }
}
