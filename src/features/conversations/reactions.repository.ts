// Reactions: one row per (message, user, emoji).
import type { ReadClient, Tx } from '../../db/database.js';
import { inList } from '../../db/sql.js';
import type { ReactionDto } from './messages.mapper.js';

export class ReactionsRepository {
  constructor(private readonly read: ReadClient) {}

  /** Adds the reaction unless it is there; false when it was (a race that inserts it twice fails on the key). */
  async add(tx: Tx, messageId: string, userId: number, emoji: string, at: Date): Promise<boolean> {
    if (await tx.reaction.findUnique({ where: { messageId_userId_emoji: { messageId, userId, emoji } } })) return false;
    await tx.reaction.create({ data: { messageId, userId, emoji, createdAt: at } });
    return true;
  }

  async remove(tx: Tx, messageId: string, userId: number, emoji: string): Promise<boolean> {
    const { count } = await tx.reaction.deleteMany({ where: { messageId, userId, emoji } });
    return count > 0;
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

  /**
   * Per message: each emoji's count (in the order first used) and whether the viewer reacted with it.
   * One raw query: every message list shows reactions, and a Prisma model query costs several times a
   * raw one here (docs/performance.md).
   */
  async summary(messageIds: readonly string[], viewerId: number): Promise<Map<string, ReactionDto[]>> {
    const out = new Map<string, ReactionDto[]>();
    if (messageIds.length === 0) return out;
    const groups = await this.read.$queryRaw<Array<{ messageId: string; emoji: string; n: number | bigint; first: Date | string; mine: number | bigint }>>`
      SELECT "messageId", "emoji", COUNT(*) AS "n", MIN("createdAt") AS "first", SUM(CASE WHEN "userId" = ${viewerId} THEN 1 ELSE 0 END) AS "mine"
      FROM "Reaction" WHERE "messageId" IN (${inList(messageIds)}) GROUP BY "messageId", "emoji"`;
    const first = (g: { first: Date | string }) => new Date(g.first).getTime();
    groups.sort((a, b) => first(a) - first(b) || a.emoji.localeCompare(b.emoji));
    for (const g of groups) {
      const list = out.get(g.messageId) ?? [];
      list.push({ emoji: g.emoji, count: Number(g.n), me: Number(g.mine) > 0 });
      out.set(g.messageId, list);
    }
    return out;
  }
}
