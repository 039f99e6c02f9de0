// Issue 13 benchmark: search. 1,000,000 generated messages in 1,000 groups; one user is a member of
// 50 of them. For a one-word and a three-word query, GET /search (HTTP, through the whole server:
// auth, access, ranking, hydration, snippets, name matches) against the raw index query of the same
// terms over the same 50 conversations, on the same data in the same run, alternating one with the
// other so both see the same machine. On SQLite (FTS5) and PostgreSQL (tsvector + GIN).
// Then the send path with search indexing on and off (SEARCH=on|off), alternating runs.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { createScratchDatabase } from '../tools/scratch-postgres.js';
import { indexText, queryTerms } from '../src/shared/search-text.js';
import { fts5Match } from '../src/features/search/search-index.sqlite.js';
import { tsQuery } from '../src/features/search/search-index.postgres.js';
import { dmPairs, dmSendRequest, register } from './lib/api.js';
import { startRealm, type Running } from './lib/processes.js';
import { Corpus } from './lib/search-corpus.js';
import { heading, note, percentile, record } from './lib/report.js';

const MESSAGES = Number(process.env.BENCH_SEARCH_MESSAGES ?? 1_000_000);
const CONVERSATIONS = 1000;
const READER_CONVERSATIONS = 50;
const USERS = 1000;
const MEMBERS = 10;
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 300);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const QUERIES = [
  { name: 'one word', q: 'rapat' },
  { name: 'three words', q: 'besok pagi rapat' },
];

interface Generated {
  /** The reader's conversation ids. */
  readerConversations: number[];
  rows: number;
  ms: number;
}

/** What the generator writes, dialect by dialect. */
interface Sink {
  users(rows: Array<[number, string]>): Promise<void>;
  conversations(rows: Array<[number, string]>): Promise<void>;
  memberships(rows: Array<[number, number]>): Promise<void>;
  messages(rows: Array<{ id: string; conversationId: number; seq: number; senderId: number; text: string; words: string | null; at: string }>): Promise<void>;
}

async function generate(sink: Sink, readerId: number): Promise<Generated> {
  const started = Date.now();
  const corpus = new Corpus(13);
  const userIds = Array.from({ length: USERS }, (_, i) => readerId + 1 + i);
  await sink.users(userIds.map((id) => [id, `u${id}`]));
  const conversationIds = Array.from({ length: CONVERSATIONS }, (_, i) => 1000 + i);
  await sink.conversations(conversationIds.map((id) => [id, `g${id}`]));
  const members = new Map<number, number[]>();
  const memberships: Array<[number, number]> = [];
  conversationIds.forEach((c, i) => {
    const set = new Set<number>();
    while (set.size < MEMBERS) set.add(corpus.pick(userIds));
    if (i < READER_CONVERSATIONS) set.add(readerId);
    members.set(c, [...set]);
    for (const u of set) memberships.push([c, u]);
  });
  await sink.memberships(memberships);
  const perConversation = Math.ceil(MESSAGES / CONVERSATIONS);
  const t0 = Date.parse('2026-01-01T00:00:00Z');
  let n = 0;
  let batch: Parameters<Sink['messages']>[0] = [];
  for (let seq = 1; seq <= perConversation; seq++) {
    for (const c of conversationIds) {
      if (n >= MESSAGES) break;
      const text = corpus.message();
      batch.push({
        id: `01JBENCH${n.toString(36).padStart(18, '0')}`,
        conversationId: c,
        seq,
        senderId: corpus.pick(members.get(c)!),
        text,
        words: indexText(text),
        at: new Date(t0 + n * 1000).toISOString(),
      });
      n++;
      if (batch.length === 10_000) {
        await sink.messages(batch);
        batch = [];
        if (n % 200_000 === 0) process.stdout.write(`  … ${n} messages\n`);
      }
    }
  }
  if (batch.length > 0) await sink.messages(batch);
  return { readerConversations: conversationIds.slice(0, READER_CONVERSATIONS), rows: n, ms: Date.now() - started };
}

