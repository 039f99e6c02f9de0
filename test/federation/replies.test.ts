// Replies across three realms: a DM reply crosses with its quote; in a group homed on realm-b, members
// on realm-a and realm-c reply (group.send → the home realm orders → group.message) and every realm
// shows the same quote and thread. Reactions and pins stay on one realm for now: refused (409) where
// another realm takes part.
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../helpers/factories.js';
import { closeRealms, eventually, startRealms, type TestRealm } from '../helpers/realms.js';
import { WsClient } from '../helpers/ws-client.js';

let a: TestRealm;
let b: TestRealm;
let c: TestRealm;

beforeAll(async () => {
  [a, b, c] = (await startRealms(['realm-a', 'realm-b', 'realm-c'])) as [TestRealm, TestRealm, TestRealm];
});
const sockets: WsClient[] = [];
afterAll(async () => {
  for (const s of sockets) s.socket.terminate();
  await closeRealms([a, b, c]);
});

describe('mentions across realms', () => {
  it('each realm resolves the handles as the author’s realm wrote them', async () => {
    const alice = await a.f.newUser('malice');
    const bob = await b.f.newUser('mbob');
    const sent = (await a.f.dm(alice, 'mbob@realm-b', '@mbob@realm-b lihat ini, @malice juga')).json();
    expect(sent.mentions).toEqual(['mbob@realm-b']);
    const atB = await eventually(async () => (await b.f.get(bob, '/api/v1/direct/malice@realm-a/messages')).json().messages[0], 10_000, 'dm at b');
    expect(atB.mentions).toEqual(['mbob']);
    const list = (await b.f.get(bob, '/api/v1/conversations')).json().conversations;
    expect(list.find((x: { id: string }) => x.id === 'dm:malice@realm-a').mentions).toBe(1);

    // In a group homed on realm-b, a member on realm-a mentions one on realm-c.
    const owner = await b.f.newUser('mowner');
    const ann = await a.f.newUser('mann');
    const cid = await c.f.newUser('mcid');
    await b.f.call(owner, 'POST', '/api/v1/groups', { name: 'mteam' });
    await a.f.call(ann, 'POST', '/api/v1/groups/mteam@realm-b/join');
    await c.f.call(cid, 'POST', '/api/v1/groups/mteam@realm-b/join');
    await eventually(async () => (await b.f.get(owner, '/api/v1/groups/mteam/members')).json().members.length === 3, 10_000, 'members at home');
    await a.f.call(ann, 'POST', '/api/v1/groups/mteam@realm-b/messages', { text: 'Halo @mcid@realm-c dan @mowner@realm-b' });
    const atC = await eventually(async () => (await c.f.get(cid, '/api/v1/groups/mteam@realm-b/messages')).json().messages[0], 10_000, 'group message at c');
    // realm-c resolves against the members it knows of that group: its own user is one of them.
    expect(atC.mentions).toContain('mcid');
    const atHome = (await b.f.get(owner, '/api/v1/groups/mteam/messages')).json().messages[0];
    expect([...atHome.mentions].sort()).toEqual(['mcid@realm-c', 'mowner']);
  });
});

