// The search index, written beside the messages it covers (in their transaction) and read by the
// search service. One implementation per SQL dialect: SQLite keeps an FTS5 table, PostgreSQL a
// tsvector column with a GIN index. Both index the same folded words (shared/search-text.ts), so a
// query finds the same messages on either. The append hot path writes new messages' words with its
// own statements (message-append.*.ts); everything else goes through here.
import type { Tx } from '../../db/database.js';
import { sql, type Sql } from '../../db/sql.js';
import type { MessageRow } from '../conversations/messages.mapper.js';
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

/** One result row of either dialect's query (see hydrated()). */
export interface HitRow {
  score: number;
  id: string;
  conversationId: number;
  seq: number;
  senderId: number;
  clientTxnId: string | null;
  text: string | null;
  createdAt: Date | string;
  editedAt: Date | string | null;
  deletedAt: Date | string | null;
  replyToId: string | null;
  threadId: string | null;
  replyCount: number;
  lastReplyAt: Date | string | null;
  pinnedAt: Date | string | null;
  mentions: string | null;
  senderHandle: string;
  senderName: string;
  senderAvatar: string | null;
  fileId: string | null;
  fileSha256: string | null;
  fileSize: number | null;
  fileType: string | null;
  fileName: string | null;
  fileUploader: number | null;
  fileCreatedAt: Date | string | null;
  kind: string;
  conversationName: string | null;
  reacted: number | bigint;
}

/**
 * The ranked hits (a query with "conversationId", "seq", "score" and "ord", best first, limited) with
 * everything a message view needs, in one statement: a Prisma model query per piece (message, sender,
 * file, conversation) would cost more than the search itself (docs/performance.md).
 */
export function hydrated(hits: Sql): Sql {
  return sql`WITH hits AS (${hits})
    SELECT h."score", m."id", m."conversationId", m."seq", m."senderId", m."clientTxnId", m."text", m."createdAt", m."editedAt",
      m."deletedAt", m."replyToId", m."threadId", m."replyCount", m."lastReplyAt", m."pinnedAt", m."mentions",
      u."handle" AS "senderHandle", u."displayName" AS "senderName", u."avatarSha256" AS "senderAvatar",
      f."id" AS "fileId", f."sha256" AS "fileSha256", f."size" AS "fileSize", f."mimeType" AS "fileType", f."name" AS "fileName",
      f."uploaderId" AS "fileUploader", f."createdAt" AS "fileCreatedAt",
      c."kind", c."name" AS "conversationName",
      CASE WHEN EXISTS (SELECT 1 FROM "Reaction" r WHERE r."messageId" = m."id") THEN 1 ELSE 0 END AS "reacted"
    FROM hits h
    JOIN "Message" m ON m."conversationId" = h."conversationId" AND m."seq" = h."seq"
    JOIN "User" u ON u."id" = m."senderId"
    JOIN "Conversation" c ON c."id" = m."conversationId"
    LEFT JOIN "File" f ON f."id" = m."fileId"
    ORDER BY h."score" DESC, h."ord" DESC`;
}

const date = (v: Date | string) => new Date(v);
const maybeDate = (v: Date | string | null) => (v === null ? null : new Date(v));

export function toHit(r: HitRow): SearchHit {
  return {
    score: Number(r.score),
    reacted: Number(r.reacted) > 0,
    conversation: { id: Number(r.conversationId), kind: r.kind, name: r.conversationName },
    message: {
      id: r.id,
      conversationId: Number(r.conversationId),
      seq: Number(r.seq),
      senderId: Number(r.senderId),
      clientTxnId: r.clientTxnId,
      text: r.text,
      createdAt: date(r.createdAt),
      editedAt: maybeDate(r.editedAt),
      deletedAt: maybeDate(r.deletedAt),
      replyToId: r.replyToId,
      threadId: r.threadId,
      replyCount: Number(r.replyCount),
      lastReplyAt: maybeDate(r.lastReplyAt),
      pinnedAt: maybeDate(r.pinnedAt),
      mentions: r.mentions,
      sender: { handle: r.senderHandle, displayName: r.senderName, avatarSha256: r.senderAvatar },
      file:
        r.fileId === null
          ? null
          : {
              id: r.fileId,
              sha256: r.fileSha256!,
              size: Number(r.fileSize),
              mimeType: r.fileType!,
              name: r.fileName!,
              uploaderId: Number(r.fileUploader),
              createdAt: date(r.fileCreatedAt!),
            },
    },
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
