import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';

let t: TestApp;
let f: Factory;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  alice = await f.newUser();
  bob = await f.newUser();
  carol = await f.newUser();
});
afterAll(() => t.close());

describe('conversations, read markers and inbox', () => {
  it('lists conversations most recent first with unread counts', async () => {
    const g = await f.newGroup(alice);
    await f.call(bob, 'POST', `/api/v1/groups/${g}/join`);
    await f.dm(bob, alice.username, 'dm one');
    await f.dm(bob, alice.username, 'dm two');
    await f.groupSend(bob, g, 'group one');
    await f.dm(alice, bob.username, 'my reply');

    const list = (await f.get(alice, '/api/v1/conversations')).json().conversations;
    expect(list.map((c: { id: string }) => c.id)).toEqual([`dm:${bob.username}`, `group:${g}`]);
    expect(list[0]).toMatchObject({ type: 'dm', title: bob.username, unread: 2, lastSeq: 3, lastReadSeq: 0 });
    expect(list[0].lastMessage.text).toBe('my reply');
    expect(list[1]).toMatchObject({ type: 'group', unread: 1 });
  });

  it('moves the read marker forward only, clamped to the last message', async () => {
    await f.dm(carol, alice.username, 'c1');
    await f.dm(carol, alice.username, 'c2');
    const conv = `dm:${carol.username}`;
    const r1 = await f.call(alice, 'POST', `/api/v1/conversations/${conv}/read`, { upToSeq: 1 });
    expect(r1.json()).toEqual({ conversation: conv, lastReadSeq: 1 });
    expect((await f.call(alice, 'POST', `/api/v1/conversations/${conv}/read`, { upToSeq: 0 })).json().lastReadSeq).toBe(1);
    expect((await f.call(alice, 'POST', `/api/v1/conversations/${conv}/read`, { upToSeq: 999 })).json().lastReadSeq).toBe(2);
    expect((await f.call(alice, 'POST', '/api/v1/conversations/bogus/read', { upToSeq: 1 })).statusCode).toBe(400);
    expect((await f.call(alice, 'POST', '/api/v1/conversations/dm:ghost_user/read', { upToSeq: 1 })).statusCode).toBe(404);
    expect((await f.call(alice, 'POST', `/api/v1/conversations/${conv}/read`, { upToSeq: -1 })).statusCode).toBe(400);
  });

  it('inbox returns unread messages from others grouped by conversation; markRead empties it', async () => {
    const dave = await f.newUser();
    const erin = await f.newUser();
    await f.dm(dave, erin.username, 'one');
    await f.dm(erin, dave.username, 'mine, not unread');
    await f.dm(dave, erin.username, 'two');
    const g = await f.newGroup(dave);
    await f.call(erin, 'POST', `/api/v1/groups/${g}/join`);
    await f.groupSend(dave, g, 'group hello');

    const inbox = (await f.get(erin, '/api/v1/inbox')).json().conversations;
    const byId = Object.fromEntries(inbox.map((c: { conversation: string }) => [c.conversation, c]));
    expect(byId[`dm:${dave.username}`].messages.map((m: { text: string }) => m.text)).toEqual(['one', 'two']);
    expect(byId[`dm:${dave.username}`].unread).toBe(2);
    expect(byId[`group:${g}`].messages.map((m: { text: string }) => m.text)).toEqual(['group hello']);

    // Looking does not mark read; markRead=true does.
    expect((await f.get(erin, '/api/v1/inbox')).json().conversations).toHaveLength(2);
    expect((await f.get(erin, '/api/v1/inbox?markRead=true')).json().conversations).toHaveLength(2);
    expect((await f.get(erin, '/api/v1/inbox')).json().conversations).toEqual([]);
    const list = (await f.get(erin, '/api/v1/conversations')).json().conversations;
    expect(list.every((c: { unread: number }) => c.unread === 0)).toBe(true);

    await f.dm(dave, erin.username, 'three');
    const next = (await f.get(erin, '/api/v1/inbox?markRead=true')).json().conversations;
    expect(next).toHaveLength(1);
    expect(next[0].messages.map((m: { text: string }) => m.text)).toEqual(['three']);
  });

  it('deleted messages are not unread', async () => {
    const x = await f.newUser();
    const y = await f.newUser();
    const msg = (await f.dm(x, y.username, 'oops')).json();
    await f.call(x, 'DELETE', `/api/v1/messages/${msg.id}`);
    expect((await f.get(y, '/api/v1/inbox')).json().conversations).toEqual([]);
  });

  it('gives each conversation its first 100 unread messages from others, past my own and deleted ones', async () => {
    const x = await f.newUser();
    const y = await f.newUser();
    const sent: string[] = [];
    for (let n = 0; n < 104; n++) {
      sent.push((await f.dm(x, y.username, `m${n}`)).json().id);
      if (n % 10 === 0) await f.dm(y, x.username, `my own ${n}`);
    }
    await f.call(x, 'DELETE', `/api/v1/messages/${sent[3]}`);
    const [entry] = (await f.get(y, '/api/v1/inbox')).json().conversations;
    expect(entry.unread).toBe(103);
    const texts = entry.messages.map((m: { text: string }) => m.text);
    expect(texts).toEqual(
      Array.from({ length: 104 }, (_, n) => `m${n}`)
        .filter((t) => t !== 'm3')
        .slice(0, 100),
    );
    // markRead moves the marker to the last one given: the three past the page stay unread.
    await f.get(y, '/api/v1/inbox?markRead=true');
    const [rest] = (await f.get(y, '/api/v1/inbox')).json().conversations;
    expect(rest.messages.map((m: { text: string }) => m.text)).toEqual(['m101', 'm102', 'm103']);
  });
});