describe('replies across realms', () => {
  it('a DM reply arrives on the other realm quoting the original', async () => {
    const alice = await a.f.newUser('ralice');
    const bob = await b.f.newUser('rbob', { displayName: 'Bob B' });
    const original = (await a.f.dm(alice, 'rbob@realm-b', 'Sudah makan?')).json();
    await eventually(async () => (await b.f.get(bob, '/api/v1/direct/ralice@realm-a/messages')).json().messages.length === 1, 10_000, 'original at b');
    const reply = await b.f.call(bob, 'POST', '/api/v1/direct/ralice@realm-a/messages', { text: 'Sudah, terima kasih', replyTo: original.id });
    expect(reply.statusCode).toBe(201);
    const atA = await eventually(
      async () => {
        const m = (await a.f.get(alice, '/api/v1/direct/rbob@realm-b/messages')).json().messages;
        return m.length === 2 ? m[0] : undefined;
      },
      10_000,
      'reply at a',
    );
    expect(atA).toMatchObject({ id: reply.json().id, replyTo: { id: original.id, sender: 'ralice', preview: 'Sudah makan?' }, threadId: original.id });
    expect((await a.f.get(alice, `/api/v1/messages/${original.id}`)).json().replyCount).toBe(1);
  });

  it('replies in a group homed elsewhere reach every realm with the same quote and thread', async () => {
    const owner = await b.f.newUser('rowner');
    const ann = await a.f.newUser('rann');
    const cid = await c.f.newUser('rcid');
    await b.f.call(owner, 'POST', '/api/v1/groups', { name: 'rteam' });
    await a.f.call(ann, 'POST', '/api/v1/groups/rteam@realm-b/join');
    await c.f.call(cid, 'POST', '/api/v1/groups/rteam@realm-b/join');
    await eventually(async () => (await b.f.get(owner, '/api/v1/groups/rteam/members')).json().members.length === 3, 10_000, 'members at home');
    const root = (await b.f.groupSend(owner, 'rteam', 'Agenda minggu ini?')).json();
    await eventually(async () => (await a.f.get(ann, '/api/v1/groups/rteam@realm-b/messages')).json().messages.length === 1, 10_000, 'root at a');

    const fromA = await a.f.call(ann, 'POST', '/api/v1/groups/rteam@realm-b/messages', { text: 'Rapat Senin', replyTo: root.id });
    expect(fromA.statusCode).toBe(202);
    expect(fromA.json()).toMatchObject({ replyTo: { id: root.id }, threadId: root.id });
    // A reply target must be in the group, also when the home realm is elsewhere.
    const stray = (await a.f.dm(ann, 'rowner@realm-b', 'private')).json();
    expect((await a.f.call(ann, 'POST', '/api/v1/groups/rteam@realm-b/messages', { text: 'x', replyTo: stray.id })).statusCode).toBe(400);

    for (const [realm, user, group] of [
      [c, cid, 'rteam@realm-b'],
      [a, ann, 'rteam@realm-b'],
      [b, owner, 'rteam'],
    ] as const) {
      const reply = await eventually(
        async () => {
          const m = (await realm.f.get(user, `/api/v1/groups/${group}/messages`)).json().messages;
          return m.find((x: { text: string }) => x.text === 'Rapat Senin');
        },
        10_000,
        `reply at ${realm.id}`,
      );
      expect(reply, realm.id).toMatchObject({ replyTo: { id: root.id, preview: 'Agenda minggu ini?' }, threadId: root.id });
      const thread = (await realm.f.get(user, `/api/v1/messages/${root.id}/thread`)).json();
      expect(
        thread.replies.map((m: { text: string }) => m.text),
        realm.id,
      ).toEqual(['Rapat Senin']);
      expect(thread.root.replyCount, realm.id).toBe(1);
    }
  });
});

describe('search across realms', () => {
  it('each realm indexes the messages it holds of a group homed elsewhere, and follows their edits', async () => {
    const owner = await b.f.newUser('sowner');
    const ann = await a.f.newUser('sann');
    const cid = await c.f.newUser('scid');
    await b.f.call(owner, 'POST', '/api/v1/groups', { name: 'steam' });
    await a.f.call(ann, 'POST', '/api/v1/groups/steam@realm-b/join');
    await c.f.call(cid, 'POST', '/api/v1/groups/steam@realm-b/join');
    await eventually(async () => (await b.f.get(owner, '/api/v1/groups/steam/members')).json().members.length === 3, 10_000, 'members at home');
    const sent = (await a.f.call(ann, 'POST', '/api/v1/groups/steam@realm-b/messages', { text: 'Jadwal rapat Kamis di Café Sentral' })).json();
    const found = (realm: TestRealm, user: TestUser, q: string) =>
      realm.f.get(user, `/api/v1/search?q=${encodeURIComponent(q)}`).then((r) => r.json().results.map((x: { message: { id: string } }) => x.message.id));
    // Delivery may take retries on a busy machine; once the message is held, it is searchable at once
    // (indexed in the transaction that stored it).
    const held = (realm: TestRealm, user: TestUser) =>
      realm.f.get(user, '/api/v1/groups/steam@realm-b/messages').then((r) => r.json().messages?.some((m: { id: string }) => m.id === sent.id));
    await eventually(() => held(c, cid), 20_000, 'message at c');
    await eventually(() => held(a, ann), 20_000, 'message at a');
    expect(await found(c, cid, 'cafe kamis')).toHaveLength(1);
    expect(await found(b, owner, 'cafe kamis')).toHaveLength(1);
    expect(await found(a, ann, 'cafe kamis')).toHaveLength(1);
    // The author edits: the home realm orders it, and every realm's index follows.
    const id = (await a.f.get(ann, '/api/v1/groups/steam@realm-b/messages')).json().messages[0].id;
    expect(id).toBe(sent.id);
    expect((await a.f.call(ann, 'PATCH', `/api/v1/messages/${id}`, { text: 'Jadwal rapat Jumat' })).statusCode).toBe(200);
    await eventually(async () => (await found(c, cid, 'cafe kamis')).length === 0 && (await found(c, cid, 'jumat')).length === 1, 20_000, 'edit at c');
    expect(await found(b, owner, 'jumat')).toHaveLength(1);
  });
});

