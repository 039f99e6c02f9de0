// The message reads of every screen (history, threads, pins, unread, the newest of each conversation)
// as prepared statements: each page is one query, the row joined with its sender, its file and the
// message it quotes (and that one's sender). See db/statements.ts for how they are written and checked.
import { statement, type DialectSql } from '../../db/statements.js';
import type { FileRecord } from '../files/files.repository.js';
import type { MessageWithContext, QuotedRow } from './messages.mapper.js';

/** One message row with what its view needs, flat. */
export interface MessageFlatRow {
  id: string;
  conversationId: number;
  seq: number;
  senderId: number;
  clientTxnId: string | null;
  text: string | null;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  replyToId: string | null;
  threadId: string | null;
  replyCount: number;
  lastReplyAt: Date | null;
  pinnedAt: Date | null;
  pinnedById: number | null;
  mentions: string | null;
  senderHandle: string;
  senderName: string;
  senderAvatar: string | null;
  fileId: string | null;
  fileSha256: string | null;
  fileSize: number | null;
  fileMimeType: string | null;
  fileName: string | null;
  fileUploaderId: number | null;
  fileCreatedAt: Date | null;
  quoteId: string | null;
  quoteText: string | null;
  quoteFileId: string | null;
  quoteDeletedAt: Date | null;
  quoteSenderHandle: string | null;
  quoteSenderName: string | null;
}

/** The columns of a MessageFlatRow, from `"Message" m` with MESSAGE_JOINS (search reads them too). */
export const MESSAGE_COLUMNS = `m."id", m."conversationId", m."seq", m."senderId", m."clientTxnId", m."text", m."createdAt", m."editedAt", m."deletedAt",
  m."replyToId", m."threadId", m."replyCount", m."lastReplyAt", m."pinnedAt", m."pinnedById", m."mentions",
  s."handle" AS "senderHandle", s."displayName" AS "senderName", s."avatarSha256" AS "senderAvatar",
  f."id" AS "fileId", f."sha256" AS "fileSha256", f."size" AS "fileSize", f."mimeType" AS "fileMimeType", f."name" AS "fileName",
  f."uploaderId" AS "fileUploaderId", f."createdAt" AS "fileCreatedAt",
  q."id" AS "quoteId", q."text" AS "quoteText", q."fileId" AS "quoteFileId", q."deletedAt" AS "quoteDeletedAt",
  qs."handle" AS "quoteSenderHandle", qs."displayName" AS "quoteSenderName"`;

export const MESSAGE_JOINS = `JOIN "User" s ON s."id" = m."senderId"
  LEFT JOIN "File" f ON f."id" = m."fileId"
  LEFT JOIN "Message" q ON q."id" = m."replyToId"
  LEFT JOIN "User" qs ON qs."id" = q."senderId"`;

/**
 * What a page reads: which messages, in order, and what each one's rendering depends on — its version,
 * its quote's, and when its sender's and the quoted sender's profiles last changed. The rendered-message
 * cache (message-cache.ts) renders again only what changed; the full rows of the rest are not read.
 */
export interface MessageStamp {
  id: string;
  conversationId: number;
  seq: number;
  version: number;
  quoteVersion: number | null;
  senderStamp: string | Date;
  quoteSenderStamp: string | Date | null;
}

const STAMPS = `m."id", m."conversationId", m."seq", m."version", q."version" AS "quoteVersion",
  s."updatedAt" AS "senderStamp", qs."updatedAt" AS "quoteSenderStamp"`;

const select =
  (where: string | ((d: DialectSql) => string), columns = MESSAGE_COLUMNS) =>
  (d: DialectSql) =>
    `SELECT ${columns} FROM "Message" m ${MESSAGE_JOINS} ${typeof where === 'string' ? where : where(d)}`;
const stamps = (where: string | ((d: DialectSql) => string)) => select(where, STAMPS);

