// Federation state: peers, the outbox, received transactions, applied event ids, seen nonces.
import type { ReadClient, Tx } from '../db/database.js';
import { inList, valuesList } from '../db/sql.js';

export interface PeerRecord {
  id: string;
  url: string;
  keyId: string;
  publicKey: string;
  source: string;
  createdAt: Date;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  failures: number;
  nextAttemptAt: Date | null;
}

export interface OutboxRecord {
  id: number;
  destination: string;
  eventId: string;
  type: string;
  payload: string;
  senderId: number | null;
  status: string;
  txnId: string | null;
  createdAt: Date;
}

export interface NewOutboxEvent {
  destination: string;
  eventId: string;
  type: string;
  payload: Record<string, unknown>;
  senderId: number | null;
}

export class FederationRepository {
  constructor(private readonly read: ReadClient) {}

  // Peers

  listPeers(): Promise<PeerRecord[]> {
    return this.read.realmPeer.findMany({ orderBy: { id: 'asc' } });
  }

  findPeer(id: string): Promise<PeerRecord | null> {
    return this.read.realmPeer.findUnique({ where: { id } });
  }

  upsertPeer(tx: Tx, data: { id: string; url: string; keyId: string; publicKey: string; source: string }): Promise<PeerRecord> {
    return tx.realmPeer.upsert({ where: { id: data.id }, create: data, update: { url: data.url, keyId: data.keyId, publicKey: data.publicKey } });
  }

  updatePeerKey(tx: Tx, id: string, keyId: string, publicKey: string): Promise<PeerRecord> {
    return tx.realmPeer.update({ where: { id }, data: { keyId, publicKey } });
  }

  async deletePeer(tx: Tx, id: string): Promise<boolean> {
    const { count } = await tx.realmPeer.deleteMany({ where: { id } });
    return count > 0;
  }

  async recordDelivery(tx: Tx, id: string, outcome: { ok: true } | { ok: false; error: string; failures: number; nextAttemptAt: Date }): Promise<void> {
    await tx.realmPeer.updateMany({
      where: { id },
      data: outcome.ok
        ? { lastSuccessAt: new Date(), failures: 0, nextAttemptAt: null }
        : { lastErrorAt: new Date(), lastError: outcome.error.slice(0, 500), failures: outcome.failures, nextAttemptAt: outcome.nextAttemptAt },
    });
  }

  // Outbox

  /** Inserts outbox rows (one statement); a row for an event already queued to that peer is skipped. */
  async enqueue(tx: Tx, events: readonly NewOutboxEvent[]): Promise<void> {
    if (events.length === 0) return;
    const now = new Date();
    await tx.$executeRaw`
      INSERT INTO "OutboxEvent" ("destination", "eventId", "type", "payload", "senderId", "createdAt")
      VALUES ${valuesList(events.map((e) => [e.destination, e.eventId, e.type, JSON.stringify(e.payload), e.senderId, now]))}
      ON CONFLICT ("destination", "eventId") DO NOTHING`;
  }

  /** The batch to (re)send: the rows of an unanswered transaction, else the next pending rows. */
  /** The oldest pending events for `destination` (at most `limit`), after outbox row `afterId`. */
  async nextBatch(destination: string, limit: number, afterId = 0): Promise<OutboxRecord[]> {
    return this.read.outboxEvent.findMany({ where: { destination, status: 'pending', id: { gt: afterId } }, orderBy: { id: 'asc' }, take: limit });
  }

  /** Marks `ids` delivered in transaction `txnId` — one statement, whatever the batch size. */
  async markDelivered(tx: Tx, ids: readonly number[], txnId: string): Promise<void> {
    if (ids.length === 0) return;
    await tx.$executeRaw`UPDATE "OutboxEvent" SET "status" = 'delivered', "deliveredAt" = ${new Date()}, "txnId" = ${txnId}
      WHERE "id" IN (${inList(ids)})`;
  }

  async markFailed(tx: Tx, ids: readonly number[], error: string): Promise<void> {
    if (ids.length) await tx.outboxEvent.updateMany({ where: { id: { in: [...ids] } }, data: { status: 'failed', error: error.slice(0, 500) } });
  }