const thumbs = encodeURIComponent('👍');
const reactionsOf = async (realm: TestRealm, user: TestUser, id: string) => (await realm.f.get(user, `/api/v1/messages/${id}`)).json().reactions;

describe('reactions and pins across realms', () => {
  it('in a DM: each side reacts and pins, and the other realm shows it, live', async () => {
    const alice = await a.f.newUser('palice');
    const bob = await b.f.newUser('pbob');
    const sent = (await a.f.dm(alice, 'pbob@realm-b', 'Rapat jam 10')).json();
    await eventually(async () => (await b.f.get(bob, '/api/v1/direct/palice@realm-a/messages')).json().messages.length === 1, 10_000, 'dm at b');
    const ws = WsClient.connect(b.url.replace('http', 'ws'), { token: bob.token });
    sockets.push(ws);
    await ws.nextOfType('ready');

    expect((await a.f.call(alice, 'PUT', `/api/v1/messages/${sent.id}/reactions/${thumbs}`)).statusCode).toBe(200);
    const live = await ws.nextOfType('reaction.added', 10_000);
    expect(live.data).toMatchObject({ messageId: sent.id, emoji: '👍', user: 'palice@realm-a', count: 1, conversation: 'dm:palice@realm-a' });
    expect(await reactionsOf(b, bob, sent.id)).toEqual([{ emoji: '👍', count: 1, me: false }]);
    // Bob reacts too, from his realm: both realms count two.
    await b.f.call(bob, 'PUT', `/api/v1/messages/${sent.id}/reactions/${thumbs}`);
    await eventually(async () => (await reactionsOf(a, alice, sent.id))[0]?.count === 2, 10_000, 'two at a');
    expect(await reactionsOf(a, alice, sent.id)).toEqual([{ emoji: '👍', count: 2, me: true }]);
    await a.f.call(alice, 'DELETE', `/api/v1/messages/${sent.id}/reactions/${thumbs}`);
    await eventually(async () => (await reactionsOf(b, bob, sent.id))[0]?.count === 1, 10_000, 'one at b');
    expect(await reactionsOf(b, bob, sent.id)).toEqual([{ emoji: '👍', count: 1, me: true }]);

    // Either side of a DM pins.
    await b.f.call(bob, 'PUT', `/api/v1/messages/${sent.id}/pin`);
    await eventually(async () => (await a.f.get(alice, '/api/v1/conversations/dm:pbob@realm-b/pins')).json().pins.length === 1, 10_000, 'pin at a');
    expect((await a.f.get(alice, '/api/v1/conversations/dm:pbob@realm-b/pins')).json().pins[0].pinnedBy).toBe('pbob@realm-b');
    await a.f.call(alice, 'DELETE', `/api/v1/messages/${sent.id}/pin`);
    await eventually(async () => (await b.f.get(bob, `/api/v1/messages/${sent.id}`)).json().pinnedAt === null, 10_000, 'unpinned at b');
  });

  it('in a group homed elsewhere: the home realm orders them and every realm shows the same', async () => {
    const owner = await b.f.newUser('powner');
    const ann = await a.f.newUser('pann');
    const cid = await c.f.newUser('pcid');
    await b.f.call(owner, 'POST', '/api/v1/groups', { name: 'pteam' });
    await a.f.call(ann, 'POST', '/api/v1/groups/pteam@realm-b/join');
    await c.f.call(cid, 'POST', '/api/v1/groups/pteam@realm-b/join');
    await eventually(async () => (await b.f.get(owner, '/api/v1/groups/pteam/members')).json().members.length === 3, 10_000, 'members at home');
    const sent = (await b.f.groupSend(owner, 'pteam', 'Agenda minggu ini')).json();
    await eventually(async () => (await c.f.get(cid, '/api/v1/groups/pteam@realm-b/messages')).json().messages.length === 1, 10_000, 'message at c');
    await eventually(async () => (await a.f.get(ann, '/api/v1/groups/pteam@realm-b/messages')).json().messages.length === 1, 10_000, 'message at a');

    // ann (realm-a) and cid (realm-c) react; the home and every member realm count both.
    expect((await a.f.call(ann, 'PUT', `/api/v1/messages/${sent.id}/reactions/${thumbs}`)).statusCode).toBe(200);
    await c.f.call(cid, 'PUT', `/api/v1/messages/${sent.id}/reactions/${thumbs}`);
    for (const [realm, user] of [
      [a, ann],
      [b, owner],
      [c, cid],
    ] as const) {
      await eventually(async () => (await reactionsOf(realm, user, sent.id))[0]?.count === 2, 10_000, `two reactions at ${realm.id}`);
    }
    expect(await reactionsOf(a, ann, sent.id)).toEqual([{ emoji: '👍', count: 2, me: true }]);
    expect(await reactionsOf(b, owner, sent.id)).toEqual([{ emoji: '👍', count: 2, me: false }]);

    // A member cannot pin (the role is checked where the group lives too); the owner can, and every
    // realm shows the pin.
    expect((await a.f.call(ann, 'PUT', `/api/v1/messages/${sent.id}/pin`)).statusCode).toBe(403);
    await b.f.call(owner, 'PUT', `/api/v1/messages/${sent.id}/pin`);
    for (const [realm, user] of [
      [a, ann],
      [c, cid],
    ] as const) {
      await eventually(
        async () => (await realm.f.get(user, '/api/v1/conversations/group:pteam@realm-b/pins')).json().pins.length === 1,
        10_000,
        `pin at ${realm.id}`,
      );
    }
    expect((await c.f.get(cid, '/api/v1/conversations/group:pteam@realm-b/pins')).json().pins[0].pinnedBy).toBe('powner@realm-b');

    // An admin on another realm pins through the home realm: it shows once the home confirms it.
    await b.f.call(owner, 'PATCH', '/api/v1/groups/pteam/members/pcid@realm-c', { role: 'admin' });
    await eventually(async () => (await c.f.get(cid, '/api/v1/groups/pteam@realm-b')).json().myRole === 'admin', 10_000, 'admin at c');
    const second = (await b.f.groupSend(owner, 'pteam', 'Catatan rapat')).json();
    await eventually(async () => (await c.f.get(cid, '/api/v1/groups/pteam@realm-b/messages')).json().messages.length === 2, 10_000, 'second at c');
    expect((await c.f.call(cid, 'PUT', `/api/v1/messages/${second.id}/pin`)).statusCode).toBe(200);
    await eventually(async () => (await b.f.get(owner, `/api/v1/messages/${second.id}`)).json().pinnedAt !== null, 10_000, 'pinned at home');
    await eventually(async () => (await a.f.get(ann, `/api/v1/messages/${second.id}`)).json().pinnedAt !== null, 10_000, 'pinned at a');
    await eventually(async () => (await c.f.get(cid, `/api/v1/messages/${second.id}`)).json().pinnedAt !== null, 10_000, 'pinned at c');
    expect((await a.f.get(ann, '/api/v1/conversations/group:pteam@realm-b/pins')).json().pins[0].pinnedBy).toBe('pcid@realm-c');
  });
});

