// Delivery to peers: one loop per destination, in outbox order, one transaction (≤ 50 events) in
// flight, the same txnId for every retry of a batch. Failures back off exponentially with full jitter
// up to FEDERATION_RETRY_MAX_MS and are retried forever — only removing the peer stops it. Retry-After
// is honoured. A 4xx other than 408/429 fails that batch for good and tells each sender (a
// `message.delivery` event). Any request from the peer wakes its loop at once, keeping the failure
// count. Everything lives in the outbox table, so a restart resumes where delivery stopped.
//
// Several instances: each destination's loop runs on the one instance holding its lease
// (delivery-leases.ts). The others pass their wake-ups to it over the bus, and every instance sweeps
// the outbox every LEASE_SWEEP_MS: the holder restarts a loop left idle with events queued (a lost
// wake-up), the others take over destinations whose holder died.
import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Database, Tx } from '../db/database.js';
import type { EventLog } from '../features/events/event-log.js';
import type { EventResult } from './events.js';
import type { FederationClient } from './federation-client.js';
import type { FederationRepository, OutboxRecord } from './federation.repository.js';
import type { PeersService } from './peers.service.js';
import { fullJitterDelay, isRetryable, retryAfterMs } from './retry.js';
import { MAX_EVENTS_PER_TXN, TransactionAnswer } from './events.js';
import { SingleInstanceLeases, type DeliveryLeases } from './delivery-leases.js';

export type LoopState = 'idle' | 'sending' | 'backoff';

export interface PeerDeliveryStatus {
  peer: string;
  state: LoopState;
  failures: number;
  nextAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
}

class DestinationLoop {
  state: LoopState = 'idle';
  failures = 0;
  nextAttemptAt: Date | null = null;
  lastSuccessAt: Date | null = null;
  lastError: string | null = null;
  lastErrorAt: Date | null = null;
  private timer: NodeJS.Timeout | null = null;
  private again = false;
  /** The last batch the peer answered, not yet marked in the outbox (done while the next one is sent). */
  answered: Answered | null = null;
  /** A batch sent without a usable answer: the next attempt resends exactly it. */
  retrying: OutboxRecord[] | null = null;
  private stopped = false;
  private running: Promise<void> | null = null;

  constructor(
    readonly destination: string,
    private readonly service: DeliveryService,
  ) {}

  wake(): void {
    if (this.stopped) return;
    if (this.state === 'sending') {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.run();
  }

  stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    return (this.running ?? Promise.resolve()).then(() => this.service.bookkeep(this).catch(() => undefined));
  }

  private async run(): Promise<void> {
    this.state = 'sending';
    this.nextAttemptAt = null;
    try {
      for (;;) {
        this.again = false;
        const outcome = await this.service.deliverOnce(this);
        if (this.stopped) return;
        if (outcome.kind === 'empty') {
          if (this.again) continue;
          this.state = 'idle';
          return;
        }
        if (outcome.kind === 'retry') {
          this.failures++;
          const delay = Math.max(outcome.retryAfterMs ?? 0, this.service.backoff(this.failures));
          this.nextAttemptAt = new Date(Date.now() + delay);
          this.lastError = outcome.error;
          this.lastErrorAt = new Date();
          this.state = 'backoff';
          await this.service.recordFailure(this);
          this.timer = setTimeout(() => this.wake(), delay);
          this.timer.unref();
          return;
        }
        // Delivered (or failed for good): the peer answered, so it is reachable.
        this.failures = 0;
        this.lastSuccessAt = new Date();
      }
    } catch (error) {
      // A local problem (database): retry like a peer failure rather than stop delivering.
      this.failures++;
      this.lastError = `local error: ${(error as Error).message}`;
      this.lastErrorAt = new Date();
      const delay = this.service.backoff(this.failures);
      this.nextAttemptAt = new Date(Date.now() + delay);
      this.state = 'backoff';
      this.timer = setTimeout(() => this.wake(), delay);
      this.timer.unref();
    }
  }
}

const ms = (n: number) => Math.round(n * 100) / 100;

interface Answered {
  txnId: string;
  lastRowId: number;
  delivered: OutboxRecord[];
  failed: Array<{ row: OutboxRecord; reason: string }>;
}

const LEASE_SWEEP_MS = 2000;

type Outcome = { kind: 'empty' } | { kind: 'delivered' } | { kind: 'retry'; error: string; retryAfterMs: number | null };

export class DeliveryService {
  private readonly loops = new Map<string, DestinationLoop>();
  /** When each peer's success was last written to its row. */
  private readonly successPersistedAt = new Map<string, number>();
  private sweepTimer: NodeJS.Timeout | null = null;
  private leases: DeliveryLeases = new SingleInstanceLeases();
  /** Passes a wake-up to the instance driving the destination (several instances). */
  private announceWake: (destination: string) => void = () => {};

  constructor(
    private readonly config: Config,
    private readonly db: Database,
    private readonly repo: FederationRepository,
    private readonly client: FederationClient,
    private readonly peers: PeersService,
    private readonly eventLog: EventLog,
    private readonly log: FastifyBaseLogger,
    private readonly random: () => number = Math.random,
  ) {}

