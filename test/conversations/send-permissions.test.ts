// Group sends authorise from caches (no query per message). These tests hold the caches to the
// database: every change of membership or visibility is in force for the very next send, including a
// send that warmed the cache a moment before the change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';

let t: TestApp;
let f: Factory;
let owner: TestUser;
let mia: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  owner = await f.newUser();
  mia = await f.newUser();
});
afterAll(() => t.close());

describe('group send permissions follow changes at once', () => {
  it('leave, kick, re-invite and join take effect on the next send', async () => {
    const g = await f.newGroup(owner);
    expect((await f.call(mia, 'POST', `/api/v1/groups/${g}/join`)).statusCode).toBeLessThan(300);
    expect((await f.groupSend(mia, g, 'hello')).statusCode).toBe(201);

    expect((await f.call(mia, 'POST', `/api/v1/groups/${g}/leave`)).statusCode).toBeLessThan(300);
    expect((await f.groupSend(mia, g, 'after leaving')).statusCode).toBe(403);

    expect((await f.call(mia, 'POST', `/api/v1/groups/${g}/join`)).statusCode).toBeLessThan(300);
    expect((await f.groupSend(mia, g, 'back')).statusCode).toBe(201);

    expect((await f.call(owner, 'DELETE', `/api/v1/groups/${g}/members/${mia.username}`)).statusCode).toBeLessThan(300);
    expect((await f.groupSend(mia, g, 'after the kick')).statusCode).toBe(403);

    // In an invite-only group, adding someone invites them, and an invitation is not a membership.
    expect((await f.call(owner, 'PATCH', `/api/v1/groups/${g}`, { visibility: 'invite' })).statusCode).toBe(200);
    expect((await f.call(owner, 'POST', `/api/v1/groups/${g}/members`, { username: mia.username })).statusCode).toBeLessThan(300);
    expect((await f.groupSend(mia, g, 'invited only')).statusCode).toBe(403);
  });

  it('a group turned invite-only hides from non-members; a deleted group is gone for its members', async () => {
    const g = await f.newGroup(owner);
    expect((await f.groupSend(mia, g, 'not a member')).statusCode).toBe(403);
    expect((await f.call(owner, 'PATCH', `/api/v1/groups/${g}`, { visibility: 'invite' })).statusCode).toBe(200);
    expect((await f.groupSend(mia, g, 'hidden now')).statusCode).toBe(404);

    expect((await f.groupSend(owner, g, 'still mine')).statusCode).toBe(201);
    expect((await f.call(owner, 'DELETE', `/api/v1/groups/${g}`)).statusCode).toBeLessThan(300);
    expect((await f.groupSend(owner, g, 'into the void')).statusCode).toBe(404);
    // A new group may take the name; the old one's cache entry must not answer for it.
    const again = await f.newGroup(mia, g);
    expect((await f.groupSend(mia, again, 'fresh')).statusCode).toBe(201);
    expect((await f.groupSend(owner, again, 'not mine')).statusCode).toBe(403);
  });
});