  /** Queue depth and oldest pending event per destination. */
  async queueStats(): Promise<Map<string, { depth: number; oldest: Date | null }>> {
    const rows = await this.read.$queryRaw<Array<{ destination: string; depth: bigint | number; oldest: string | Date | null }>>`
      SELECT "destination", COUNT(*) AS "depth", MIN("createdAt") AS "oldest" FROM "OutboxEvent"
      WHERE "status" = 'pending' GROUP BY "destination"`;
    return new Map(rows.map((r) => [r.destination, { depth: Number(r.depth), oldest: r.oldest ? new Date(r.oldest) : null }]));
  }

  /** Whether an event for `destination` carried this file (a peer may fetch what it was sent). */
  async fileSentTo(destination: string, fileId: string): Promise<boolean> {
    const rows = await this.read.$queryRaw<unknown[]>`
      SELECT 1 FROM "OutboxEvent" WHERE "destination" = ${destination} AND "payload" LIKE ${`%"${fileId}"%`} LIMIT 1`;
    return rows.length > 0;
  }

  /**
   * Whether local user `senderId` asked for this: an event of `type` this realm queued for
   * `destination` on their behalf, with this event id and/or about this group. A peer may act on one
   * of our users only when that user asked.
   */
  async queuedBy(destination: string, senderId: number, type: string, filter: { eventId?: string; group?: string }): Promise<boolean> {
    const rows = await this.read.outboxEvent.findMany({
      where: { destination, senderId, type, ...(filter.eventId ? { eventId: filter.eventId } : {}) },
      select: { payload: true },
      orderBy: { id: 'desc' },
      take: 20,
    });
    return rows.some((r) => filter.group === undefined || (JSON.parse(r.payload) as { group?: unknown }).group === filter.group);
  }

  // Inbound

  async storedResponse(origin: string, txnId: string): Promise<string | null> {
    const row = await this.read.receivedTxn.findUnique({ where: { origin_txnId: { origin, txnId } } });
    return row?.response ?? null;
  }

  async appliedAmong(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.read.appliedEvent.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  /** Records an applied event; false if it was applied already (unique id). */
  async markApplied(tx: Tx, id: string, origin: string, result: string): Promise<boolean> {
    const count =
      await tx.$executeRaw`INSERT INTO "AppliedEvent" ("id", "origin", "result", "createdAt") VALUES (${id}, ${origin}, ${result}, ${new Date()}) ON CONFLICT ("id") DO NOTHING`;
    return count > 0;
  }

  /** Records a nonce; false if this origin used it before (a replay). */
  /** Nonces seen since `since` (to refuse replays across a restart). */
  async recentNonces(since: Date): Promise<Array<{ origin: string; nonce: string; createdAt: Date }>> {
    return this.read.seenNonce.findMany({ where: { createdAt: { gte: since } }, select: { origin: true, nonce: true, createdAt: true } });
  }

  /** Seen nonces and answers to received transactions, many at once (one statement each). */
  async saveJournal(
    tx: Tx,
    nonces: ReadonlyArray<{ origin: string; nonce: string; at: Date }>,
    responses: ReadonlyArray<{ origin: string; txnId: string; response: string }>,
  ): Promise<void> {
    if (nonces.length > 0) {
      await tx.$executeRaw`INSERT INTO "SeenNonce" ("origin", "nonce", "createdAt")
        VALUES ${valuesList(nonces.map((n) => [n.origin, n.nonce, n.at]))} ON CONFLICT DO NOTHING`;
    }
    if (responses.length > 0) {
      const now = new Date();
      await tx.$executeRaw`INSERT INTO "ReceivedTxn" ("origin", "txnId", "response", "createdAt")
        VALUES ${valuesList(responses.map((r) => [r.origin, r.txnId, r.response, now]))} ON CONFLICT DO NOTHING`;
    }
  }

  /** Drops nonces older than `nonceCutoff` and, if `weekAgo` is given, delivered events and stored answers older than it. */
  async prune(tx: Tx, nonceCutoff: Date, weekAgo: Date | null): Promise<void> {
    await tx.seenNonce.deleteMany({ where: { createdAt: { lt: nonceCutoff } } });
    if (!weekAgo) return;
    await tx.receivedTxn.deleteMany({ where: { createdAt: { lt: weekAgo } } });
    await tx.outboxEvent.deleteMany({ where: { status: 'delivered', deliveredAt: { lt: weekAgo } } });
  }
}
