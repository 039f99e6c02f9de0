// The SQLite dialect of the message-append hot path (see message-store.ts): plain statements on a
// better-sqlite3 connection, prepared once, run in one IMMEDIATE transaction per batch. Runs on the
// message writer's worker thread (message-append.worker.ts), so the commit and its fsync stay off the
// event loop. Seqs are assigned here, from each conversation's lastSeq read inside the transaction.
import type BetterSqlite3 from 'better-sqlite3';
import type { AppendOutcome, AppendRequest, AppendResult } from './message-store.js';

/**
 * Every statement of this module, by name. Exported so a test can prepare each against a database
 * that Prisma migrated: a column or constraint the schema lost fails there, not in production.
 */
export const SQLITE_APPEND_STATEMENTS = {
  lastSeq: `SELECT "lastSeq" FROM "Conversation" WHERE "id" = ?`,
  // The conflict target is the (senderId, clientTxnId) unique index: a retried send inserts nothing,
  // and costs no read when it is not a retry. Any other constraint still fails loudly.
  insertMessage: `INSERT INTO "Message" ("id", "conversationId", "seq", "senderId", "text", "clientTxnId", "fileId", "createdAt", "replyToId", "threadId", "mentions")
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("senderId", "clientTxnId") DO NOTHING`,
  // The search index (FTS5, contentless; rowid = conversationId << 32 | seq: see its migration).
  indexWords: `INSERT INTO "MessageSearch" (rowid, body) VALUES ((? << 32) | ?, ?)`,
  insertMention: `INSERT INTO "Mention" ("messageId", "userId", "conversationId", "seq") VALUES (?, ?, ?, ?)`,
  // A reply counts on its thread's root (in the same conversation: the service checked).
  bumpThread: `UPDATE "Message" SET "replyCount" = "replyCount" + 1, "lastReplyAt" = ?, "version" = "version" + 1 WHERE "id" = ?`,
  earlier: `SELECT "id", "conversationId" FROM "Message" WHERE "senderId" = ? AND "clientTxnId" = ?`,
  moveConversation: `UPDATE "Conversation" SET "lastSeq" = ?, "lastMessageAt" = ?, "updatedAt" = ? WHERE "id" = ?`,
  insertEvent: `INSERT INTO "Event" ("type", "conversationId", "userId", "payload", "createdAt") VALUES ('message.created', ?, NULL, ?, ?)`,
  members: `SELECT "userId" FROM "Membership" WHERE "conversationId" = ? AND "role" <> 'invited'`,
  insertOutbox: `INSERT INTO "OutboxEvent" ("destination", "eventId", "type", "payload", "senderId", "createdAt")
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ("destination", "eventId") DO NOTHING`,
  // One group.message per member realm for a message of a group homed here, built from the row just
  // inserted. Handles are written as this realm sees them; the receiver translates ("alice" is
  // alice@<this realm>). `replyTo` is there only for a reply, so a peer that predates replies still
  // takes every other message.
  fanOut: `INSERT INTO "OutboxEvent" ("destination", "eventId", "type", "payload", "senderId", "createdAt")
    SELECT DISTINCT u."realm", m."id", 'group.message',
      json_remove(json_object('id', m."id", 'origin', @origin, 'ts', @at, 'type', 'group.message',
        'group', c."name", 'seq', m."seq", 'from', s."handle", 'fromName', s."displayName", 'text', m."text",
        'replyTo', m."replyToId",
        'file', json(CASE WHEN f."id" IS NULL THEN NULL ELSE json_object('id', f."id", 'name', f."name",
                  'size', f."size", 'mimeType', f."mimeType", 'sha256', f."sha256") END),
        'createdAt', m."createdAt"), CASE WHEN m."replyToId" IS NULL THEN '$.replyTo' ELSE '$.__keep' END),
      m."senderId", @at
    FROM "Message" m
    JOIN "Conversation" c ON c."id" = m."conversationId" AND c."kind" = 'group' AND c."homeRealm" IS NULL
    JOIN "Membership" ms ON ms."conversationId" = m."conversationId" AND ms."role" <> 'invited'
    JOIN "User" u ON u."id" = ms."userId" AND u."realm" IS NOT NULL
    JOIN "User" s ON s."id" = m."senderId"
    LEFT JOIN "File" f ON f."id" = m."fileId"
    WHERE m."id" = @id
    ON CONFLICT ("destination", "eventId") DO NOTHING
    RETURNING "destination"`,
} as const;

