// Replies and threads, reactions, and pins through HTTP, a real WebSocket and the legacy TCP edge,
// with the access rules an attacker would probe: nothing from a conversation one cannot read.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';
import { TcpClient } from '../helpers/tcp-client.js';
import { WsClient } from '../helpers/ws-client.js';

let t: TestApp;
let f: Factory;
let wsUrl: string;
let tcpPort: number;
const sockets: WsClient[] = [];

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  wsUrl = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
  tcpPort = await t.app.legacy.listen(0, '127.0.0.1');
});
afterAll(async () => {
  for (const s of sockets) s.socket.terminate();
  await t.close();
});

async function socket(user: TestUser, query = '') {
  const ws = WsClient.connect(wsUrl, { token: user.token, query });
  sockets.push(ws);
  const ready = await ws.nextOfType('ready');
  return { ws, seq: ready.data.seq as number };
}

const send = async (from: TestUser, to: string, body: Record<string, unknown>) => f.call(from, 'POST', `/api/v1/direct/${to}/messages`, body);
const react = (user: TestUser, id: string, emoji: string, method: 'PUT' | 'DELETE' = 'PUT') =>
  t.app.inject({ method, url: `/api/v1/messages/${id}/reactions/${encodeURIComponent(emoji)}`, headers: user.auth });

