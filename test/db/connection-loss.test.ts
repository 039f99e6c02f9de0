// PostgreSQL drops connections under two instances of one realm (real server processes, one PostgreSQL,
// one Redis): a burst of pg_terminate_backend during a stream of WebSocket sends never ends a process,
// refused sends name their clientTxnId and are sent again, and once the connections are back every
// message acknowledged is delivered to its receiver exactly once, in order.
import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { Receiver, Sender, type Delivered } from '../helpers/stream-clients.js';
import { migratePostgres } from '../../src/db/migrate-postgres.js';
import { freshDataDir } from '../helpers/app.js';
import { describePostgres, scratchDatabase } from '../helpers/postgres.js';
import { describeRedis, REDIS_URL, uniquePrefix } from '../helpers/redis.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

const describeBoth = describePostgres === describeRedis ? describePostgres : describePostgres.skip;

async function register(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'password123' }),
  });
  if (res.status !== 201) throw new Error(`register ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

describeBoth('PostgreSQL connections dropped under two instances', () => {
  let db: { url: string; drop(): Promise<void> };
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    db = await scratchDatabase();
    await migratePostgres(db.url);
    const env = { DATABASE_URL: db.url, REDIS_URL, REDIS_PREFIX: uniquePrefix(), WS_FRAMES_PER_SECOND: '100000' };
    servers.push(...(await Promise.all([startServer({ ...env, DATA_DIR: freshDataDir() }), startServer({ ...env, DATA_DIR: freshDataDir() })])));
  }, 120_000);

  afterAll(async () => {
    for (const s of servers) await s.stop();
    await db?.drop();
  });

  it('repeated termination of every connection never ends a process, and loses or doubles no acknowledged message', async () => {
    const [one, two] = servers.map((s) => s.url) as [string, string];
    const receivers = ['rcv0', 'rcv1'];
    const receiverTokens = await Promise.all(receivers.map((r) => register(one, r)));
    const senders: Sender[] = [];
    for (let i = 0; i < 10; i++) {
      const name = `snd${i}`;
      const token = await register(one, name);
      // Senders on one instance, their receiver on the other: delivery crosses instances.
      senders.push(new Sender(i % 2 === 0 ? one : two, token, receivers[i % 2]!, name));
    }
    const sinks = receiverTokens.map((token, i) => new Receiver(i % 2 === 0 ? two : one, token));
    await Promise.all(sinks.map((r) => r.start()));
    senders.forEach((s) => s.start());

    // Reads a client makes meanwhile: answered, or refused as unavailable, never a 500.
    const statuses = new Map<string, number>();
    let polling = true;
    const poll = (async () => {
      while (polling) {
        for (const url of [one, two]) {
          const res = await fetch(`${url}/api/v1/conversations`, { headers: { authorization: `Bearer ${receiverTokens[0]}` } });
          const body = (await res.json()) as { error?: { code: string } };
          const key = `${res.status} ${body.error?.code ?? ''}${res.status === 503 ? ` retry-after=${res.headers.get('retry-after')}` : ''}`;
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
        }
      }
    })();
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    const name = new URL(db.url).pathname.slice(1);
    let terminated = 0;
    try {
      await new Promise((r) => setTimeout(r, 1000));
      for (let i = 0; i < 25; i++) {
        const { rowCount } = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        terminated += rowCount ?? 0;
        await new Promise((r) => setTimeout(r, 300));
      }
    } finally {
      await admin.end();
      polling = false;
      await poll;
    }
    expect([...statuses.keys()].filter((k) => k !== '200 ' && k !== '503 database_unavailable retry-after=2')).toEqual([]);
    // Both processes are alive and recover by themselves.
    for (const s of servers) expect(s.child.exitCode, s.output().slice(-3000)).toBeNull();
    expect(terminated).toBeGreaterThan(25);
    await new Promise((r) => setTimeout(r, 1500));
    senders.forEach((s) => s.finish());
    const deadline = Date.now() + 30_000;
    while (!senders.every((s) => s.settled) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(senders.every((s) => s.settled)).toBe(true);
    for (const s of servers) expect((await fetch(`${s.url}/readyz`)).status).toBe(200);

    // Every acknowledged message reaches its receiver once, in order.
    const expected = receivers.map((_, r) => new Set(senders.filter((_, i) => i % 2 === r).flatMap((s) => [...s.acked.values()])));
    const until = Date.now() + 30_000;
    while (sinks.some((sink, r) => new Set(sink.got.map((m) => m.id)).size < expected[r]!.size) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));
    sinks.forEach((s) => s.stop());
    senders.forEach((s) => s.stop());
    for (const [r, sink] of sinks.entries()) {
      const ids = sink.got.map((m) => m.id);
      expect(new Set(ids).size, 'no duplicates').toBe(ids.length);
      expect(new Set(ids)).toEqual(expected[r]);
      const byConversation = new Map<string, Delivered[]>();
      for (const m of sink.got) byConversation.set(m.conversation, [...(byConversation.get(m.conversation) ?? []), m]);
      for (const list of byConversation.values()) expect(list.map((m) => m.seq)).toEqual(list.map((m) => m.seq).sort((a, b) => a - b));
    }
    // A refused send was refused as unavailable (the append itself retries a lost connection first).
    expect(senders.flatMap((s) => [...s.refusals.keys()]).filter((code) => code !== 'database_unavailable')).toEqual([]);
    const total = senders.reduce((n, s) => n + s.acked.size, 0);
    expect(total).toBeGreaterThan(100);
    for (const s of servers) expect(s.child.exitCode).toBeNull();
  }, 120_000);
});
