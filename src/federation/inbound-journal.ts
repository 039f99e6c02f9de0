// What the inbound side must remember: nonces seen (replays are refused) and the answer to each
// transaction (a repeated txnId gets the same answer). Both are checked in memory, where a check-and-set
// is atomic, and written behind in one transaction every FLUSH_MS — not one fsynced commit per request,
// which made them most of the cost of receiving a transaction.
//
// Losing the last FLUSH_MS of them in a crash is safe: every federation request is idempotent anyway
// (events are applied once by their id, key announcements and hellos repeat harmlessly), so the records
// only save work and keep replays out; after a restart the nonces of the signature window are reloaded.
//
// Several instances (REDIS_URL): a nonce is also claimed in Redis (SET NX, expiring with the window),
// so a request replayed to another instance is refused too. Stored answers are read from the shared
// database; one written behind on another instance in the last FLUSH_MS is not seen, and the
// transaction is then applied again — idempotently, its events answering "duplicate".
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import type { Database } from '../db/database.js';
import type { FederationRepository } from './federation.repository.js';

const FLUSH_MS = 20;

export class InboundJournal {
  /** "origin nonce" → when it was seen (ms). */
  private readonly nonces = new Map<string, number>();
  private readonly unsavedNonces: Array<{ origin: string; nonce: string; at: Date }> = [];
  private readonly unsavedResponses = new Map<string, { origin: string; txnId: string; response: string }>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly repo: FederationRepository,
    private readonly log: FastifyBaseLogger,
    private readonly shared: { redis: Redis; prefix: string; windowMs: number } | null = null,
  ) {}

  /** Loads the nonces seen since `since` (the signature window), so replays stay refused after a restart. */
  async load(since: Date): Promise<void> {
    for (const n of await this.repo.recentNonces(since)) this.nonces.set(`${n.origin} ${n.nonce}`, n.createdAt.getTime());
  }

  /** Records a nonce; false if it was seen before (a replay), here or, with Redis, on another instance. */
  async claimNonce(origin: string, nonce: string): Promise<boolean> {
    const key = `${origin} ${nonce}`;
    if (this.nonces.has(key)) return false;
    if (this.shared) {
      const { redis, prefix, windowMs } = this.shared;
      const claimed = await redis.set(`${prefix}:nonce:${origin}:${nonce}`, '1', 'PX', windowMs, 'NX').catch((error: unknown) => {
        this.log.warn({ err: error }, 'redis did not answer a nonce claim: checked on this instance only');
        return 'OK';
      });
      if (claimed !== 'OK') return false;
      // Claimed meanwhile by a concurrent request to this instance.
      if (this.nonces.has(key)) return false;
    }
    const at = new Date();
    this.nonces.set(key, at.getTime());
    this.unsavedNonces.push({ origin, nonce, at });
    this.schedule();
    return true;
  }

  async responseFor(origin: string, txnId: string): Promise<string | null> {
    return this.unsavedResponses.get(`${origin} ${txnId}`)?.response ?? (await this.repo.storedResponse(origin, txnId));
  }

  storeResponse(origin: string, txnId: string, response: string): void {
    this.unsavedResponses.set(`${origin} ${txnId}`, { origin, txnId, response });
    this.schedule();
  }

  /** Forgets nonces older than `before` (outside the signature window, a replay fails the time check). */
  prune(before: Date): void {
    const cutoff = before.getTime();
    for (const [key, at] of this.nonces) if (at < cutoff) this.nonces.delete(key);
  }

  /** Writes what is pending now. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const nonces = this.unsavedNonces.splice(0);
    const responses = [...this.unsavedResponses.values()];
    if (nonces.length === 0 && responses.length === 0) return this.flushing;
    this.flushing = this.flushing
      .then(() => this.db.write((tx) => this.repo.saveJournal(tx, nonces, responses)))
      .then(() => {
        // An answer stored meanwhile for the same txnId is identical; keep only what is still unsaved.
        for (const r of responses) if (this.unsavedResponses.get(`${r.origin} ${r.txnId}`) === r) this.unsavedResponses.delete(`${r.origin} ${r.txnId}`);
      })
      .catch((error: unknown) => {
        // Kept in memory (nonces) or not needed for correctness (answers): log and go on.
        this.log.error({ err: error, nonces: nonces.length, responses: responses.length }, 'could not save the inbound journal');
      });
    return this.flushing;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }
}