describe('avatars across realms', () => {
  it('another realm’s user shows their avatar, fetched from their realm once and checked by its address', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(300)]);
    const bob = await b.f.newUser('avbob');
    const set = await request(b.app.server).put('/api/v1/me/avatar').set(bob.auth).attach('file', png, { filename: 'me.png', contentType: 'image/png' });
    expect(set.status).toBe(200);
    const url = set.body.avatarUrl as string;
    const alice = await a.f.newUser('avalice');
    // The first send looks bob up at realm-b: his avatar's address comes with his profile.
    const sent = await a.f.dm(alice, 'avbob@realm-b', 'Halo Bob');
    expect(sent.statusCode).toBe(201);
    expect((await a.f.get(alice, '/api/v1/users/avbob@realm-b')).json().avatarUrl).toBe(url);
    await b.f.dm(bob, 'avalice@realm-a', 'Halo juga');
    const incoming = await eventually(
      async () => (await a.f.get(alice, '/api/v1/direct/avbob@realm-b/messages')).json().messages.find((m: { sender: string }) => m.sender === 'avbob@realm-b'),
      10_000,
      'reply at a',
    );
    expect(incoming.senderAvatarUrl).toBe(url);
    // Served by realm-a itself (fetched from realm-b and checked), without authentication.
    const image = await request(a.app.server).get(url).buffer(true);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(image.body as Buffer, png)).toBe(0);
    // An address realm-b does not serve (or serves other bytes for) is a 404 here, never a 500.
    const other = 'f'.repeat(64);
    const user = (await a.app.services.lookup.byHandle('avbob@realm-b'))!;
    await a.app.services.db.write((tx) => a.app.services.usersRepo.setAvatar(tx, user.id, { sha256: other, type: 'image/png' }));
    expect((await request(a.app.server).get(`/api/v1/avatars/${other}`)).status).toBe(404);
  });
});