export const MESSAGE_STATEMENTS = {
  byId: statement<MessageFlatRow>('messages.byId', select(`WHERE m."id" = ?`)),
  byIds: statement<MessageFlatRow>(
    'messages.byIds',
    select((d) => `WHERE m."id" ${d.inTexts}`),
  ),
  stampsByIds: statement<MessageStamp>(
    'messages.stampsByIds',
    stamps((d) => `WHERE m."id" ${d.inTexts}`),
  ),
  newest: statement<MessageStamp>('messages.newest', stamps(`WHERE m."conversationId" = ? ORDER BY m."seq" DESC LIMIT ?`)),
  before: statement<MessageStamp>('messages.before', stamps(`WHERE m."conversationId" = ? AND m."seq" < ? ORDER BY m."seq" DESC LIMIT ?`)),
  after: statement<MessageStamp>('messages.after', stamps(`WHERE m."conversationId" = ? AND m."seq" > ? ORDER BY m."seq" ASC LIMIT ?`)),
  /** Both bounds: after < seq < before, oldest first. */
  between: statement<MessageStamp>('messages.between', stamps(`WHERE m."conversationId" = ? AND m."seq" > ? AND m."seq" < ? ORDER BY m."seq" ASC LIMIT ?`)),
  threadReplies: statement<MessageStamp>('messages.threadReplies', stamps(`WHERE m."threadId" = ? AND m."seq" > ? ORDER BY m."seq" ASC LIMIT ?`)),
  pinned: statement<MessageStamp>('messages.pinned', stamps(`WHERE m."conversationId" = ? AND m."pinnedAt" IS NOT NULL ORDER BY m."pinnedAt" DESC LIMIT ?`)),
  /**
   * The inbox: each listed conversation's first unread messages from others (at most `perConversation`
   * each). The bound of each range — the seq of its last unread message that fits — is found first, on
   * the covering index, so only the messages returned are read (a window over every unread message of
   * every conversation cost 5× more with a few hundred unread). Params: perConversation - 1, reader, list.
   */
  unreadAcross: statement<MessageStamp>(
    'messages.unreadAcross',
    (d) => `WITH b AS MATERIALIZED (
        SELECT my."conversationId", my."lastReadSeq", my."userId",
          (SELECT x."seq" FROM "Message" x
           WHERE x."conversationId" = my."conversationId" AND x."seq" > my."lastReadSeq" AND x."senderId" <> my."userId" AND x."deletedAt" IS NULL
           ORDER BY x."seq" LIMIT 1 OFFSET ?) AS "upTo"
        FROM "Membership" my WHERE my."userId" = ? AND my."conversationId" ${d.inInts}
      )
      SELECT ${STAMPS} FROM b
      JOIN "Message" m ON m."conversationId" = b."conversationId" AND m."seq" > b."lastReadSeq" AND m."seq" <= COALESCE(b."upTo", 2147483647)
      ${MESSAGE_JOINS}
      WHERE m."senderId" <> b."userId" AND m."deletedAt" IS NULL
      ORDER BY m."conversationId", m."seq"`,
  ),
  /** The newest message of each conversation listed (by the conversation's lastSeq). */
  latest: statement<MessageStamp>(
    'messages.latest',
    (d) => `SELECT ${STAMPS} FROM "Conversation" c JOIN "Message" m ON m."conversationId" = c."id" AND m."seq" = c."lastSeq" ${MESSAGE_JOINS}
      WHERE c."id" ${d.inInts}`,
  ),
  /** What a reply needs of the message it answers. */
  quoted: statement<QuotedFlatRow>(
    'messages.quoted',
    (
      d,
    ) => `SELECT q."id", q."text", q."fileId", q."deletedAt", q."conversationId", q."threadId", qs."handle" AS "senderHandle", qs."displayName" AS "senderName"
      FROM "Message" q JOIN "User" qs ON qs."id" = q."senderId" WHERE q."id" ${d.inTexts}`,
  ),
  existing: statement<{ id: string }>('messages.existing', (d) => `SELECT "id" FROM "Message" WHERE "id" ${d.inTexts}`),
};

export interface QuotedFlatRow {
  id: string;
  text: string | null;
  fileId: string | null;
  deletedAt: Date | null;
  conversationId: number;
  threadId: string | null;
  senderHandle: string;
  senderName: string;
}

export function quotedOf(r: QuotedFlatRow): QuotedRow & { conversationId: number; threadId: string | null } {
  return {
    id: r.id,
    text: r.text,
    fileId: r.fileId,
    deletedAt: r.deletedAt,
    conversationId: r.conversationId,
    threadId: r.threadId,
    sender: { handle: r.senderHandle, displayName: r.senderName },
  };
}

/** The flat row as the mapper takes it: sender, file and quote as objects. */
export function messageOf(r: MessageFlatRow): MessageWithContext & { pinnedById: number | null } {
  const file: FileRecord | null =
    r.fileId === null
      ? null
      : {
          id: r.fileId,
          sha256: r.fileSha256!,
          size: r.fileSize!,
          mimeType: r.fileMimeType!,
          name: r.fileName!,
          uploaderId: r.fileUploaderId!,
          createdAt: r.fileCreatedAt!,
        };
  const quoted: QuotedRow | null =
    r.quoteId === null
      ? null
      : {
          id: r.quoteId,
          text: r.quoteText,
          fileId: r.quoteFileId,
          deletedAt: r.quoteDeletedAt,
          sender: { handle: r.quoteSenderHandle!, displayName: r.quoteSenderName! },
        };
  return {
    id: r.id,
    conversationId: r.conversationId,
    seq: r.seq,
    senderId: r.senderId,
    clientTxnId: r.clientTxnId,
    text: r.text,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    deletedAt: r.deletedAt,
    replyToId: r.replyToId,
    threadId: r.threadId,
    replyCount: r.replyCount,
    lastReplyAt: r.lastReplyAt,
    pinnedAt: r.pinnedAt,
    pinnedById: r.pinnedById,
    mentions: r.mentions,
    sender: { handle: r.senderHandle, displayName: r.senderName, avatarSha256: r.senderAvatar },
    file,
    quoted,
  };
}
