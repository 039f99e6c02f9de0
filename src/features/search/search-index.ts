// The search index, written beside the messages it covers (in their transaction) and read by the
// search service. One implementation per SQL dialect: SQLite keeps an FTS5 table, PostgreSQL a
// tsvector column with a GIN index. Both index the same folded words (shared/search-text.ts), so a
// query finds the same messages on either. The append hot path writes new messages' words with its
// own statements (message-append.*.ts); everything else goes through here.
import type { Tx } from '../../db/database.js';
import { rawSql, sql, type Sql } from '../../db/sql.js';
import type { MessageRow } from '../conversations/messages.mapper.js';
import { MESSAGE_COLUMNS, MESSAGE_JOINS, messageOf, type MessageFlatRow } from '../conversations/messages.statements.js';
import type { QueryTerm } from '../../shared/search-text.js';

export interface IndexedMessage {
  id: string;
  conversationId: number;
  seq: number;
  /** The folded words (indexText); null: nothing to find (a file only, or deleted). */
  words: string | null;
}

export interface StoredText {
  id: string;
  conversationId: number;
  seq: number;
  /** null: deleted or a file without text. */
  text: string | null;
}

export interface SearchFilter {
  userId: number;
  terms: readonly QueryTerm[];
  /** Only this conversation (the caller checked that the user reads it). */
  conversationId?: number | undefined;
  senderId?: number | undefined;
  after?: Date | undefined;
  before?: Date | undefined;
  offset: number;
  limit: number;
}

/** A result: the message as message views need it, and its conversation. */
export interface SearchHit {
  /** Higher is better; comparable only within one query. */
  score: number;
  message: MessageRow & { conversationId: number; senderId: number; clientTxnId: string | null };
  conversation: { id: number; kind: string; name: string | null };
  /** Someone reacted to it (its reactions are worth a query). */
  reacted: boolean;
}

/**
 * One result row of either dialect's query (see hydrated()): a message row as the history pages read it
 * (messages.statements.ts), as Prisma's raw queries return it — timestamps may be text, counts bigints.
 */
export type HitRow = { [K in keyof MessageFlatRow]: MessageFlatRow[K] | string | bigint } & {
  score: number;
  kind: string;
  conversationName: string | null;
  reacted: number | bigint;
};

/**
 * The ranked hits (a query with "conversationId", "seq", "score" and "ord", best first, limited) with
 * everything a message view needs, in one statement: the same columns as a page of history, so one
 * mapper (messageOf) reads both.
 */
export function hydrated(hits: Sql): Sql {
  return sql`WITH hits AS (${hits})
    SELECT h."score", ${rawSql(MESSAGE_COLUMNS)}, c."kind", c."name" AS "conversationName",
      CASE WHEN EXISTS (SELECT 1 FROM "Reaction" r WHERE r."messageId" = m."id") THEN 1 ELSE 0 END AS "reacted"
    FROM hits h
    JOIN "Message" m ON m."conversationId" = h."conversationId" AND m."seq" = h."seq"
    ${rawSql(MESSAGE_JOINS)}
    JOIN "Conversation" c ON c."id" = m."conversationId"
    ORDER BY h."score" DESC, h."ord" DESC`;
}

/** The schema's naming rule on a raw row: a column ending in "At" is a timestamp; bigints are counts. */
function flat(r: HitRow): MessageFlatRow {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(r)) {
    out[key] = value === null ? null : key.endsWith('At') ? new Date(value as string | Date) : typeof value === 'bigint' ? Number(value) : value;
  }
  return out as unknown as MessageFlatRow;
}

export function toHit(r: HitRow): SearchHit {
  return {
    score: Number(r.score),
    reacted: Number(r.reacted) > 0,
    conversation: { id: Number(r.conversationId), kind: r.kind, name: r.conversationName },
    message: messageOf(flat(r)),
  };
}

export interface SearchIndex {
  /** Best first: messages of conversations the user is a member of (not merely invited) that match every term. */
  search(filter: SearchFilter): Promise<SearchHit[]>;
  /** Puts a message's words in the index, replacing what it held for that message. */
  put(tx: Tx, message: IndexedMessage): Promise<void>;
  /** Takes a message out (deleted). */
  remove(tx: Tx, message: Omit<IndexedMessage, 'words'>): Promise<void>;
  /** A conversation is being deleted: its messages leave the index. */
  forgetConversation(tx: Tx, conversationId: number): Promise<void>;
  /** Rebuild: empties the index (the first batch), then indexes messages after `from` in order. */
  clear(tx: Tx): Promise<void>;
  batch(tx: Tx, from: { conversationId: number; seq: number }, size: number): Promise<StoredText[]>;
  putMany(tx: Tx, messages: IndexedMessage[]): Promise<void>;
}

/** A rebuild's next batch: messages in (conversation, seq) order after `from` (the same SQL on both). */
export function storedTexts(tx: Tx, from: { conversationId: number; seq: number }, size: number): Promise<StoredText[]> {
  return tx.$queryRaw<StoredText[]>`
    SELECT "id", "conversationId", "seq", "text" FROM "Message"
    WHERE ("conversationId", "seq") > (${from.conversationId}, ${from.seq})
    ORDER BY "conversationId", "seq" LIMIT ${size}`;
}
