// Mentions of a user, newest first (message ids are ULIDs: time order).
import type { ReadClient } from '../../db/database.js';

export class MentionsRepository {
  constructor(private readonly read: ReadClient) {}

  recent(userId: number, before: string | undefined, limit: number): Promise<Array<{ messageId: string; conversationId: number }>> {
    return this.read.mention.findMany({
      where: { userId, ...(before ? { messageId: { lt: before } } : {}) },
      select: { messageId: true, conversationId: true },
      orderBy: { messageId: 'desc' },
      take: limit,
    });
  }
}
