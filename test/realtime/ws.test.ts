// The WebSocket edge with real sockets against a listening server.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';
import { WsClient } from '../helpers/ws-client.js';

const execFileAsync = promisify(execFile);
let t: TestApp;
let f: Factory;
let url: string;
const clients: WsClient[] = [];

function connect(options: Parameters<typeof WsClient.connect>[1] = {}): WsClient {
  const c = WsClient.connect(url, options);
  clients.push(c);
  return c;
}

async function ready(user: TestUser, options: Parameters<typeof WsClient.connect>[1] = {}) {
  const c = connect({ token: user.token, ...options });
  const frame = await c.nextOfType('ready');
  return { c, seq: frame.data.seq as number, ready: frame };
}

beforeAll(async () => {
  t = await createTestApp({ WS_AUTH_TIMEOUT_MS: '300', WS_MAX_PAYLOAD_BYTES: '4096', WS_FRAMES_PER_SECOND: '20' });
  f = new Factory(t.app);
  url = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
});
afterAll(async () => {
  for (const c of clients) c.socket.terminate();
  await t.close();
});

describe('delivery', () => {
  it('pushes a REST send to the recipient with its stream seq', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const { c, ready: r } = await ready(bob);
    expect(r.data).toMatchObject({ seq: expect.any(Number), user: { username: bob.username } });
    const sent = (await f.dm(alice, bob.username, 'hello over REST')).json();
    const frame = await c.nextOfType('message.created');
    expect(frame.seq).toBeGreaterThan(r.data.seq);
    expect(frame.data.message).toMatchObject({ id: sent.id, seq: 1, text: 'hello over REST', conversation: `dm:${alice.username}`, sender: alice.username });
  });

  it('fans a group message out to every socket of every member and to nobody else', async () => {
    const owner = await f.newUser();
    const members = [await f.newUser(), await f.newUser()];
    const outsider = await f.newUser();
    const g = await f.newGroup(owner);
    for (const m of members) await f.call(m, 'POST', `/api/v1/groups/${g}/join`);
    const sockets = [...(await Promise.all([owner, ...members].flatMap((u) => [ready(u), ready(u)]))).map((x) => x.c)];
    const stranger = (await ready(outsider)).c;
    const msg = (await f.groupSend(members[0]!, g, 'to all of you')).json();
    for (const s of sockets) {
      const frame = await s.nextOfType('message.created');
      expect(frame.data.message).toMatchObject({ id: msg.id, conversation: `group:${g}` });
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(stranger.seen('message.created')).toEqual([]);
  });

  it('delivers edits, deletes, membership and read events', async () => {
    const a = await f.newUser();
    const b = await f.newUser();
    const g = await f.newGroup(a);
    const { c: ca } = await ready(a);
    const { c: ca2 } = await ready(a);
    await f.call(b, 'POST', `/api/v1/groups/${g}/join`);
    expect((await ca.nextOfType('member.joined')).data).toMatchObject({ conversation: `group:${g}`, user: b.username });
    const msg = (await f.groupSend(b, g, 'draft')).json();
    await ca.nextOfType('message.created');
    await f.call(b, 'PATCH', `/api/v1/messages/${msg.id}`, { text: 'final' });
    expect((await ca.nextOfType('message.updated')).data.message).toMatchObject({ id: msg.id, text: 'final' });
    await f.call(b, 'DELETE', `/api/v1/messages/${msg.id}`);
    expect((await ca.nextOfType('message.deleted')).data.message).toMatchObject({ id: msg.id, deleted: true, text: null });
    // My read marker moves on one device: my other device hears about it.
    ca.send({ type: 'read', data: { conversation: `group:${g}`, upToSeq: msg.seq } });
    expect((await ca2.nextOfType('read')).data).toEqual({ conversation: `group:${g}`, upToSeq: msg.seq });
    await f.call(b, 'POST', `/api/v1/groups/${g}/leave`);
    expect((await ca.nextOfType('member.left')).data).toMatchObject({ user: b.username });
  });
});