function sqliteSink(db: Database.Database): Sink {
  const sqliteTime = (iso: string) => iso.replace('Z', '+00:00');
  const now = sqliteTime(new Date().toISOString());
  const user = db.prepare(`INSERT INTO "User" ("id", "handle", "username", "displayName", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`);
  const conversation = db.prepare(
    `INSERT INTO "Conversation" ("id", "kind", "name", "visibility", "lastSeq", "createdAt", "updatedAt") VALUES (?, 'group', ?, 'public', ?, ?, ?)`,
  );
  const membership = db.prepare(`INSERT INTO "Membership" ("conversationId", "userId", "role", "joinedAt") VALUES (?, ?, 'member', ?)`);
  const message = db.prepare(`INSERT INTO "Message" ("id", "conversationId", "seq", "senderId", "text", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`);
  const words = db.prepare(`INSERT INTO "MessageSearch" (rowid, body) VALUES ((? << 32) | ?, ?)`);
  const perConversation = Math.ceil(MESSAGES / CONVERSATIONS);
  return {
    users: async (rows) => db.transaction(() => rows.forEach(([id, h]) => user.run(id, h, h, `User ${id}`, now, now)))(),
    conversations: async (rows) => db.transaction(() => rows.forEach(([id, name]) => conversation.run(id, name, perConversation, now, now)))(),
    memberships: async (rows) => db.transaction(() => rows.forEach(([c, u]) => membership.run(c, u, now)))(),
    messages: async (rows) =>
      db.transaction(() => {
        for (const m of rows) {
          message.run(m.id, m.conversationId, m.seq, m.senderId, m.text, sqliteTime(m.at));
          if (m.words) words.run(m.conversationId, m.seq, m.words);
        }
      })(),
  };
}

function postgresSink(c: pg.Client): Sink {
  const perConversation = Math.ceil(MESSAGES / CONVERSATIONS);
  return {
    users: async (rows) => {
      await c.query(
        `INSERT INTO "User" ("id", "handle", "username", "displayName", "createdAt", "updatedAt")
         SELECT id, h, h, 'User ' || id, now(), now() FROM unnest($1::int[], $2::text[]) AS r(id, h)`,
        [rows.map((r) => r[0]), rows.map((r) => r[1])],
      );
    },
    conversations: async (rows) => {
      await c.query(
        `INSERT INTO "Conversation" ("id", "kind", "name", "visibility", "lastSeq", "createdAt", "updatedAt")
         SELECT id, 'group', n, 'public', $3, now(), now() FROM unnest($1::int[], $2::text[]) AS r(id, n)`,
        [rows.map((r) => r[0]), rows.map((r) => r[1]), perConversation],
      );
    },
    memberships: async (rows) => {
      await c.query(
        `INSERT INTO "Membership" ("conversationId", "userId", "role", "joinedAt") SELECT c, u, 'member', now() FROM unnest($1::int[], $2::int[]) AS r(c, u)`,
        [rows.map((r) => r[0]), rows.map((r) => r[1])],
      );
    },
    messages: async (rows) => {
      await c.query(
        `INSERT INTO "Message" ("id", "conversationId", "seq", "senderId", "text", "createdAt", "searchVector")
         SELECT id, c, s, u, t, a::timestamp(3), to_tsvector('simple', w)
         FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[]) AS r(id, c, s, u, t, a, w)`,
        [
          rows.map((m) => m.id),
          rows.map((m) => m.conversationId),
          rows.map((m) => m.seq),
          rows.map((m) => m.senderId),
          rows.map((m) => m.text),
          rows.map((m) => m.at.replace('T', ' ').replace('Z', '')),
          rows.map((m) => m.words),
        ],
      );
    },
  };
}

/** GET on a keep-alive agent: ms. */
function timedGet(agent: http.Agent, url: URL, token: string): Promise<{ ms: number; status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const req = http.get(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, agent, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - t) / 1e6, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
  });
}

