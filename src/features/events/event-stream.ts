// Reading a user's event stream back (WebSocket resume): stored rows, completed by the hydrators of
// the features that keep only references in them.
import type { StoredEvent } from './event-bus.js';
import type { EventsRepository } from './events.repository.js';

export type Hydrator = (events: readonly StoredEvent[]) => Promise<StoredEvent[]>;

export class EventStream {
  constructor(
    private readonly events: EventsRepository,
    private readonly hydrators: readonly Hydrator[],
  ) {}

  /** The user's events after `afterSeq`, in seq order, at most `limit` rows read. */
  /**
   * The user's events after `afterSeq`, in seq order, reading at most `limit` rows. `complete`: nothing
   * more was there; otherwise continue from `lastSeqRead`.
   */
  async replay(userId: number, afterSeq: number, limit: number): Promise<{ events: StoredEvent[]; lastSeqRead: number; complete: boolean }> {
    const rows = await this.events.listForUser(userId, afterSeq, limit);
    let events: StoredEvent[] = rows;
    for (const hydrate of this.hydrators) events = await hydrate(events);
    return { events, lastSeqRead: rows.length > 0 ? rows[rows.length - 1]!.seq : afterSeq, complete: rows.length < limit };
  }

  /** The stream's current position: the highest seq committed. */
  currentSeq(): Promise<number> {
    return this.events.lastSeq();
  }

  /** The oldest seq still stored (1 unless old events were pruned). */
  oldestSeq(): Promise<number> {
    return this.events.firstSeq();
  }
}
