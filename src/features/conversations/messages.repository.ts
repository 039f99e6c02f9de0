// Messages: Prisma access for reading, editing and deleting message rows. Inserting them is the
// group-commit path (message-writer.ts, message-append.sqlite.ts).
import type { ReadClient, Tx } from '../../db/database.js';
import { list, type SqlReads } from '../../db/statements.js';
import { indexText } from '../../shared/search-text.js';
import type { SearchIndex } from '../search/search-index.js';
import type { MessageWithContext, QuotedRow } from './messages.mapper.js';
import { MESSAGE_STATEMENTS as S, messageOf, quotedOf, type MessageStamp } from './messages.statements.js';

export interface NewMessage {
  id: string;
  conversationId: number;
  senderId: number;
  text: string | null;
  fileId: string | null;
  clientTxnId: string | null;
  createdAt: Date;
}

export type { MessageWithContext } from './messages.mapper.js';

/** What a message view needs besides the row: its sender and its file. */
const withContext = { sender: { select: { handle: true, displayName: true, avatarSha256: true } }, file: true } as const;

export class MessagesRepository {
  constructor(
    private readonly read: ReadClient,
    /** The hot reads (every page a client opens): prepared statements, one per page (messages.statements.ts). */
    private readonly sql: SqlReads,
    /** Edits, deletes and replicated messages keep it true in their transaction. null: SEARCH=off (the index is rebuilt when it is switched back on). */
    private readonly search: SearchIndex | null = null,
  ) {}

  /** The message's words into the search index, replacing its old ones (none for a deleted message). */
  private async reindex(tx: Tx, m: { id: string; conversationId: number; seq: number; text: string | null }): Promise<void> {
    if (this.search) await this.search.put(tx, { id: m.id, conversationId: m.conversationId, seq: m.seq, words: indexText(m.text) });
  }

  /** Attaches to each reply the message it answers (one query for a page). */
  /** Rows read with their quote already (a joined statement: `quoted` is set, null or not) keep it. */
  async withQuotes<T extends { replyToId: string | null; quoted?: QuotedRow | null }>(rows: T[]): Promise<Array<T & { quoted: QuotedRow | null }>> {
    const ids = [...new Set(rows.flatMap((r) => (r.replyToId && r.quoted === undefined ? [r.replyToId] : [])))];
    const quoted = ids.length === 0 ? [] : await this.sql.all(S.quoted, list(ids));
    const byId = new Map(quoted.map((q) => [q.id, quotedOf(q)]));
    return rows.map((r) => Object.assign(r, { quoted: r.quoted !== undefined ? r.quoted : r.replyToId ? (byId.get(r.replyToId) ?? null) : null }));
  }

  /** What a reply needs of the message it answers: where it is, which thread, how it looks. */
  async replyTarget(id: string): Promise<(QuotedRow & { conversationId: number; threadId: string | null }) | null> {
    const row = await this.sql.get(S.quoted, list([id]));
    return row ? quotedOf(row) : null;
  }

  async findManyByIds(ids: readonly string[]): Promise<MessageWithContext[]> {
    if (ids.length === 0) return [];
    return (await this.sql.all(S.byIds, list(ids))).map(messageOf);
  }

  /** The stamps of these messages (message-cache.ts), in no particular order. */
  stamps(ids: readonly string[]): Promise<MessageStamp[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.sql.all(S.stampsByIds, list(ids));
  }

  /** A thread's replies after a seq, oldest first. */
  threadReplies(threadId: string, afterSeq: number, limit: number): Promise<MessageStamp[]> {
    return this.sql.all(S.threadReplies, threadId, afterSeq, limit);
  }

  /** A conversation's pinned messages, most recently pinned first. */
  pinned(conversationId: number, limit: number): Promise<MessageStamp[]> {
    return this.sql.all(S.pinned, conversationId, limit);
  }

  /** Whether the message is a tombstone now, as the transaction sees it. */
  async isDeleted(tx: Tx, id: string): Promise<boolean> {
    const row = await tx.message.findUnique({ where: { id }, select: { deletedAt: true } });
    return !row || row.deletedAt !== null;
  }

  countPinned(tx: Tx, conversationId: number): Promise<number> {
    return tx.message.count({ where: { conversationId, pinnedAt: { not: null } } });
  }

  async setPinned(tx: Tx, id: string, pin: { at: Date; by: number } | null): Promise<MessageWithContext> {
    const row = await tx.message.update({
      where: { id },
      data: pin ? { pinnedAt: pin.at, pinnedById: pin.by, version: { increment: 1 } } : { pinnedAt: null, pinnedById: null, version: { increment: 1 } },
      include: withContext,
    });
    return (await this.withQuotes([row]))[0]!;
  }

