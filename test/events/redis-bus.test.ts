// The event bus across instances over a real Redis: two buses share one "database" of committed
// events, as two instances share PostgreSQL. A commit on one reaches the other's listeners in seq
// order, exactly once; unstored messages (typing, ended sessions) travel whole; an instance that
// missed wake-ups (Redis gone for a while) catches up from the database on the next one.
import { afterAll, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import type { BusMessage } from '../../src/features/events/event-bus.js';
import type { FeedSource } from '../../src/features/events/ordered-feed.js';
import { RedisEventBus } from '../../src/features/events/redis-event-bus.js';
import { describeRedis, redisClient, uniquePrefix } from '../helpers/redis.js';

type EventMessage = Extract<BusMessage, { kind: 'event' }>;
const event = (seq: number): EventMessage => ({
  kind: 'event',
  event: { seq, type: 'message.created', conversationId: 7, userId: null, payload: { seq }, createdAt: new Date(0) },
  audience: [1, 2],
});

const clients: Redis[] = [];
afterAll(() => clients.forEach((c) => c.disconnect()));

function instance(prefix: string, committed: number[]) {
  const source: FeedSource = {
    after: async (seq, limit) => {
      const rows = committed.filter((s) => s > seq).slice(0, limit);
      return { events: rows.map(event), lastSeq: rows.at(-1) ?? seq };
    },
    lastSeq: async () => Math.max(0, ...committed),
  };
  const pub = redisClient();
  const sub = redisClient();
  clients.push(pub, sub);
  const bus = new RedisEventBus(pub, sub, { prefix, source, startSeq: 0 });
  const seen: BusMessage[] = [];
  bus.subscribe((m) => seen.push(m));
  return { bus, seen, sub };
}

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describeRedis('RedisEventBus', () => {
  it('delivers every commit, from either instance, to both, in seq order and once', async () => {
    const prefix = uniquePrefix();
    const committed: number[] = [];
    const a = instance(prefix, committed);
    const b = instance(prefix, committed);
    await Promise.all([a.bus.ready(), b.bus.ready()]);
    for (let seq = 1; seq <= 60; seq++) {
      committed.push(seq);
      (seq % 2 ? a : b).bus.publish(event(seq));
    }
    const seqs = (x: { seen: BusMessage[] }) => x.seen.flatMap((m) => (m.kind === 'event' ? [m.event.seq] : []));
    await until(() => seqs(a).length === 60 && seqs(b).length === 60);
    const all = Array.from({ length: 60 }, (_, i) => i + 1);
    expect(seqs(a)).toEqual(all);
    expect(seqs(b)).toEqual(all);
  });

  it('carries unstored messages whole, to the other instance and locally, once each', async () => {
    const prefix = uniquePrefix();
    const a = instance(prefix, []);
    const b = instance(prefix, []);
    await Promise.all([a.bus.ready(), b.bus.ready()]);
    a.bus.publish({ kind: 'ephemeral', type: 'typing', data: { conversation: 'group:x', user: 'ann' }, audience: [2] });
    a.bus.publish({ kind: 'sessions.revoked', sessionIds: ['s1'] });
    await until(() => b.seen.length === 2);
    expect(b.seen).toEqual(a.seen);
    expect(a.seen).toHaveLength(2);
  });

  it('an instance that missed wake-ups catches up from the database on the next one', async () => {
    const prefix = uniquePrefix();
    const committed: number[] = [];
    const a = instance(prefix, committed);
    const b = instance(prefix, committed);
    await Promise.all([a.bus.ready(), b.bus.ready()]);
    await b.sub.unsubscribe(); // b hears nothing for a while
    for (let seq = 1; seq <= 5; seq++) {
      committed.push(seq);
      a.bus.publish(event(seq));
    }
    await b.bus.ready();
    committed.push(6);
    a.bus.publish(event(6));
    await until(() => b.seen.length === 6);
    expect(b.seen.map((m) => (m as EventMessage).event.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
