// The message-append hot path runs its own SQL (message-append.sqlite.ts) beside Prisma, which owns the
// schema. These tests hold the two together: every statement prepares against a database Prisma
// migrated, every INSERT fills each column the schema requires, rows written here read back through
// Prisma unchanged, and both SQLite stores (on the event loop at NORMAL, on a worker at FULL) answer
// alike — including a retried clientTxnId, which writes nothing and consumes no seq.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PrismaClient } from '@prisma/client';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_APPEND_STATEMENTS } from '../../src/features/conversations/message-append.sqlite.js';
import { SqliteInlineMessageStore } from '../../src/features/conversations/message-store.sqlite-inline.js';
import { SqliteWorkerMessageStore } from '../../src/features/conversations/message-store.sqlite-worker.js';
import type { AppendRow, MessageStore } from '../../src/features/conversations/message-store.js';
import { freshDataDir } from '../helpers/app.js';

let dir: string;
let file: string;
let raw: Database.Database;
let prisma: PrismaClient;

beforeAll(() => {
  dir = freshDataDir();
  file = path.join(dir, 'chat.db');
  raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  const at = '2026-01-01T00:00:00.000+00:00';
  raw.exec(
    `INSERT INTO "User" ("id", "handle", "username", "displayName", "updatedAt") VALUES (1, 'ann', 'ann', 'Ann', '${at}'), (2, 'bo', 'bo', 'Bo', '${at}')`,
  );
  raw.exec(
    `INSERT INTO "Conversation" ("id", "kind", "dmKey", "updatedAt") VALUES (1, 'dm', '1:2', '${at}'), (2, 'dm', '1:1', '${at}'), (3, 'dm', '2:2', '${at}')`,
  );
  prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) });
});
afterAll(async () => {
  await prisma.$disconnect();
  raw.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const columnsOf = (table: string) =>
  raw.pragma(`table_info("${table}")`) as Array<{ name: string; type: string; notnull: number; dflt_value: unknown; pk: number }>;

describe('the SQLite append statements against the Prisma-migrated schema', () => {
  it('all prepare: every table, column and ON CONFLICT target exists', () => {
    for (const [name, sql] of Object.entries(SQLITE_APPEND_STATEMENTS)) expect(() => raw.prepare(sql), name).not.toThrow();
  });

  it('every INSERT names existing columns and fills each one the schema requires', () => {
    const inserts = Object.values(SQLITE_APPEND_STATEMENTS).filter((sql) => sql.startsWith('INSERT'));
    expect(inserts.length).toBeGreaterThanOrEqual(3);
    for (const sql of inserts) {
      const [, table, list] = /^INSERT INTO "(\w+)" \(([^)]*)\)/.exec(sql)!;
      const named = list!.split(',').map((c) => c.trim().replace(/"/g, ''));
      const columns = columnsOf(table!);
      // rowid: every rowid table has it (the FTS5 search table is written by rowid).
      for (const c of named) expect([...columns.map((x) => x.name), 'rowid'], `${table}.${c}`).toContain(c);
      // An INTEGER PRIMARY KEY is the rowid: SQLite assigns it.
      const required = columns.filter((c) => c.notnull && c.dflt_value === null && !(c.pk && c.type === 'INTEGER'));
      for (const c of required) expect(named, `${table} needs ${c.name}`).toContain(c.name);
    }
  });
});

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
  words: `text of ${id}`,
});

describe.each([
  ['on the event loop (NORMAL)', (f: string): MessageStore => new SqliteInlineMessageStore({ file: f })],
  ['on its worker thread (FULL)', (f: string): MessageStore => new SqliteWorkerMessageStore({ file: f, synchronous: 'FULL' }, () => {})],
])('a message store %s', (label, open) => {
  const tag = label.includes('NORMAL') ? 'n' : 'f';
  let store: MessageStore;
  beforeAll(() => {
    store = open(file);
  });
  afterAll(() => store.close());

  it('assigns consecutive seqs per conversation, appends events, and Prisma reads the rows back', async () => {
    const before = await prisma.conversation.findUniqueOrThrow({ where: { id: 1 } });
    const at = new Date().toISOString();
    const result = await store.append({
      rows: [row(`${tag}1`, 1, `${tag}-a`), row(`${tag}2`, 2, null), row(`${tag}3`, 1, null)],
      at,
      selfRealm: '',
      audienceOf: [1],
    });
    expect(result.outcomes.map((o) => o.kind)).toEqual(['created', 'created', 'created']);
    const [a, , c] = result.outcomes as Array<{ seq: number; eventSeq: number }>;
    expect(c!.seq).toBe(a!.seq + 1);
    expect(a!.seq).toBe(before.lastSeq + 1);
    expect(c!.eventSeq).toBeGreaterThan(a!.eventSeq);
    expect(result.members).toEqual([[1, []]]);

    const stored = await prisma.message.findUniqueOrThrow({ where: { id: `${tag}1` } });
    expect(stored).toMatchObject({
      conversationId: 1,
      seq: a!.seq,
      senderId: 1,
      text: `text of ${tag}1`,
      clientTxnId: `${tag}-a`,
      editedAt: null,
      deletedAt: null,
    });
    expect(stored.createdAt.toISOString()).toBe(at);
    const conversation = await prisma.conversation.findUniqueOrThrow({ where: { id: 1 } });
    expect(conversation.lastSeq).toBe(c!.seq);
    expect(conversation.lastMessageAt?.toISOString()).toBe(at);
    const event = await prisma.event.findUniqueOrThrow({ where: { seq: a!.eventSeq } });
    expect(event).toMatchObject({ type: 'message.created', conversationId: 1, userId: null });
    expect(JSON.parse(event.payload)).toEqual({ messageId: `${tag}1` });
  });

  it('a retried clientTxnId writes nothing, consumes no seq and names the first message', async () => {
    const events = await prisma.event.count();
    const result = await store.append({
      rows: [row(`${tag}-retry`, 1, `${tag}-a`), row(`${tag}4`, 1, `${tag}-b`), row(`${tag}-other`, 1, `${tag}-a`, 2)],
      at: new Date().toISOString(),
      selfRealm: '',
      audienceOf: [],
    });
    expect(result.outcomes[0]).toEqual({ kind: 'duplicate', id: `${tag}1`, conversationId: 1 });
    // Another sender may use the same key: keys are per sender.
    expect(result.outcomes.slice(1).map((o) => o.kind)).toEqual(['created', 'created']);
    expect(await prisma.message.findUnique({ where: { id: `${tag}-retry` } })).toBeNull();
    expect(await prisma.event.count()).toBe(events + 2);
    const seqs = (await prisma.message.findMany({ where: { conversationId: 1 }, orderBy: { seq: 'asc' } })).map((m) => m.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  });

  it('a send to a conversation deleted meanwhile is refused alone; the rest of the batch commits', async () => {
    const result = await store.append({
      rows: [row(`${tag}-gone`, 999, null), row(`${tag}5`, 3, null, 2)],
      at: new Date().toISOString(),
      selfRealm: '',
      audienceOf: [],
    });
    expect(result.outcomes[0]).toEqual({ kind: 'gone' });
    expect(result.outcomes[1]!.kind).toBe('created');
    expect(await prisma.message.findUnique({ where: { id: `${tag}5` } })).not.toBeNull();
  });

  it('a constraint the schema enforces (an unknown file) fails the batch, and nothing of it is kept', async () => {
    await expect(
      store.append({
        rows: [row(`${tag}6`, 3, null, 2), { ...row(`${tag}7`, 3, null, 2), fileId: 'no-such-file' }],
        at: new Date().toISOString(),
        selfRealm: '',
        audienceOf: [],
      }),
    ).rejects.toThrow(/FOREIGN KEY/);
    expect(await prisma.message.findUnique({ where: { id: `${tag}6` } })).toBeNull();
  });
});
