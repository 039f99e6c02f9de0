// A fake peer realm, with its own key, attacking and probing a real one: every malformed or
// mis-signed request is refused with 401 and applies nothing. It also plays a peer that fails.
import { generateKeyPairSync, sign } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawPublicKey } from '../../src/federation/keys.js';
import { signRequest } from '../../src/federation/signatures.js';
import { newId } from '../../src/shared/ids.js';
import type { TestUser } from '../helpers/factories.js';
import { eventually, freePort, startRealm, type TestRealm } from '../helpers/realms.js';
import { WsClient } from '../helpers/ws-client.js';

const fakeKey = generateKeyPairSync('ed25519');
const intruderKey = generateKeyPairSync('ed25519');
let realm: TestRealm;
let fakeUrl: string;
let fake: http.Server;
let bob: TestUser;
/** What the fake peer answers to PUT /send (set by each test), and what it received. */
let answer: (attempt: number) => { status: number; headers?: Record<string, string>; body?: unknown } = () => ({ status: 200, body: { results: [] } });
const received: Array<{ url: string; body: any }> = [];

function signed(body: unknown, overrides: { destination?: string; now?: number; origin?: string; key?: typeof fakeKey; path?: string } = {}) {
  const text = JSON.stringify(body);
  const path = overrides.path ?? `/federation/v1/send/${newId()}`;
  const headers = signRequest({
    method: 'PUT',
    url: `${realm.url}${path}`,
    body: text,
    origin: overrides.origin ?? 'fake-realm',
    destination: overrides.destination ?? realm.id,
    keyId: 'ed25519:fake',
    sign: (d) => sign(null, Buffer.from(d), (overrides.key ?? fakeKey).privateKey),
    now: overrides.now ?? Date.now(),
  });
  return { path, headers: { ...headers, 'content-type': 'application/json' }, payload: text };
}

const dm = (text: string, extra: Record<string, unknown> = {}) => ({
  id: newId(),
  origin: 'fake-realm',
  ts: new Date().toISOString(),
  type: 'dm.message',
  from: 'mallory',
  fromName: 'Mallory',
  to: `${bob.username}@${realm.id}`,
  text,
  file: null,
  ...extra,
});

async function bobMessages(): Promise<string[]> {
  const res = await realm.f.get(bob, `/api/v1/direct/mallory@fake-realm/messages?limit=200`);
  return res.statusCode === 200
    ? res
        .json()
        .messages.map((m: { text: string }) => m.text)
        .reverse()
    : [];
}

beforeAll(async () => {
  const port = await freePort();
  fakeUrl = `http://127.0.0.1:${port}`;
  let attempt = 0;
  fake = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (req.url === '/federation/v1/realm') {
        res.setHeader('content-type', 'application/json');
        return res.end(
          JSON.stringify({ realm: 'fake-realm', url: fakeUrl, keys: [{ id: 'ed25519:fake', publicKey: rawPublicKey(fakeKey.publicKey), validUntil: null }] }),
        );
      }
      if (req.url?.startsWith('/federation/v1/users/')) {
        res.setHeader('content-type', 'application/json');
        return res.end(JSON.stringify({ username: req.url.split('/').pop(), displayName: 'Fake User' }));
      }
      if (req.url === '/federation/v1/hello') return res.end('{"status":"ok"}');
      received.push({ url: req.url!, body: body ? JSON.parse(body) : null });
      const a = answer(++attempt);
      res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
      res.end(JSON.stringify(a.body ?? {}));
    });
  });
  await new Promise<void>((r) => fake.listen(port, '127.0.0.1', () => r()));
  realm = await startRealm('realm-a');
  await realm.app.services.federation.peers.add(fakeUrl, 'admin', 'fake-realm');
  bob = await realm.f.newUser();
});
afterAll(async () => {
  await realm.close();
  fake.close();
});

