// Conversations, memberships and read state as the screens read them: prepared statements (see
// db/statements.ts). The conversation list is one statement whatever the number of conversations: the
// page is chosen first, then only its rows get their unread and mention counts.
import { statement } from '../../db/statements.js';

export interface ConversationRecord {
  id: number;
  kind: string;
  dmKey: string | null;
  name: string | null;
  description: string;
  visibility: string;
  homeRealm: string | null;
  lastSeq: number;
  lastMessageAt: Date | null;
  createdAt: Date;
}

export interface MembershipRecord {
  conversationId: number;
  userId: number;
  role: string;
  lastReadSeq: number;
  joinedAt: Date;
}

const CONVERSATION = `c."id", c."kind", c."dmKey", c."name", c."description", c."visibility", c."homeRealm", c."lastSeq", c."lastMessageAt", c."createdAt"`;

export interface GroupListFlatRow extends ConversationRecord {
  memberCount: number;
  myRole: string | null;
}

export interface SummaryFlatRow extends ConversationRecord {
  role: string;
  lastReadSeq: number;
  unread: number;
  mentions: number;
}

export interface MemberFlatRow extends MembershipRecord {
  handle: string;
  displayName: string;
  country: string;
  realm: string | null;
}

export const CONVERSATION_STATEMENTS = {
  byId: statement<ConversationRecord>('conversations.byId', `SELECT ${CONVERSATION} FROM "Conversation" c WHERE c."id" = ?`),
  byIds: statement<ConversationRecord>('conversations.byIds', (d) => `SELECT ${CONVERSATION} FROM "Conversation" c WHERE c."id" ${d.inInts}`),
  dm: statement<ConversationRecord>('conversations.dm', `SELECT ${CONVERSATION} FROM "Conversation" c WHERE c."dmKey" = ?`),
  group: statement<ConversationRecord>('conversations.group', `SELECT ${CONVERSATION} FROM "Conversation" c WHERE c."name" = ? AND c."kind" = 'group'`),
  membership: statement<MembershipRecord>(
    'conversations.membership',
    `SELECT "conversationId", "userId", "role", "lastReadSeq", "joinedAt" FROM "Membership" WHERE "conversationId" = ? AND "userId" = ?`,
  ),
  /** The user's memberships in these conversations (several access checks in one). */
  memberships: statement<MembershipRecord>(
    'conversations.memberships',
    (d) => `SELECT "conversationId", "userId", "role", "lastReadSeq", "joinedAt" FROM "Membership" WHERE "userId" = ? AND "conversationId" ${d.inInts}`,
  ),
  memberIds: statement<{ userId: number }>('conversations.memberIds', `SELECT "userId" FROM "Membership" WHERE "conversationId" = ? AND "role" <> 'invited'`),
  memberCount: statement<{ n: number }>(
    'conversations.memberCount',
    `SELECT COUNT(*) AS "n" FROM "Membership" WHERE "conversationId" = ? AND "role" <> 'invited'`,
  ),
  /** Members (and invitations) by handle, after a cursor ('' for the first page). */
  members: statement<MemberFlatRow>(
    'conversations.members',
    `SELECT m."conversationId", m."userId", m."role", m."lastReadSeq", m."joinedAt", u."handle", u."displayName", u."country", u."realm"
     FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
     WHERE m."conversationId" = ? AND u."handle" > ? ORDER BY u."handle" LIMIT ?`,
  ),
  /** My groups (mode 'mine': member; 'invited': invitations), by name after a cursor ('' first), q ('' for all). */
  myGroups: statement<GroupListFlatRow>(
    'conversations.myGroups',
    (d) => `SELECT ${CONVERSATION},
       (SELECT COUNT(*) FROM "Membership" x WHERE x."conversationId" = c."id" AND x."role" <> 'invited') AS "memberCount",
       my."role" AS "myRole"
     FROM "Membership" my JOIN "Conversation" c ON c."id" = my."conversationId" AND c."kind" = 'group'
     WHERE my."userId" = ? AND (CASE WHEN my."role" = 'invited' THEN 'invited' ELSE 'mine' END) = ${d.sqlite ? '?' : '?::text'}
       AND (${d.sqlite ? '?' : '?::text'} = '' OR c."name" ${d.ilike} OR c."description" ${d.ilike})
       AND c."name" > ?
     ORDER BY c."name" LIMIT ?`,
  ),
  /** Public groups to browse, by name after a cursor, q ('' for all), with the viewer's role in each. */
  publicGroups: statement<GroupListFlatRow>(
    'conversations.publicGroups',
    (d) => `SELECT ${CONVERSATION},
       (SELECT COUNT(*) FROM "Membership" x WHERE x."conversationId" = c."id" AND x."role" <> 'invited') AS "memberCount",
       my."role" AS "myRole"
     FROM "Conversation" c LEFT JOIN "Membership" my ON my."conversationId" = c."id" AND my."userId" = ?
     WHERE c."kind" = 'group' AND c."visibility" = 'public'
       AND (${d.sqlite ? '?' : '?::text'} = '' OR c."name" ${d.ilike} OR c."description" ${d.ilike})
       AND c."name" > ?
     ORDER BY c."name" LIMIT ?`,
  ),
  /** One page of the user's conversations, most recent activity first, with unread and mention counts. */
  summaries: statement<SummaryFlatRow>(
    'conversations.summaries',
    // The page is chosen on ids and activity alone, then its rows are read: sorting a user's 500
    // memberships with every column carried through the sorter cost a quarter more.
    // Params: user, limit, user.
    `SELECT p.*,
       (SELECT COUNT(*) FROM "Message" x
        WHERE x."conversationId" = p."id" AND x."seq" > p."lastReadSeq" AND x."senderId" <> p."userId" AND x."deletedAt" IS NULL) AS "unread",
       (SELECT COUNT(*) FROM "Mention" x WHERE x."conversationId" = p."id" AND x."userId" = p."userId" AND x."seq" > p."lastReadSeq") AS "mentions"
     FROM (
       SELECT ${CONVERSATION}, m."role", m."lastReadSeq", m."userId"
       FROM (
         SELECT page."conversationId" FROM "Membership" page JOIN "Conversation" pc ON pc."id" = page."conversationId"
         WHERE page."userId" = ? AND page."role" <> 'invited'
         ORDER BY COALESCE(pc."lastMessageAt", pc."createdAt") DESC, pc."id" DESC
         LIMIT ?
       ) top
       JOIN "Membership" m ON m."conversationId" = top."conversationId" AND m."userId" = ?
       JOIN "Conversation" c ON c."id" = top."conversationId"
     ) p
     ORDER BY COALESCE(p."lastMessageAt", p."createdAt") DESC, p."id" DESC`,
  ),
  /** Conversations where the user has something unread (the inbox), most recent first. */
  unreadSummaries: statement<SummaryFlatRow>(
    'conversations.unreadSummaries',
    `SELECT p.* FROM (
       SELECT ${CONVERSATION}, m."role", m."lastReadSeq", m."userId",
         (SELECT COUNT(*) FROM "Message" x
          WHERE x."conversationId" = c."id" AND x."seq" > m."lastReadSeq" AND x."senderId" <> m."userId" AND x."deletedAt" IS NULL) AS "unread",
         0 AS "mentions"
       FROM "Membership" m JOIN "Conversation" c ON c."id" = m."conversationId"
       WHERE m."userId" = ? AND m."role" <> 'invited' AND c."lastSeq" > m."lastReadSeq"
     ) p WHERE p."unread" > 0
     ORDER BY COALESCE(p."lastMessageAt", p."createdAt") DESC, p."id" DESC LIMIT ?`,
  ),
  dmParticipants: statement<{ conversationId: number; handle: string }>(
    'conversations.dmParticipants',
    (d) => `SELECT ms."conversationId", u."handle" FROM "Membership" ms JOIN "User" u ON u."id" = ms."userId"
     WHERE ms."conversationId" ${d.inInts} ORDER BY ms."conversationId", ms."userId"`,
  ),
  contacts: statement<{ userId: number }>(
    'conversations.contacts',
    `SELECT DISTINCT other."userId" FROM "Membership" mine
     JOIN "Membership" other ON other."conversationId" = mine."conversationId"
     WHERE mine."userId" = ? AND mine."role" <> 'invited' AND other."role" <> 'invited' AND other."userId" <> ?`,
  ),
};
