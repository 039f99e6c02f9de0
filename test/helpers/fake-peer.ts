// A peer realm played by the test: its own Ed25519 key, a realm document served over HTTP, and
// correctly signed transactions sent to a real realm. A hostile peer is a legitimate one (added by an
// admin, valid signatures) that sends what it should not.
import { generateKeyPairSync, sign, type KeyPairKeyObjectResult } from 'node:crypto';
import http from 'node:http';
import type { LightMyRequestResponse } from 'fastify';
import { rawPublicKey } from '../../src/federation/keys.js';
import { signRequest } from '../../src/federation/signatures.js';
import { newId } from '../../src/shared/ids.js';
import { freePort, type TestRealm } from './realms.js';

export interface FakePeer {
  id: string;
  url: string;
  key: KeyPairKeyObjectResult;
  /** PUT /federation/v1/send/{txn} to `realm`, signed by this peer. */
  send(realm: TestRealm, events: unknown[], txnId?: string): Promise<LightMyRequestResponse>;
  /** An event with this peer's envelope. */
  event(type: string, body: Record<string, unknown>): Record<string, unknown>;
  /** What the realm sent this peer (bodies of PUT /send). */
  received: Array<{ url: string; body: any }>;
  /** User lookups answered with these profiles (by username; a string is sent as it is) instead of the default one. */
  profiles: Map<string, Record<string, unknown> | string>;
  /** The avatar addresses the realm asked this peer for, in order. */
  avatarRequests: string[];
  close(): Promise<void>;
}

export async function startFakePeer(id: string, options: { key?: KeyPairKeyObjectResult } = {}): Promise<FakePeer> {
  const key = options.key ?? generateKeyPairSync('ed25519');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const received: FakePeer['received'] = [];
  const profiles: FakePeer['profiles'] = new Map();
  const avatarRequests: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/federation/v1/realm') {
        return res.end(JSON.stringify({ realm: id, url, keys: [{ id: `ed25519:${id}`, publicKey: rawPublicKey(key.publicKey), validUntil: null }] }));
      }
      if (req.url?.startsWith('/federation/v1/users/')) {
        const username = req.url.split('/').pop()!;
        const profile = profiles.get(username);
        if (profile) return res.end(typeof profile === 'string' ? profile : JSON.stringify(profile));
        // "liar" claims an avatar address whose bytes it never serves (see /api/v1/avatars below).
        const avatar = username === 'liar' ? { avatarSha256: 'a'.repeat(64), avatarType: 'image/png' } : {};
        return res.end(JSON.stringify({ username, displayName: 'Fake User', ...avatar }));
      }
      if (req.url?.startsWith('/api/v1/avatars/')) {
        avatarRequests.push(req.url.split('/').pop()!);
        res.setHeader('content-type', 'image/png');
        return res.end(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('not the image its address names')]));
      }
      if (req.url === '/federation/v1/hello') return res.end('{"status":"ok"}');
      const parsed = body ? JSON.parse(body) : null;
      received.push({ url: req.url!, body: parsed });
      res.end(JSON.stringify({ results: (parsed?.events ?? []).map((e: { id: string }) => ({ id: e.id, status: 'ok' })) }));
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return {
    id,
    url,
    key,
    received,
    profiles,
    avatarRequests,
    event: (type, body) => ({ id: newId(), origin: id, ts: new Date().toISOString(), type, ...body }),
    send(realm, events, txnId = newId()) {
      const path = `/federation/v1/send/${txnId}`;
      const payload = JSON.stringify({ origin: id, destination: realm.id, events });
      const headers = signRequest({
        method: 'PUT',
        url: `${realm.url}${path}`,
        body: payload,
        origin: id,
        destination: realm.id,
        keyId: `ed25519:${id}`,
        sign: (d) => sign(null, Buffer.from(d), key.privateKey),
        now: Date.now(),
      });
      return realm.app.inject({ method: 'PUT', url: path, headers: { ...headers, 'content-type': 'application/json' }, payload });
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
