// Mentions of a user, newest first (message ids are ULIDs: time order), only from conversations the user
// is still a member of (a conversation left no longer shows its messages).
import { statement, type SqlReads } from '../../db/statements.js';

const RECENT = statement<{ messageId: string; conversationId: number }>(
  'mentions.recent',
  `SELECT x."messageId", x."conversationId" FROM "Mention" x
   JOIN "Membership" my ON my."conversationId" = x."conversationId" AND my."userId" = x."userId" AND my."role" <> 'invited'
   WHERE x."userId" = ? AND x."messageId" < ? ORDER BY x."messageId" DESC LIMIT ?`,
);

/** Above every ULID (Crockford base32 has no lowercase): "before nothing". */
const AFTER_ALL = '~';

export class MentionsRepository {
  constructor(private readonly sql: SqlReads) {}

  recent(userId: number, before: string | undefined, limit: number): Promise<Array<{ messageId: string; conversationId: number }>> {
    return this.sql.all(RECENT, userId, before ?? AFTER_ALL, limit);
  }
}