describe('inbound checks', () => {
  it('applies a correctly signed transaction', async () => {
    const req = signed({ origin: 'fake-realm', destination: 'realm-a', events: [dm('legit')] });
    const res = await realm.app.inject({ method: 'PUT', url: req.path, headers: req.headers, payload: req.payload });
    expect(res.statusCode).toBe(200);
    expect(res.json().results).toEqual([{ id: expect.any(String), status: 'ok' }]);
    expect(await bobMessages()).toEqual(['legit']);
  });

  it.each([
    [
      'no signature',
      () => {
        const r = signed({ origin: 'fake-realm', destination: 'realm-a', events: [dm('x1')] });
        return { ...r, headers: { 'content-type': 'application/json' } };
      },
    ],
    ['a bad signature', () => signed({ origin: 'fake-realm', destination: 'realm-a', events: [dm('x2')] }, { key: intruderKey })],
    ['the wrong destination', () => signed({ origin: 'fake-realm', destination: 'realm-a', events: [dm('x3')] }, { destination: 'realm-z' })],
    ['a stale created', () => signed({ origin: 'fake-realm', destination: 'realm-a', events: [dm('x4')] }, { now: Date.now() - 6 * 60_000 })],
    ['an unknown origin', () => signed({ origin: 'nobody', destination: 'realm-a', events: [dm('x5', { origin: 'nobody' })] }, { origin: 'nobody' })],
    [
      'a digest mismatch',
      () => {
        const r = signed({ origin: 'fake-realm', destination: 'realm-a', events: [dm('x6')] });
        return { ...r, payload: r.payload.replace('x6', 'x7') };
      },
    ],
  ])('refuses %s with 401 and applies nothing', async (_label, make) => {
    const before = await bobMessages();
    const req = make();
    const res = await realm.app.inject({ method: 'PUT', url: req.path, headers: req.headers, payload: req.payload });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
    expect(await bobMessages()).toEqual(before);
  });

  it('refuses a replayed nonce', async () => {
    const req = signed({ origin: 'fake-realm', destination: 'realm-a', events: [dm('once')] });
    expect((await realm.app.inject({ method: 'PUT', url: req.path, headers: req.headers, payload: req.payload })).statusCode).toBe(200);
    const replay = await realm.app.inject({ method: 'PUT', url: req.path, headers: req.headers, payload: req.payload });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.message).toMatch(/replay/);
    expect((await bobMessages()).filter((t) => t === 'once')).toHaveLength(1);
  });

  it('refuses 51 events, and events or bodies claiming another origin, applying nothing', async () => {
    const before = await bobMessages();
    const many = signed({ origin: 'fake-realm', destination: 'realm-a', events: Array.from({ length: 51 }, (_, i) => dm(`m${i}`)) });
    const r1 = await realm.app.inject({ method: 'PUT', url: many.path, headers: many.headers, payload: many.payload });
    expect(r1.statusCode).toBe(400);
    expect(r1.json().error.message).toMatch(/50/);
    const spoof = signed({ origin: 'fake-realm', destination: 'realm-a', events: [dm('ok one'), dm('spoofed', { origin: 'realm-b' })] });
    const r2 = await realm.app.inject({ method: 'PUT', url: spoof.path, headers: spoof.headers, payload: spoof.payload });
    expect(r2.statusCode).toBe(403);
    const body = signed({ origin: 'realm-b', destination: 'realm-a', events: [dm('x', { origin: 'realm-b' })] });
    expect((await realm.app.inject({ method: 'PUT', url: body.path, headers: body.headers, payload: body.payload })).statusCode).toBe(403);
    expect(await bobMessages()).toEqual(before);
  });

  it('answers a repeated txnId with the stored answer; a repeated event applies once', async () => {
    const event = dm('exactly once');
    const path = `/federation/v1/send/${newId()}`;
    const first = signed({ origin: 'fake-realm', destination: 'realm-a', events: [event] }, { path });
    const again = signed({ origin: 'fake-realm', destination: 'realm-a', events: [event] }, { path });
    const r1 = await realm.app.inject({ method: 'PUT', url: path, headers: first.headers, payload: first.payload });
    const r2 = await realm.app.inject({ method: 'PUT', url: path, headers: again.headers, payload: again.payload });
    expect(r2.json()).toEqual(r1.json());
    // The same event inside another transaction: a duplicate, not a second message.
    const other = signed({ origin: 'fake-realm', destination: 'realm-a', events: [event, dm('next')] });
    const r3 = await realm.app.inject({ method: 'PUT', url: other.path, headers: other.headers, payload: other.payload });
    expect(r3.json().results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'ok']);
    expect((await bobMessages()).filter((t) => t === 'exactly once')).toHaveLength(1);
  });

  it('rejects single bad events with a reason and applies the rest', async () => {
    const req = signed({
      origin: 'fake-realm',
      destination: 'realm-a',
      events: [dm('to nobody', { to: 'ghost@realm-a' }), { id: 'bad', origin: 'fake-realm', type: 'warp' }, dm('fine')],
    });
    const res = await realm.app.inject({ method: 'PUT', url: req.path, headers: req.headers, payload: req.payload });
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected', 'ok']);
    expect(res.json().results[0].reason).toMatch(/ghost/);
  });
});

