// The ordered feed: every committed event reaches this instance's listeners once, in seq order,
// whichever instance committed it, with gaps (rolled-back seqs) skipped rather than waited for.
import { describe, expect, it } from 'vitest';
import type { BusMessage } from '../../src/features/events/event-bus.js';
import { OrderedFeed, type FeedSource } from '../../src/features/events/ordered-feed.js';

type EventMessage = Extract<BusMessage, { kind: 'event' }>;

const event = (seq: number): EventMessage => ({
  kind: 'event',
  event: { seq, type: 'message.created', conversationId: 1, userId: null, payload: { n: seq }, createdAt: new Date(0) },
  audience: [1],
});

/** The "database": committed events, readable after a seq; `reads` counts the queries. */
function database(committed: number[]) {
  const db = { committed: [...committed], reads: 0 };
  const source: FeedSource = {
    async after(seq, limit) {
      db.reads++;
      await new Promise((r) => setTimeout(r, 5));
      const rows = db.committed
        .filter((s) => s > seq)
        .sort((a, b) => a - b)
        .slice(0, limit);
      return { events: rows.map(event), lastSeq: rows.at(-1) ?? seq };
    },
    async lastSeq() {
      db.reads++;
      return Math.max(0, ...db.committed);
    },
  };
  return { db, source };
}

const settle = () => new Promise((r) => setTimeout(r, 60));

describe('OrderedFeed', () => {
  it('delivers this instance’s own commits at once, without reading the database', async () => {
    const { db, source } = database([]);
    const got: number[] = [];
    const feed = new OrderedFeed(source, (m) => got.push(m.event.seq), 0);
    for (const s of [1, 2, 3]) {
      db.committed.push(s);
      feed.offer(event(s));
    }
    feed.offer(event(2)); // a repeat
    expect(got).toEqual([1, 2, 3]);
    expect(db.reads).toBe(0);
  });

  it('reads what other instances committed, in order, and holds a later local event until then', async () => {
    const { db, source } = database([1, 2, 3, 4, 5]);
    const got: number[] = [];
    const feed = new OrderedFeed(source, (m) => got.push(m.event.seq), 0);
    feed.wake(3); // another instance committed up to 3
    db.committed.push(6);
    feed.offer(event(6)); // ours, committed after 4 and 5 (the other instance's)
    await settle();
    expect(got).toEqual([1, 2, 3, 4, 5, 6]);
    feed.wake(2); // a late wake-up changes nothing
    await settle();
    expect(got).toEqual([1, 2, 3, 4, 5, 6]);
    expect(feed.position).toBe(6);
  });

  it('skips a seq that was never committed (a rolled-back transaction) instead of waiting for it', async () => {
    const { source } = database([1, 3]);
    const got: number[] = [];
    const feed = new OrderedFeed(source, (m) => got.push(m.event.seq), 0);
    feed.offer(event(1));
    feed.offer(event(3)); // 2 was taken and rolled back
    await settle();
    expect(got).toEqual([1, 3]);
  });

  it('after a commit nobody announced, resync reads the position (retrying while the database is down) and delivers it', async () => {
    const { db, source } = database([1, 2]);
    const got: number[] = [];
    const errors: unknown[] = [];
    let down = 2;
    const flaky: typeof source = {
      after: (seq, limit) => source.after(seq, limit),
      lastSeq: async () => {
        if (down-- > 0) throw new Error('Connection terminated unexpectedly');
        return source.lastSeq();
      },
    };
    const feed = new OrderedFeed(
      flaky,
      (m) => got.push(m.event.seq),
      0,
      (e) => errors.push(e),
    );
    feed.offer(event(1));
    db.committed.push(3); // committed, but its committer lost the connection during COMMIT
    await feed.resync();
    await settle();
    expect(got).toEqual([1, 2, 3]);
    expect(errors).toHaveLength(2);
  });

  it('under many interleaved wake-ups and local commits, delivers each seq once, ascending', async () => {
    const { db, source } = database([]);
    const got: number[] = [];
    const feed = new OrderedFeed(source, (m) => got.push(m.event.seq), 0);
    for (let s = 1; s <= 300; s++) {
      if (s % 17 === 0) continue; // rolled back
      db.committed.push(s);
      if (s % 3 === 0) feed.offer(event(s));
      else if (s % 5 === 0) feed.wake(s);
      if (s % 50 === 0) await new Promise((r) => setTimeout(r, 2));
    }
    feed.wake(300);
    await new Promise((r) => setTimeout(r, 400));
    expect(got).toEqual(db.committed);
  });
});
