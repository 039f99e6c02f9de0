// Event stream storage. Appends happen inside the caller's write transaction.
import type { ReadClient, Tx } from '../../db/database.js';
import { inList, valuesList } from '../../db/sql.js';
import type { StoredEvent } from './event-bus.js';

export interface NewEvent {
  type: string;
  conversationId?: number | null;
  userId?: number | null;
  /** What live subscribers get. */
  payload: Record<string, unknown>;
  /**
   * What the stream row keeps, if not the payload: message events keep only { messageId } and are
   * rebuilt from the message on replay, so edited or deleted text does not live on in the log.
   */
  stored?: Record<string, unknown>;
}

interface EventRow {
  seq: number | bigint;
  type: string;
  conversationId: number | bigint | null;
  userId: number | bigint | null;
  payload: string;
  createdAt: Date;
}

export type MemberRow = { conversationId: number | bigint; userId: number | bigint };

/** Membership rows → conversation id → member user ids. */
export function groupMembers(rows: readonly MemberRow[]): Map<number, number[]> {
  const result = new Map<number, number[]>();
  for (const row of rows) {
    const id = Number(row.conversationId);
    let list = result.get(id);
    if (!list) result.set(id, (list = []));
    list.push(Number(row.userId));
  }
  return result;
}

function toStored(row: EventRow): StoredEvent {
  return {
    seq: Number(row.seq),
    type: row.type,
    conversationId: row.conversationId === null ? null : Number(row.conversationId),
    userId: row.userId === null ? null : Number(row.userId),
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    createdAt: row.createdAt,
  };
}

export class EventsRepository {
  constructor(private readonly read: ReadClient) {}

  /** Appends events in one statement and returns them with their stream seq, in order. */
  async append(tx: Tx, events: readonly NewEvent[]): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    const now = new Date();
    const rows = await tx.$queryRaw<Array<{ seq: number | bigint }>>`
      INSERT INTO "Event" ("type", "conversationId", "userId", "payload", "createdAt")
      VALUES ${valuesList(events.map((e) => [e.type, e.conversationId ?? null, e.userId ?? null, JSON.stringify(e.stored ?? e.payload), now]))}
      RETURNING "seq"`;
    // RETURNING order is not guaranteed by SQL; seqs are assigned in row order, so sort them.
    const seqs = rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
    return events.map((e, i) => ({
      seq: seqs[i]!,
      type: e.type,
      conversationId: e.conversationId ?? null,
      userId: e.userId ?? null,
      payload: e.payload,
      createdAt: now,
    }));
  }

  /**
   * A user's stream after `afterSeq`: events of the conversations they are a member of, plus events that
   * name them in `userId` (their own read markers; their removal from a conversation they left).
   */
  async listForUser(userId: number, afterSeq: number, limit: number): Promise<StoredEvent[]> {
    const rows = await this.read.$queryRaw<EventRow[]>`
      SELECT "seq", "type", "conversationId", "userId", "payload", "createdAt" FROM "Event"
      WHERE "seq" > ${afterSeq} AND (
        "userId" = ${userId}
        OR "conversationId" IN
              (SELECT "conversationId" FROM "Membership" WHERE "userId" = ${userId} AND "role" <> 'invited')
      )
      ORDER BY "seq" LIMIT ${limit}`;
    return rows.map(toStored);
  }

  /** Member user ids (not pending invitations) of each conversation, as the transaction sees them. */
  async membersOf(tx: Tx, conversationIds: readonly number[]): Promise<Map<number, number[]>> {
    if (conversationIds.length === 0) return new Map();
    return groupMembers(
      await tx.$queryRaw<MemberRow[]>`
        SELECT "conversationId", "userId" FROM "Membership"
        WHERE "conversationId" IN (${inList(conversationIds)}) AND "role" <> 'invited'`,
    );
  }

  /** Every event after `afterSeq`, oldest first (another instance's commits, for the live feed). */
  async after(afterSeq: number, limit: number): Promise<StoredEvent[]> {
    const rows = await this.read.event.findMany({ where: { seq: { gt: afterSeq } }, orderBy: { seq: 'asc' }, take: limit });
    return rows.map(toStored);
  }

  /** Member user ids (not invitations) of each conversation, as committed now. */
  async membersNow(conversationIds: readonly number[]): Promise<Map<number, number[]>> {
    if (conversationIds.length === 0) return new Map();
    return groupMembers(
      await this.read.$queryRaw<MemberRow[]>`
        SELECT "conversationId", "userId" FROM "Membership" WHERE "conversationId" IN (${inList(conversationIds)}) AND "role" <> 'invited'`,
    );
  }

  async firstSeq(): Promise<number> {
    const rows = await this.read.$queryRaw<Array<{ seq: number | bigint | null }>>`SELECT MIN("seq") AS "seq" FROM "Event"`;
    return Number(rows[0]?.seq ?? 1);
  }

  async lastSeq(): Promise<number> {
    const rows = await this.read.$queryRaw<Array<{ seq: number | bigint | null }>>`SELECT MAX("seq") AS "seq" FROM "Event"`;
    return Number(rows[0]?.seq ?? 0);
  }
}
