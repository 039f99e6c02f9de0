// The event bus across instances (REDIS_URL): the database stays the source of events, Redis only
// carries wake-ups. A commit here is delivered to this instance's listeners through the ordered feed
// and announced as "seq S committed"; other instances read what they missed from the database, in
// seq order (ordered-feed.ts). Messages that are not stored (typing, presence, ended sessions) travel
// whole. Redis down means no live delivery between instances, never a lost event: clients resume from
// the database.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LocalEventBus, type BusMessage, type EventBus } from './event-bus.js';
import { OrderedFeed, type FeedSource } from './ordered-feed.js';

type Envelope = { from: string; wake: number } | { from: string; message: Exclude<BusMessage, { kind: 'event' }> };

export class RedisEventBus implements EventBus {
  /** This instance's listeners (the hub, caches): the local bus delivers to them. */
  private readonly local: LocalEventBus;
  private readonly feed: OrderedFeed;
  private readonly id = randomUUID();
  private readonly channel: string;

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
      this.feed.local(message);
      this.send({ from: this.id, wake: message.event.seq });
      return;
    }
    this.local.publish(message);
    this.send({ from: this.id, message });
  }

  subscribe(listener: (message: BusMessage) => void): () => void {
    return this.local.subscribe(listener);
  }

  private send(envelope: Envelope): void {
    // Fire and forget: a lost wake-up is repaired by the next one, or by the client's resume.
    this.publisher.publish(this.channel, JSON.stringify(envelope)).catch(() => {});
  }
}
