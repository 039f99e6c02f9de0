// Exactly-once across realms where the client or the clock would make doubles or losses: an
// Idempotency-Key'd send to a group homed elsewhere, and two edits within one millisecond.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeRealms, eventually, startRealms, type TestRealm } from '../helpers/realms.js';

let a: TestRealm;
let b: TestRealm;

beforeAll(async () => {
  [a, b] = (await startRealms(['realm-a', 'realm-b'])) as [TestRealm, TestRealm];
});
afterAll(() => closeRealms([a, b]));

describe('Idempotency-Key on a send to a remote group', () => {
  it('stores one message at the home realm for two POSTs with the same key', async () => {
    const owner = await b.f.newUser();
    const group = await b.f.newGroup(owner);
    const ann = await a.f.newUser();
    expect((await a.f.call(ann, 'POST', `/api/v1/groups/${group}@realm-b/join`)).statusCode).toBe(202);
    await eventually(async () => (await b.f.get(owner, `/api/v1/groups/${group}/members`)).json().members.length === 2, 10_000, 'ann joined');
    await eventually(async () => (await a.f.get(ann, `/api/v1/groups/${group}@realm-b`)).json().myRole === 'member', 10_000, 'join confirmed');
    const send = (key: string, text: string) =>
      a.app.inject({ method: 'POST', url: `/api/v1/groups/${group}@realm-b/messages`, headers: { ...ann.auth, 'idempotency-key': key }, payload: { text } });
    const first = await send('key-1', 'once');
    const retry = await send('key-1', 'once');
    expect(first.statusCode).toBe(202);
    expect(retry.json().id).toBe(first.json().id);
    expect((await send('key-2', 'twice')).statusCode).toBe(202);
    const atHome = async () => (await b.f.get(owner, `/api/v1/groups/${group}/messages`)).json().messages.map((m: { text: string }) => m.text);
    await eventually(async () => (await atHome()).includes('twice'), 10_000, 'both keys delivered');
    // Once the home realm's echo is stored here, a retry answers with the stored message.
    await eventually(async () => (await a.f.get(ann, `/api/v1/groups/${group}@realm-b/messages`)).json().messages.length === 2, 10_000, 'echoes');
    const late = await send('key-1', 'once');
    expect(late.json()).toMatchObject({ id: first.json().id, seq: 1 });
    expect((await atHome()).sort()).toEqual(['once', 'twice']);
  });
});

describe('edits within one millisecond', () => {
  it('both reach the other realm: event ids never collide', async () => {
    const ann = await a.f.newUser();
    const bea = await b.f.newUser();
    const sent = (await a.f.dm(ann, `${bea.username}@realm-b`, 'draft')).json();
    await eventually(async () => (await b.f.get(bea, `/api/v1/messages/${sent.id}`)).statusCode === 200, 10_000, 'DM delivered');
    const frozen = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(frozen);
    try {
      expect((await a.f.call(ann, 'PATCH', `/api/v1/messages/${sent.id}`, { text: 'first' })).statusCode).toBe(200);
      expect((await a.f.call(ann, 'PATCH', `/api/v1/messages/${sent.id}`, { text: 'second' })).statusCode).toBe(200);
    } finally {
      clock.mockRestore();
    }
    await eventually(async () => (await b.f.get(bea, `/api/v1/messages/${sent.id}`)).json().text === 'second', 10_000, 'second edit at realm-b');
  });
});
