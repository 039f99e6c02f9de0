// Applies pending migrations with the Prisma CLI (`prisma migrate deploy`, JavaScript schema engine),
// so the server and the CLI agree on what has been applied (_prisma_migrations). When nothing is pending
// (the usual restart) the CLI is not started at all: it takes a few seconds, and it needs the database
// to itself (it sets an exclusive lock), which an admin command running beside the server cannot have.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { childEnv, sqlitePath } from '../config.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');

export interface MigrationResult {
  applied: string[];
  output: string;
}

/** Migrations in prisma/migrations that the database has not applied (all of them for a new file). */
export function pendingMigrations(databaseUrl: string): string[] {
  const all = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(migrationsDir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort();
  const file = sqlitePath(databaseUrl);
  if (!fs.existsSync(file)) return all;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    if (!table) return all;
    const done = new Set(
      (
        db.prepare(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as Array<{
          name: string;
        }>
      ).map((r) => r.name),
    );
    return all.filter((name) => !done.has(name));
  } finally {
    db.close();
  }
}

export async function migrateDatabase(databaseUrl: string): Promise<MigrationResult> {
  const pending = pendingMigrations(databaseUrl);
  if (pending.length === 0) return { applied: [], output: 'no pending migrations' };
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  const env = childEnv({ DATABASE_URL: `file:${sqlitePath(databaseUrl)}`, PRISMA_HIDE_UPDATE_MESSAGE: '1' });
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, 'migrate', 'deploy'], { cwd: projectRoot, env, timeout: 120_000, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`.trim();
      if (error) reject(new Error(`prisma migrate deploy failed: ${output || error.message}`));
      else resolve({ applied: pending, output });
    });
  });
}