describe('outbound delivery to a failing peer', () => {
  it('retries 5xx with the same txnId, honouring Retry-After, then delivers', async () => {
    received.length = 0;
    let failures = 0;
    answer = () => {
      if (failures++ < 3) return { status: 503, headers: { 'retry-after': '0' }, body: { error: 'busy' } };
      return { status: 200, body: { results: received.at(-1)!.body.events.map((e: { id: string }) => ({ id: e.id, status: 'ok' })) } };
    };
    const alice = await realm.f.newUser();
    expect((await realm.f.dm(alice, 'someone@fake-realm', 'persist')).statusCode).toBe(201);
    await eventually(async () => received.length >= 4, 10_000, 'four attempts');
    const txnIds = new Set(received.map((r) => r.url));
    expect(txnIds.size).toBe(1);
    await eventually(async () => (await realm.app.services.federation.delivery.status())[0]!.queueDepth === 0, 5000, 'delivered');
  });

  it('fails a batch refused with a 4xx for good, and tells the sender', async () => {
    answer = () => ({ status: 403, body: { error: { code: 'forbidden', message: 'not welcome' } } });
    const carol = await realm.f.newUser();
    const socket = WsClient.connect(realm.url.replace('http', 'ws'), { token: carol.token });
    await socket.nextOfType('ready');
    const sent = (await realm.f.dm(carol, 'someone@fake-realm', 'rejected')).json();
    const failure = await socket.nextOfType('message.delivery', 10_000);
    expect(failure.data).toMatchObject({ messageId: sent.id, status: 'failed', destination: 'fake-realm' });
    expect(failure.data.reason).toMatch(/403/);
    socket.close();
    // Later events are not blocked by the failed one.
    answer = () => ({ status: 200, body: { results: received.at(-1)!.body.events.map((e: { id: string }) => ({ id: e.id, status: 'ok' })) } });
    await realm.f.dm(carol, 'someone@fake-realm', 'after');
    await eventually(async () => received.at(-1)?.body.events[0].text === 'after', 5000, 'next batch sent');
  });
});

describe('after a restart', () => {
  it('still refuses a replayed nonce and answers a repeated txnId the same way', async () => {
    const event = dm('before the restart');
    const path = `/federation/v1/send/${newId()}`;
    const first = signed({ origin: 'fake-realm', destination: 'realm-a', events: [event] }, { path });
    const answered = await realm.app.inject({ method: 'PUT', url: path, headers: first.headers, payload: first.payload });
    expect(answered.statusCode).toBe(200);
    // Nonces and answers are written behind; a clean shutdown saves them.
    const { port, dataDir } = realm;
    await realm.close();
    realm = await startRealm('realm-a', { port, dataDir });
    const replay = await realm.app.inject({ method: 'PUT', url: path, headers: first.headers, payload: first.payload });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.message).toMatch(/replay/);
    const again = signed({ origin: 'fake-realm', destination: 'realm-a', events: [event] }, { path });
    const repeated = await realm.app.inject({ method: 'PUT', url: path, headers: again.headers, payload: again.payload });
    expect(repeated.json()).toEqual(answered.json());
    expect((await bobMessages()).filter((t) => t === 'before the restart')).toHaveLength(1);
  });
});
