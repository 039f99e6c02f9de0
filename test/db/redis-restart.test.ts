// Redis killed and restarted under traffic between two instances of one realm. Redis carries only
// wake-ups, so: every send is still acknowledged and stored while it is down, and once it is back the
// first wake-up makes the other instance read what it missed from the database — the socket that
// never reconnected ends with every message once, in order. (A private redis-server on its own port:
// the shared one is not restarted under other tests.)
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migratePostgres } from '../../src/db/migrate-postgres.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory } from '../helpers/factories.js';
import { describePostgres, scratchDatabase } from '../helpers/postgres.js';
import { freePort } from '../helpers/realms.js';
import { describeWith } from '../helpers/services.js';
import { WsClient } from '../helpers/ws-client.js';

const REDIS_SERVER = process.env.TEST_REDIS_SERVER ?? '/usr/bin/redis-server';
const describeRedisServer = describeWith('redis-server', REDIS_SERVER, fs.existsSync(REDIS_SERVER));
const describeAll = describePostgres === describeRedisServer ? describePostgres : describePostgres.skip;

function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
  });
}

describeAll('Redis restarted during traffic between two instances', () => {
  let db: { url: string; drop(): Promise<void> };
  let redis: ChildProcess;
  let port: number;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    db = await scratchDatabase();
    await migratePostgres(db.url);
    for (let i = 0; i < 2; i++) apps.push(await createTestApp({ DATABASE_URL: db.url, REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_PREFIX: 'restart' }));
  });
  afterAll(async () => {
    for (const t of apps) await t.close();
    redis?.kill('SIGKILL');
    await db?.drop();
  });

  it('loses no acknowledged message, and live delivery recovers without the client reconnecting', async () => {
    const one = new Factory(apps[0]!.app);
    const two = new Factory(apps[1]!.app);
    const ann = await one.newUser();
    const bo = await two.newUser();
    const url = (await apps[1]!.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
    const socket = WsClient.connect(url, { token: bo.token });
    await socket.nextOfType('ready');
    const acked: string[] = [];
    const send = async (text: string) => {
      if ((await one.dm(ann, bo.username, text)).statusCode === 201) acked.push(text);
    };
    for (let i = 0; i < 5; i++) await send(`sebelum ${i}`);
    await socket.next((f) => f.type === 'message.created' && f.data.message.text === 'sebelum 4', 5000);
    socket.frames.length = 0; // from here on: what arrives during and after the outage

    redis.kill('SIGKILL');
    await new Promise((r) => redis.once('exit', r));
    for (let i = 0; i < 5; i++) await send(`tanpa redis ${i}`);
    expect((await apps[0]!.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);

    redis = await startRedis(port);
    // Wake-ups flow again once both instances have reconnected (ioredis retries, then resubscribes).
    const deadline = Date.now() + 15_000;
    let n = 0;
    while (!socket.frames.some((f) => f.type === 'message.created' && String(f.data.message.text).startsWith('sesudah'))) {
      if (Date.now() > deadline) throw new Error('live delivery did not recover');
      await send(`sesudah ${n++}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 300));
    const texts = socket.frames.filter((f) => f.type === 'message.created').map((f) => f.data.message.text as string);
    expect(texts).toEqual(acked.slice(5)); // every message acknowledged since, once, in order
    expect(acked.filter((t) => t.startsWith('tanpa redis'))).toHaveLength(5);
    expect((await apps[0]!.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});
