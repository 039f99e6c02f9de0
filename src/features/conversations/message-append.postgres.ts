// The PostgreSQL dialect of the message-append hot path (see message-store.ts), on the `pg` pool that
// Prisma's adapter-pg wraps: named statements (prepared once per connection), one transaction per
// batch. Several instances may append at once, so the transaction first takes a cluster-wide advisory
// lock: seqs (per conversation) and event-stream seqs are then assigned in commit order, which `resume`
// relies on ("every event after N" must never gain an older one later).
import type pg from 'pg';
import type { AppendOutcome, AppendRequest, AppendResult, AppendRow, MessageStore } from './message-store.js';

import { STREAM_LOCK_SQL } from '../../db/stream-lock.js';
import { isDatabaseUnavailable } from '../../shared/errors.js';

/**
 * Every statement of this module, by name. Exported so a test can prepare each against a database
 * migrated by Prisma (prisma/postgres/migrations).
 */
export const POSTGRES_APPEND_STATEMENTS = {
  lock: STREAM_LOCK_SQL,
  lastSeqs: `SELECT "id", "lastSeq" FROM "Conversation" WHERE "id" = ANY($1::int[])`,
  earlier: `SELECT m."senderId", m."clientTxnId", m."id", m."conversationId" FROM "Message" m
    JOIN unnest($1::int[], $2::text[]) AS k("senderId", "clientTxnId") ON m."senderId" = k."senderId" AND m."clientTxnId" = k."clientTxnId"`,
  // "searchVector": the search index (the folded words, see features/search/search-index.postgres.ts).
  insertMessages: `INSERT INTO "Message" ("id", "conversationId", "seq", "senderId", "text", "clientTxnId", "fileId", "createdAt", "replyToId", "threadId", "mentions", "searchVector")
    SELECT r.id, r.conversation, r.seq, r.sender, r.text, r.txn, r.file, $8::timestamp(3), r.reply, r.thread, r.mentions, to_tsvector('simple', r.words)
    FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $9::text[], $10::text[], $11::text[], $12::text[])
      AS r(id, conversation, seq, sender, text, txn, file, reply, thread, mentions, words)
    ON CONFLICT ("senderId", "clientTxnId") DO NOTHING
    RETURNING "id"`,
  insertMentions: `INSERT INTO "Mention" ("messageId", "userId", "conversationId", "seq")
    SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[])`,
  // Replies count on their thread's root (several replies to one root in a batch count each).
  bumpThreads: `UPDATE "Message" m SET "replyCount" = m."replyCount" + v.n, "lastReplyAt" = $2::timestamp(3), "version" = m."version" + 1
    FROM (SELECT t.id, count(*)::int AS n FROM unnest($1::text[]) AS t(id) GROUP BY t.id) v WHERE m."id" = v.id`,
  moveConversations: `UPDATE "Conversation" c SET "lastSeq" = v.seq, "lastMessageAt" = $3::timestamp(3), "updatedAt" = $3::timestamp(3)
    FROM unnest($1::int[], $2::int[]) AS v(id, seq) WHERE c."id" = v.id`,
  insertEvents: `INSERT INTO "Event" ("type", "conversationId", "userId", "payload", "createdAt")
    SELECT 'message.created', e.conversation, NULL, json_build_object('messageId', e.id)::text, $3::timestamp(3)
    FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS e(id, conversation, n) ORDER BY e.n
    RETURNING "seq"`,
  members: `SELECT "conversationId", "userId" FROM "Membership" WHERE "conversationId" = ANY($1::int[]) AND "role" <> 'invited'`,
  // After a connection lost during COMMIT: did the batch commit after all? Its rows (ids are ours) and
  // their events (the conversation's newest ones, so the index on (conversationId, seq) finds them).
  committed: `SELECT m."id", m."seq", e."seq" AS "eventSeq" FROM "Message" m
    JOIN LATERAL (SELECT ev."seq" FROM "Event" ev WHERE ev."conversationId" = m."conversationId" AND ev."type" = 'message.created'
      AND ev."payload" = json_build_object('messageId', m."id")::text ORDER BY ev."seq" DESC LIMIT 1) e ON true
    WHERE m."id" = ANY($1::text[])`,
  committedOutbox: `SELECT DISTINCT "destination" FROM "OutboxEvent" WHERE "eventId" = ANY($1::text[])`,
  insertOutbox: `INSERT INTO "OutboxEvent" ("destination", "eventId", "type", "payload", "senderId", "createdAt")
    SELECT o.destination, o.event, o.type, o.payload, o.sender, $6::timestamp(3)
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) AS o(destination, event, type, payload, sender)
    ON CONFLICT ("destination", "eventId") DO NOTHING
    RETURNING "destination"`,
  // One group.message per member realm for the messages of groups homed here, built from the rows just
  // inserted (see the SQLite twin for the payload's shape).
  fanOut: `INSERT INTO "OutboxEvent" ("destination", "eventId", "type", "payload", "senderId", "createdAt")
    SELECT DISTINCT u."realm", m."id", 'group.message',
      (jsonb_build_object('id', m."id", 'origin', $2::text, 'ts', $3::text, 'type', 'group.message',
        'group', c."name", 'seq', m."seq", 'from', s."handle", 'fromName', s."displayName", 'text', m."text",
        'replyTo', m."replyToId",
        'file', CASE WHEN f."id" IS NULL THEN NULL ELSE jsonb_build_object('id', f."id", 'name', f."name",
                'size', f."size", 'mimeType', f."mimeType", 'sha256', f."sha256") END,
        'createdAt', to_char(m."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"'))
        - CASE WHEN m."replyToId" IS NULL THEN 'replyTo' ELSE '' END)::text,
      m."senderId", $4::timestamp(3)
    FROM "Message" m
    JOIN "Conversation" c ON c."id" = m."conversationId" AND c."kind" = 'group' AND c."homeRealm" IS NULL
    JOIN "Membership" ms ON ms."conversationId" = m."conversationId" AND ms."role" <> 'invited'
    JOIN "User" u ON u."id" = ms."userId" AND u."realm" IS NOT NULL
    JOIN "User" s ON s."id" = m."senderId"
    LEFT JOIN "File" f ON f."id" = m."fileId"
    WHERE m."id" = ANY($1::text[])
    ON CONFLICT ("destination", "eventId") DO NOTHING
    RETURNING "destination"`,
} as const;

