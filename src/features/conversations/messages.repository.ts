// Messages: the only Prisma access for message rows. The batch insert path is hand-written SQL
// (through Prisma's tagged templates, so parameters stay bound) because it carries every send:
// one statement per batch instead of one Prisma call per row.
import { Prisma } from '@prisma/client';
import type { ReadClient, Tx } from '../../db/database.js';
import type { MessageRow } from './messages.mapper.js';

export interface NewMessage {
  id: string;
  conversationId: number;
  senderId: number;
  text: string | null;
  clientTxnId: string | null;
  createdAt: Date;
}

export interface MessageWithContext extends MessageRow {
  conversationId: number;
  senderId: number;
  clientTxnId: string | null;
}

const withSender = { sender: { select: { handle: true, displayName: true } } } as const;

export class MessagesRepository {
  constructor(private readonly read: ReadClient) {}

  /**
   * Reserves `count` seqs in each conversation and stamps its last activity, in one statement.
   * Returns each conversation's lastSeq after the reservation; a missing id means the conversation
   * no longer exists.
   */
  async reserveSeqs(tx: Tx, counts: ReadonlyMap<number, number>, at: Date): Promise<Map<number, number>> {
    const ids = [...counts.keys()];
    const increments = ids.map((id) => Prisma.sql`WHEN ${id} THEN ${counts.get(id)!}`);
    const rows = await tx.$queryRaw<Array<{ id: bigint | number; lastSeq: bigint | number }>>`
      UPDATE "Conversation"
      SET "lastSeq" = "lastSeq" + CASE "id" ${Prisma.join(increments, ' ')} ELSE 0 END,
          "lastMessageAt" = ${at}, "updatedAt" = ${at}
      WHERE "id" IN (${Prisma.join(ids)})
      RETURNING "id", "lastSeq"`;
    return new Map(rows.map((r) => [Number(r.id), Number(r.lastSeq)]));
  }

  async insertMany(tx: Tx, rows: ReadonlyArray<NewMessage & { seq: number }>): Promise<void> {
    if (rows.length === 0) return;
    const values = rows.map(
      (m) => Prisma.sql`(${m.id}, ${m.conversationId}, ${m.seq}, ${m.senderId}, ${m.text}, ${m.clientTxnId}, ${m.createdAt})`,
    );
    await tx.$executeRaw`
      INSERT INTO "Message" ("id", "conversationId", "seq", "senderId", "text", "clientTxnId", "createdAt")
      VALUES ${Prisma.join(values)}`;
  }

  findById(id: string): Promise<MessageWithContext | null> {
    return this.read.message.findUnique({ where: { id }, include: withSender });
  }

  findByClientTxnId(senderId: number, clientTxnId: string): Promise<MessageWithContext | null> {
    return this.read.message.findUnique({
      where: { senderId_clientTxnId: { senderId, clientTxnId } },
      include: withSender,
    });
  }

  /**
   * A page of history. Without `after`: newest first, before `before` if given. With `after`: oldest
   * first from there, so a client can catch up in order.
   */
  history(
    conversationId: number,
    page: { before?: number | undefined; after?: number | undefined; limit: number },
  ): Promise<MessageWithContext[]> {
    const seq: Prisma.IntFilter = {};
    if (page.before !== undefined) seq.lt = page.before;
    if (page.after !== undefined) seq.gt = page.after;
    return this.read.message.findMany({
      where: { conversationId, seq },
      include: withSender,
      orderBy: { seq: page.after !== undefined ? 'asc' : 'desc' },
      take: page.limit,
    });
  }

  /** Messages after the reader's marker that others sent and that still exist, oldest first. */
  unread(conversationId: number, readerId: number, afterSeq: number, limit: number): Promise<MessageWithContext[]> {
    return this.read.message.findMany({
      where: { conversationId, seq: { gt: afterSeq }, senderId: { not: readerId }, deletedAt: null },
      include: withSender,
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
      include: withSender,
    });
    return new Map(rows.map((r) => [r.conversationId, r]));
  }

  updateText(tx: Tx, id: string, text: string, at: Date): Promise<MessageWithContext> {
    return tx.message.update({ where: { id }, data: { text, editedAt: at }, include: withSender });
  }

  /** Deletes the content but keeps the row: the seq stays in history as a tombstone. */
  tombstone(tx: Tx, id: string, at: Date): Promise<MessageWithContext> {
    return tx.message.update({ where: { id }, data: { text: null, deletedAt: at }, include: withSender });
  }
}
