// Replies across three realms: a DM reply crosses with its quote; in a group homed on realm-b, members
// on realm-a and realm-c reply (group.send → the home realm orders → group.message) and every realm
// shows the same quote and thread. Reactions and pins stay on one realm for now: refused (409) where
// another realm takes part.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRealms, eventually, startRealms, type TestRealm } from '../helpers/realms.js';

let a: TestRealm;
let b: TestRealm;
let c: TestRealm;

beforeAll(async () => {
  [a, b, c] = (await startRealms(['realm-a', 'realm-b', 'realm-c'])) as [TestRealm, TestRealm, TestRealm];
});
afterAll(() => closeRealms([a, b, c]));

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

    // Reactions and pins do not cross realms yet: refused rather than shown on one side only.
    const refused = await a.f.call(alice, 'PUT', `/api/v1/messages/${original.id}/reactions/${encodeURIComponent('👍')}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/do not cross realms yet/);
    expect((await a.f.call(alice, 'PUT', `/api/v1/messages/${original.id}/pin`)).statusCode).toBe(409);
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
