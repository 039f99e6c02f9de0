import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';

let t: TestApp;
let f: Factory;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  alice = await f.newUser(undefined, { displayName: 'Alice Liddell' });
  bob = await f.newUser();
});
afterAll(() => t.close());

describe('direct messages', () => {
  it('sends, and both sides see the same message with their own conversation id', async () => {
    const res = await f.dm(alice, bob.username, '  hello\r\nbob  ');
    expect(res.statusCode).toBe(201);
    const msg = res.json();
    expect(msg).toMatchObject({
      conversation: `dm:${bob.username}`,
      seq: 1,
      sender: alice.username,
      senderName: 'Alice Liddell',
      text: 'hello\nbob',
      editedAt: null,
      deleted: false,
    });
    const history = (await f.get(bob, `/api/v1/direct/${alice.username}/messages`)).json();
    expect(history.messages).toHaveLength(1);
    expect(history.messages[0]).toMatchObject({ id: msg.id, conversation: `dm:${alice.username}`, seq: 1 });
  });

  it('allows notes to self', async () => {
    const res = await f.dm(alice, alice.username, 'remember the milk');
    expect(res.statusCode).toBe(201);
    expect(res.json().conversation).toBe(`dm:${alice.username}`);
    const history = (await f.get(alice, `/api/v1/direct/${alice.username}/messages`)).json();
    expect(history.messages.map((m: { text: string }) => m.text)).toEqual(['remember the milk']);
  });

  it('404s for an unknown recipient', async () => {
    const res = await f.dm(alice, 'no_such_user', 'hi');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it.each([
    ['', 'empty'],
    ['   \n  ', 'blank'],
    ['x'.repeat(10_001), 'too long'],
    ['bell\u0007', 'control character'],
  ])('rejects text that is %$1', async (text) => {
    const res = await f.dm(alice, bob.username, text);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toContain('text');
  });

  it('accepts exactly 10,000 characters and counts emoji once', async () => {
    expect((await f.dm(alice, bob.username, 'y'.repeat(10_000))).statusCode).toBe(201);
    expect((await f.dm(alice, bob.username, '😀'.repeat(10_000))).statusCode).toBe(201);
  });

  it('is idempotent per Idempotency-Key', async () => {
    const carol = await f.newUser();
    const first = await f.dm(carol, bob.username, 'once', { 'idempotency-key': 'k-1' });
    const again = await f.dm(carol, bob.username, 'once', { 'idempotency-key': 'k-1' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    // Concurrent retries also collapse into one message.
    const burst = await Promise.all([1, 2, 3, 4, 5].map(() => f.dm(carol, bob.username, 'burst', { 'idempotency-key': 'k-2' })));
    expect(new Set(burst.map((r) => r.json().id)).size).toBe(1);
    expect(burst.filter((r) => r.statusCode === 201)).toHaveLength(1);
    const history = (await f.get(carol, `/api/v1/direct/${bob.username}/messages`)).json();
    expect(history.messages.map((m: { text: string }) => m.text)).toEqual(['burst', 'once']);
    // The same key for another conversation is a conflict, not a silent duplicate.
    expect((await f.dm(carol, alice.username, 'once', { 'idempotency-key': 'k-1' })).statusCode).toBe(409);
    // Another user may use the same key.
    expect((await f.dm(bob, carol.username, 'mine', { 'idempotency-key': 'k-1' })).statusCode).toBe(201);
    // The same key with another body is a client bug, answered 422: the new text is not silently lost.
    const reused = await f.dm(carol, bob.username, 'a different message', { 'idempotency-key': 'k-1' });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error).toMatchObject({ code: 'idempotency_key_reused', details: { messageId: first.json().id } });
    expect((await f.dm(carol, bob.username, 'once', { 'idempotency-key': 'k-1' })).statusCode).toBe(200); // a true retry still is one
    // Once the first message was edited, what was sent cannot be compared: a retry returns it as it is.
    expect((await f.call(carol, 'PATCH', `/api/v1/messages/${first.json().id}`, { text: 'once, edited' })).statusCode).toBe(200);
    const afterEdit = await f.dm(carol, bob.username, 'once', { 'idempotency-key': 'k-1' });
    expect([afterEdit.statusCode, afterEdit.json().text]).toEqual([200, 'once, edited']);
  });

  it('assigns gap-free increasing seqs under concurrent sends and pages history by cursor', async () => {
    const dan = await f.newUser();
    const eve = await f.newUser();
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => f.dm(i % 2 ? dan : eve, i % 2 ? eve.username : dan.username, `m${i}`)));
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    expect(results.map((r) => r.json().seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));

    const newest = (await f.get(dan, `/api/v1/direct/${eve.username}/messages?limit=25`)).json();
    expect(newest.messages.map((m: { seq: number }) => m.seq)).toEqual(Array.from({ length: 25 }, (_, i) => 60 - i));
    expect(newest.hasMore).toBe(true);
    const older = (await f.get(dan, `/api/v1/direct/${eve.username}/messages?limit=50&before=36`)).json();
    expect(older.messages.map((m: { seq: number }) => m.seq)).toEqual(Array.from({ length: 35 }, (_, i) => 35 - i));
    expect(older.hasMore).toBe(false);
    const after = (await f.get(dan, `/api/v1/direct/${eve.username}/messages?after=55`)).json();
    expect(after.messages.map((m: { seq: number }) => m.seq)).toEqual([56, 57, 58, 59, 60]);
    expect((await f.get(dan, `/api/v1/direct/${eve.username}/messages?limit=201`)).statusCode).toBe(400);
  });

  it('returns empty history before the first message, 404 for unknown users', async () => {
    const x = await f.newUser();
    expect((await f.get(x, `/api/v1/direct/${alice.username}/messages`)).json()).toEqual({ messages: [], hasMore: false });
    expect((await f.get(x, '/api/v1/direct/ghost_user/messages')).statusCode).toBe(404);
  });
});

describe('editing and deleting', () => {
  it('lets the author edit and delete; leaves a tombstone', async () => {
    const msg = (await f.dm(alice, bob.username, 'typo')).json();
    const edited = await f.call(alice, 'PATCH', `/api/v1/messages/${msg.id}`, { text: 'fixed' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ text: 'fixed', seq: msg.seq });
    expect(edited.json().editedAt).not.toBeNull();

    expect((await f.call(bob, 'PATCH', `/api/v1/messages/${msg.id}`, { text: 'hijack' })).statusCode).toBe(403);
    expect((await f.call(bob, 'DELETE', `/api/v1/messages/${msg.id}`)).statusCode).toBe(403);
    const stranger = await f.newUser();
    expect((await f.call(stranger, 'DELETE', `/api/v1/messages/${msg.id}`)).statusCode).toBe(404);
    expect((await f.get(stranger, `/api/v1/messages/${msg.id}`)).statusCode).toBe(404);

    const deleted = await f.call(alice, 'DELETE', `/api/v1/messages/${msg.id}`);
    expect(deleted.json()).toMatchObject({ id: msg.id, text: null, deleted: true });
    const seen = (await f.get(bob, `/api/v1/messages/${msg.id}`)).json();
    expect(seen).toMatchObject({ text: null, deleted: true, seq: msg.seq });
    expect((await f.call(alice, 'PATCH', `/api/v1/messages/${msg.id}`, { text: 'again' })).statusCode).toBe(409);
    expect((await f.call(alice, 'DELETE', `/api/v1/messages/${msg.id}`)).statusCode).toBe(200);
  });
});