async function measure(label: string, realm: Running, token: string, raw: (q: string) => Promise<number>): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (const { name, q } of QUERIES) {
      const url = new URL(`${realm.url}/api/v1/search?q=${encodeURIComponent(q)}`);
      const first = await timedGet(agent, url, token);
      if (first.status !== 200) throw new Error(`search answered ${first.status}: ${first.body}`);
      const results = (JSON.parse(first.body) as { results: unknown[] }).results.length;
      const rawTimes: number[] = [];
      const apiTimes: number[] = [];
      for (let i = 0; i < 20; i++) {
        await raw(q);
        await timedGet(agent, url, token);
      }
      let matches = 0;
      for (let i = 0; i < RUNS; i++) {
        const t = process.hrtime.bigint();
        matches = await raw(q);
        rawTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
        apiTimes.push((await timedGet(agent, url, token)).ms);
      }
      rawTimes.sort((a, b) => a - b);
      apiTimes.sort((a, b) => a - b);
      note(`${label}, ${name} "${q}": first page ${results} results; raw query returned ${matches} rows`);
      const p50 = percentile(apiTimes, 50);
      const p99 = percentile(apiTimes, 99);
      record({
        name: `${label} search p50, ${name}`,
        value: p50,
        unit: 'ms',
        baseline: { name: 'raw index query p50', value: percentile(rawTimes, 50) },
        target: '≤ 2× raw',
        pass: p50 <= 2 * percentile(rawTimes, 50),
      });
      record({
        name: `${label} search p99, ${name}`,
        value: p99,
        unit: 'ms',
        baseline: { name: 'raw index query p99', value: percentile(rawTimes, 99) },
        target: '≤ 2× raw and ≤ 50 ms',
        pass: p99 <= 2 * percentile(rawTimes, 99) && p99 <= 50,
      });
    }
  } finally {
    agent.destroy();
  }
}

async function sqliteSearch(): Promise<void> {
  const realm = await startRealm();
  try {
    const token = await register(realm.url, 'reader');
    await realm.stop();
    const db = new Database(path.join(realm.dataDir!, 'chat.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    const readerId = (db.prepare(`SELECT "id" FROM "User" WHERE "handle" = 'reader'`).get() as { id: number }).id;
    const generated = await generate(sqliteSink(db), readerId);
    db.pragma('optimize');
    db.exec(`INSERT INTO "MessageSearch" ("MessageSearch") VALUES ('optimize')`);
    note(`SQLite: generated ${generated.rows} messages in ${CONVERSATIONS} conversations in ${(generated.ms / 1000).toFixed(1)} s`);
    db.close();
    const again = await startRealm({}, { dataDir: realm.dataDir! });
    const read = new Database(path.join(realm.dataDir!, 'chat.db'), { readonly: true });
    const ids = generated.readerConversations.join(', ');
    const rawStatement = read.prepare(
      `SELECT rowid, bm25("MessageSearch") AS score FROM "MessageSearch" WHERE "MessageSearch" MATCH ? AND (rowid >> 32) IN (${ids}) ORDER BY score LIMIT 21`,
    );
    try {
      await measure('SQLite', again, token, async (q) => rawStatement.all(fts5Match(queryTerms(q))).length);
    } finally {
      read.close();
      await again.stop();
    }
  } finally {
    await realm.cleanup();
  }
}

async function postgresSearch(): Promise<void> {
  const scratch = await createScratchDatabase(POSTGRES_URL, `rc_bench_search_${process.pid}`);
  const realm = await startRealm({ DATABASE_URL: scratch.url });
  const client = new pg.Client({ connectionString: scratch.url });
  try {
    const token = await register(realm.url, 'reader');
    await realm.stop();
    await client.connect();
    const readerId = (await client.query<{ id: number }>(`SELECT "id" FROM "User" WHERE "handle" = 'reader'`)).rows[0]!.id;
    const generated = await generate(postgresSink(client), readerId);
    await client.query('VACUUM ANALYZE "Message"');
    note(`PostgreSQL: generated ${generated.rows} messages in ${CONVERSATIONS} conversations in ${(generated.ms / 1000).toFixed(1)} s`);
    const again = await startRealm({ DATABASE_URL: scratch.url }, { dataDir: realm.dataDir! });
    const ids = generated.readerConversations;
    try {
      await measure('PostgreSQL', again, token, async (q) => {
        const r = await client.query({
          name: 'raw_search',
          text: `SELECT m."id", ts_rank(m."searchVector", q) AS score FROM "Message" m, to_tsquery('simple', $1) q
                 WHERE m."searchVector" @@ q AND m."conversationId" = ANY($2::int[]) ORDER BY score DESC LIMIT 21`,
          values: [tsQuery(queryTerms(q)), ids],
        });
        return r.rowCount ?? 0;
      });
    } finally {
      await again.stop();
    }
  } finally {
    await client.end().catch(() => {});
    await realm.cleanup();
    await scratch.drop();
  }
}

/** DM sends, 64 connections, for a few seconds: msgs/s. */
async function sendRate(realm: Running, seconds: number): Promise<number> {
  const pairs = await dmPairs(realm.url, 64);
  let body = 0;
  const corpus = new Corpus(7);
  const bodies = Array.from({ length: 1000 }, () => JSON.stringify({ text: corpus.message() }));
  const request = dmSendRequest(pairs, () => bodies[body++ % bodies.length]!);
  const load = (duration: number) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      autocannon({ url: realm.url, connections: 64, duration, requests: [request] }, (err, r) => (err ? reject(err) : resolve(r)));
    });
  await load(2);
  const result = await load(seconds);
  if (result.non2xx > 0) throw new Error(`${result.non2xx} sends failed`);
  return result.requests.average;
}

