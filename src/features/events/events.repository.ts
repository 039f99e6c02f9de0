// Event stream storage. Appends happen inside the caller's write transaction.
import type { ReadClient, Tx } from '../../db/database.js';
import { inList, valuesList } from '../../db/sql.js';
import { list, statement, type SqlReads } from '../../db/statements.js';
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

const EVENT = `"seq", "type", "conversationId", "userId", "payload", "createdAt"`;

const S = {
  /** A user's stream: events of conversations they are a member of, and those naming them. */
  forUser: statement<EventRow>(
    'events.forUser',
    `SELECT ${EVENT} FROM "Event"
     WHERE "seq" > ? AND ("userId" = ? OR "conversationId" IN
       (SELECT "conversationId" FROM "Membership" WHERE "userId" = ? AND "role" <> 'invited'))
     ORDER BY "seq" LIMIT ?`,
  ),
  after: statement<EventRow>('events.after', `SELECT ${EVENT} FROM "Event" WHERE "seq" > ? ORDER BY "seq" LIMIT ?`),
  membersNow: statement<MemberRow>(
    'events.membersNow',
    (d) => `SELECT "conversationId", "userId" FROM "Membership" WHERE "conversationId" ${d.inInts} AND "role" <> 'invited'`,
  ),
  first: statement<{ seq: number | null }>('events.first', `SELECT MIN("seq") AS "seq" FROM "Event"`),
  last: statement<{ seq: number | null }>('events.last', `SELECT MAX("seq") AS "seq" FROM "Event"`),
};

export class EventsRepository {
  constructor(
    private readonly read: ReadClient,
    private readonly sql: SqlReads,
  ) {}

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
    return (await this.sql.all(S.forUser, afterSeq, userId, userId, limit)).map(toStored);
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
    return (await this.sql.all(S.after, afterSeq, limit)).map(toStored);
  }

  /** Member user ids (not invitations) of each conversation, as committed now. */
  async membersNow(conversationIds: readonly number[]): Promise<Map<number, number[]>> {
    if (conversationIds.length === 0) return new Map();
    return groupMembers(await this.sql.all(S.membersNow, list(conversationIds)));
  }

  async firstSeq(): Promise<number> {
    return Number((await this.sql.get(S.first))?.seq ?? 1);
  }

  async lastSeq(): Promise<number> {
    return Number((await this.sql.get(S.last))?.seq ?? 0);
  }
}
