// Reading a user's event stream back (WebSocket resume): stored rows, completed by the hydrators of
// the features that keep only references in them.
import type { BusMessage, StoredEvent } from './event-bus.js';
import { conversationsOf, withAudience } from './event-log.js';
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

  /**
   * Every event after `afterSeq` as live deliveries: hydrated, with their audience as of now (the
   * members then may have changed; a member who left is no longer told). Feeds the other instances'
   * commits to this one (ordered-feed.ts).
   */
  async feed(afterSeq: number, limit: number): Promise<{ events: Array<Extract<BusMessage, { kind: 'event' }>>; lastSeq: number }> {
    const rows = await this.events.after(afterSeq, limit);
    const members = await this.events.membersNow(conversationsOf(rows));
    let events: StoredEvent[] = rows;
    for (const hydrate of this.hydrators) events = await hydrate(events);
    return { events: withAudience(events, members) as Array<Extract<BusMessage, { kind: 'event' }>>, lastSeq: rows.at(-1)?.seq ?? afterSeq };
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
