// Every state change lands in the event stream in the same transaction, and reaches the bus after the
// commit with the right audience — what WebSocket delivery and resume build on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusMessage } from '../../src/features/events/event-bus.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';

let t: TestApp;
let f: Factory;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
const published: BusMessage[] = [];

async function userId(u: TestUser): Promise<number> {
  return (await t.app.services.sessions.authenticate(u.token))!.userId;
}

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  alice = await f.newUser();
  bob = await f.newUser();
  carol = await f.newUser();
  t.app.services.bus.subscribe((m) => published.push(m));
});
afterAll(() => t.close());

describe('event stream', () => {
  it('records conversation events for members and private events for their user, in seq order', async () => {
    const [a, b, c] = await Promise.all([userId(alice), userId(bob), userId(carol)]);
    const start = await t.app.services.stream.currentSeq();
    const g = await f.newGroup(alice);
    await f.call(bob, 'POST', `/api/v1/groups/${g}/join`);
    const msg = (await f.groupSend(alice, g, 'hello')).json();
    await f.call(alice, 'PATCH', `/api/v1/messages/${msg.id}`, { text: 'hello!' });
    await f.call(bob, 'POST', `/api/v1/conversations/group:${g}/read`, { upToSeq: 1 });
    await f.call(alice, 'DELETE', `/api/v1/messages/${msg.id}`);
    await f.call(bob, 'POST', `/api/v1/groups/${g}/leave`);
    await f.dm(carol, alice.username, 'psst');

    const bobStream = (await t.app.services.stream.replay(b, start, 100)).events;
    // Bob left: he keeps what happened while he was a member only through his own events.
    expect(bobStream.map((e) => e.type)).toEqual(['read', 'member.left']);
    const aliceStream = (await t.app.services.stream.replay(a, start, 100)).events;
    expect(aliceStream.map((e) => e.type)).toEqual([
      'member.joined',
      'member.joined',
      'message.created',
      'message.updated',
      'message.deleted',
      'member.left',
      'message.created',
    ]);
    // Replay shows messages as they are now: the deleted one is a tombstone in every event.
    const replayed = aliceStream.filter((e) => e.type.startsWith('message.') && (e.payload.message as { id: string }).id === msg.id);
    expect(replayed).toHaveLength(3);
    for (const e of replayed) expect(e.payload.message).toMatchObject({ text: null, deleted: true });
    expect(JSON.stringify(aliceStream)).not.toContain('hello');
    const seqs = aliceStream.map((e) => e.seq);
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    const carolStream = (await t.app.services.stream.replay(c, start, 100)).events;
    expect(carolStream.map((e) => e.type)).toEqual(['message.created']);
    expect(carolStream[0]!.payload).toMatchObject({ message: { text: 'psst', sender: carol.username } });
  });

  it('publishes after commit, in seq order, to the members', async () => {
    const [a, b] = await Promise.all([userId(alice), userId(bob)]);
    published.length = 0;
    const g = await f.newGroup(alice);
    await f.call(bob, 'POST', `/api/v1/groups/${g}/join`);
    await Promise.all(Array.from({ length: 20 }, (_, i) => f.groupSend(i % 2 ? alice : bob, g, `m${i}`)));
    const events = published.flatMap((m) => (m.kind === 'event' ? [m] : []));
    const seqs = events.map((m) => m.event.seq);
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    const created = events.filter((m) => m.event.type === 'message.created');
    expect(created).toHaveLength(20);
    for (const m of created) expect([...m.audience].sort()).toEqual([a, b].sort());
  });

  it('announces revoked sessions', async () => {
    published.length = 0;
    await f.call(carol, 'POST', '/api/v1/auth/logout');
    expect(published.some((m) => m.kind === 'sessions.revoked' && m.sessionIds.length === 1)).toBe(true);
  });

  it('does not record a failed change', async () => {
    const start = await t.app.services.stream.currentSeq();
    expect((await f.groupSend(alice, 'no-such-group', 'x')).statusCode).toBe(404);
    expect((await f.dm(alice, alice.username, '\u0001')).statusCode).toBe(400);
    expect(await t.app.services.stream.currentSeq()).toBe(start);
  });
});