describe('resume', () => {
  it('replays exactly what was missed, in order, then goes live with no duplicate at the seam', async () => {
    const a = await f.newUser();
    const b = await f.newUser();
    const first = await ready(b);
    await f.dm(a, b.username, 'seen live');
    const live = await first.c.nextOfType('message.created');
    first.c.close();
    await first.c.closed;

    for (let i = 0; i < 5; i++) await f.dm(a, b.username, `missed ${i}`);
    const second = await ready(b);
    second.c.send({ type: 'resume', data: { since: live.seq } });
    // Sends during the replay must come after it, once.
    const during = Promise.all([0, 1, 2].map((i) => f.dm(a, b.username, `during ${i}`)));
    await during;
    const texts: string[] = [];
    const seqs: number[] = [];
    for (let i = 0; i < 8; i++) {
      const frame = await second.c.nextOfType('message.created');
      texts.push(frame.data.message.text);
      seqs.push(frame.seq!);
    }
    expect(texts.slice(0, 5)).toEqual(['missed 0', 'missed 1', 'missed 2', 'missed 3', 'missed 4']);
    expect(texts.slice(5).sort()).toEqual(['during 0', 'during 1', 'during 2']);
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    await new Promise((r) => setTimeout(r, 300));
    expect(second.c.seen('message.created')).toEqual([]);
  });

  it('holds a live event committed while the socket is set up until after ready and the replay', async () => {
    const a = await f.newUser();
    const b = await f.newUser();
    const { seq } = await ready(b);
    await f.dm(a, b.username, 'older');
    // The stream position is read, then the set-up stalls: meanwhile a message commits and is published
    // (as on an instance whose live feed trails the database).
    const stream = t.app.services.stream;
    const original = stream.currentSeq.bind(stream);
    let stalled!: () => void;
    const stall = new Promise<void>((resolve) => (stalled = resolve));
    let calls = 0;
    stream.currentSeq = async () => {
      const position = await original();
      if (calls++ === 0) await stall;
      return position;
    };
    try {
      const c = connect({ token: b.token, query: `?since=${seq}` });
      const order: string[] = [];
      c.socket.on('message', (raw) => {
        const fr = JSON.parse(String(raw)) as { type: string; data: { message?: { text: string } } };
        order.push(fr.type === 'message.created' ? fr.data.message!.text : fr.type);
      });
      while (calls === 0) await new Promise((r) => setTimeout(r, 5));
      await f.dm(a, b.username, 'newer');
      await new Promise((r) => setTimeout(r, 50));
      stalled();
      await c.nextOfType('message.created');
      await c.nextOfType('message.created');
      await new Promise((r) => setTimeout(r, 200));
      expect(order).toEqual(['ready', 'older', 'newer']); // in order, nothing doubled
    } finally {
      stream.currentSeq = original;
    }
  });

  it('accepts the resume point in the auth frame and in the URL', async () => {
    const a = await f.newUser();
    const b = await f.newUser();
    const { seq } = await ready(b);
    await f.dm(a, b.username, 'one');
    await f.dm(a, b.username, 'two');
    const viaFrame = connect();
    viaFrame.send({ type: 'auth', token: b.token, since: seq });
    await viaFrame.nextOfType('ready');
    expect((await viaFrame.nextOfType('message.created')).data.message.text).toBe('one');
    expect((await viaFrame.nextOfType('message.created')).data.message.text).toBe('two');
    const viaUrl = connect({ token: b.token, query: `?since=${seq}` });
    expect((await viaUrl.nextOfType('message.created')).data.message.text).toBe('one');
  });

  it('answers reset for a resume point ahead of the stream', async () => {
    const u = await f.newUser();
    const { c, seq } = await ready(u);
    c.send({ type: 'resume', data: { since: seq + 1_000_000 } });
    const reset = await c.next((fr) => fr.type === 'reset' || fr.type === 'error');
    expect(reset.data).toMatchObject({ reason: 'unknown', seq });
  });
});

