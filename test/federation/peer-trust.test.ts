// What an admin and the network may and may not do to the set of trusted peers: no URL of ours can
// point the server inward (every spelling of a private address, checked again at connect time), a
// known peer cannot be taken over by re-adding it, and failed signatures are rate-limited.
import net from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peerRequest } from '../../src/federation/http.js';
import type { TestUser } from '../helpers/factories.js';
import { startFakePeer, type FakePeer } from '../helpers/fake-peer.js';
import { freePort, startRealm, type TestRealm } from '../helpers/realms.js';
import { SIGNATURE_FAILURES_PER_MINUTE } from '../../src/federation/federation.routes.js';

let guarded: TestRealm;
let open: TestRealm;
let admin: TestUser;
let openAdmin: TestUser;
let evil: FakePeer;
let listener: net.Server;
let port: number;
let connections = 0;

beforeAll(async () => {
  port = await freePort();
  listener = net.createServer((s) => {
    connections++;
    s.destroy();
  });
  await new Promise<void>((r) => listener.listen(port, '::', () => r()));
  guarded = await startRealm('realm-g', { env: { FEDERATION_ALLOW_PRIVATE: 'false' } });
  admin = await guarded.f.newUser(); // the first user is the admin
  open = await startRealm('realm-o');
  openAdmin = await open.f.newUser();
  evil = await startFakePeer('evil');
  expect((await open.f.call(openAdmin, 'POST', '/api/v1/admin/realms', { url: evil.url, id: 'evil' })).statusCode).toBe(201);
});
afterAll(async () => {
  await guarded.close();
  await open.close();
  await evil.close();
  listener.close();
});

describe('SSRF guard with FEDERATION_ALLOW_PRIVATE=false', () => {
  it.each(['[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[0:0:0:0:0:ffff:7f00:1]', '127.0.0.1', 'localhost', '[::1]'])(
    'refuses http://%s:P/ from the admin API without connecting',
    async (host) => {
      const before = connections;
      const res = await guarded.f.call(admin, 'POST', '/api/v1/admin/realms', { url: `http://${host}:${port}/` });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toMatch(/private/);
      expect(connections).toBe(before);
    },
  );

  it('checks IP literals and resolved names at connect time too', async () => {
    const before = connections;
    for (const host of ['[::ffff:127.0.0.1]', '127.0.0.1', 'localhost']) {
      await expect(
        peerRequest({ method: 'GET', url: `http://${host}:${port}/x`, timeoutMs: 1000, maxResponseBytes: 1000, allowPrivate: false }),
      ).rejects.toThrow(/public address/);
    }
    expect(connections).toBe(before);
  });
});

describe('a known peer', () => {
  it('cannot be replaced by adding another URL whose document claims its id', async () => {
    const impostor = await startFakePeer('evil', { key: generateKeyPairSync('ed25519') });
    try {
      const res = await open.f.call(openAdmin, 'POST', '/api/v1/admin/realms', { url: impostor.url });
      expect(res.statusCode).toBe(409);
      const peers = (await open.f.get(openAdmin, '/api/v1/admin/realms')).json().realms;
      expect(peers.find((p: { id: string }) => p.id === 'evil').url).toBe(evil.url);
      // The impostor's key is not accepted as evil's; the pinned one still is.
      const event = (p: FakePeer) => p.event('dm.message', { from: 'mallory', fromName: 'M', to: `${openAdmin.username}@realm-o`, text: 'hi', file: null });
      expect((await impostor.send(open, [event(impostor)])).statusCode).toBe(401);
      expect((await evil.send(open, [event(evil)])).statusCode).toBe(200);
    } finally {
      await impostor.close();
    }
  });
});

describe('requests that fail the signature check', () => {
  it(`are refused with 429 after ${SIGNATURE_FAILURES_PER_MINUTE} a minute per claimed origin`, async () => {
    const forger = await startFakePeer('evil', { key: generateKeyPairSync('ed25519') });
    const target = await startRealm('realm-r');
    try {
      const admin2 = await target.f.newUser();
      expect((await target.f.call(admin2, 'POST', '/api/v1/admin/realms', { url: evil.url, id: 'evil' })).statusCode).toBe(201);
      const codes: number[] = [];
      for (let i = 0; i <= SIGNATURE_FAILURES_PER_MINUTE; i++) codes.push((await forger.send(target, [])).statusCode);
      expect(codes.slice(0, SIGNATURE_FAILURES_PER_MINUTE).every((c) => c === 401)).toBe(true);
      const limited = await forger.send(target, []);
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toBeDefined();
    } finally {
      await target.close();
      await forger.close();
    }
  });
});
