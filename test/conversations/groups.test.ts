import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, uniqueName, type TestUser } from '../helpers/factories.js';

let t: TestApp;
let f: Factory;
let owner: TestUser;
let bob: TestUser;
let carol: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  owner = await f.newUser();
  bob = await f.newUser();
  carol = await f.newUser();
});
afterAll(() => t.close());

const names = (res: { json(): { members: Array<{ username: string; role: string }> } }) =>
  res
    .json()
    .members.map((m) => `${m.username}:${m.role}`)
    .sort();

describe('public groups', () => {
  it('create, join, post, read, leave', async () => {
    const res = await f.call(owner, 'POST', '/api/v1/groups', { name: 'Team-One', description: 'the team' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'team-one', visibility: 'public', memberCount: 1, myRole: 'owner' });
    expect((await f.call(bob, 'POST', '/api/v1/groups', { name: 'team-one' })).statusCode).toBe(409);

    // A non-member of a public group sees it but cannot read or post.
    expect((await f.get(bob, '/api/v1/groups/team-one')).json().myRole).toBeNull();
    expect((await f.groupSend(bob, 'team-one', 'hi')).statusCode).toBe(403);
    expect((await f.get(bob, '/api/v1/groups/team-one/messages')).statusCode).toBe(403);

    const joined = await f.call(bob, 'POST', '/api/v1/groups/team-one/join');
    expect(joined.json()).toMatchObject({ myRole: 'member', memberCount: 2 });
    expect((await f.call(bob, 'POST', '/api/v1/groups/team-one/join')).statusCode).toBe(409);

    const sent = await f.groupSend(bob, 'team-one', 'hello team');
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ conversation: 'group:team-one', seq: 1, sender: bob.username });
    const history = (await f.get(owner, '/api/v1/groups/team-one/messages')).json();
    expect(history.messages.map((m: { text: string }) => m.text)).toEqual(['hello team']);

    expect((await f.call(bob, 'POST', '/api/v1/groups/team-one/leave')).statusCode).toBe(204);
    expect((await f.groupSend(bob, 'team-one', 'still here?')).statusCode).toBe(403);
    expect((await f.call(bob, 'POST', '/api/v1/groups/team-one/leave')).statusCode).toBe(404);
  });

  it('lists my groups and browses public ones', async () => {
    const g1 = await f.newGroup(owner, uniqueName('listed'));
    const g2 = await f.newGroup(owner, uniqueName('secret'), 'invite');
    const mine = (await f.get(owner, '/api/v1/groups?mine=true')).json().groups.map((g: { name: string }) => g.name);
    expect(mine).toEqual(expect.arrayContaining([g1, g2]));
    const browse = (await f.get(carol, '/api/v1/groups?mine=false')).json().groups.map((g: { name: string }) => g.name);
    expect(browse).toContain(g1);
    expect(browse).not.toContain(g2);
    const searched = (await f.get(carol, `/api/v1/groups?mine=false&q=${g1}`)).json().groups;
    expect(searched).toHaveLength(1);
  });

  it('the last owner cannot leave until ownership is handed over', async () => {
    const g = await f.newGroup(owner);
    await f.call(bob, 'POST', `/api/v1/groups/${g}/join`);
    const refused = await f.call(owner, 'POST', `/api/v1/groups/${g}/leave`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/owner/);
    expect((await f.call(bob, 'PATCH', `/api/v1/groups/${g}/members/${owner.username}`, { role: 'member' })).statusCode).toBe(403);
    expect((await f.call(owner, 'PATCH', `/api/v1/groups/${g}/members/${owner.username}`, { role: 'member' })).statusCode).toBe(409);
    const promoted = await f.call(owner, 'PATCH', `/api/v1/groups/${g}/members/${bob.username}`, { role: 'owner' });
    expect(promoted.json()).toMatchObject({ username: bob.username, role: 'owner' });
    expect((await f.call(owner, 'POST', `/api/v1/groups/${g}/leave`)).statusCode).toBe(204);
    expect(names(await f.get(bob, `/api/v1/groups/${g}/members`))).toEqual([`${bob.username}:owner`]);
  });

  it('owner/admin add and remove members; admins cannot remove owners; anyone removes themself', async () => {
    const g = await f.newGroup(owner);
    expect((await f.call(owner, 'POST', `/api/v1/groups/${g}/members`, { username: bob.username })).json()).toMatchObject({ role: 'member' });
    expect((await f.call(owner, 'POST', `/api/v1/groups/${g}/members`, { username: bob.username })).statusCode).toBe(409);
    expect((await f.call(bob, 'POST', `/api/v1/groups/${g}/members`, { username: carol.username })).statusCode).toBe(403);
    await f.call(owner, 'PATCH', `/api/v1/groups/${g}/members/${bob.username}`, { role: 'admin' });
    expect((await f.call(bob, 'POST', `/api/v1/groups/${g}/members`, { username: carol.username })).statusCode).toBe(201);
    expect((await f.call(bob, 'DELETE', `/api/v1/groups/${g}/members/${owner.username}`)).statusCode).toBe(403);
    expect((await f.call(bob, 'DELETE', `/api/v1/groups/${g}/members/${carol.username}`)).statusCode).toBe(204);
    expect((await f.call(bob, 'POST', `/api/v1/groups/${g}/members`, { username: 'ghost_user' })).statusCode).toBe(404);
    expect((await f.call(bob, 'DELETE', `/api/v1/groups/${g}/members/${bob.username}`)).statusCode).toBe(204);
    expect(names(await f.get(owner, `/api/v1/groups/${g}/members`))).toEqual([`${owner.username}:owner`]);
  });

  it('owner/admin update settings; only the owner deletes', async () => {
    const g = await f.newGroup(owner);
    await f.call(bob, 'POST', `/api/v1/groups/${g}/join`);
    expect((await f.call(bob, 'PATCH', `/api/v1/groups/${g}`, { description: 'x' })).statusCode).toBe(403);
    const updated = await f.call(owner, 'PATCH', `/api/v1/groups/${g}`, { description: 'new', visibility: 'invite' });
    expect(updated.json()).toMatchObject({ description: 'new', visibility: 'invite' });
    expect((await f.call(bob, 'DELETE', `/api/v1/groups/${g}`)).statusCode).toBe(403);
    expect((await f.call(owner, 'DELETE', `/api/v1/groups/${g}`)).statusCode).toBe(204);
    expect((await f.get(owner, `/api/v1/groups/${g}`)).statusCode).toBe(404);
    expect((await f.groupSend(bob, g, 'anyone?')).statusCode).toBe(404);
  });
});

