// The data directory holds password hashes, messages, files and the realm's private key: only the
// server's own user may read it. Directories are 0700 and files 0600, also when they existed before
// with looser modes (an upgrade from a version that created them 0755/0644).
import fs from 'node:fs';

/** Creates `dir` (and parents) if needed and makes it 0700. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/**
 * Makes `file` 0600, creating it empty first if it does not exist, so whoever opens it next (SQLite,
 * which gives its -wal and -shm files the database file's mode) never creates it with the umask's mode.
 * Companions that exist already (`-wal`, `-shm`) are tightened too.
 */
export function ensurePrivateFile(file: string, companions: readonly string[] = []): void {
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  fs.chmodSync(file, 0o600);
  for (const suffix of companions) {
    try {
      fs.chmodSync(file + suffix, 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
}

export const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'] as const;
