// Two instances of realm-a (real processes on one PostgreSQL, Redis and DATA_DIR) deliver to realm-b.
// Exactly one instance drives realm-b's delivery (it holds the lease); it is SIGKILLed while realm-b is
// unreachable and a backlog waits. The other takes the lease over, and realm-b ends with every
// acknowledged message exactly once, in realm-a's order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { migratePostgres } from '../../src/db/migrate-postgres.js';
import { FaultProxy } from '../helpers/fault-proxy.js';
import { post, texts } from '../helpers/http-json.js';
import { describePostgres, scratchDatabase } from '../helpers/postgres.js';
import { eventually, FEDERATION_TEST_ENV, freePort, startRealm, type TestRealm } from '../helpers/realms.js';
import { describeRedis, REDIS_URL, uniquePrefix } from '../helpers/redis.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

const describeBoth = describePostgres === describeRedis ? describePostgres : describePostgres.skip;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'realm-lease-'));
const running: ServerProcess[] = [];
let db: { url: string; drop(): Promise<void> } | null = null;
let b: TestRealm | null = null;
let proxy: FaultProxy | null = null;
afterAll(async () => {
  for (const p of running) p.child.kill('SIGKILL');
  await b?.close();
  await proxy?.close();
  await db?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Process ids of the instances holding a delivery lease (their lease connection names them). */
async function leaseHolders(url: string): Promise<number[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ application_name: string }>(
      `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.classid = $1 AND l.granted AND a.datname = current_database()`,
      [0x5243],
    );
    return rows.map((r) => Number(/pid (\d+)$/.exec(r.application_name)?.[1]));
  } finally {
    await c.end();
  }
}

describeBoth('delivery leases across instances', () => {
  it('an instance SIGKILLed while driving a peer: another takes over, the peer converges exactly once, in order', async () => {
    db = await scratchDatabase();
    await migratePostgres(db.url);
    const [bPort, proxyPort, port1, port2] = [await freePort(), await freePort(), await freePort(), await freePort()];
    let reachable = true;
    proxy = new FaultProxy({ host: '127.0.0.1', port: bPort }, () => (reachable ? 'pass' : 'drop'));
    await proxy.listen(proxyPort);
    b = await startRealm('realm-b', { port: bPort, publicUrl: `http://127.0.0.1:${proxyPort}` });

    const urlA = `http://127.0.0.1:${port1}`;
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL,
      REDIS_PREFIX: uniquePrefix(),
      DATA_DIR: dataDir,
      REALM_ID: 'realm-a',
      REALM_URL: urlA, // both instances answer for one realm URL (a load balancer in production)
      REALM_PEERS: `realm-b=http://127.0.0.1:${proxyPort}`,
      ...FEDERATION_TEST_ENV,
      FEDERATION_RETRY_BASE_MS: '100',
      FEDERATION_RETRY_MAX_MS: '300',
      RATE_LIMIT_SENDS_PER_MINUTE: '100000',
      RATE_LIMIT_REQUESTS_PER_MINUTE: '100000',
      LOG_LEVEL: 'info', // startServer waits for the 'listening' line
    };
    const instances = [await startServer({ ...env, PORT: String(port1) }), await startServer({ ...env, PORT: String(port2) })];
    running.push(...instances);
    const urls = instances.map((p) => p.url);

    const alice = (await post(`${urls[0]}/api/v1/auth/register`, { username: 'alice', password: 'password123' })).json.token as string;
    const bob = (await b.f.newUser('bob')).token;
    await b.app.services.federation.peers.add(urlA, 'admin', 'realm-a');
    for (const url of urls) {
      await eventually(async () => (await post(`${url}/api/v1/direct/bob@realm-b/messages`, { text: `siap ${url}` }, alice)).status === 201, 20_000, 'peering');
    }
    await eventually(async () => (await texts(`http://127.0.0.1:${bPort}`, bob, 'alice@realm-a')).length === 2, 10_000, 'first delivery');
    const holders = await leaseHolders(db.url);
    expect(holders).toHaveLength(1); // exactly one instance drives realm-b

    // A backlog through both instances while realm-b is unreachable, then the driver dies.
    reachable = false;
    const acked: string[] = [];
    for (let i = 0; i < 20; i++) {
      const text = `antrian ${i}`;
      if ((await post(`${urls[i % 2]}/api/v1/direct/bob@realm-b/messages`, { text }, alice)).status === 201) acked.push(text);
    }
    const driver = instances.find((p) => p.child.pid === holders[0])!;
    const survivor = instances.find((p) => p !== driver)!;
    driver.child.kill('SIGKILL');
    await eventually(async () => (await leaseHolders(db!.url))[0] === survivor.child.pid, 10_000, 'the survivor takes the lease');
    for (let i = 20; i < 30; i++) {
      const text = `antrian ${i}`;
      if ((await post(`${survivor.url}/api/v1/direct/bob@realm-b/messages`, { text }, alice)).status === 201) acked.push(text);
    }
    expect(acked).toHaveLength(30);
    reachable = true;

    const sentOrder = await texts(survivor.url, alice, 'bob@realm-b');
    const received = await eventually(
      async () => {
        const got = await texts(`http://127.0.0.1:${bPort}`, bob, 'alice@realm-a');
        return got.length >= sentOrder.length ? got : undefined;
      },
      20_000,
      'every message at realm-b',
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(await texts(`http://127.0.0.1:${bPort}`, bob, 'alice@realm-a')).toEqual(received);
    expect(received).toEqual(sentOrder);
    for (const text of acked) expect(received.filter((t) => t === text)).toHaveLength(1);
  }, 90_000);
});
