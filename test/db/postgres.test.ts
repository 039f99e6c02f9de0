// PostgreSQL keeps one schema owner: prisma/schema.prisma. The PostgreSQL schema is generated from it,
// the PostgreSQL migrations build exactly what that schema describes, and the PostgreSQL append
// statements run against a database those migrations built, with rows Prisma reads back unchanged.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '../../generated/postgres/index.js';
import { postgresSchemaFrom } from '../../src/db/postgres-schema.js';
import { migratePostgres } from '../../src/db/migrate-postgres.js';
import { POSTGRES_APPEND_STATEMENTS, PostgresMessageStore } from '../../src/features/conversations/message-append.postgres.js';
import type { AppendRow } from '../../src/features/conversations/message-store.js';
import { describePostgres, scratchDatabase } from '../helpers/postgres.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('the PostgreSQL schema', () => {
  it('is generated from prisma/schema.prisma (run `npm run db:postgres` after changing it)', () => {
    const generated = postgresSchemaFrom(fs.readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8'));
    expect(fs.readFileSync(path.join(root, 'prisma/postgres/schema.prisma'), 'utf8')).toBe(generated);
  });
});

/** Tables, columns, indexes and constraints of the public schema, as comparable text. */
async function catalog(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const columns = await c.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
    );
    const indexes = await c.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`);
    const constraints = await c.query(
      `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"') ORDER BY t, conname`,
    );
    return [...columns.rows, ...indexes.rows, ...constraints.rows].map((r) => JSON.stringify(r));
  } finally {
    await c.end();
  }
}

