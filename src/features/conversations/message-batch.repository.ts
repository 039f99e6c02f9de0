// The group-commit statements for message sends, run as one Prisma batch transaction (no interactive
// transaction: it costs several hundred µs more per commit here). Seqs are computed in SQL from the
// conversation's lastSeq as it stands inside the transaction, so nothing is read first.
// Rows travel as one JSON parameter each (see db/sqlite-batch.ts).
import type { PrismaClient } from '@prisma/client';
import { jsonRows, sqliteDateTime } from '../../db/sqlite-batch.js';
import { groupMembers, type MemberRow } from '../events/events.repository.js';

export interface BatchRow {
  id: string;
  conversationId: number;
  /** 1-based position of this message among the batch's messages to the same conversation. */
  position: number;
  senderId: number;
  text: string | null;
  fileId: string | null;
  clientTxnId: string | null;
}

export interface CommittedBatch {
  /** Each conversation's lastSeq after the batch. */
  lastSeqs: Map<number, number>;
  /** Stream seqs of the batch's message.created events, in row order. */
  eventSeqs: number[];
  members: Map<number, number[]>;
}

export class MessageBatchRepository {
  constructor(private readonly client: PrismaClient) {}

  /** Commits the batch; reads the members of `audienceOf` (conversations whose audience is not known). */
  async commit(
    rows: readonly BatchRow[],
    counts: ReadonlyMap<number, number>,
    audienceOf: readonly number[],
    now: Date,
  ): Promise<CommittedBatch> {
    const batch = jsonRows(rows.map((r) => [r.id, r.conversationId, r.position, r.senderId, r.text, r.clientTxnId, r.fileId]));
    const byConversation = JSON.stringify(Object.fromEntries(counts));
    const at = sqliteDateTime(now);
    const db = this.client;
    const statements = [
      // Reads lastSeq before the UPDATE below moves it: seq = lastSeq + position. A vanished
      // conversation yields a NULL seq and fails the whole batch (the caller retries one by one).
      db.$executeRaw`
        INSERT INTO "Message" ("id", "conversationId", "seq", "senderId", "text", "clientTxnId", "fileId", "createdAt")
        SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),
               (SELECT c."lastSeq" FROM "Conversation" c WHERE c."id" = json_extract(value, '$[1]')) + json_extract(value, '$[2]'),
               json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]'), json_extract(value, '$[6]'), ${at}
        FROM json_each(${batch})`,
      db.$queryRaw<Array<{ id: bigint | number; lastSeq: bigint | number }>>`
        UPDATE "Conversation"
        SET "lastSeq" = "lastSeq" + json_extract(${byConversation}, '$."' || "id" || '"'),
            "lastMessageAt" = ${at}, "updatedAt" = ${at}
        WHERE "id" IN (SELECT CAST("key" AS INTEGER) FROM json_each(${byConversation}))
        RETURNING "id", "lastSeq"`,
      db.$queryRaw<Array<{ seq: bigint | number }>>`
        INSERT INTO "Event" ("type", "conversationId", "userId", "payload", "createdAt")
        SELECT 'message.created', json_extract(value, '$[1]'), NULL,
               json_object('messageId', json_extract(value, '$[0]')), ${at}
        FROM json_each(${batch}) RETURNING "seq"`,
    ] as const;
    const membersQuery = db.$queryRaw<MemberRow[]>`
      SELECT "conversationId", "userId" FROM "Membership"
      WHERE "conversationId" IN (SELECT value FROM json_each(${JSON.stringify(audienceOf)})) AND "role" <> 'invited'`;
    const [, updated, events, members = []] = await (audienceOf.length > 0
      ? db.$transaction([...statements, membersQuery])
      : db.$transaction([...statements]));
    return {
      lastSeqs: new Map(updated.map((r) => [Number(r.id), Number(r.lastSeq)])),
      // RETURNING order is not guaranteed; seqs are assigned in row order, so sort them.
      eventSeqs: events.map((e) => Number(e.seq)).sort((a, b) => a - b),
      members: groupMembers(members),
    };
  }

  async conversationExists(id: number): Promise<boolean> {
    const rows = await this.client.$queryRaw<unknown[]>`SELECT 1 FROM "Conversation" WHERE "id" = ${id}`;
    return rows.length > 0;
  }
}
