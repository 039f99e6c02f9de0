// npm run db:postgres -- [<migration name>]: keeps the PostgreSQL schema and migrations in step with the
// SQLite ones. prisma/schema.prisma is the one source: this writes prisma/postgres/schema.prisma from it
// (provider, client output), and when a migration name is given, a PostgreSQL migration taking a
// database migrated with prisma/postgres/migrations to that schema (diffed against a scratch database
// on TEST_POSTGRES_URL, default the local server). test/db/postgres-schema.test.ts fails when they drift.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresSchemaFrom } from '../src/db/postgres-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'prisma', 'postgres', 'schema.prisma');
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
  const sql =
    existing.length === 0
      ? prisma(['migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/postgres/schema.prisma', '--script'])
      : prisma([
          'migrate',
          'diff',
          '--from-migrations',
          'prisma/postgres/migrations',
          '--to-schema-datamodel',
          'prisma/postgres/schema.prisma',
          '--shadow-database-url',
          process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
          '--script',
        ]);
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(migrations, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  if (!fs.existsSync(path.join(migrations, 'migration_lock.toml'))) fs.writeFileSync(path.join(migrations, 'migration_lock.toml'), 'provider = "postgresql"\n');
  process.stdout.write(`wrote ${path.relative(root, dir)}/migration.sql\n`);
}
