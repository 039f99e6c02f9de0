// Writes state changes together with their stream events, then hands the events to the bus after the
// commit, in commit order. Services use it for every write that someone else may need to hear about.
import type { Database, Tx } from '../../db/database.js';
import type { BusMessage, EventBus, StoredEvent } from './event-bus.js';
import type { EventsRepository, NewEvent } from './events.repository.js';

export type Emit = (event: NewEvent) => void;

/**
 * Who receives each event: the conversation's members as of the transaction, plus the user the event
 * names.
 */
export function withAudience(stored: readonly StoredEvent[], members: ReadonlyMap<number, readonly number[]>): BusMessage[] {
  return stored.map((event) => {
    const audience = new Set(event.conversationId === null ? [] : (members.get(event.conversationId) ?? []));
    if (event.userId !== null) audience.add(event.userId);
    return { kind: 'event', event, audience: [...audience] };
  });
}

/** The conversations whose members an event set needs. */
export function conversationsOf(stored: readonly StoredEvent[]): number[] {
  return [...new Set(stored.flatMap((e) => (e.conversationId === null ? [] : [e.conversationId])))];
}

export class EventLog {
  constructor(
    private readonly db: Database,
    private readonly events: EventsRepository,
    private readonly bus: EventBus,
  ) {}

  /** fn's writes and the events it emits commit together, or not at all. */
  async write<T>(fn: (tx: Tx, emit: Emit) => Promise<T>): Promise<T> {
    let deliveries: BusMessage[] = [];
    return this.db.write(
      async (tx) => {
        const pending: NewEvent[] = [];
        const result = await fn(tx, (event) => pending.push(event));
        const stored = await this.events.append(tx, pending);
        // One query for the whole transaction, however many events it holds.
        deliveries = withAudience(stored, await this.events.membersOf(tx, conversationsOf(stored)));
        return result;
      },
      () => this.publish(deliveries),
    );
  }

  /** Hands committed events to the bus. Call only after commit, in commit order. */
  publish(deliveries: readonly BusMessage[]): void {
    for (const message of deliveries) this.bus.publish(message);
  }
}
