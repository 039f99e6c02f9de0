// Inbound federation on two instances of one realm (one PostgreSQL, one Redis): a peer added through
// one instance is a peer of the other at once; a signed request replayed to the other instance is
// refused (the nonce is claimed cluster-wide); the same transaction sent again, freshly signed, to the
// other instance applies its events once. A key rotated through one instance (the keys live in the
// shared DATA_DIR) is what the other signs with and publishes.
import { sign } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { migratePostgres } from '../../src/db/migrate-postgres.js';
import { signRequest } from '../../src/federation/signatures.js';
import { newId } from '../../src/shared/ids.js';
import { startFakePeer, type FakePeer } from '../helpers/fake-peer.js';
import { freshDataDir } from '../helpers/app.js';
import { describePostgres, scratchDatabase } from '../helpers/postgres.js';
import { eventually, freePort, startRealm, type TestRealm } from '../helpers/realms.js';
import { describeRedis, REDIS_URL, uniquePrefix } from '../helpers/redis.js';

const describeBoth = describePostgres === describeRedis ? describePostgres : describePostgres.skip;
const realms: TestRealm[] = [];
let peer: FakePeer | null = null;
let db: { url: string; drop(): Promise<void> } | null = null;
afterAll(async () => {
  for (const r of realms) await r.close();
  await peer?.close();
  await db?.drop();
});

describeBoth('inbound federation across instances', () => {
  it('refuses a replay to the other instance and applies a repeated transaction once', async () => {
    db = await scratchDatabase();
    await migratePostgres(db.url);
    const env = { DATABASE_URL: db.url, REDIS_URL, REDIS_PREFIX: uniquePrefix() };
    const [port1, port2] = [await freePort(), await freePort()];
    const url = `http://127.0.0.1:${port1}`; // the realm's one URL (a load balancer in production)
    const dataDir = freshDataDir(); // shared, as on a volume both instances mount
    realms.push(await startRealm('realm-a', { port: port1, env, dataDir }), await startRealm('realm-a', { port: port2, publicUrl: url, env, dataDir }));
    const [one, two] = realms as [TestRealm, TestRealm];
    peer = await startFakePeer('fake-realm');
    await one.app.services.federation.peers.add(peer.url, 'admin', 'fake-realm');
    await eventually(async () => two.app.services.federation.peers.isPeer('fake-realm'), 3000, 'the peer known on instance 2');

    const bob = await one.f.newUser();
    const event = peer.event('dm.message', { from: 'mallory', fromName: 'Mallory', to: `${bob.username}@realm-a`, text: 'sekali saja', file: null });
    const path = `/federation/v1/send/${newId()}`;
    const payload = JSON.stringify({ origin: 'fake-realm', destination: 'realm-a', events: [event] });
    const signed = () => ({
      ...signRequest({
        method: 'PUT',
        url: `${url}${path}`,
        body: payload,
        origin: 'fake-realm',
        destination: 'realm-a',
        keyId: 'ed25519:fake-realm',
        sign: (d) => sign(null, Buffer.from(d), peer!.key.privateKey),
        now: Date.now(),
      }),
      'content-type': 'application/json',
    });
    const put = (realm: TestRealm, headers: Record<string, string>) => realm.app.inject({ method: 'PUT', url: path, headers, payload });

    const headers = signed();
    const first = await put(one, headers);
    expect(first.statusCode).toBe(200);
    const replay = await put(two, headers);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.message).toMatch(/replay/);

    const again = await put(two, signed());
    expect(again.statusCode).toBe(200);
    expect(again.json().results).toEqual([{ id: event.id, status: expect.stringMatching(/^(ok|duplicate)$/) }]);
    const texts = (await two.f.get(bob, '/api/v1/direct/mallory@fake-realm/messages')).json().messages.map((m: { text: string }) => m.text);
    expect(texts).toEqual(['sekali saja']);

    expect(two.app.services.federation.keys.currentKeyId).toBe(one.app.services.federation.keys.currentKeyId);
    const { keyId } = await one.app.services.federation.rotateKey();
    await eventually(async () => two.app.services.federation.keys.currentKeyId === keyId, 3000, 'the rotated key on instance 2');
    expect(two.app.services.federation.keys.published().map((k) => k.id)).toContain(keyId);
  });
});
