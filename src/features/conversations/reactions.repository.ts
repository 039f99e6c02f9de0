// Reactions: one row per (message, user, emoji).
import type { ReadClient, Tx } from '../../db/database.js';
import { list, statement, type SqlReads } from '../../db/statements.js';
import type { ReactionDto } from './messages.mapper.js';

/** Each emoji on each message: its count, when first used, and whether the viewer is among them. */
const SUMMARY = statement<{ messageId: string; emoji: string; n: number; firstAt: Date; mine: number }>(
  'reactions.summary',
  (d) => `SELECT "messageId", "emoji", COUNT(*) AS "n", MIN("createdAt") AS "firstAt", SUM(CASE WHEN "userId" = ? THEN 1 ELSE 0 END) AS "mine"
    FROM "Reaction" WHERE "messageId" ${d.inTexts} GROUP BY "messageId", "emoji"`,
);

/** Who reacted with what to each message, in the order the reactions came. */
const REACTORS = statement<{ messageId: string; emoji: string; userId: number; createdAt: Date }>(
  'reactions.reactors',
  (d) => `SELECT "messageId", "emoji", "userId", "createdAt" FROM "Reaction" WHERE "messageId" ${d.inTexts} ORDER BY "createdAt", "emoji", "userId"`,
);

export interface Reactors {
  emoji: string;
  users: number[];
}

export class ReactionsRepository {
  constructor(
    private readonly read: ReadClient,
    private readonly sql: SqlReads,
  ) {}

  /** Adds the reaction unless it is there; false when it was (a race that inserts it twice fails on the key). */
  async add(tx: Tx, messageId: string, userId: number, emoji: string, at: Date): Promise<boolean> {
    if (await tx.reaction.findUnique({ where: { messageId_userId_emoji: { messageId, userId, emoji } } })) return false;
    await tx.reaction.create({ data: { messageId, userId, emoji, createdAt: at } });
    await this.changed(tx, messageId);
    return true;
  }

  async remove(tx: Tx, messageId: string, userId: number, emoji: string): Promise<boolean> {
    const { count } = await tx.reaction.deleteMany({ where: { messageId, userId, emoji } });
    if (count > 0) await this.changed(tx, messageId);
    return count > 0;
  }

  /** What the message shows changed: the rendered-message cache must render it again. */
  private async changed(tx: Tx, messageId: string): Promise<void> {
    await tx.message.updateMany({ where: { id: messageId }, data: { version: { increment: 1 } } });
  }

  count(tx: Tx, messageId: string, emoji: string): Promise<number> {
    return tx.reaction.count({ where: { messageId, emoji } });
  }

  /** Distinct emoji on a message, and how many of the user's reactions it has (the caps). */
  async shape(tx: Tx, messageId: string, userId: number): Promise<{ emoji: string[]; mine: number }> {
    const groups = await tx.reaction.groupBy({ by: ['emoji'], where: { messageId } });
    const mine = await tx.reaction.count({ where: { messageId, userId } });
    return { emoji: groups.map((g) => g.emoji), mine };
  }

  /** Per message: each emoji (in the order first used) with who reacted with it. */
  async reactors(messageIds: readonly string[]): Promise<Map<string, Reactors[]>> {
    const out = new Map<string, Reactors[]>();
    if (messageIds.length === 0) return out;
    for (const r of await this.sql.all(REACTORS, list(messageIds))) {
      let emojis = out.get(r.messageId);
      if (!emojis) out.set(r.messageId, (emojis = []));
      let entry = emojis.find((e) => e.emoji === r.emoji);
      if (!entry) emojis.push((entry = { emoji: r.emoji, users: [] }));
      entry.users.push(r.userId);
    }
    return out;
  }

  /**
   * Per message: each emoji's count (in the order first used) and whether the viewer reacted with it.
   * One statement for a page: every message list shows reactions.
   */
  async summary(messageIds: readonly string[], viewerId: number): Promise<Map<string, ReactionDto[]>> {
    const out = new Map<string, ReactionDto[]>();
    if (messageIds.length === 0) return out;
    const groups = await this.sql.all(SUMMARY, viewerId, list(messageIds));
    groups.sort((a, b) => a.firstAt.getTime() - b.firstAt.getTime() || a.emoji.localeCompare(b.emoji));
    for (const g of groups) {
      const list = out.get(g.messageId) ?? [];
      list.push({ emoji: g.emoji, count: Number(g.n), me: Number(g.mine) > 0 });
      out.set(g.messageId, list);
    }
    return out;
  }
}