describePostgres('PostgreSQL migrations and the append statements', () => {
  let db: { url: string; drop(): Promise<void> };
  let prisma: PrismaClient;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await scratchDatabase();
    const first = await migratePostgres(db.url);
    expect(first.applied.length).toBeGreaterThan(0);
    // A second run (another instance starting) applies nothing.
    expect((await migratePostgres(db.url)).applied).toEqual([]);
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
    // Dropping the database at the end terminates whatever connection is still closing.
    pool.on('error', () => {});
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await pool?.end();
    await db?.drop();
  });

  it('build exactly what the generated schema describes', async () => {
    const fromSchema = await scratchDatabase();
    try {
      const sql = execFileSync(
        process.execPath,
        [
          path.join(root, 'node_modules/prisma/build/index.js'),
          'migrate',
          'diff',
          '--from-empty',
          '--to-schema-datamodel',
          'prisma/postgres/schema.prisma',
          '--script',
          '--config',
          'prisma/postgres/prisma.config.ts',
        ],
        { cwd: root, encoding: 'utf8', env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' }, stdio: ['ignore', 'pipe', 'ignore'] },
      );
      const c = new pg.Client({ connectionString: fromSchema.url });
      await c.connect();
      await c.query(sql);
      await c.end();
      expect(await catalog(db.url)).toEqual(await catalog(fromSchema.url));
    } finally {
      await fromSchema.drop();
    }
  }, 60_000);

  it('every append statement prepares against the migrated database', async () => {
    const c = await pool.connect();
    try {
      for (const [name, sql] of Object.entries(POSTGRES_APPEND_STATEMENTS)) {
        await expect(c.query(`PREPARE check_${name} AS ${sql}`), name).resolves.toBeDefined();
      }
      await c.query('DEALLOCATE ALL');
    } finally {
      c.release();
    }
  });

  it('appends like the SQLite store: seqs, events, retries, vanished conversations; Prisma reads the rows back', async () => {
    await prisma.user.createMany({
      data: [
        { id: 1, handle: 'ann', username: 'ann', displayName: 'Ann' },
        { id: 2, handle: 'bo', username: 'bo', displayName: 'Bo' },
      ],
    });
    await prisma.conversation.createMany({
      data: [
        { id: 1, kind: 'dm', dmKey: '1:2' },
        { id: 2, kind: 'dm', dmKey: '1:1' },
      ],
    });
    const store = new PostgresMessageStore(pool);
    const row = (id: string, conversationId: number, clientTxnId: string | null, senderId = 1): AppendRow => ({
      id,
      conversationId,
      senderId,
      text: `text of ${id}`,
      fileId: null,
      clientTxnId,
      replyToId: null,
      threadId: null,
      mentions: null,
      words: 'x',
    });
    const at = new Date().toISOString();
    const first = await store.append({ rows: [row('p1', 1, 'k1'), row('p2', 2, null), row('p3', 1, null)], at, selfRealm: '', audienceOf: [1] });
    expect(first.outcomes).toEqual([
      { kind: 'created', seq: 1, eventSeq: expect.any(Number) },
      { kind: 'created', seq: 1, eventSeq: expect.any(Number) },
      { kind: 'created', seq: 2, eventSeq: expect.any(Number) },
    ]);
    const eventSeqs = first.outcomes.map((o) => (o as { eventSeq: number }).eventSeq);
    expect([...eventSeqs].sort((a, b) => a - b)).toEqual(eventSeqs);
    expect(first.members).toEqual([[1, []]]);
    const stored = await prisma.message.findUniqueOrThrow({ where: { id: 'p1' } });
    expect(stored).toMatchObject({ conversationId: 1, seq: 1, senderId: 1, text: 'text of p1', clientTxnId: 'k1', editedAt: null, deletedAt: null });
    expect(stored.createdAt.toISOString()).toBe(at);
    expect((await prisma.conversation.findUniqueOrThrow({ where: { id: 1 } })).lastSeq).toBe(2);
    expect(JSON.parse((await prisma.event.findUniqueOrThrow({ where: { seq: eventSeqs[0]! } })).payload)).toEqual({ messageId: 'p1' });

    const retry = await store.append({
      rows: [row('p1-again', 1, 'k1'), row('p4', 1, 'k1', 2), row('gone', 99, null), row('p5', 1, 'k5'), row('p5-again', 1, 'k5')],
      at: new Date().toISOString(),
      selfRealm: '',
      audienceOf: [],
    });
    expect(retry.outcomes).toEqual([
      { kind: 'duplicate', id: 'p1', conversationId: 1 },
      { kind: 'created', seq: 3, eventSeq: expect.any(Number) },
      { kind: 'gone' },
      { kind: 'created', seq: 4, eventSeq: expect.any(Number) },
      { kind: 'duplicate', id: 'p5', conversationId: 1 },
    ]);
    expect(await prisma.message.count()).toBe(5);
  });

  it('appends from several connections at once without a gap or a duplicate seq', async () => {
    const store = new PostgresMessageStore(pool);
    const row = (i: number): AppendRow => ({
      id: `c${i}`,
      conversationId: 2,
      senderId: 2,
      text: 'x',
      fileId: null,
      clientTxnId: `c${i}`,
      replyToId: null,
      threadId: null,
      mentions: null,
      words: 'x',
    });
    await Promise.all(
      Array.from({ length: 8 }, (_, b) =>
        store.append({ rows: Array.from({ length: 5 }, (_, i) => row(b * 5 + i)), at: new Date().toISOString(), selfRealm: '', audienceOf: [] }),
      ),
    );
    const seqs = (await prisma.message.findMany({ where: { conversationId: 2 }, orderBy: { seq: 'asc' } })).map((m) => m.seq);
    expect(seqs).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
  });
});

describePostgres('one database kind per process', () => {
  it('refuses to open PostgreSQL while a SQLite database is open (their SQL fragments differ), and allows it after', async () => {
    const { Database } = await import('../../src/db/database.js');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'realm-chat-kind-'));
    const scratch = await scratchDatabase();
    try {
      const sqlite = await Database.open({ url: `file:${path.join(dir, 'chat.db')}` });
      await expect(Database.open({ url: scratch.url })).rejects.toThrow(/already has a sqlite database open/);
      await sqlite.close();
      const postgres = await Database.open({ url: scratch.url });
      expect(await postgres.ping()).toBe(true);
      await postgres.close();
    } finally {
      await scratch.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