type Statements = { [K in keyof typeof SQLITE_APPEND_STATEMENTS]: BetterSqlite3.Statement };

/** DateTime exactly as Prisma's better-sqlite3 adapter writes it (ISO 8601, +00:00), so Prisma reads it back. */
function sqliteDateTime(iso: string): string {
  return iso.replace('Z', '+00:00');
}

export class SqliteMessageAppender {
  private readonly s: Statements;
  private readonly run: (request: AppendRequest) => AppendResult;

  constructor(db: BetterSqlite3.Database) {
    this.s = Object.fromEntries(Object.entries(SQLITE_APPEND_STATEMENTS).map(([name, sql]) => [name, db.prepare(sql)])) as Statements;
    this.s.lastSeq.pluck();
    this.s.members.pluck();
    this.s.fanOut.pluck();
    this.run = db.transaction((request: AppendRequest) => this.apply(request)).immediate;
  }

  append(request: AppendRequest): AppendResult {
    return this.run(request);
  }

  private apply({ rows, at: iso, selfRealm, audienceOf }: AppendRequest): AppendResult {
    const s = this.s;
    const at = sqliteDateTime(iso);
    const lastSeqs = new Map<number, number | null>();
    const moved = new Set<number>();
    const destinations = new Set<string>();
    const outcomes = rows.map((row): AppendOutcome => {
      let last = lastSeqs.get(row.conversationId);
      if (last === undefined) {
        last = (s.lastSeq.get(row.conversationId) as number | undefined) ?? null;
        lastSeqs.set(row.conversationId, last);
      }
      if (last === null) return { kind: 'gone' };
      const seq = last + 1;
      const inserted = s.insertMessage.run(
        row.id,
        row.conversationId,
        seq,
        row.senderId,
        row.text,
        row.clientTxnId,
        row.fileId,
        at,
        row.replyToId,
        row.threadId,
        row.mentions ? JSON.stringify(row.mentions.handles) : null,
      );
      if (inserted.changes === 0) {
        const earlier = s.earlier.get(row.senderId, row.clientTxnId) as { id: string; conversationId: number };
        return { kind: 'duplicate', id: earlier.id, conversationId: earlier.conversationId };
      }
      lastSeqs.set(row.conversationId, seq);
      moved.add(row.conversationId);
      if (row.threadId) s.bumpThread.run(at, row.threadId);
      if (row.words !== null) s.indexWords.run(row.conversationId, seq, row.words);
      for (const userId of row.mentions?.userIds ?? []) s.insertMention.run(row.id, userId, row.conversationId, seq);
      const event = s.insertEvent.run(row.conversationId, JSON.stringify({ messageId: row.id }), at);
      if (row.outbox) {
        const { destination, type, payload } = row.outbox;
        if (s.insertOutbox.run(destination, row.id, type, payload, row.senderId, at).changes > 0) destinations.add(destination);
      }
      if (row.fanOut) for (const destination of s.fanOut.all({ origin: selfRealm, at, id: row.id }) as string[]) destinations.add(destination);
      return { kind: 'created', seq, eventSeq: Number(event.lastInsertRowid) };
    });
    for (const id of moved) s.moveConversation.run(lastSeqs.get(id), at, at, id);
    return {
      outcomes,
      members: audienceOf.map((id) => [id, s.members.all(id) as number[]]),
      destinations: [...destinations],
    };
  }
}