  /** Which of `ids` are messages here (federation: an event already applied). */
  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set((await this.sql.all(S.existing, list(ids))).map((r) => r.id));
  }

  async findById(id: string): Promise<MessageWithContext | null> {
    const row = await this.sql.get(S.byId, id);
    return row ? messageOf(row) : null;
  }

  /**
   * A page of history. Without `after`: newest first, before `before` if given. With `after`: oldest
   * first from there, so a client can catch up in order.
   */
  history(conversationId: number, page: { before?: number | undefined; after?: number | undefined; limit: number }): Promise<MessageStamp[]> {
    const { before, after, limit } = page;
    if (after !== undefined)
      return before !== undefined ? this.sql.all(S.between, conversationId, after, before, limit) : this.sql.all(S.after, conversationId, after, limit);
    return before !== undefined ? this.sql.all(S.before, conversationId, before, limit) : this.sql.all(S.newest, conversationId, limit);
  }

  /** Each conversation's first `perConversation` unread messages from others (the inbox), by conversation. */
  async unreadAcross(readerId: number, conversationIds: readonly number[], perConversation: number): Promise<Map<number, MessageStamp[]>> {
    const out = new Map<number, MessageStamp[]>();
    if (conversationIds.length === 0) return out;
    for (const row of await this.sql.all(S.unreadAcross, perConversation - 1, readerId, list(conversationIds))) {
      const page = out.get(row.conversationId) ?? [];
      page.push(row);
      out.set(row.conversationId, page);
    }
    return out;
  }

  /** The newest message of each conversation, keyed by conversation id. */
  async latest(conversations: ReadonlyArray<{ id: number; lastSeq: number }>): Promise<Map<number, MessageStamp>> {
    const wanted = conversations.filter((c) => c.lastSeq > 0);
    if (wanted.length === 0) return new Map();
    const rows = await this.sql.all(S.latest, list(wanted.map((c) => c.id)));
    return new Map(rows.map((r) => [r.conversationId, r]));
  }

  /**
   * A message of a group homed on another realm, with the seq that realm gave it; the replica's lastSeq
   * follows the highest seq seen (messages may arrive out of order only after a failure).
   */
  async insertReplicated(
    tx: Tx,
    m: {
      id: string;
      conversationId: number;
      seq: number;
      senderId: number;
      text: string | null;
      fileId: string | null;
      createdAt: Date;
      replyToId: string | null;
      threadId: string | null;
      mentions: { userIds: number[]; handles: string[] } | null;
    },
  ): Promise<MessageWithContext> {
    const { mentions, ...fields } = m;
    const created = await tx.message.create({ data: { ...fields, mentions: mentions ? JSON.stringify(mentions.handles) : null }, include: withContext });
    await this.reindex(tx, created);
    if (mentions) {
      await tx.mention.createMany({ data: mentions.userIds.map((userId) => ({ messageId: m.id, userId, conversationId: m.conversationId, seq: m.seq })) });
    }
    if (m.threadId)
      await tx.message.update({ where: { id: m.threadId }, data: { replyCount: { increment: 1 }, lastReplyAt: m.createdAt, version: { increment: 1 } } });
    const row = (await this.withQuotes([created]))[0]!;
    await tx.$executeRaw`UPDATE "Conversation" SET "lastSeq" = CASE WHEN "lastSeq" > ${m.seq} THEN "lastSeq" ELSE ${m.seq} END, "lastMessageAt" = ${m.createdAt}, "updatedAt" = ${new Date()} WHERE "id" = ${m.conversationId}`;
    return row;
  }

  /**
   * The new text of `before` (as read just now). One raw statement, not a model update: Prisma's update
   * with its includes was five queries through the query compiler, most of an edit's cost. Null when the
   * message was deleted in the meantime (nothing is changed then).
   */
  async updateText(tx: Tx, before: MessageWithContext, text: string, at: Date): Promise<MessageWithContext | null> {
    const changed = await tx.$executeRaw`UPDATE "Message" SET "text" = ${text}, "editedAt" = ${at}, "version" = "version" + 1
      WHERE "id" = ${before.id} AND "deletedAt" IS NULL`;
    if (changed === 0) return null;
    const row = { ...before, text, editedAt: at };
    await this.reindex(tx, row);
    return row;
  }

  /**
   * Deletes the content (text and file reference) but keeps the row: the seq stays in history as a
   * tombstone. Its reactions and pin go with the content.
   */
  async tombstone(tx: Tx, id: string, at: Date): Promise<MessageWithContext> {
    await tx.reaction.deleteMany({ where: { messageId: id } });
    await tx.mention.deleteMany({ where: { messageId: id } });
    const row = await tx.message.update({
      where: { id },
      data: { text: null, fileId: null, deletedAt: at, pinnedAt: null, pinnedById: null, version: { increment: 1 } },
      include: withContext,
    });
    await this.reindex(tx, row);
    return (await this.withQuotes([row]))[0]!;
  }
}
