// npm run db:postgres -- [<migration name>]: keeps the PostgreSQL schema and migrations in step with the
// SQLite ones. prisma/schema.prisma is the one source: this writes prisma/postgres/schema.prisma from it
// (provider, client output), and when a migration name is given, a PostgreSQL migration from the
// previous PostgreSQL schema to the new one. The diff is between the two datamodels, with no database:
// introspecting PostgreSQL through adapter-pg fails (prisma/orm#27403). test/db/postgres.test.ts fails
// when the schema or the migrations drift.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresSchemaFrom } from '../src/db/postgres-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'prisma', 'postgres', 'schema.prisma');
const previous = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
fs.writeFileSync(target, postgresSchemaFrom(fs.readFileSync(path.join(root, 'prisma', 'schema.prisma'), 'utf8')));
process.stdout.write(`wrote ${path.relative(root, target)}\n`);

const name = (process.argv[2] ?? '').toLowerCase().replace(/[^a-z0-9_]+/g, '_');
if (name) {
  const migrations = path.join(root, 'prisma', 'postgres', 'migrations');
  const existing = fs.existsSync(migrations) ? fs.readdirSync(migrations).filter((d) => /^\d+_/.test(d)) : [];
  const prisma = (args: string[]) =>
    execFileSync(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), ...args, '--config', 'prisma/postgres/prisma.config.ts'], {
      cwd: root,
      env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      encoding: 'utf8',
    });
  let sql: string;
  if (existing.length === 0 || previous === null) {
    sql = prisma(['migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/postgres/schema.prisma', '--script']);
  } else {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'realm-chat-pg-diff-'));
    fs.writeFileSync(path.join(scratch, 'previous.prisma'), previous);
    try {
      sql = prisma([
        'migrate',
        'diff',
        '--from-schema-datamodel',
        path.join(scratch, 'previous.prisma'),
        '--to-schema-datamodel',
        'prisma/postgres/schema.prisma',
        '--script',
      ]);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(migrations, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  if (!fs.existsSync(path.join(migrations, 'migration_lock.toml'))) fs.writeFileSync(path.join(migrations, 'migration_lock.toml'), 'provider = "postgresql"\n');
  process.stdout.write(`wrote ${path.relative(root, dir)}/migration.sql\n`);
}
