// Two realms as real processes. Each is killed with SIGKILL in the middle of a delivery and started
// again on the same data: the two realms' message sets converge — nothing lost, nothing doubled,
// order kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, freePort } from '../helpers/realms.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';
import { post, texts } from '../helpers/http-json.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'realm-crash-'));
const running: ServerProcess[] = [];
afterAll(async () => {
  for (const p of running) p.child.kill('SIGKILL');
  fs.rmSync(root, { recursive: true, force: true });
});

describe('a realm killed mid-delivery', () => {
  it('converges after restarts of the sender and of the receiver', async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    const urlA = `http://127.0.0.1:${portA}`;
    const urlB = `http://127.0.0.1:${portB}`;
    const env = (id: string, port: number, peer: string) => ({
      DATA_DIR: path.join(root, id),
      REALM_ID: id,
      REALM_URL: `http://127.0.0.1:${port}`,
      REALM_PEERS: peer,
      FEDERATION_ALLOW_PRIVATE: 'true',
      FEDERATION_RETRY_BASE_MS: '100',
      FEDERATION_RETRY_MAX_MS: '500',
      RATE_LIMIT_SENDS_PER_MINUTE: '100000',
      RATE_LIMIT_REQUESTS_PER_MINUTE: '100000',
      LOG_LEVEL: 'info',
    });
    const start = async (id: 'realm-a' | 'realm-b') => {
      const p =
        id === 'realm-a'
          ? await startServer({ ...env('realm-a', portA, `realm-b=${urlB}`), PORT: String(portA) })
          : await startServer({ ...env('realm-b', portB, `realm-a=${urlA}`), PORT: String(portB) });
      running.push(p);
      return p;
    };
    let a = await start('realm-a');
    let b = await start('realm-b');
    const alice = (await post(`${urlA}/api/v1/auth/register`, { username: 'alice', password: 'password123' })).json.token as string;
    const bob = (await post(`${urlB}/api/v1/auth/register`, { username: 'bob', password: 'password123' })).json.token as string;
    // REALM_PEERS connect in the background: wait until realm-a can reach bob.
    await eventually(async () => (await post(`${urlA}/api/v1/direct/bob@realm-b/messages`, { text: 'hello' }, alice)).status === 201, 20_000, 'peering');

    // 1. Kill the sender while it has a backlog to deliver.
    const acked: string[] = ['hello'];
    const sends = Array.from({ length: 150 }, (_, i) => `from a ${i}`);
    let killed = false;
    for (let i = 0; i < sends.length; i += 10) {
      const batch = await Promise.all(
        sends.slice(i, i + 10).map((t) => post(`${urlA}/api/v1/direct/bob@realm-b/messages`, { text: t }, alice).catch(() => ({ status: 0, json: null }))),
      );
      batch.forEach((r, k) => r.status === 201 && acked.push(sends[i + k]!));
      if (i === 80 && !killed) {
        a.child.kill('SIGKILL');
        killed = true;
        break;
      }
    }
    await a.stop('SIGKILL');
    a = await start('realm-a');
    const committedAtA = await texts(urlA, alice, 'bob@realm-b');
    for (const t of acked) expect(committedAtA).toContain(t);
    await eventually(
      async () => (await texts(urlB, bob, 'alice@realm-a')).length >= committedAtA.length,
      30_000,
      'backlog delivered after the sender restarted',
    );

    // 2. Kill the receiver while it is being delivered to.
    const more = Array.from({ length: 100 }, (_, i) => `burst ${i}`);
    await Promise.all(more.map((t) => post(`${urlA}/api/v1/direct/bob@realm-b/messages`, { text: t }, alice)));
    b.child.kill('SIGKILL');
    await b.stop('SIGKILL');
    b = await start('realm-b');

    const finalA = await texts(urlA, alice, 'bob@realm-b');
    const finalB = await eventually(
      async () => {
        const got = await texts(urlB, bob, 'alice@realm-a');
        return got.length >= finalA.length ? got : undefined;
      },
      30_000,
      'convergence after the receiver restarted',
    );
    expect(finalB).toEqual(finalA);
    expect(new Set(finalB).size).toBe(finalB.length);
    for (const t of more) expect(finalB).toContain(t);
  }, 120_000);
});
