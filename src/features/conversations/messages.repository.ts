// Messages: Prisma access for reading, editing and deleting message rows. Inserting them is the
// group-commit path (message-writer.ts, message-append.sqlite.ts).
import type { Prisma } from '@prisma/client';
import type { ReadClient, Tx } from '../../db/database.js';
import type { MessageRow } from './messages.mapper.js';

export interface NewMessage {
  id: string;
  conversationId: number;
  senderId: number;
  text: string | null;
  fileId: string | null;
  clientTxnId: string | null;
  createdAt: Date;
}

export interface MessageWithContext extends MessageRow {
  conversationId: number;
  senderId: number;
  clientTxnId: string | null;
}

/** What a message view needs besides the row: its sender and its file. */
const withContext = { sender: { select: { handle: true, displayName: true } }, file: true } as const;

export class MessagesRepository {
  constructor(private readonly read: ReadClient) {}

  findManyByIds(ids: readonly string[]): Promise<MessageWithContext[]> {
    return this.read.message.findMany({ where: { id: { in: [...ids] } }, include: withContext });
  }

  /** Which of `ids` are messages here (federation: an event already applied). */
  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.read.message.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  findById(id: string): Promise<MessageWithContext | null> {
    return this.read.message.findUnique({ where: { id }, include: withContext });
  }

  /**
   * A page of history. Without `after`: newest first, before `before` if given. With `after`: oldest
   * first from there, so a client can catch up in order.
   */
  history(conversationId: number, page: { before?: number | undefined; after?: number | undefined; limit: number }): Promise<MessageWithContext[]> {
    const seq: Prisma.IntFilter = {};
    if (page.before !== undefined) seq.lt = page.before;
    if (page.after !== undefined) seq.gt = page.after;
    return this.read.message.findMany({
      where: { conversationId, seq },
      include: withContext,
      orderBy: { seq: page.after !== undefined ? 'asc' : 'desc' },
      take: page.limit,
    });
  }

  /** Messages after the reader's marker that others sent and that still exist, oldest first. */
  unread(conversationId: number, readerId: number, afterSeq: number, limit: number): Promise<MessageWithContext[]> {
    return this.read.message.findMany({
      where: { conversationId, seq: { gt: afterSeq }, senderId: { not: readerId }, deletedAt: null },
      include: withContext,
      orderBy: { seq: 'asc' },
      take: limit,
    });
  }

  /** The newest message of each conversation, keyed by conversation id. */
  async latest(conversations: ReadonlyArray<{ id: number; lastSeq: number }>): Promise<Map<number, MessageWithContext>> {
    const wanted = conversations.filter((c) => c.lastSeq > 0);
    if (wanted.length === 0) return new Map();
    const rows = await this.read.message.findMany({
      where: { OR: wanted.map((c) => ({ conversationId: c.id, seq: c.lastSeq })) },
      include: withContext,
    });
    return new Map(rows.map((r) => [r.conversationId, r]));
  }

  /**
   * A message of a group homed on another realm, with the seq that realm gave it; the replica's lastSeq
   * follows the highest seq seen (messages may arrive out of order only after a failure).
   */
  async insertReplicated(
    tx: Tx,
    m: { id: string; conversationId: number; seq: number; senderId: number; text: string | null; fileId: string | null; createdAt: Date },
  ): Promise<MessageWithContext> {
    const row = await tx.message.create({ data: m, include: withContext });
    await tx.$executeRaw`UPDATE "Conversation" SET "lastSeq" = CASE WHEN "lastSeq" > ${m.seq} THEN "lastSeq" ELSE ${m.seq} END, "lastMessageAt" = ${m.createdAt}, "updatedAt" = ${new Date()} WHERE "id" = ${m.conversationId}`;
    return row;
  }

  updateText(tx: Tx, id: string, text: string, at: Date): Promise<MessageWithContext> {
    return tx.message.update({ where: { id }, data: { text, editedAt: at }, include: withContext });
  }

  /** Deletes the content (text and file reference) but keeps the row: the seq stays in history as a tombstone. */
  tombstone(tx: Tx, id: string, at: Date): Promise<MessageWithContext> {
    return tx.message.update({ where: { id }, data: { text: null, fileId: null, deletedAt: at }, include: withContext });
  }
}
