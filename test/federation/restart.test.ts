// A realm that was down tells its peers it is back (signed POST /federation/v1/hello) as soon as it
// listens, so they deliver what they queued for it at once rather than after their backoff delay.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, freePort, peerAll, startRealm, type TestRealm } from '../helpers/realms.js';

const open: TestRealm[] = [];
afterAll(async () => {
  for (const r of open) await r.close().catch(() => undefined);
  for (const r of open) fs.rmSync(r.dataDir, { recursive: true, force: true });
});

describe('a peer coming back', () => {
  it('gets what was queued for it right after it starts, not after the sender’s backoff', async () => {
    // realm-a retries only after ≥ 60 s: only the hello can explain a delivery within seconds.
    const a = await startRealm('realm-a', { env: { FEDERATION_RETRY_BASE_MS: '60000', FEDERATION_RETRY_MAX_MS: '120000' } });
    const b = await startRealm('realm-b');
    open.push(a);
    await peerAll([a, b]);
    const alice = await a.f.newUser('alice');
    const bob = await b.f.newUser('bob');
    await a.f.dm(alice, 'bob@realm-b', 'before the outage');
    await eventually(async () => (await b.f.get(bob, '/api/v1/inbox')).json().conversations.length === 1, 10_000, 'first message');

    await b.close();
    await a.f.dm(alice, 'bob@realm-b', 'while you were away');
    const status = await eventually(
      async () => {
        const peer = (await a.app.services.federation.delivery.status()).find((p) => p.peer === 'realm-b');
        return peer && peer.failures > 0 ? peer : undefined;
      },
      10_000,
      'a failed attempt',
    );
    expect(status.queueDepth).toBe(1);

    const restarted = await startRealm('realm-b', { port: b.port, dataDir: b.dataDir });
    open.push(restarted);
    const token = (await restarted.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bob', password: 'password123' } })).json()
      .token as string;
    const texts = await eventually(
      async () => {
        const res = await restarted.app.inject({ url: '/api/v1/direct/alice@realm-a/messages', headers: { authorization: `Bearer ${token}` } });
        const messages = res.json().messages as { text: string }[];
        return messages.length === 2 ? messages.map((m) => m.text) : undefined;
      },
      10_000,
      'the queued message',
    );
    expect(texts).toEqual(['while you were away', 'before the outage']);
  });
});

describe('REALM_PEERS', () => {
  it('peers two realms started one after the other, as soon as the second is up', async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    const urlA = `http://127.0.0.1:${portA}`;
    const urlB = `http://127.0.0.1:${portB}`;
    const slowRetry = { FEDERATION_RETRY_BASE_MS: '60000', FEDERATION_RETRY_MAX_MS: '120000' };
    // realm-a fails to reach realm-b at start and would wait a minute before trying again…
    const a = await startRealm('realm-a', { port: portA, env: { ...slowRetry, REALM_PEERS: `realm-b=${urlB}` } });
    open.push(a);
    await new Promise((r) => setTimeout(r, 300));
    expect(a.app.services.federation.peers.isPeer('realm-b')).toBe(false);
    // …but realm-b's hello at start tells it realm-b is up.
    const b = await startRealm('realm-b', { port: portB, env: { ...slowRetry, REALM_PEERS: `realm-a=${urlA}` } });
    open.push(b);
    await eventually(async () => a.app.services.federation.peers.isPeer('realm-b') && b.app.services.federation.peers.isPeer('realm-a'), 5_000, 'both peered');
    const alice = await a.f.newUser('alice');
    const bob = await b.f.newUser('bob');
    await a.f.dm(alice, 'bob@realm-b', 'hello neighbour');
    await eventually(async () => (await b.f.get(bob, '/api/v1/inbox')).json().conversations.length === 1, 5_000, 'the message');
  });
});
