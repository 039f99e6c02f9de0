// npm run files:gc [-- --dry-run] [--unattached-hours N] [--grace-minutes N]
// Garbage-collects file storage for the database and DATA_DIR of the environment (same variables as
// the server; safe while it runs): deletes uploads never attached to a message after N hours (default
// 24), then stored objects no upload row points at and abandoned temp files, once older than the grace
// period (default 60 minutes), and reports what it removed.
import fs from 'node:fs';
import { loadConfig, sqlitePath } from '../src/config.js';
import { Database, isPostgresUrl } from '../src/db/database.js';
import { FileStore } from '../src/features/files/file-store.js';
import { FilesRepository } from '../src/features/files/files.repository.js';
import { FilesService } from '../src/features/files/files.service.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value < 0) {
    process.stderr.write(`--${name} needs a non-negative number\n`);
    process.exit(2);
  }
  return value;
}

const config = loadConfig(process.env);
const dryRun = process.argv.includes('--dry-run');
// Run against the wrong database, every stored object would look unreferenced. A SQLite file that is
// not there means this is not the server's database (a PostgreSQL realm run without its DATABASE_URL).
if (!isPostgresUrl(config.databaseUrl) && !fs.existsSync(sqlitePath(config.databaseUrl))) {
  process.stderr.write(`files:gc: no database at ${sqlitePath(config.databaseUrl)}: run it with the server's DATABASE_URL\n`);
  process.exit(2);
}
const db = await Database.open({ url: config.databaseUrl, synchronous: config.sqliteSynchronous });
try {
  const files = new FilesService(db, new FilesRepository(db.read, db.reads), new FileStore(config.dataDir), config);
  const report = await files.collectGarbage({
    unattachedAgeMs: option('unattached-hours', 24) * 3600_000,
    graceMs: option('grace-minutes', 60) * 60_000,
    dryRun,
  });
  const verb = dryRun ? 'would remove' : 'removed';
  for (const row of report.unattachedRows) process.stdout.write(`${verb} unattached upload ${row.id} "${row.name}" (${row.size} bytes)\n`);
  for (const object of report.objects) process.stdout.write(`${verb} object ${object.sha256} (${object.size} bytes)\n`);
  process.stdout.write(
    `files:gc ${verb} ${report.unattachedRows.length} unattached upload(s), ${report.objects.length} object(s), ` +
      `${report.temps} temp file(s); ${report.bytesFreed} bytes freed${dryRun ? ' (dry run)' : ''}\n`,
  );
} finally {
  await db.close();
}
