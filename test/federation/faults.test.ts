// A proxy that drops, delays, answers 5xx, loses answers and duplicates deliveries between two realms:
// every message still arrives exactly once, in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultProxy, type Fault } from '../helpers/fault-proxy.js';
import { eventually, freePort, peerAll, startRealm, type TestRealm } from '../helpers/realms.js';

let a: TestRealm;
let b: TestRealm;
let proxy: FaultProxy;
const faults: Fault[] = ['drop', 'pass', 'lose-answer', '5xx', 'duplicate', 'delay', 'pass', 'duplicate', 'lose-answer', 'drop', '5xx', 'pass'];

beforeAll(async () => {
  const [bPort, proxyPort] = [await freePort(), await freePort()];
  proxy = new FaultProxy({ host: '127.0.0.1', port: bPort }, (n) => faults[n % faults.length]!);
  await proxy.listen(proxyPort);
  // realm-b's public URL is the proxy: realm-a reaches it (and signs for it) through the faults.
  b = await startRealm('realm-b', { port: bPort, publicUrl: `http://127.0.0.1:${proxyPort}` });
  a = await startRealm('realm-a');
  await peerAll([a, b]);
});
afterAll(async () => {
  await a.close();
  await b.close();
  await proxy.close();
});

describe('delivery through a faulty network', () => {
  it('converges: every message exactly once, in order', async () => {
    const alice = await a.f.newUser('alice');
    const bob = await b.f.newUser('bob');
    // Rounds of five concurrent sends, each delivered before the next, until every kind of fault has
    // happened (a fast database batches more per transaction, so the count of rounds varies).
    const texts: string[] = [];
    const kinds = ['drop', 'lose-answer', '5xx', 'duplicate', 'delay'] as const;
    while (texts.length < 40 || (!kinds.every((k) => proxy.seen.includes(k)) && texts.length < 200)) {
      const round = Array.from({ length: 5 }, (_, i) => `message ${texts.length + i}`);
      texts.push(...round);
      await Promise.all(round.map((t) => a.f.dm(alice, 'bob@realm-b', t)));
      await eventually(
        async () => (await b.f.get(bob, '/api/v1/direct/alice@realm-a/messages?limit=200')).json().messages.length >= texts.length,
        30_000,
        'the round at realm-b',
      );
    }
    const sentOrder = (await a.f.get(alice, '/api/v1/direct/bob@realm-b/messages?limit=200'))
      .json()
      .messages.map((m: { text: string }) => m.text)
      .reverse();
    const received = await eventually(
      async () => {
        const got = (await b.f.get(bob, '/api/v1/direct/alice@realm-a/messages?limit=200')).json().messages;
        return got.length >= texts.length ? got : undefined;
      },
      30_000,
      'all messages at realm-b',
    );
    await new Promise((r) => setTimeout(r, 500));
    const final = (await b.f.get(bob, '/api/v1/direct/alice@realm-a/messages?limit=200')).json().messages;
    expect(final).toHaveLength(texts.length);
    expect(final.map((m: { text: string }) => m.text).reverse()).toEqual(sentOrder);
    expect(new Set(received.map((m: { id: string }) => m.id)).size).toBe(texts.length);
    // Every kind of fault happened on the way.
    for (const f of kinds) expect(proxy.seen).toContain(f);
  });
});
