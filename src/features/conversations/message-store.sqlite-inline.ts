// The MessageStore for SQLite at synchronous=NORMAL: appends run on the event loop, on a connection of
// their own. In WAL mode a NORMAL commit does not fsync (the checkpointer's thread does, later), so it
// costs tens of microseconds, less than the round trip to a worker thread; under FULL every commit
// waits for the disk, and the worker store keeps that wait off the loop.
import Database from 'better-sqlite3';
import { SqliteMessageAppender } from './message-append.sqlite.js';
import type { AppendRequest, AppendResult, MessageStore } from './message-store.js';

export class SqliteInlineMessageStore implements MessageStore {
  private readonly db: Database.Database;
  private readonly appender: SqliteMessageAppender;

  constructor(options: { file: string; busyTimeoutMs?: number }) {
    this.db = openAppendConnection(options.file, 'NORMAL', options.busyTimeoutMs ?? 5000);
    this.appender = new SqliteMessageAppender(this.db);
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    return this.appender.append(request);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** A connection for the append statements, set up like the Prisma writer's. */
export function openAppendConnection(file: string, synchronous: 'NORMAL' | 'FULL', busyTimeoutMs: number): Database.Database {
  const db = new Database(file, { timeout: busyTimeoutMs });
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  // Checkpoints run on the checkpointer's thread; this is only the safety net (~64 MiB of WAL).
  db.pragma('wal_autocheckpoint = 16000');
  return db;
}