async function indexingCost(label: string, env: () => Promise<{ env: Record<string, string>; drop(): Promise<void> }>): Promise<void> {
  const rates: Record<'on' | 'off', number[]> = { on: [], off: [] };
  const rounds = Number(process.env.BENCH_SEARCH_SEND_ROUNDS ?? 2);
  for (const mode of Array.from({ length: rounds }, () => ['on', 'off'] as const).flat()) {
    const target = await env();
    const realm = await startRealm({ ...target.env, SEARCH: mode });
    try {
      rates[mode].push(await sendRate(realm, Number(process.env.BENCH_DURATION_S ?? 6)));
    } finally {
      await realm.cleanup();
      await target.drop();
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  note(`${label} sends/s with indexing: ${rates.on.map((r) => r.toFixed(0)).join(', ')}; without: ${rates.off.map((r) => r.toFixed(0)).join(', ')}`);
  record({
    name: `${label} DM sends with search indexing (SEARCH=on)`,
    value: mean(rates.on),
    unit: 'msgs/s',
    baseline: { name: 'SEARCH=off', value: mean(rates.off) },
    target: '≥ 0.85× (indexing costs ≤ 15%)',
    pass: mean(rates.on) >= 0.85 * mean(rates.off),
  });
}

/** BENCH_SEARCH_STEPS: a comma-separated subset of these (all by default). */
const STEPS = ['sqlite', 'postgres', 'send-sqlite', 'send-postgres'] as const;

export async function searchBenchmark(): Promise<void> {
  const wanted = new Set((process.env.BENCH_SEARCH_STEPS ?? STEPS.join(',')).split(','));
  heading(`Search (issue 13): ${MESSAGES.toLocaleString('en')} messages, ${CONVERSATIONS} conversations, a reader of ${READER_CONVERSATIONS}`);
  if (wanted.has('sqlite')) await sqliteSearch();
  if (wanted.has('postgres')) await postgresSearch();
  if (wanted.has('send-sqlite')) await indexingCost('SQLite', async () => ({ env: {}, drop: async () => {} }));
  let n = 0;
  if (wanted.has('send-postgres')) {
    await indexingCost('PostgreSQL', async () => {
      const scratch = await createScratchDatabase(POSTGRES_URL, `rc_bench_send_${process.pid}_${n++}`);
      return { env: { DATABASE_URL: scratch.url }, drop: () => scratch.drop() };
    });
  }
}