  /** Several instances: drive only leased destinations, pass other wake-ups on, sweep for takeovers. */
  shareWith(leases: DeliveryLeases, announceWake: (destination: string) => void): void {
    this.leases = leases;
    this.announceWake = announceWake;
    if (leases.exclusive || this.sweepTimer) return;
    this.sweepTimer = setInterval(() => void this.sweep(), LEASE_SWEEP_MS);
    this.sweepTimer.unref();
  }

  wake(destination: string): void {
    if (!this.peers.isPeer(destination)) return;
    if (this.leases.holds(destination)) return this.loopFor(destination).wake();
    this.leases.acquire(destination).then(
      (held) => (held ? this.loopFor(destination).wake() : this.announceWake(destination)),
      (error: unknown) => {
        this.log.warn({ peer: destination, err: error }, 'could not take the delivery lease; passing the wake-up on');
        this.announceWake(destination);
      },
    );
  }

  /** Another instance queued events for this destination: deliver them if this instance drives it. */
  wakeIfDriven(destination: string): void {
    if (this.leases.holds(destination) && this.peers.isPeer(destination)) this.loopFor(destination).wake();
  }

  /** The leases of these destinations were lost (their connection broke): stop driving them. */
  leasesLost(destinations: readonly string[]): void {
    this.log.warn({ peers: destinations }, 'delivery leases lost; another instance takes these peers over');
    for (const destination of destinations) {
      const loop = this.loops.get(destination);
      this.loops.delete(destination);
      void loop?.stop();
    }
  }

  private loopFor(destination: string): DestinationLoop {
    let loop = this.loops.get(destination);
    if (!loop) this.loops.set(destination, (loop = new DestinationLoop(destination, this)));
    return loop;
  }

  private async sweep(): Promise<void> {
    try {
      for (const [destination, stats] of await this.repo.queueStats()) {
        if (stats.depth === 0 || !this.peers.isPeer(destination)) continue;
        if (this.leases.holds(destination)) {
          // Events queued by another instance whose wake-up did not arrive.
          if ((this.loops.get(destination)?.state ?? 'idle') === 'idle') this.loopFor(destination).wake();
        } else if (await this.leases.acquire(destination)) {
          this.log.info({ peer: destination }, 'took over delivery to this peer');
          this.loopFor(destination).wake();
        }
      }
    } catch (error) {
      this.log.warn({ err: error }, 'delivery sweep failed');
    }
  }

  /** At start: resume every peer that still has pending events. */
  async resume(): Promise<void> {
    for (const [destination, stats] of await this.repo.queueStats()) if (stats.depth > 0) this.wake(destination);
  }

  backoff(failures: number): number {
    return fullJitterDelay(failures, this.config.federation.retryBaseMs, this.config.federation.retryMaxMs, this.random);
  }

  async status(): Promise<Array<PeerDeliveryStatus & { queueDepth: number; oldestPendingAgeSeconds: number | null; url: string }>> {
    const stats = await this.repo.queueStats();
    const peers = await this.repo.listPeers();
    return peers.map((p) => {
      const loop = this.loops.get(p.id);
      const s = stats.get(p.id);
      return {
        peer: p.id,
        url: p.url,
        state: loop?.state ?? 'idle',
        queueDepth: s?.depth ?? 0,
        oldestPendingAgeSeconds: s?.oldest ? Math.round((Date.now() - s.oldest.getTime()) / 1000) : null,
        failures: loop?.failures ?? p.failures,
        nextAttemptAt: (loop?.nextAttemptAt ?? p.nextAttemptAt)?.toISOString() ?? null,
        lastSuccessAt: (loop?.lastSuccessAt ?? p.lastSuccessAt)?.toISOString() ?? null,
        lastError: loop?.lastError ?? p.lastError,
        lastErrorAt: (loop?.lastErrorAt ?? p.lastErrorAt)?.toISOString() ?? null,
      };
    });
  }

  /** Stops every loop after its batch in flight, then hands the leases back (other instances take over). */
  async close(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await Promise.all([...this.loops.values()].map((l) => l.stop()));
    await this.leases.close();
  }

  async recordFailure(loop: DestinationLoop): Promise<void> {
    this.successPersistedAt.delete(loop.destination); // the next success must clear the failure
    await this.db.write((tx) =>
      this.repo.recordDelivery(tx, loop.destination, { ok: false, error: loop.lastError ?? '', failures: loop.failures, nextAttemptAt: loop.nextAttemptAt! }),
    );
  }

