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

/** Federation's part of a batch: DM events to queue, and whether to fan group messages out. */
export interface BatchFederation {
  selfRealm: string;
  outbox: ReadonlyArray<{ destination: string; eventId: string; type: string; payload: string; senderId: number }>;
  /** Queue one group.message per member realm for messages of groups homed here. */
  fanOutGroups: boolean;
}

export interface CommittedBatch {
  /** Each conversation's lastSeq after the batch. */
  lastSeqs: Map<number, number>;
  /** Stream seqs of the batch's message.created events, in row order. */
  eventSeqs: number[];
  members: Map<number, number[]>;
  /** Peers that got new outbox rows. */
  destinations: string[];
}

export class MessageBatchRepository {
  constructor(private readonly client: PrismaClient) {}

  /** Commits the batch; reads the members of `audienceOf` (conversations whose audience is not known). */
  async commit(
    rows: readonly BatchRow[],
    counts: ReadonlyMap<number, number>,
    audienceOf: readonly number[],
    now: Date,
    federation?: BatchFederation,
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
    const outbox = federation?.outbox.length
      ? db.$queryRaw<Array<{ destination: string }>>`
          INSERT OR IGNORE INTO "OutboxEvent" ("destination", "eventId", "type", "payload", "senderId", "createdAt")
          SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
                 json_extract(value, '$[3]'), json_extract(value, '$[4]'), ${at}
          FROM json_each(${jsonRows(federation.outbox.map((o) => [o.destination, o.eventId, o.type, o.payload, o.senderId]))})
          RETURNING "destination"`
      : null;
    // One group.message per (message, member realm) for groups homed here, built in SQL from the rows
    // just inserted (the seq exists only inside this transaction). Handles are written as this realm
    // sees them; the receiver translates ("alice" is alice@<this realm>).
    const fanOut = federation?.fanOutGroups
      ? db.$queryRaw<Array<{ destination: string }>>`
          INSERT OR IGNORE INTO "OutboxEvent" ("destination", "eventId", "type", "payload", "senderId", "createdAt")
          SELECT DISTINCT u."realm", m."id", 'group.message',
            json_object('id', m."id", 'origin', ${federation.selfRealm}, 'ts', ${at}, 'type', 'group.message',
              'group', c."name", 'seq', m."seq",
              'from', s."handle",
              'fromName', s."displayName", 'text', m."text",
              'file', json(CASE WHEN f."id" IS NULL THEN NULL ELSE json_object('id', f."id", 'name', f."name",
                        'size', f."size", 'mimeType', f."mimeType", 'sha256', f."sha256") END),
              'createdAt', m."createdAt"),
            m."senderId", ${at}
          FROM "Message" m
          JOIN "Conversation" c ON c."id" = m."conversationId" AND c."kind" = 'group' AND c."homeRealm" IS NULL
          JOIN "Membership" ms ON ms."conversationId" = m."conversationId" AND ms."role" <> 'invited'
          JOIN "User" u ON u."id" = ms."userId" AND u."realm" IS NOT NULL
          JOIN "User" s ON s."id" = m."senderId"
          LEFT JOIN "File" f ON f."id" = m."fileId"
          WHERE m."id" IN (SELECT json_extract(value, '$[0]') FROM json_each(${batch}))
          RETURNING "destination"`
      : null;
    const extra = [...(audienceOf.length > 0 ? [membersQuery] : []), ...(outbox ? [outbox] : []), ...(fanOut ? [fanOut] : [])];
    const results = (await db.$transaction([...statements, ...extra])) as unknown[];
    const [, updated, events] = results as [number, Array<{ id: bigint | number; lastSeq: bigint | number }>, Array<{ seq: bigint | number }>];
    let next = 3;
    const members = audienceOf.length > 0 ? (results[next++] as MemberRow[]) : [];
    const destinations = new Set<string>();
    if (outbox) for (const r of results[next++] as Array<{ destination: string }>) destinations.add(r.destination);
    if (fanOut) for (const r of results[next++] as Array<{ destination: string }>) destinations.add(r.destination);
    return {
      destinations: [...destinations],
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