describe('authentication', () => {
  it('accepts the bearer subprotocol and a first auth frame', async () => {
    const u = await f.newUser();
    const viaProtocol = connect({ protocols: ['realm-chat.v1', `bearer.${u.token}`] });
    await viaProtocol.opened;
    expect(viaProtocol.socket.protocol).toBe('realm-chat.v1');
    expect((await viaProtocol.nextOfType('ready')).data.user.username).toBe(u.username);
    const viaFrame = connect();
    viaFrame.send({ type: 'auth', token: u.token });
    expect((await viaFrame.nextOfType('ready')).data.user.username).toBe(u.username);
  });

  it('closes with 4401 on a bad token, a bad auth frame, other frames first, or silence', async () => {
    const badHeader = connect({ token: 'x'.repeat(43) });
    expect(await badHeader.closed).toBe(4401);
    const badProtocol = connect({ protocols: [`bearer.${'y'.repeat(43)}`] });
    expect(await badProtocol.closed).toBe(4401);
    const badFrame = connect();
    badFrame.send({ type: 'auth', token: 'nope-nope-nope-nope' });
    expect(await badFrame.closed).toBe(4401);
    const otherFirst = connect();
    otherFirst.send({ type: 'ping' });
    expect(await otherFirst.closed).toBe(4401);
    const silent = connect();
    const started = Date.now();
    expect(await silent.closed).toBe(4401);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('closes the sockets of a session within a second of logout, and only those', async () => {
    const u = await f.newUser();
    const other = (await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: 'password123' } })).json().token;
    const { c } = await ready(u);
    const { c: otherDevice } = await ready({ ...u, token: other, auth: { authorization: `Bearer ${other}` } });
    const started = Date.now();
    await f.call(u, 'POST', '/api/v1/auth/logout');
    expect(await c.closed).toBe(4401);
    expect(Date.now() - started).toBeLessThan(1000);
    otherDevice.send({ type: 'ping' });
    expect((await otherDevice.nextOfType('pong')).type).toBe('pong');
    // Password change revokes the other sessions: that device goes too.
    const fresh = (await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: 'password123' } })).json().token;
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/password',
      headers: { authorization: `Bearer ${fresh}` },
      payload: { currentPassword: 'password123', newPassword: 'password456' },
    });
    expect(await otherDevice.closed).toBe(4401);
  });
});

