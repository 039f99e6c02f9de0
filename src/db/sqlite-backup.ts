// SQLite snapshots for npm run backup / restore: VACUUM INTO writes a consistent copy of the live
// database from one read transaction (WAL: the server keeps writing meanwhile), compacted, with no
// -wal file to forget.
import Database from 'better-sqlite3';

export interface SnapshotFacts {
  users: number;
  messages: number;
  files: number;
  /** Stored objects the snapshot's uploads point at (DATA_DIR/files/ab/cd/<sha256>). */
  objects: string[];
  /** Avatars this realm's users show (DATA_DIR/avatars/ab/cd/<sha256>); other realms' are fetched again. */
  avatars: string[];
}

/** Writes a consistent copy of `source` to `target` (which must not exist). */
export function snapshotSqlite(source: string, target: string): void {
  const db = new Database(source, { fileMustExist: true, readonly: true });
  try {
    db.pragma('busy_timeout = 10000');
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
}

/** Checks a snapshot page by page and reads what it holds; throws naming the damage. */
export function inspectSqlite(file: string): SnapshotFacts {
  const db = new Database(file, { fileMustExist: true, readonly: true });
  try {
    const check = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    if (check[0]?.integrity_check !== 'ok') throw new Error(`${file} fails its integrity check: ${check.map((r) => r.integrity_check).join('; ')}`);
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const objects = (db.prepare('SELECT DISTINCT "sha256" FROM "File"').all() as Array<{ sha256: string }>).map((r) => r.sha256);
    const avatars = (
      db.prepare('SELECT DISTINCT "avatarSha256" AS "sha256" FROM "User" WHERE "realm" IS NULL AND "avatarSha256" IS NOT NULL').all() as Array<{
        sha256: string;
      }>
    ).map((r) => r.sha256);
    return { users: count('User'), messages: count('Message'), files: count('File'), objects, avatars };
  } finally {
    db.close();
  }
}
