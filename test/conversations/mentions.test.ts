// @mentions: resolved at send time to users who can read the conversation, counted beside unread,
// listed by GET /mentions — never a mention from, or of, someone outside the conversation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, uniqueName, type TestUser } from '../helpers/factories.js';
import { WsClient } from '../helpers/ws-client.js';

let t: TestApp;
let f: Factory;
let wsUrl: string;
const sockets: WsClient[] = [];

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  wsUrl = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
});
afterAll(async () => {
  for (const s of sockets) s.socket.terminate();
  await t.close();
});

const mentionCount = async (user: TestUser, id: string) =>
  (await f.get(user, '/api/v1/conversations')).json().conversations.find((c: { id: string }) => c.id === id)?.mentions;

async function team() {
  const owner = await f.newUser(uniqueName('own'));
  const bob = await f.newUser(uniqueName('bob'));
  const carol = await f.newUser(uniqueName('car'));
  const outsider = await f.newUser(uniqueName('out'));
  const group = await f.newGroup(owner);
  for (const u of [bob, carol]) await f.call(u, 'POST', `/api/v1/groups/${group}/join`);
  return { owner, bob, carol, outsider, group };
}

describe('mentions', () => {
  it('resolve to members who can read, case-insensitively; not the sender, not outsiders, not e-mail addresses', async () => {
    const { owner, bob, carol, outsider, group } = await team();
    const ws = WsClient.connect(wsUrl, { token: bob.token });
    sockets.push(ws);
    await ws.nextOfType('ready');
    const text = `@${bob.username.toUpperCase()} dan @${outsider.username}, lihat. Kirim ke x@${carol.username}.id; @${owner.username}`;
    const sent = (await f.groupSend(owner, group, text)).json();
    expect(sent.mentions).toEqual([bob.username]);
    expect((await ws.nextOfType('message.created')).data.message.mentions).toEqual([bob.username]);

    expect(await mentionCount(bob, `group:${group}`)).toBe(1);
    expect(await mentionCount(carol, `group:${group}`)).toBe(0);
    const list = (await f.get(bob, '/api/v1/mentions')).json();
    expect(list.mentions.map((m: { id: string }) => m.id)).toEqual([sent.id]);
    expect((await f.get(outsider, '/api/v1/mentions')).json().mentions).toEqual([]);

    await f.call(bob, 'POST', `/api/v1/conversations/group:${group}/read`, { upToSeq: sent.seq });
    expect(await mentionCount(bob, `group:${group}`)).toBe(0);
    // Read mentions stay listed; a deleted message takes its mentions with it.
    expect((await f.get(bob, '/api/v1/mentions')).json().mentions).toHaveLength(1);
    await f.call(owner, 'DELETE', `/api/v1/messages/${sent.id}`);
    expect((await f.get(bob, '/api/v1/mentions')).json().mentions).toEqual([]);
  });

  it('@all is for owners and admins: from a member it mentions nobody', async () => {
    const { owner, bob, carol, group } = await team();
    const fromMember = (await f.groupSend(bob, group, '@all rapat jam 3')).json();
    expect(fromMember.mentions).toEqual([]);
    const fromOwner = (await f.groupSend(owner, group, '@all rapat jam 3')).json();
    expect([...fromOwner.mentions].sort()).toEqual([bob.username, carol.username].sort());
    expect(await mentionCount(carol, `group:${group}`)).toBe(1);
  });

  it('in a DM only the other side can be mentioned; leaving a group hides its mentions', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const carol = await f.newUser();
    const dm = (await f.dm(alice, bob.username, `@${bob.username} @${carol.username} halo`)).json();
    expect(dm.mentions).toEqual([bob.username]);
    expect(await mentionCount(bob, `dm:${alice.username}`)).toBe(1);

    const { owner, bob: member, group } = await team();
    await f.groupSend(owner, group, `@${member.username} tolong cek`);
    expect((await f.get(member, '/api/v1/mentions')).json().mentions).toHaveLength(1);
    await f.call(member, 'POST', `/api/v1/groups/${group}/leave`);
    expect((await f.get(member, '/api/v1/mentions')).json().mentions).toEqual([]);
  });

  it('pages newest first', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await f.dm(alice, bob.username, `@${bob.username} ${i}`)).json().id);
    const first = (await f.get(bob, '/api/v1/mentions?limit=2')).json();
    expect(first.mentions.map((m: { id: string }) => m.id)).toEqual([ids[2], ids[1]]);
    const rest = (await f.get(bob, `/api/v1/mentions?limit=2&before=${first.next}`)).json();
    expect(rest).toMatchObject({ mentions: [{ id: ids[0] }], next: null });
  });
});