describe('deleting a group while messages are on their way', () => {
  it('answers the sends that lost the race with 404, the others with 201, and loses nothing acknowledged', async () => {
    const g = await f.newGroup(owner);
    await f.call(bob, 'POST', `/api/v1/groups/${g}/join`);
    const sends = Array.from({ length: 30 }, (_, i) => f.groupSend(bob, g, `m${i}`));
    const deletion = f.call(owner, 'DELETE', `/api/v1/groups/${g}`);
    const results = await Promise.all(sends);
    expect((await deletion).statusCode).toBe(204);
    for (const r of results) expect([201, 404]).toContain(r.statusCode);
    expect(results.filter((r) => r.statusCode >= 500)).toEqual([]);
    // Sends after the deletion are refused too.
    expect((await f.groupSend(bob, g, 'late')).statusCode).toBe(404);
  });
});

describe('invite-only groups', () => {
  it('hide themselves from non-members, admit invited users', async () => {
    const g = await f.newGroup(owner, uniqueName('private'), 'invite');
    expect((await f.get(carol, `/api/v1/groups/${g}`)).statusCode).toBe(404);
    expect((await f.get(carol, `/api/v1/groups/${g}/messages`)).statusCode).toBe(404);
    expect((await f.groupSend(carol, g, 'let me in')).statusCode).toBe(404);
    expect((await f.call(carol, 'POST', `/api/v1/groups/${g}/join`)).statusCode).toBe(404);

    const invited = await f.call(owner, 'POST', `/api/v1/groups/${g}/members`, { username: carol.username });
    expect(invited.json()).toMatchObject({ role: 'invited' });
    // Invited: can see the group, cannot read or post until joining.
    expect((await f.get(carol, `/api/v1/groups/${g}`)).json().myRole).toBe('invited');
    expect((await f.get(carol, `/api/v1/groups/${g}/messages`)).statusCode).toBe(403);
    expect((await f.call(carol, 'POST', `/api/v1/groups/${g}/join`)).json().myRole).toBe('member');
    expect((await f.groupSend(carol, g, 'thanks')).statusCode).toBe(201);
  });
});

describe('moderation', () => {
  it('a group admin can delete others’ messages, a member cannot', async () => {
    const g = await f.newGroup(owner);
    await f.call(bob, 'POST', `/api/v1/groups/${g}/join`);
    await f.call(carol, 'POST', `/api/v1/groups/${g}/join`);
    const msg = (await f.groupSend(bob, g, 'spam')).json();
    expect((await f.call(carol, 'DELETE', `/api/v1/messages/${msg.id}`)).statusCode).toBe(403);
    expect((await f.call(owner, 'PATCH', `/api/v1/messages/${msg.id}`, { text: 'edited by owner' })).statusCode).toBe(403);
    const deleted = await f.call(owner, 'DELETE', `/api/v1/messages/${msg.id}`);
    expect(deleted.json()).toMatchObject({ deleted: true, text: null });
  });
});
