// Reactions: one row per (message, user, emoji).
import type { ReadClient, Tx } from '../../db/database.js';
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

  /** Per message: each emoji's count (in the order first used) and whether the viewer reacted with it. */
  async summary(messageIds: readonly string[], viewerId: number): Promise<Map<string, ReactionDto[]>> {
    const out = new Map<string, ReactionDto[]>();
    if (messageIds.length === 0) return out;
    const ids = [...messageIds];
    const [groups, mine] = await Promise.all([
      this.read.reaction.groupBy({ by: ['messageId', 'emoji'], where: { messageId: { in: ids } }, _count: { _all: true }, _min: { createdAt: true } }),
      this.read.reaction.findMany({ where: { messageId: { in: ids }, userId: viewerId }, select: { messageId: true, emoji: true } }),
    ]);
    const my = new Set(mine.map((r) => `${r.messageId} ${r.emoji}`));
    groups.sort((a, b) => a._min.createdAt!.getTime() - b._min.createdAt!.getTime() || a.emoji.localeCompare(b.emoji));
    for (const g of groups) {
      const list = out.get(g.messageId) ?? [];
      list.push({ emoji: g.emoji, count: g._count._all, me: my.has(`${g.messageId} ${g.emoji}`) });
      out.set(g.messageId, list);
    }
    return out;
  }
}
