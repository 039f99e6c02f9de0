// Applies pending migrations with the Prisma CLI (`prisma migrate deploy`, JavaScript schema engine),
// so the server and the CLI agree on what has been applied (_prisma_migrations).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv, sqlitePath } from '../config.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface MigrationResult {
  output: string;
}

export function migrateDatabase(databaseUrl: string): Promise<MigrationResult> {
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  const env = childEnv({ DATABASE_URL: `file:${sqlitePath(databaseUrl)}`, PRISMA_HIDE_UPDATE_MESSAGE: '1' });
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, 'migrate', 'deploy'],
      { cwd: projectRoot, env, timeout: 120_000, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`.trim();
        if (error) reject(new Error(`prisma migrate deploy failed: ${output || error.message}`));
        else resolve({ output });
      },
    );
  });
}
