// npm run backup -- <dir> and npm run restore -- <dir>: a realm's whole state — the SQLite database (a
// consistent online snapshot), the file store and the realm's signing keys — into a directory, and back
// into an empty data dir. The database is snapshotted first: every object it points at was stored
// before its row committed, so copying the store afterwards finds them all (checked, not assumed).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sqlitePath, type Config } from '../config.js';
import { isPostgresUrl } from '../db/database.js';
import { inspectSqlite, snapshotSqlite, type SnapshotFacts } from '../db/sqlite-backup.js';

export const MANIFEST = 'manifest.json';
const KEYS = 'realm-keys.json';
const DB = 'chat.db';

export interface Manifest extends Omit<SnapshotFacts, 'objects' | 'avatars'> {
  format: 1;
  realm: string;
  createdAt: string;
  database: { file: string; sha256: string; bytes: number };
  objects: number;
  /** Absent in backups made before avatars had a store of their own. */
  avatars?: number;
  keys: boolean;
}

export class BackupError extends Error {}

type Store = 'files' | 'avatars';
const objectPath = (root: string, sha256: string, store: Store = 'files') => path.join(root, store, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

function sha256File(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    let n: number;
    while ((n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

function requireSqlite(config: Config, what: string): string {
  if (isPostgresUrl(config.databaseUrl)) {
    throw new BackupError(
      `${what} handles SQLite; this realm is on PostgreSQL: use pg_dump/pg_restore for the database, and copy DATA_DIR/files, DATA_DIR/avatars and DATA_DIR/${KEYS}`,
    );
  }
  return sqlitePath(config.databaseUrl);
}

/** Copies the objects named from one store to another; returns the count; names any that are missing. */
function copyObjects(from: string, to: string, objects: readonly string[], progress: (line: string) => void, store: Store = 'files'): number {
  const missing: string[] = [];
  let copied = 0;
  for (const sha256 of objects) {
    // Older versions kept avatars with the uploads (the server copies them over at its next start).
    const source = [objectPath(from, sha256, store), objectPath(from, sha256)].find((p) => fs.existsSync(p));
    const target = objectPath(to, sha256, store);
    if (!source) {
      missing.push(sha256);
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    fs.copyFileSync(source, target, fs.constants.COPYFILE_FICLONE);
    copied++;
    if (copied % 1000 === 0) progress(`  ${copied}/${objects.length} files copied`);
  }
  // Backups made before avatars had a store of their own hold none: their users show none until they set one again.
  if (missing.length > 0 && store === 'avatars') progress(`  ${missing.length} avatar(s) missing, e.g. ${missing[0]}: shown as none`);
  else if (missing.length > 0) throw new BackupError(`${missing.length} stored file(s) are missing from ${path.join(from, 'files')}, e.g. ${missing[0]}`);
  return copied;
}

function emptyOrAbsent(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

export function backup(config: Config, dir: string, progress: (line: string) => void): Manifest {
  const source = requireSqlite(config, 'backup');
  if (!fs.existsSync(source)) throw new BackupError(`no database at ${source}: run it with the server's DATA_DIR / DATABASE_URL`);
  if (!emptyOrAbsent(dir)) throw new BackupError(`${dir} is not empty: back up into a new directory`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });

  const started = Date.now();
  const database = path.join(dir, DB);
  snapshotSqlite(source, database);
  const facts = inspectSqlite(database);
  progress(`database: ${facts.users} users, ${facts.messages} messages, ${facts.files} uploads (${Date.now() - started} ms)`);
  const objects = copyObjects(config.dataDir, dir, facts.objects, progress);
  progress(`files: ${objects} stored object(s) copied`);
  const avatars = copyObjects(config.dataDir, dir, facts.avatars, progress, 'avatars');
  progress(`avatars: ${avatars} copied`);
  const keys = fs.existsSync(path.join(config.dataDir, KEYS));
  if (keys) fs.copyFileSync(path.join(config.dataDir, KEYS), path.join(dir, KEYS));
  progress(keys ? `keys: ${KEYS} copied` : 'keys: none yet (the realm has not started)');

  const manifest: Manifest = {
    format: 1,
    realm: config.realmId,
    createdAt: new Date().toISOString(),
    database: { file: DB, sha256: sha256File(database), bytes: fs.statSync(database).size },
    users: facts.users,
    messages: facts.messages,
    files: facts.files,
    objects,
    avatars,
    keys,
  };
  // Written last: a directory with a manifest is a finished backup.
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) throw new BackupError(`${dir} has no ${MANIFEST}: not a finished backup`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== 1) throw new BackupError(`${file}: unknown backup format ${String(manifest.format)}`);
  return manifest;
}

/** Restores a backup into the (empty) data dir of `config`; the server must not be running on it. */
export function restore(config: Config, dir: string, progress: (line: string) => void): Manifest {
  const target = requireSqlite(config, 'restore');
  const manifest = readManifest(dir);
  // The keys are the realm's identity to its peers: restoring them under another id breaks federation.
  if (manifest.realm !== config.realmId) throw new BackupError(`this backup is of realm ${manifest.realm}: restore it with REALM_ID=${manifest.realm}`);
  const database = path.join(dir, manifest.database.file);
  if (sha256File(database) !== manifest.database.sha256) throw new BackupError(`${database} does not match its manifest: the backup is damaged`);
  const facts = inspectSqlite(database);
  if (facts.messages !== manifest.messages || facts.users !== manifest.users) throw new BackupError(`${database} does not hold what its manifest says`);
  if (fs.existsSync(target) || fs.existsSync(path.join(config.dataDir, KEYS))) {
    throw new BackupError(`${config.dataDir} already holds a realm: restore into an empty data dir (move this one aside first)`);
  }
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const objects = copyObjects(dir, config.dataDir, facts.objects, progress);
  progress(`files: ${objects} stored object(s) restored`);
  progress(`avatars: ${copyObjects(dir, config.dataDir, facts.avatars, progress, 'avatars')} restored`);
  if (manifest.keys) fs.copyFileSync(path.join(dir, KEYS), path.join(config.dataDir, KEYS));
  // The database last, under its final name only when whole: a restore cut short leaves no database.
  const staging = `${target}.restoring`;
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  fs.copyFileSync(database, staging);
  fs.renameSync(staging, target);
  progress(`database: ${manifest.users} users, ${manifest.messages} messages restored to ${target}`);
  return manifest;
}