type Name = keyof typeof POSTGRES_APPEND_STATEMENTS;

/** A timestamp(3) column holds UTC wall-clock time, exactly as Prisma's adapter-pg writes it. */
function pgTimestamp(iso: string): string {
  return iso.replace('T', ' ').replace('Z', '');
}

/** A duplicate appeared between the check and the insert (another instance): the batch is redone. */
class RaceLost extends Error {}

/**
 * Waits before each new attempt after the database connection was lost (a restart, a failover, a
 * terminated backend): about 4 s in all, then the send fails as "database unavailable".
 */
const RECONNECT_DELAYS_MS = [50, 200, 500, 1000, 2000];

export class PostgresMessageStore implements MessageStore {
  /** The last batch submitted: batches commit in the order the writer sends them (pipelined sends). */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly pool: pg.Pool) {}

  append(request: AppendRequest): Promise<AppendResult> {
    // The writer keeps two batches here; on separate pool connections the second could take the
    // stream lock first and get the lower seqs. One after the other keeps a sender's order.
    const result = this.tail.then(() => this.attempt(request));
    this.tail = result.catch(() => {});
    return result;
  }

  private async attempt(request: AppendRequest): Promise<AppendResult> {
    let races = 0;
    let lost = 0;
    for (;;) {
      try {
        // A connection lost during COMMIT leaves the outcome unknown: the batch may have committed. Then
        // it is answered as committed (its seqs read back), so it is acked and published once, as usual.
        if (lost > 0) {
          const done = await this.committedEarlier(request);
          if (done) return done;
        }
        return await this.transaction(request);
      } catch (error) {
        if (error instanceof RaceLost && races++ < 3) continue;
        if (isDatabaseUnavailable(error) && lost < RECONNECT_DELAYS_MS.length) {
          await new Promise((resolve) => setTimeout(resolve, RECONNECT_DELAYS_MS[lost++]));
          continue;
        }
        throw error;
      }
    }
  }

  /** The result of this batch if an earlier attempt committed it (its rows exist), else null. */
  private async committedEarlier({ rows, audienceOf }: AppendRequest): Promise<AppendResult | null> {
    const q = <R extends pg.QueryResultRow>(name: Name, values: unknown[]) =>
      this.pool.query<R>({ name: `append_${name}`, text: POSTGRES_APPEND_STATEMENTS[name], values });
    const found = await q<{ id: string; seq: number; eventSeq: number }>('committed', [rows.map((r) => r.id)]);
    if (found.rows.length === 0) return null;
    const created = new Map(found.rows.map((r) => [r.id, r]));
    // Rows of the batch that were not inserted were duplicates of earlier sends, or went to a
    // conversation that is gone.
    const keyed = rows.filter((r) => !created.has(r.id) && r.clientTxnId !== null);
    const earlier = new Map<string, { id: string; conversationId: number }>();
    if (keyed.length > 0) {
      const res = await q<{ senderId: number; clientTxnId: string; id: string; conversationId: number }>('earlier', [
        keyed.map((r) => r.senderId),
        keyed.map((r) => r.clientTxnId),
      ]);
      for (const r of res.rows) earlier.set(`${r.senderId}:${r.clientTxnId}`, { id: r.id, conversationId: r.conversationId });
    }
    const outcomes: AppendOutcome[] = rows.map((row) => {
      const mine = created.get(row.id);
      if (mine) return { kind: 'created', seq: mine.seq, eventSeq: mine.eventSeq };
      const before = earlier.get(`${row.senderId}:${row.clientTxnId}`);
      return before ? { kind: 'duplicate', ...before } : { kind: 'gone' };
    });
    const members = new Map<number, number[]>(audienceOf.map((id) => [id, []]));
    if (audienceOf.length > 0)
      for (const r of (await q<{ conversationId: number; userId: number }>('members', [audienceOf])).rows) members.get(r.conversationId)?.push(r.userId);
    const destinations = (await q<{ destination: string }>('committedOutbox', [[...created.keys()]])).rows.map((r) => r.destination);
    return { outcomes, members: [...members], destinations };
  }

  async close(): Promise<void> {
    // The pool belongs to the database module, which ends it.
  }

  private async transaction({ rows, at: iso, selfRealm, audienceOf }: AppendRequest): Promise<AppendResult> {
    const client = await this.pool.connect();
    const q = <R extends pg.QueryResultRow>(name: Name, values: unknown[]) =>
      client.query<R>({ name: `append_${name}`, text: POSTGRES_APPEND_STATEMENTS[name], values });
    const at = pgTimestamp(iso);
    try {
      await client.query('BEGIN');
      await q('lock', []);
      const conversations = [...new Set(rows.map((r) => r.conversationId))];
      const last = new Map((await q<{ id: number; lastSeq: number }>('lastSeqs', [conversations])).rows.map((r) => [r.id, r.lastSeq]));
      const keyed = rows.filter((r) => r.clientTxnId !== null);
      const key = (senderId: number, clientTxnId: string | null) => `${senderId}:${clientTxnId}`;
      /** Messages already stored, or earlier in this batch, by sender and clientTxnId. */
      const earlier = new Map<string, { id: string; conversationId: number }>();
      if (keyed.length > 0) {
        const found = await q<{ senderId: number; clientTxnId: string; id: string; conversationId: number }>('earlier', [
          keyed.map((r) => r.senderId),
          keyed.map((r) => r.clientTxnId),
        ]);
        for (const r of found.rows) earlier.set(key(r.senderId, r.clientTxnId), { id: r.id, conversationId: r.conversationId });
      }
      const outcomes: AppendOutcome[] = [];
      const fresh: Array<{ row: AppendRow; seq: number; index: number }> = [];
      for (const row of rows) {
        const seq = last.get(row.conversationId);
        const before = row.clientTxnId === null ? undefined : earlier.get(key(row.senderId, row.clientTxnId));
        if (seq === undefined) outcomes.push({ kind: 'gone' });
        else if (before) outcomes.push({ kind: 'duplicate', ...before });
        else {
          last.set(row.conversationId, seq + 1);
          if (row.clientTxnId !== null) earlier.set(key(row.senderId, row.clientTxnId), { id: row.id, conversationId: row.conversationId });
          fresh.push({ row, seq: seq + 1, index: outcomes.length });
          outcomes.push({ kind: 'created', seq: seq + 1, eventSeq: 0 });
        }
      }
      const destinations = new Set<string>();
      if (fresh.length > 0) {
        const f = fresh.map((x) => x.row);
        const inserted = await q('insertMessages', [
          f.map((r) => r.id),
          f.map((r) => r.conversationId),
          fresh.map((x) => x.seq),
          f.map((r) => r.senderId),
          f.map((r) => r.text),
          f.map((r) => r.clientTxnId),
          f.map((r) => r.fileId),
          at,
          f.map((r) => r.replyToId),
          f.map((r) => r.threadId),
          f.map((r) => (r.mentions ? JSON.stringify(r.mentions.handles) : null)),
          f.map((r) => r.words),
        ]);
        if (inserted.rowCount !== fresh.length) throw new RaceLost();
        const threads = f.filter((r) => r.threadId).map((r) => r.threadId);
        if (threads.length > 0) await q('bumpThreads', [threads, at]);
        const mentioned = fresh.flatMap((x) =>
          (x.row.mentions?.userIds ?? []).map((userId) => ({ id: x.row.id, userId, conversation: x.row.conversationId, seq: x.seq })),
        );
        if (mentioned.length > 0) {
          await q('insertMentions', [
            mentioned.map((m) => m.id),
            mentioned.map((m) => m.userId),
            mentioned.map((m) => m.conversation),
            mentioned.map((m) => m.seq),
          ]);
        }
        const moved = [...new Set(f.map((r) => r.conversationId))];
        await q('moveConversations', [moved, moved.map((id) => last.get(id)), at]);
        const events = await q<{ seq: number }>('insertEvents', [f.map((r) => r.id), f.map((r) => r.conversationId), at]);
        const seqs = events.rows.map((e) => e.seq).sort((a, b) => a - b);
        fresh.forEach((x, i) => ((outcomes[x.index] as { eventSeq: number }).eventSeq = seqs[i]!));
        const outbox = f.filter((r) => r.outbox);
        if (outbox.length > 0) {
          const res = await q<{ destination: string }>('insertOutbox', [
            outbox.map((r) => r.outbox!.destination),
            outbox.map((r) => r.id),
            outbox.map((r) => r.outbox!.type),
            outbox.map((r) => r.outbox!.payload),
            outbox.map((r) => r.senderId),
            at,
          ]);
          for (const r of res.rows) destinations.add(r.destination);
        }
        const fanOut = f.filter((r) => r.fanOut).map((r) => r.id);
        if (fanOut.length > 0)
          for (const r of (await q<{ destination: string }>('fanOut', [fanOut, selfRealm, iso.replace('Z', '+00:00'), at])).rows)
            destinations.add(r.destination);
      }
      const members = new Map<number, number[]>(audienceOf.map((id) => [id, []]));
      if (audienceOf.length > 0)
        for (const r of (await q<{ conversationId: number; userId: number }>('members', [audienceOf])).rows) members.get(r.conversationId)?.push(r.userId);
      await client.query('COMMIT');
      return { outcomes, members: [...members], destinations: [...destinations] };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}
