// PostgreSQL itself goes away and comes back (a server of this test's own: stopped, started, restarted
// with pg_ctl) under two instances of one realm on it and one Redis. While it is down every edge says
// so — /readyz 503, REST 503 database_unavailable with Retry-After, WebSocket sends an error naming
// their clientTxnId, legacy commands an ERROR line — and nothing hangs; once it is back both instances
// recover by themselves and every acknowledged message reaches its receiver exactly once, in order.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migratePostgres } from '../../src/db/migrate-postgres.js';
import { DATABASE_UNAVAILABLE } from '../../src/legacy/words.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { describePrivatePostgres, privatePostgres, type PrivatePostgres } from '../helpers/private-postgres.js';
import { describeRedis, REDIS_URL, uniquePrefix } from '../helpers/redis.js';
import { Receiver, Sender } from '../helpers/stream-clients.js';
import { TcpClient } from '../helpers/tcp-client.js';
import { WsClient } from '../helpers/ws-client.js';

const describeBoth = describePrivatePostgres === describeRedis ? describePrivatePostgres : describePrivatePostgres.skip;

describeBoth('PostgreSQL stopped and restarted under two instances', () => {
  let server: PrivatePostgres;
  const apps: TestApp[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    server = await privatePostgres();
    await migratePostgres(server.url);
    const prefix = uniquePrefix();
    for (let i = 0; i < 2; i++) {
      const t = await createTestApp({ DATABASE_URL: server.url, REDIS_URL, REDIS_PREFIX: prefix, WS_FRAMES_PER_SECOND: '100000' });
      apps.push(t);
      urls.push(await t.app.listen({ port: 0, host: '127.0.0.1' }));
    }
  }, 60_000);

  afterAll(async () => {
    for (const t of apps) await t.close();
    server?.destroy();
  });

  const api = async (url: string, method: string, path: string, token?: string, body?: unknown) => {
    const started = Date.now();
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as any, retryAfter: res.headers.get('retry-after'), ms: Date.now() - started };
  };
  const ready = async (url: string) => (await fetch(`${url}/readyz`)).status;
  const eventually = async (check: () => Promise<boolean>, ms: number) => {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error(`not within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it('says it is unavailable on every edge while down, and recovers by itself without losing or doubling a message', async () => {
    const [one, two] = urls as [string, string];
    const register = async (username: string) =>
      (await api(one, 'POST', '/auth/register', undefined, { username, password: 'password123' })).body.token as string;
    const [ann, bob, cy] = [await register('ann'), await register('bob'), await register('cy')];
    const legacyPort = await apps[0]!.app.legacy.listen(0, '127.0.0.1');

    // A stream that goes on through everything below: ann → bob (bob listens on the other instance).
    const sender = new Sender(one, ann, 'bob', 'ann');
    const receiver = new Receiver(two, bob);
    await receiver.start();
    sender.start();
    const probe = WsClient.connect(one.replace('http', 'ws'), { token: cy });
    await probe.nextOfType('ready');
    const tcp = new TcpClient(legacyPort);
    await tcp.connected;
    const { tokenid } = (await tcp.command('auth cy password123\r\n')) as { tokenid: string };
    await new Promise((r) => setTimeout(r, 500));

    server.stop();
    try {
      for (const url of urls) await eventually(async () => (await ready(url)) === 503, 5000);
      expect((await (await fetch(`${one}/readyz`)).json()).status).toBe('database unavailable');

      const send = await api(one, 'POST', '/direct/bob/messages', cy, { text: 'while down' });
      expect(send.status).toBe(503);
      expect(send.body.error.code).toBe('database_unavailable');
      expect(send.retryAfter).toBe('2');
      expect(send.ms).toBeLessThan(15_000);
      const read = await api(two, 'GET', '/conversations', bob);
      expect([read.status, read.body.error?.code]).toEqual([503, 'database_unavailable']);
      const signIn = await api(two, 'POST', '/auth/login', undefined, { username: 'bob', password: 'password123' });
      expect([signIn.status, signIn.body.error?.code]).toEqual([503, 'database_unavailable']);

      probe.send({ type: 'send', data: { to: 'bob', text: 'ws while down', clientTxnId: 'probe-1' } });
      const refused = await probe.nextOfType('error', 15_000);
      expect(refused.data).toMatchObject({ code: 'database_unavailable', frame: 'send', clientTxnId: 'probe-1' });

      const legacy = (await tcp.command(`send ${tokenid} bob legacy while down\r\n`, 15_000)) as { status: string; message: string };
      expect(legacy).toEqual({ status: 'ERROR', message: DATABASE_UNAVAILABLE });
    } finally {
      server.start();
    }

    // Back: both instances are ready again within seconds, and everything works.
    for (const url of urls) await eventually(async () => (await ready(url)) === 200, 10_000);
    probe.send({ type: 'send', data: { to: 'bob', text: 'ws while down', clientTxnId: 'probe-1' } });
    expect((await probe.nextOfType('ack', 10_000)).data.clientTxnId).toBe('probe-1');
    expect(await tcp.command(`send ${tokenid} bob legacy again\r\n`)).toEqual({ status: 'OK', message: 'Message Sent' });

    // A restart in the middle of the stream (the connections all drop at once, then refuse, then work).
    await new Promise((r) => setTimeout(r, 500));
    server.stop();
    server.start();
    await new Promise((r) => setTimeout(r, 1000));
    sender.finish();
    await eventually(async () => sender.settled, 30_000);
    for (const url of urls) expect(await ready(url)).toBe(200);

    const expected = new Set(sender.acked.values());
    await eventually(async () => new Set(receiver.got.map((m) => m.id)).size >= expected.size, 20_000);
    await new Promise((r) => setTimeout(r, 300));
    receiver.stop();
    sender.stop();
    probe.socket.terminate();
    tcp.close();
    const fromAnn = receiver.got.filter((m) => expected.has(m.id));
    expect(new Set(fromAnn.map((m) => m.id))).toEqual(expected);
    expect(fromAnn.map((m) => m.id)).toHaveLength(expected.size); // none twice
    expect(fromAnn.map((m) => m.seq)).toEqual(fromAnn.map((m) => m.seq).sort((a, b) => a - b));
    expect(expected.size).toBeGreaterThan(20);
    // What bob's history holds is exactly what was acknowledged (nothing extra from a refused send).
    const stored: string[] = [];
    for (let after = 0; ;) {
      const page = await api(two, 'GET', `/direct/ann/messages?after=${after}&limit=200`, bob);
      expect(page.status).toBe(200);
      stored.push(...(page.body.messages as Array<{ id: string }>).map((m) => m.id));
      if (!page.body.hasMore) break;
      after = page.body.messages.at(-1).seq;
    }
    expect(new Set(stored)).toEqual(expected);
    expect(stored).toHaveLength(expected.size);
  }, 120_000);
});