describe('client frames', () => {
  it('send over the socket is acknowledged and idempotent by clientTxnId', async () => {
    const a = await f.newUser();
    const b = await f.newUser();
    const { c } = await ready(a);
    const { c: cb } = await ready(b);
    c.send({ type: 'send', data: { to: b.username, text: 'via socket', clientTxnId: 'txn-1' } });
    const ack = await c.nextOfType('ack');
    expect(ack.data).toMatchObject({ clientTxnId: 'txn-1', created: true, message: { text: 'via socket', conversation: `dm:${b.username}` } });
    c.send({ type: 'send', data: { to: b.username, text: 'via socket', clientTxnId: 'txn-1' } });
    const again = await c.nextOfType('ack');
    expect(again.data).toMatchObject({ clientTxnId: 'txn-1', created: false, message: { id: ack.data.message.id } });
    expect((await cb.nextOfType('message.created')).data.message.id).toBe(ack.data.message.id);
    await new Promise((r) => setTimeout(r, 200));
    expect(cb.seen('message.created')).toEqual([]);
    const history = (await f.get(b, `/api/v1/direct/${a.username}/messages`)).json();
    expect(history.messages).toHaveLength(1);
    // The same idempotency space as REST's Idempotency-Key.
    const rest = await f.dm(a, b.username, 'via socket', { 'idempotency-key': 'txn-1' });
    expect(rest.statusCode).toBe(200);
    expect(rest.json().id).toBe(ack.data.message.id);
  });

  it('answers bad frames with error frames and keeps the connection', async () => {
    const u = await f.newUser();
    const { c } = await ready(u);
    for (const bad of [
      'not json',
      '[1,2]',
      '{"no":"type"}',
      '{"type":"warp"}',
      '{"type":"send","data":{"text":"x"}}',
      '{"type":"resume","data":{"since":-1}}',
    ]) {
      c.send(bad);
      expect((await c.nextOfType('error')).data.code).toBe('bad_frame');
    }
    c.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect((await c.nextOfType('error')).data.code).toBe('bad_frame');
    c.send({ type: 'send', data: { to: 'ghost_user', text: 'hi', clientTxnId: 'g1' } });
    expect((await c.nextOfType('error')).data).toMatchObject({ code: 'not_found', clientTxnId: 'g1' });
    c.send({ type: 'send', data: { to: u.username, text: '', clientTxnId: 'g2' } });
    expect((await c.nextOfType('error')).data).toMatchObject({ code: 'validation_failed' });
    c.send({ type: 'ping' });
    expect((await c.nextOfType('pong')).type).toBe('pong');
  });

  it('closes a frame over maxPayload with 1009', async () => {
    const u = await f.newUser();
    const { c } = await ready(u);
    c.send({ type: 'send', data: { to: u.username, text: 'x'.repeat(5000), clientTxnId: 'big' } });
    expect(await c.closed).toBe(1009);
  });

  it('a fragmented message over maxPayload, written in a burst, still gets its 1009 close (not a reset)', async () => {
    const u = await f.newUser();
    // A client in a process of its own, as a real one is: it is still writing when the server refuses.
    const client = `
      const WebSocket = require('ws');
      const ws = new WebSocket(process.argv[1] + '/api/v1/ws', { headers: { authorization: 'Bearer ' + process.argv[2] } });
      ws.on('open', () => { const chunk = Buffer.alloc(16 * 1024, 97); for (let i = 0; i < 64; i++) ws.send(chunk, { fin: false, binary: false }); });
      ws.on('error', () => {});
      ws.on('close', (code) => { process.stdout.write(String(code)); process.exit(0); });`;
    for (let attempt = 0; attempt < 3; attempt++) {
      const { stdout } = await execFileAsync(process.execPath, ['-e', client, url, u.token], { cwd: process.cwd(), timeout: 10_000 });
      expect(stdout).toBe('1009');
    }
  });

  it('limits frames per user', async () => {
    const u = await f.newUser();
    const { c } = await ready(u);
    for (let i = 0; i < 80; i++) c.send({ type: 'ping' });
    const err = await c.next((fr) => fr.type === 'error' && fr.data.code === 'rate_limited');
    expect(err.data.message).toMatch(/slow down/);
    expect(c.seen('pong').length).toBeLessThan(80);
  });

  it('a send refused by the frame limit names its clientTxnId (so the client can send it again)', async () => {
    const u = await f.newUser();
    const { c } = await ready(u);
    for (let i = 0; i < 80; i++) c.send({ type: 'send', data: { to: u.username, text: `burst ${i}`, clientTxnId: `burst-${i}` } });
    const err = await c.next((fr) => fr.type === 'error' && fr.data.code === 'rate_limited');
    expect(err.data.clientTxnId).toMatch(/^burst-\d+$/);
    // Sent again later, it is stored once.
    await new Promise((r) => setTimeout(r, 1100));
    c.send({ type: 'send', data: { to: u.username, text: `burst ${err.data.clientTxnId.slice(6)}`, clientTxnId: err.data.clientTxnId } });
    const ack = await c.next((fr) => fr.type === 'ack' && fr.data.clientTxnId === err.data.clientTxnId);
    expect(ack.data.created).toBe(true);
  });

  it('relays typing to the other members, at most every 2 seconds', async () => {
    const a = await f.newUser();
    const b = await f.newUser();
    await f.dm(a, b.username, 'hi');
    const { c: ca } = await ready(a);
    const { c: cb } = await ready(b);
    ca.send({ type: 'typing', data: { conversation: `dm:${b.username}` } });
    ca.send({ type: 'typing', data: { conversation: `dm:${b.username}` } });
    const typing = await cb.nextOfType('typing');
    expect(typing.data).toEqual({ conversation: `dm:${a.username}`, user: a.username });
    expect(typing.seq).toBeUndefined();
    await new Promise((r) => setTimeout(r, 200));
    expect(cb.seen('typing')).toEqual([]);
    expect(ca.seen('typing')).toEqual([]);
    ca.send({ type: 'typing', data: { conversation: 'group:not-mine' } });
    expect((await ca.nextOfType('error')).data.code).toBe('not_found');
  });
});

describe('presence', () => {
  it('is online while a socket is open, and contacts hear the changes', async () => {
    const a = await f.newUser();
    const b = await f.newUser();
    await f.dm(a, b.username, 'hello');
    const { c: cb } = await ready(b);
    const { c: ca } = await ready(a);
    expect((await cb.next((fr) => fr.type === 'presence' && fr.data.user === a.username)).data.status).toBe('online');
    ca.close();
    await ca.closed;
    expect((await cb.next((fr) => fr.type === 'presence' && fr.data.user === a.username)).data.status).toBe('offline');
    expect(t.app.services.presence.isConnected((await t.app.services.sessions.authenticate(b.token))!.userId)).toBe(true);
  });
});
