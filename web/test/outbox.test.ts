// The outbox keeps unsent messages across reloads, hands each to the socket once per connection, sends
// what had no answer again after a reconnect (same clientTxnId: the server stores it once), and keeps
// refused ones for the user.
import { describe, expect, it } from 'vitest';
import { newTxnId, Outbox } from '../src/lib/outbox';

class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const dm = { conversation: 'dm:bob', target: { to: 'bob' } };

describe('Outbox', () => {
  it('queues, sends each once per connection, removes on ack', () => {
    const box = new Outbox(new MemoryStorage(), 'k');
    const a = box.add({ ...dm, text: 'one' });
    const b = box.add({ ...dm, text: 'two' });
    expect(box.takeQueued().map((i) => i.text)).toEqual(['one', 'two']);
    // Already on the wire: a second flush on the same connection sends nothing again.
    expect(box.takeQueued()).toEqual([]);
    const c = box.add({ ...dm, text: 'three' });
    expect(box.takeQueued().map((i) => i.clientTxnId)).toEqual([c.clientTxnId]);
    // A limited take leaves the rest queued, in order.
    const d = box.add({ ...dm, text: 'four' });
    const e = box.add({ ...dm, text: 'five' });
    expect(box.takeQueued(1).map((i) => i.clientTxnId)).toEqual([d.clientTxnId]);
    expect(box.takeQueued().map((i) => i.clientTxnId)).toEqual([e.clientTxnId]);
    expect(box.acked(a.clientTxnId)?.text).toBe('one');
    expect(box.acked(a.clientTxnId)).toBeUndefined();
    expect(box.items().map((i) => i.clientTxnId)).toEqual([b.clientTxnId, c.clientTxnId, d.clientTxnId, e.clientTxnId]);
  });

  it('after a reconnect, what had no answer goes again with the same clientTxnId, in order', () => {
    const box = new Outbox(new MemoryStorage(), 'k');
    const a = box.add({ ...dm, text: 'one' });
    const b = box.add({ ...dm, text: 'two' });
    box.takeQueued();
    box.acked(a.clientTxnId);
    box.requeueSent();
    expect(box.takeQueued().map((i) => i.clientTxnId)).toEqual([b.clientTxnId]);
  });

  it('survives a reload: a new Outbox on the same storage has the unsent messages, queued again', () => {
    const storage = new MemoryStorage();
    const first = new Outbox(storage, 'k');
    const a = first.add({ ...dm, text: 'typed offline' });
    first.takeQueued(); // on the wire when the tab closed
    const second = new Outbox(storage, 'k');
    expect(second.items()).toMatchObject([{ clientTxnId: a.clientTxnId, text: 'typed offline', state: 'queued' }]);
    second.acked(a.clientTxnId);
    expect(storage.data.has('k')).toBe(false);
  });

  it('keeps refused messages for the user: not resent until retried, or discarded', () => {
    const box = new Outbox(new MemoryStorage(), 'k');
    const a = box.add({ ...dm, text: 'not allowed' });
    box.takeQueued();
    box.failed(a.clientTxnId, 'You cannot message this user');
    box.requeueSent();
    expect(box.takeQueued()).toEqual([]);
    expect(box.items()[0]).toMatchObject({ state: 'failed', error: 'You cannot message this user' });
    box.requeue(a.clientTxnId);
    expect(box.takeQueued().map((i) => i.clientTxnId)).toEqual([a.clientTxnId]);
    box.discard(a.clientTxnId);
    expect(box.items()).toEqual([]);
  });

  it('filters by conversation and ignores damaged storage', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '{not json');
    const box = new Outbox(storage, 'k');
    expect(box.items()).toEqual([]);
    box.add({ ...dm, text: 'to bob' });
    box.add({ conversation: 'group:team', target: { group: 'team' }, text: 'to team' });
    expect(box.items('group:team').map((i) => i.text)).toEqual(['to team']);
    storage.setItem(
      'k',
      JSON.stringify([{ nonsense: true }, { clientTxnId: 'x', conversation: 'dm:bob', target: { to: 'bob' }, state: 'queued', createdAt: '' }]),
    );
    expect(new Outbox(storage, 'k').items().map((i) => i.clientTxnId)).toEqual(['x']);
  });

  it('clientTxnIds are unique and within the server’s 128-character limit', () => {
    const ids = new Set(Array.from({ length: 1000 }, newTxnId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(128);
  });
});
