// npm run db:diff -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the database from the committed migrations to prisma/schema.prisma.
// `prisma migrate dev` needs a shadow database, which the JavaScript schema engine cannot create for
// SQLite here, so: apply the migrations to a scratch file, introspect it, and diff the two datamodels.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv } from '../src/config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const name = (process.argv[2] ?? '').toLowerCase().replace(/[^a-z0-9_]+/g, '_');
if (!name) {
  process.stderr.write('usage: npm run db:diff -- <migration_name>\n');
  process.exit(2);
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'realm-chat-diff-'));
const prisma = (args: string[]) =>
  execFileSync(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), ...args], {
    cwd: root,
    env: childEnv({ DATABASE_URL: `file:${path.join(scratch, 'chat.db')}`, PRISMA_HIDE_UPDATE_MESSAGE: '1' }),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
try {
  prisma(['migrate', 'deploy']);
  // db pull prints warnings before the schema; the schema starts at its generator block.
  const pulled = prisma(['db', 'pull', '--print']);
  // Tables the migrations create by hand, which Prisma cannot describe (the FTS5 search index and its
  // shadow tables): left out, or the diff would drop them.
  const current = pulled.slice(pulled.indexOf('generator ')).replace(/^model MessageSearch\w* \{[^}]*\}\n?/gm, '');
  fs.writeFileSync(path.join(scratch, 'current.prisma'), current);
  const sql = prisma([
    'migrate',
    'diff',
    '--from-schema-datamodel',
    path.join(scratch, 'current.prisma'),
    '--to-schema-datamodel',
    'prisma/schema.prisma',
    '--script',
  ]);
  if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql)) {
    process.stdout.write('prisma/schema.prisma matches the migrations: nothing to write\n');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join(root, 'prisma', 'migrations', `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
    process.stdout.write(`wrote ${path.relative(root, dir)}/migration.sql — review it, then npm run db:migrate\n`);
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