describe('replies and threads', () => {
  it('a reply quotes its original, joins its thread, and counts on the root', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const long = `Selamat pagi ${'x'.repeat(300)}`;
    const root = (await send(alice, bob.username, { text: long })).json();
    const reply = await send(bob, alice.username, { text: 'Pagi juga!', replyTo: root.id });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({
      replyTo: { id: root.id, sender: alice.username, preview: long.slice(0, 200), hasFile: false, deleted: false },
      threadId: root.id,
      replyCount: 0,
    });
    // Answering the reply stays in the same thread.
    const second = (await send(alice, bob.username, { text: 'Rapat jam 10', replyTo: reply.json().id })).json();
    expect(second).toMatchObject({ threadId: root.id, replyTo: { id: reply.json().id, preview: 'Pagi juga!' } });

    const updated = (await f.get(alice, `/api/v1/messages/${root.id}`)).json();
    expect(updated).toMatchObject({ replyCount: 2, lastReplyAt: second.createdAt, threadId: null });
    const thread = (await f.get(bob, `/api/v1/messages/${second.id}/thread?limit=1`)).json();
    expect(thread.root.id).toBe(root.id);
    expect(thread.replies.map((m: { id: string }) => m.id)).toEqual([reply.json().id]);
    const rest = (await f.get(bob, `/api/v1/messages/${root.id}/thread?after=${thread.next}`)).json();
    expect(rest).toMatchObject({ replies: [{ id: second.id }], next: null });
    // Replies are ordinary messages: in history, in seq order.
    const history = (await f.get(alice, `/api/v1/direct/${bob.username}/messages?after=0`)).json().messages;
    expect(history.map((m: { seq: number }) => m.seq)).toEqual([1, 2, 3]);
  });

  it('refuses a reply to another conversation’s message, or to no message, with the same 400', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const carol = await f.newUser();
    const elsewhere = (await send(carol, bob.username, { text: 'private to bob' })).json();
    for (const replyTo of [elsewhere.id, '01JF0000000000000000000000', 'x'.repeat(64)]) {
      const res = await send(alice, bob.username, { text: 'hi', replyTo });
      expect(res.statusCode, replyTo).toBe(400);
      expect(res.json().error.message).toBe('replyTo: must be the id of a message of this conversation');
    }
    // Nor does a thread or a message of that conversation show to alice.
    expect((await f.get(alice, `/api/v1/messages/${elsewhere.id}/thread`)).statusCode).toBe(404);
  });

  it('quotes a deleted original as deleted; an Idempotency-Key reused for another reply target is 422', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const a = (await send(alice, bob.username, { text: 'first' })).json();
    const b = (await send(alice, bob.username, { text: 'second' })).json();
    const reply = (await send(bob, alice.username, { text: 'answer', replyTo: a.id })).json();
    await f.call(alice, 'DELETE', `/api/v1/messages/${a.id}`);
    expect((await f.get(bob, `/api/v1/messages/${reply.id}`)).json().replyTo).toMatchObject({ id: a.id, preview: null, deleted: true });

    const keyed = (replyTo: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/direct/${alice.username}/messages`,
        headers: { ...bob.auth, 'idempotency-key': `k-${reply.id}` },
        payload: { text: 'same text', replyTo },
      });
    expect((await keyed(b.id)).statusCode).toBe(201);
    expect((await keyed(b.id)).statusCode).toBe(200);
    expect((await keyed(reply.id)).statusCode).toBe(422);
  });

  it('replies over the WebSocket and with a file upload; the reply event carries the quote', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const root = (await send(alice, bob.username, { text: 'foto?' })).json();
    const { ws } = await socket(alice);
    const { ws: bobWs } = await socket(bob);
    bobWs.send({ type: 'send', data: { to: alice.username, text: 'ini dia', replyTo: root.id, clientTxnId: 'w1' } });
    const live = await ws.nextOfType('message.created');
    expect(live.data.message).toMatchObject({ text: 'ini dia', threadId: root.id, replyTo: { id: root.id, preview: 'foto?' } });

    const upload = await request(t.app.server)
      .post(`/api/v1/direct/${alice.username}/files`)
      .set(bob.auth)
      .field('replyTo', root.id)
      .attach('file', Buffer.from('bytes'), { filename: 'foto.jpg' });
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ replyTo: { id: root.id }, file: { name: 'foto.jpg' } });
    expect((await f.get(alice, `/api/v1/messages/${root.id}`)).json().replyCount).toBe(2);
  });

  it('the legacy inbox shows a reply as its text under a one-line quote', async () => {
    const alice = await f.newUser(undefined, { displayName: 'Alice W' });
    const bob = await f.newUser();
    const root = (await send(alice, bob.username, { text: 'Kapan kita rapat? Saya bisa jam sepuluh atau sesudah makan siang nanti' })).json();
    expect((await send(alice, bob.username, { text: 'Jawab ya', replyTo: root.id })).statusCode).toBe(201);
    const tcp = new TcpClient(tcpPort);
    const login = await tcp.command(`auth ${bob.username} password123 \r\n`);
    const inbox = await tcp.command(`inbox ${login.tokenid} \r\n`);
    tcp.close();
    const texts = inbox.messages[alice.username].map((m: { msg: string }) => m.msg);
    expect(texts).toEqual([
      'Kapan kita rapat? Saya bisa jam sepuluh atau sesudah makan siang nanti',
      '> Alice W: Kapan kita rapat? Saya bisa jam sepuluh atau sesudah makan …\nJawab ya',
    ]);
  });
});

describe('reactions', () => {
  it('counts per emoji with whether I reacted; live and resumable events; idempotent', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const outsider = await f.newUser();
    const msg = (await send(alice, bob.username, { text: 'Lulus ujian!' })).json();
    const { ws, seq } = await socket(alice);
    const { ws: spy } = await socket(outsider);

    const first = await react(bob, msg.id, '🎉');
    expect(first.json()).toEqual({ messageId: msg.id, reactions: [{ emoji: '🎉', count: 1, me: true }] });
    expect((await react(bob, msg.id, '🎉')).json().reactions).toEqual([{ emoji: '🎉', count: 1, me: true }]);
    expect((await react(alice, msg.id, '🎉')).json().reactions).toEqual([{ emoji: '🎉', count: 2, me: true }]);
    expect((await react(alice, msg.id, '👍🏽')).statusCode).toBe(200);
    const seen = (await f.get(bob, `/api/v1/messages/${msg.id}`)).json().reactions;
    expect(seen).toEqual([
      { emoji: '🎉', count: 2, me: true },
      { emoji: '👍🏽', count: 1, me: false },
    ]);
    const history = (await f.get(bob, `/api/v1/direct/${alice.username}/messages`)).json().messages;
    expect(history[0].reactions).toEqual(seen);
    // Every REST view of a message carries them: the conversation list and the inbox too.
    const listed = (await f.get(bob, '/api/v1/conversations')).json().conversations.find((c: { id: string }) => c.id === `dm:${alice.username}`);
    expect(listed.lastMessage.reactions).toEqual(seen);
    expect((await f.get(bob, '/api/v1/inbox')).json().conversations[0].messages[0].reactions).toEqual(seen);

    const added = await ws.nextOfType('reaction.added');
    expect(added.data).toEqual({ conversation: `dm:${bob.username}`, messageId: msg.id, emoji: '🎉', user: bob.username, count: 1 });
    expect((await react(bob, msg.id, '🎉', 'DELETE')).json().reactions).toEqual([
      { emoji: '🎉', count: 1, me: false },
      { emoji: '👍🏽', count: 1, me: false },
    ]);
    expect((await react(bob, msg.id, '🎉', 'DELETE')).statusCode).toBe(200);
    const removed = await ws.next((fr) => fr.type === 'reaction.removed');
    expect(removed.data).toMatchObject({ emoji: '🎉', user: bob.username, count: 1 });
    expect(spy.seen('reaction.added', 'reaction.removed')).toEqual([]);

    // A socket resuming from before gets the same events, in order, exactly once.
    const { ws: again } = await socket(alice, `?since=${seq}`);
    await again.next((fr) => fr.type === 'reaction.removed' && fr.data.emoji === '🎉', 5000).then((fr) => again.frames.push(fr));
    const types = again.frames.filter((fr) => fr.type.startsWith('reaction.')).map((fr) => `${fr.type} ${fr.data.emoji} ${fr.data.user}`);
    expect(types).toEqual([
      `reaction.added 🎉 ${bob.username}`,
      `reaction.added 🎉 ${alice.username}`,
      `reaction.added 👍🏽 ${alice.username}`,
      `reaction.removed 🎉 ${bob.username}`,
    ]);
  });

  it('takes only one emoji, only on messages I can see, not on deleted ones, within the caps', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const outsider = await f.newUser();
    const msg = (await send(alice, bob.username, { text: 'hi' })).json();
    for (const emoji of ['a', '👍👍', ':+1:', '1', ' ', '👍 ']) {
      const res = await react(bob, msg.id, emoji);
      expect(res.statusCode, JSON.stringify(emoji)).toBe(400);
    }
    for (const emoji of ['🇮🇩', '👩‍💻', '❤️', '1️⃣']) expect((await react(bob, msg.id, emoji)).statusCode, emoji).toBe(200);
    expect((await react(outsider, msg.id, '👍')).statusCode).toBe(404);
    expect((await react(outsider, msg.id, '👍', 'DELETE')).statusCode).toBe(404);
    const all = ['😀', '😃', '😄', '😁', '😆', '😅', '🤣', '😂', '🙂', '🙃', '😉', '😊', '😇', '🥰', '😍', '🤩', '😘'];
    for (const emoji of all.slice(0, 16)) expect((await react(bob, msg.id, emoji)).statusCode).toBe(200);
    const over = await react(bob, msg.id, all[16]!);
    expect(over.statusCode).toBe(409);
    await f.call(alice, 'DELETE', `/api/v1/messages/${msg.id}`);
    expect((await react(alice, msg.id, '👍')).statusCode).toBe(409);
    expect((await f.get(bob, `/api/v1/messages/${msg.id}`)).json().reactions).toEqual([]);
  });
});

describe('pins', () => {
  it('owners and admins pin in a group, members cannot; both sides of a DM can; tombstones unpin', async () => {
    const owner = await f.newUser();
    const member = await f.newUser();
    const group = await f.newGroup(owner);
    await f.call(member, 'POST', `/api/v1/groups/${group}/join`);
    const msg = (await f.groupSend(member, group, 'Agenda rapat')).json();
    const { ws } = await socket(member);
    expect((await f.call(member, 'PUT', `/api/v1/messages/${msg.id}/pin`)).statusCode).toBe(403);
    const pinned = await f.call(owner, 'PUT', `/api/v1/messages/${msg.id}/pin`);
    expect(pinned.statusCode).toBe(200);
    expect(pinned.json().pinnedAt).toEqual(expect.any(String));
    expect((await ws.nextOfType('message.pinned')).data).toMatchObject({ conversation: `group:${group}`, messageId: msg.id, by: owner.username });
    const pins = (await f.get(member, `/api/v1/conversations/group:${group}/pins`)).json().pins;
    expect(pins).toEqual([expect.objectContaining({ pinnedBy: owner.username, message: expect.objectContaining({ id: msg.id }) })]);
    // Like the group's history: a public group's pins are for its members.
    const stranger = await f.newUser();
    expect((await f.get(stranger, `/api/v1/conversations/group:${group}/pins`)).statusCode).toBe(
      (await f.get(stranger, `/api/v1/groups/${group}/messages`)).statusCode,
    );

    await f.call(member, 'DELETE', `/api/v1/messages/${msg.id}`);
    expect((await f.get(member, `/api/v1/conversations/group:${group}/pins`)).json().pins).toEqual([]);

    const alice = await f.newUser();
    const dm = (await send(alice, owner.username, { text: 'ingat ini' })).json();
    expect((await f.call(owner, 'PUT', `/api/v1/messages/${dm.id}/pin`)).statusCode).toBe(200);
    expect((await f.call(alice, 'DELETE', `/api/v1/messages/${dm.id}/pin`)).json().pinnedAt).toBeNull();
    expect((await f.call(member, 'PUT', `/api/v1/messages/${dm.id}/pin`)).statusCode).toBe(404);
  });
});