  /**
   * Sends the next batch to the loop's destination once. The bookkeeping of the batch answered before
   * (marking it delivered or failed) commits while this one is on the wire, so it costs no time between
   * transactions; one transaction is still in flight at a time, in order.
   */
  async deliverOnce(loop: DestinationLoop): Promise<Outcome> {
    const started = performance.now();
    const afterId = loop.answered ? loop.answered.lastRowId : 0;
    const batch = loop.retrying ?? (await this.repo.nextBatch(loop.destination, MAX_EVENTS_PER_TXN, afterId));
    if (batch.length === 0) {
      await this.bookkeep(loop);
      return { kind: 'empty' };
    }
    const txnId = txnIdFor(batch);
    const peer = await this.peers.get(loop.destination);
    const body = {
      origin: this.config.realmId,
      destination: loop.destination,
      events: batch.map((r) => JSON.parse(r.payload) as unknown),
    };
    const sending = performance.now();
    const bookkeeping = this.bookkeep(loop);
    bookkeeping.catch(() => undefined); // awaited below
    // Until the answer is settled, a retry (even after a local error) resends exactly this batch.
    loop.retrying = batch;
    let response;
    try {
      response = await this.client.request(peer, 'PUT', `/federation/v1/send/${txnId}`, body);
    } catch (e) {
      await bookkeeping;
      return { kind: 'retry', error: (e as Error).message, retryAfterMs: null };
    }
    await bookkeeping;
    if (response.status === 200) {
      let results: Array<Omit<EventResult, 'status'> & { status: string }> = [];
      try {
        results = TransactionAnswer.parse(JSON.parse(response.body.toString('utf8'))).results;
      } catch {
        return { kind: 'retry', error: 'unreadable answer to a transaction', retryAfterMs: null };
      }
      const byId = new Map(results.map((r) => [r.id, r]));
      const delivered = batch.filter((r) => ['ok', 'duplicate'].includes(byId.get(r.eventId)?.status ?? ''));
      const failed = batch.filter((r) => !delivered.includes(r)).map((r) => ({ row: r, reason: byId.get(r.eventId)?.reason ?? 'no result from the peer' }));
      loop.answered = { txnId, lastRowId: batch.at(-1)!.id, delivered, failed };
      loop.retrying = null;
      this.log.debug(
        {
          peer: loop.destination,
          txnId,
          events: batch.length,
          rejected: failed.length,
          prepareMs: ms(sending - started),
          requestMs: ms(performance.now() - sending),
        },
        'transaction delivered',
      );
      return { kind: 'delivered' };
    }
    const text = response.body.toString('utf8').slice(0, 300);
    if (isRetryable(response.status)) {
      const after = retryAfterMs(response.headers['retry-after'] as string | undefined);
      return { kind: 'retry', error: `HTTP ${response.status}: ${text}`, retryAfterMs: after };
    }
    // The peer refuses this batch for good: fail its events and tell the senders.
    this.log.warn({ peer: loop.destination, status: response.status, txnId }, 'peer refused a transaction: failing its events');
    const reason = `refused by ${loop.destination}: HTTP ${response.status} ${text}`;
    loop.answered = { txnId, lastRowId: batch.at(-1)!.id, delivered: [], failed: batch.map((row) => ({ row, reason })) };
    loop.retrying = null;
    await this.bookkeep(loop);
    return { kind: 'delivered' };
  }

  /** Writes the outcome of the loop's last answered batch, if it is not written yet. */
  async bookkeep(loop: DestinationLoop): Promise<void> {
    const answered = loop.answered;
    if (!answered) return;
    await this.settle(loop.destination, answered);
    if (loop.answered === answered) loop.answered = null;
  }

  private async settle(destination: string, { txnId, delivered, failed }: Answered): Promise<void> {
    // The peer row's "last success" is only for status after a restart: written when it changes
    // something (after failures) or at most every 10 s — not one more statement per transaction.
    const now = Date.now();
    const persistedAt = this.successPersistedAt.get(destination);
    const persistSuccess = persistedAt === undefined || now - persistedAt > 10_000;
    const bookkeeping = async (tx: Tx) => {
      await this.repo.markDelivered(
        tx,
        delivered.map((r) => r.id),
        txnId,
      );
      if (persistSuccess) await this.repo.recordDelivery(tx, destination, { ok: true });
    };
    if (failed.length === 0) {
      await this.db.write(bookkeeping);
    } else {
      await this.eventLog.write(async (tx, emit) => {
        for (const { row, reason } of failed) {
          await this.repo.markFailed(tx, [row.id], reason);
          if (row.senderId !== null) {
            emit({
              type: 'message.delivery',
              userId: row.senderId,
              payload: { messageId: row.eventId, eventType: row.type, destination, status: 'failed', reason },
            });
          }
        }
        await bookkeeping(tx);
      });
    }
    if (persistSuccess) this.successPersistedAt.set(destination, now);
  }
}

/**
 * A batch's txnId is derived from the events in it: a retry of the same batch — in this process or
 * after a restart — carries the same txnId without one more write per transaction to remember it.
 * (After a restart a batch that was not full may have grown; it is then another transaction, whose
 * already-applied events the peer reports as duplicates.)
 */
export function txnIdFor(batch: ReadonlyArray<{ eventId: string }>): string {
  const digest = createHash('sha256');
  for (const r of batch) digest.update(r.eventId).update('\n');
  return `${batch.length}-${digest.digest('base64url').slice(0, 32)}`;
}
