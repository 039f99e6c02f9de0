// The event bus across instances (REDIS_URL): the database stays the source of events. A commit here
// is delivered to this instance's listeners through the ordered feed and published to the others,
// batched per event-loop turn: whole (the events with their audience, so in steady state no instance
// reads the event table), or, for a batch too large, as "seq S committed", a wake-up after which they
// read what they missed from the database in seq order (ordered-feed.ts). Either way the feed orders by
// seq and reads any gap from the database. Messages that are not stored (typing, presence, ended
// sessions) travel whole. Redis down means no live delivery between instances, never a lost event:
// clients resume from the database.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LocalEventBus, type BusMessage, type EventBus } from './event-bus.js';
import { OrderedFeed, type FeedSource } from './ordered-feed.js';

type EventMessage = Extract<BusMessage, { kind: 'event' }>;
type Envelope = { from: string; wake: number } | { from: string; events: EventMessage[] } | { from: string; message: Exclude<BusMessage, { kind: 'event' }> };

/** A batch of events larger than this (serialized) goes as a wake-up: receivers read it instead. */
const MAX_WHOLE_BYTES = 256 * 1024;

export class RedisEventBus implements EventBus {
  /** This instance's listeners (the hub, caches): the local bus delivers to them. */
  private readonly local: LocalEventBus;
  private readonly feed: OrderedFeed;
  private readonly id = randomUUID();
  private readonly channel: string;
  private outgoing: EventMessage[] = [];

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    options: { prefix: string; source: FeedSource; startSeq: number; onError?: (error: unknown) => void },
  ) {
    const onError = options.onError ?? (() => {});
    this.local = new LocalEventBus(onError);
    this.channel = `${options.prefix}:bus`;
    this.feed = new OrderedFeed(options.source, (m) => this.local.publish(m), options.startSeq, onError);
    subscriber.on('message', (channel: string, raw: string) => {
      if (channel !== this.channel) return;
      try {
        const envelope = JSON.parse(raw) as Envelope;
        if (envelope.from === this.id) return;
        if ('wake' in envelope) this.feed.wake(envelope.wake);
        else if ('events' in envelope) for (const m of envelope.events) this.feed.offer(revive(m));
        else this.local.publish(envelope.message);
      } catch (error) {
        onError(error);
      }
    });
    void subscriber.subscribe(this.channel).catch(onError);
  }

  /** Resolves once the subscription is live (tests; the server starts serving regardless). */
  ready(): Promise<unknown> {
    return this.subscriber.subscribe(this.channel);
  }

  /** Redis answers within a second on both connections (the subscriber must be subscribed). */
  async healthy(): Promise<boolean> {
    const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 1000).unref());
    const ping = this.publisher.ping().then(
      (pong) => pong === 'PONG' && this.subscriber.status === 'ready',
      () => false,
    );
    return Promise.race([ping, timeout]);
  }

  get position(): number {
    return this.feed.position;
  }

  publish(message: BusMessage): void {
    if (message.kind === 'event') {
      this.feed.offer(message);
      if (this.outgoing.push(message) === 1) setImmediate(() => this.flush());
      return;
    }
    this.local.publish(message);
    this.send({ from: this.id, message });
  }

  subscribe(listener: (message: BusMessage) => void): () => void {
    return this.local.subscribe(listener);
  }

  /** Some commit may not have been announced: catch up from the database, and have every instance do so. */
  resync(): void {
    void this.feed.resync().then(() => this.send({ from: this.id, wake: this.feed.position }));
  }

  /** This turn's commits, in one message. */
  private flush(): void {
    const events = this.outgoing;
    this.outgoing = [];
    const whole = JSON.stringify({ from: this.id, events } satisfies Envelope);
    if (whole.length <= MAX_WHOLE_BYTES) this.publishRaw(whole);
    else this.send({ from: this.id, wake: events.at(-1)!.event.seq });
  }

  private send(envelope: Envelope): void {
    this.publishRaw(JSON.stringify(envelope));
  }

  private publishRaw(raw: string): void {
    // Fire and forget: a lost publish is repaired by the next one (the gap is read), or by the client's resume.
    this.publisher.publish(this.channel, raw).catch(() => {});
  }
}

/** JSON turned the event's timestamp into a string. */
function revive(m: EventMessage): EventMessage {
  return { ...m, event: { ...m.event, createdAt: new Date(m.event.createdAt) } };
}
