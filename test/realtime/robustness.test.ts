// Resume across a server restart, slow consumers, dead clients.
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createTestApp, freshDataDir, TEST_PASSWORD_PARAMS, testConfig, type TestApp } from '../helpers/app.js';
import { Factory } from '../helpers/factories.js';
import { WsClient } from '../helpers/ws-client.js';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function listen(t: TestApp): Promise<string> {
  return (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
}

describe('resume after a server restart', () => {
  it('replays from the database what was sent while the client was away, across the restart', async () => {
    const dataDir = freshDataDir();
    const first = await createTestApp({}, dataDir);
    const f1 = new Factory(first.app);
    const alice = await f1.newUser();
    const bob = await f1.newUser();
    const url1 = await listen(first);
    const c1 = WsClient.connect(url1, { token: bob.token });
    await c1.nextOfType('ready');
    await f1.dm(alice, bob.username, 'before');
    const last = await c1.nextOfType('message.created');
    c1.socket.terminate();
    await f1.dm(alice, bob.username, 'while away, before the restart');
    // Graceful stop of the whole server, then a new one on the same database.
    await first.app.close();

    const app = await buildApp({ config: testConfig(dataDir), passwordParams: TEST_PASSWORD_PARAMS });
    await app.ready();
    cleanup.push(() => first.close());
    cleanup.push(() => app.close());
    const f2 = new Factory(app);
    await f2.dm(alice, bob.username, 'after the restart');
    const url2 = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
    const c2 = WsClient.connect(url2, { token: bob.token });
    cleanup.push(() => c2.socket.terminate());
    await c2.nextOfType('ready');
    c2.send({ type: 'resume', data: { since: last.seq } });
    expect((await c2.nextOfType('message.created')).data.message.text).toBe('while away, before the restart');
    expect((await c2.nextOfType('message.created')).data.message.text).toBe('after the restart');
    await new Promise((r) => setTimeout(r, 200));
    expect(c2.seen('message.created')).toEqual([]);
  });

  it('replays reactions and pins made while the client was away, in order, across the restart', async () => {
    const dataDir = freshDataDir();
    const first = await createTestApp({}, dataDir);
    cleanup.push(() => first.close());
    const f1 = new Factory(first.app);
    const alice = await f1.newUser();
    const bob = await f1.newUser();
    const url1 = await listen(first);
    const c1 = WsClient.connect(url1, { token: bob.token });
    await c1.nextOfType('ready');
    const sent = (await f1.dm(alice, bob.username, 'pin me')).json();
    const last = await c1.nextOfType('message.created');
    c1.socket.terminate();
    const thumbs = encodeURIComponent('👍');
    await f1.call(alice, 'PUT', `/api/v1/messages/${sent.id}/reactions/${thumbs}`);
    await f1.call(alice, 'PUT', `/api/v1/messages/${sent.id}/pin`);
    await f1.call(alice, 'DELETE', `/api/v1/messages/${sent.id}/reactions/${thumbs}`);
    await first.app.close();

    const app = await buildApp({ config: testConfig(dataDir), passwordParams: TEST_PASSWORD_PARAMS });
    await app.ready();
    cleanup.push(() => app.close());
    await new Factory(app).call(alice, 'DELETE', `/api/v1/messages/${sent.id}/pin`);
    const url2 = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
    const c2 = WsClient.connect(url2, { token: bob.token });
    cleanup.push(() => c2.socket.terminate());
    await c2.nextOfType('ready');
    c2.send({ type: 'resume', data: { since: last.seq } });
    const replayed = [];
    for (const type of ['reaction.added', 'message.pinned', 'reaction.removed', 'message.unpinned']) replayed.push(await c2.nextOfType(type));
    expect(replayed.map((e) => e.data.messageId ?? e.data.message?.id)).toEqual([sent.id, sent.id, sent.id, sent.id]);
    const seqs = replayed.map((e) => e.seq as number);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(replayed[0]!.data.emoji).toBe('👍');
  });
});

describe('slow and dead clients', () => {
  it('cuts off a client that never reads while another keeps receiving everything', async () => {
    const t = await createTestApp({ WS_SEND_BUFFER_BYTES: String(256 * 1024) });
    cleanup.push(() => t.close());
    const f = new Factory(t.app);
    const sender = await f.newUser();
    const slowUser = await f.newUser();
    const fastUser = await f.newUser();
    const g = await f.newGroup(sender);
    for (const u of [slowUser, fastUser]) await f.call(u, 'POST', `/api/v1/groups/${g}/join`);
    const url = await listen(t);
    const slow = WsClient.connect(url, { token: slowUser.token });
    const fast = WsClient.connect(url, { token: fastUser.token });
    cleanup.push(
      () => slow.socket.terminate(),
      () => fast.socket.terminate(),
    );
    await slow.nextOfType('ready');
    await fast.nextOfType('ready');
    // The slow client stops reading from its TCP socket.
    (slow.socket as unknown as { _socket: { pause(): void } })._socket.pause();

    const text = 'z'.repeat(9000);
    const total = 600;
    for (let i = 0; i < total; i += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, j) => f.groupSend(sender, g, `${i + j} ${text}`)));
    }
    let received = 0;
    while (received < total) {
      await fast.nextOfType('message.created', 5000);
      received++;
    }
    expect(received).toBe(total);
    // The server gave up on the slow one (it may reconnect and resume).
    const slowId = (await t.app.services.sessions.authenticate(slowUser.token))!.userId;
    for (let i = 0; i < 50 && t.app.services.presence.isConnected(slowId); i++) await new Promise((r) => setTimeout(r, 50));
    expect(t.app.services.presence.isConnected(slowId)).toBe(false);
    (slow.socket as unknown as { _socket: { resume(): void } })._socket.resume();
    // Terminated, not closed politely: a close frame would have queued behind the unread data.
    expect(await slow.closed).toBe(1006);
  });

  it('terminates a client that stops answering pings', async () => {
    const t = await createTestApp({ WS_PING_INTERVAL_MS: '100' });
    cleanup.push(() => t.close());
    const f = new Factory(t.app);
    const u = await f.newUser();
    const url = await listen(t);
    const c = WsClient.connect(url, { token: u.token });
    cleanup.push(() => c.socket.terminate());
    await c.nextOfType('ready');
    const userId = (await t.app.services.sessions.authenticate(u.token))!.userId;
    // Answering pings keeps it alive.
    await new Promise((r) => setTimeout(r, 500));
    expect(t.app.services.presence.isConnected(userId)).toBe(true);
    (c.socket as unknown as { _socket: { pause(): void } })._socket.pause();
    for (let i = 0; i < 40 && t.app.services.presence.isConnected(userId); i++) await new Promise((r) => setTimeout(r, 50));
    expect(t.app.services.presence.isConnected(userId)).toBe(false);
  });

  it('closes sockets with 1001 when the server shuts down', async () => {
    const t = await createTestApp();
    const f = new Factory(t.app);
    const u = await f.newUser();
    const c = WsClient.connect(await listen(t), { token: u.token });
    await c.nextOfType('ready');
    const closing = t.close();
    expect(await c.closed).toBe(1001);
    await closing;
  });
});
