// Conversations and memberships: the only Prisma access for DMs, groups and read markers.
import type { Database, ReadClient, Tx } from '../../db/database.js';
import { contains, list, type SqlReads } from '../../db/statements.js';
import { CONVERSATION_STATEMENTS as S, type ConversationRecord, type MembershipRecord, type SummaryFlatRow } from './conversations.statements.js';
import type { SearchIndex } from '../search/search-index.js';
import { LruCache } from '../../shared/lru.js';

export type Role = 'owner' | 'admin' | 'member' | 'invited';

export type { ConversationRecord, MembershipRecord } from './conversations.statements.js';

/** What never changes about a group but its visibility: enough to authorise a send. */
export type GroupRef = Pick<ConversationRecord, 'id' | 'kind' | 'name' | 'visibility' | 'homeRealm'>;

export interface MemberWithUser extends MembershipRecord {
  user: { handle: string; displayName: string; country: string; realm: string | null };
}

export interface GroupListRow extends ConversationRecord {
  memberCount: number;
  /** The viewer's role in it, if any. */
  myRole: string | null;
}

export interface ConversationSummaryRow {
  conversation: ConversationRecord;
  role: string;
  lastReadSeq: number;
  unread: number;
  mentions: number;
}

export function dmKeyOf(userA: number, userB: number): string {
  return userA <= userB ? `${userA}:${userB}` : `${userB}:${userA}`;
}

export class ConversationsRepository {
  /**
   * Caches for the send path, so a group message reads nothing: groups by name and members' roles.
   * Every write to a group or a membership goes through this repository, which forgets the entries it
   * touches at once and again when the transaction commits; `generation` keeps a read that raced such
   * a write from caching what it saw.
   */
  private readonly groups = new LruCache<string, GroupRef>(10_000);
  private readonly roles = new LruCache<string, string>(100_000);
  private generation = 0;

  constructor(
    private readonly read: ReadClient,
    /** The hot reads (conversations.statements.ts); transactions and cold paths stay on Prisma. */
    private readonly sql: SqlReads,
    private readonly db: Pick<Database, 'onCommit'>,
    /** A deleted conversation's messages leave the search index with it. */
    private readonly search: SearchIndex | null = null,
  ) {}

  /** The group named `name` (cached). */
  async groupRef(name: string): Promise<GroupRef | null> {
    const hit = this.groups.get(name);
    if (hit) return hit;
    const generation = this.generation;
    const row = await this.findGroup(name);
    if (!row) return null;
    const ref = { id: row.id, kind: row.kind, name: row.name, visibility: row.visibility, homeRealm: row.homeRealm };
    if (generation === this.generation) this.groups.set(name, ref);
    return ref;
  }

  /** The user's role in the conversation (cached), or null when they have none. */
  async roleOf(conversationId: number, userId: number): Promise<string | null> {
    const key = `${conversationId}:${userId}`;
    const hit = this.roles.get(key);
    if (hit) return hit;
    const generation = this.generation;
    const row = await this.membership(conversationId, userId);
    if (row && generation === this.generation) this.roles.set(key, row.role);
    return row?.role ?? null;
  }

  /**
   * Forgets every cached group and role: another instance changed a membership or a group (its
   * member.* or group.* event reached this one through the live feed).
   */
  forgetMemberships(): void {
    this.forgetAll();
    this.generation++;
  }

  private changed(tx: Tx, forget: () => void): void {
    forget();
    this.generation++;
    this.db.onCommit(tx, () => {
      forget();
      this.generation++;
    });
  }

  private forgetGroups = () => this.groups.clear();
  private forgetAll = () => {
    this.groups.clear();
    this.roles.clear();
  };

  async findById(id: number): Promise<ConversationRecord | null> {
    return (await this.sql.get(S.byId, id)) ?? null;
  }

  async findManyByIds(ids: readonly number[]): Promise<ConversationRecord[]> {
    return ids.length === 0 ? [] : this.sql.all(S.byIds, list(ids));
  }

  async findDm(dmKey: string): Promise<ConversationRecord | null> {
    return (await this.sql.get(S.dm, dmKey)) ?? null;
  }

  /** The DM of these users, created with their memberships if it does not exist yet. */
  async upsertDm(tx: Tx, dmKey: string, userIds: readonly number[]): Promise<ConversationRecord> {
    const existing = await tx.conversation.findUnique({ where: { dmKey } });
    if (existing) return existing;
    return tx.conversation.create({
      data: {
        kind: 'dm',
        dmKey,
        visibility: 'invite',
        members: { create: [...new Set(userIds)].map((userId) => ({ userId, role: 'member' })) },
      },
    });
  }

  async findGroup(name: string): Promise<ConversationRecord | null> {
    return (await this.sql.get(S.group, name)) ?? null;
  }

  findGroupTx(tx: Tx, name: string): Promise<ConversationRecord | null> {
    return tx.conversation.findFirst({ where: { name, kind: 'group' } });
  }

  createGroup(tx: Tx, data: { name: string; description: string; visibility: string }, ownerId: number): Promise<ConversationRecord> {
    return tx.conversation.create({
      data: { ...data, kind: 'group', members: { create: [{ userId: ownerId, role: 'owner' }] } },
    });
  }

  /** The local replica of a group homed on another realm ("team@realm-b"); members arrive from there. */
  createReplicaGroup(tx: Tx, name: string, homeRealm: string): Promise<ConversationRecord> {
    return tx.conversation.create({ data: { kind: 'group', name, homeRealm, visibility: 'public' } });
  }

  updateGroup(tx: Tx, id: number, data: { description?: string; visibility?: string }): Promise<ConversationRecord> {
    this.changed(tx, this.forgetGroups);
    return tx.conversation.update({ where: { id }, data });
  }

  async deleteConversation(tx: Tx, id: number): Promise<void> {
    this.changed(tx, this.forgetAll);
    await this.search?.forgetConversation(tx, id);
    await tx.conversation.delete({ where: { id } });
  }

  async membership(conversationId: number, userId: number): Promise<MembershipRecord | null> {
    return (await this.sql.get(S.membership, conversationId, userId)) ?? null;
  }

  /** The user's memberships in these conversations, by conversation id. */
  async memberships(conversationIds: readonly number[], userId: number): Promise<Map<number, MembershipRecord>> {
    if (conversationIds.length === 0) return new Map();
    return new Map((await this.sql.all(S.memberships, userId, list(conversationIds))).map((m) => [m.conversationId, m]));
  }

  membershipTx(tx: Tx, conversationId: number, userId: number): Promise<MembershipRecord | null> {
    return tx.membership.findUnique({ where: { conversationId_userId: { conversationId, userId } } });
  }

  upsertMember(tx: Tx, conversationId: number, userId: number, role: Role): Promise<MembershipRecord> {
    this.changed(tx, () => this.roles.delete(`${conversationId}:${userId}`));
    return tx.membership.upsert({
      where: { conversationId_userId: { conversationId, userId } },
      create: { conversationId, userId, role },
      update: { role },
    });
  }

  async removeMember(tx: Tx, conversationId: number, userId: number): Promise<void> {
    this.changed(tx, () => this.roles.delete(`${conversationId}:${userId}`));
    await tx.membership.delete({ where: { conversationId_userId: { conversationId, userId } } });
  }

  countWithRole(tx: Tx, conversationId: number, role: Role): Promise<number> {
    return tx.membership.count({ where: { conversationId, role } });
  }

  /** Member user ids (no invitations), read in the transaction, or from the read connection without one. */
  async memberIds(tx: Tx | null, conversationId: number): Promise<number[]> {
    if (!tx) return (await this.sql.all(S.memberIds, conversationId)).map((r) => r.userId);
    const rows = await tx.membership.findMany({ where: { conversationId, role: { not: 'invited' } }, select: { userId: true } });
    return rows.map((r) => r.userId);
  }

  async listMembers(conversationId: number, after: string | undefined, limit: number): Promise<MemberWithUser[]> {
    const rows = await this.sql.all(S.members, conversationId, after ?? '', limit);
    return rows.map(({ handle, displayName, country, realm, ...m }) => ({ ...m, user: { handle, displayName, country, realm } }));
  }

  async memberCount(conversationId: number): Promise<number> {
    return (await this.sql.get(S.memberCount, conversationId))?.n ?? 0;
  }

  /**
   * Groups by name: the viewer's own (mine), those they are invited to, or the public ones (browse),
   * optionally filtered by q; each with its member count and the viewer's role.
   */
  listGroups(options: { viewerId: number; mode: 'mine' | 'invited' | 'public'; q?: string; after?: string; limit: number }): Promise<GroupListRow[]> {
    const q = options.q ?? '';
    const rest = [q, contains(q), contains(q), options.after ?? '', options.limit] as const;
    return options.mode === 'public'
      ? this.sql.all(S.publicGroups, options.viewerId, ...rest)
      : this.sql.all(S.myGroups, options.viewerId, options.mode, ...rest);
  }

  /** The conversation's last seq and the user's read marker in it, as the transaction sees them. */
  async readState(tx: Tx, conversationId: number, userId: number): Promise<{ lastSeq: number; lastReadSeq: number }> {
    // Raw statements here and below: a read marker moves on every conversation a person opens, and
    // Prisma's model queries cost about a millisecond each of query compilation.
    const [row] = await tx.$queryRaw<Array<{ lastSeq: number | bigint; lastReadSeq: number | bigint | null }>>`
      SELECT c."lastSeq", m."lastReadSeq" FROM "Conversation" c
      LEFT JOIN "Membership" m ON m."conversationId" = c."id" AND m."userId" = ${userId}
      WHERE c."id" = ${conversationId}`;
    return { lastSeq: Number(row?.lastSeq ?? 0), lastReadSeq: Number(row?.lastReadSeq ?? 0) };
  }

  /** Moves a read marker forward only; returns the marker after the move. */
  async advanceReadMarker(tx: Tx, conversationId: number, userId: number, upToSeq: number): Promise<number> {
    const moved = await tx.$queryRaw<Array<{ lastReadSeq: number | bigint }>>`
      UPDATE "Membership" SET "lastReadSeq" = ${upToSeq}
      WHERE "conversationId" = ${conversationId} AND "userId" = ${userId} AND "lastReadSeq" < ${upToSeq}
      RETURNING "lastReadSeq"`;
    if (moved[0]) return Number(moved[0].lastReadSeq);
    return (await this.readState(tx, conversationId, userId)).lastReadSeq;
  }

  /** The user's conversations, most recent activity first, with unread counts. */
  async listForUser(userId: number, limit: number): Promise<ConversationSummaryRow[]> {
    return (await this.sql.all(S.summaries, userId, limit, userId)).map(summaryOf);
  }

  /** The user's conversations with something unread from others, most recent activity first. */
  async listUnread(userId: number, limit: number): Promise<ConversationSummaryRow[]> {
    return (await this.sql.all(S.unreadSummaries, userId, limit)).map(summaryOf);
  }

  /** Realms other than this one with members (not invitations) in the conversation. */
  async memberRealms(tx: Tx, conversationId: number): Promise<string[]> {
    const rows = await tx.$queryRaw<Array<{ realm: string }>>`
      SELECT DISTINCT u."realm" FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
      WHERE m."conversationId" = ${conversationId} AND m."role" <> 'invited' AND u."realm" IS NOT NULL`;
    return rows.map((r) => r.realm);
  }

  /** Everyone who shares a conversation with the user (members, not invitations), without the user. */
  async contactsOf(userId: number): Promise<number[]> {
    return (await this.sql.all(S.contacts, userId, userId)).map((r) => r.userId);
  }

  /** Both participants' handles of each DM. */
  async dmParticipants(conversationIds: readonly number[]): Promise<Map<number, string[]>> {
    const result = new Map<number, string[]>();
    if (conversationIds.length === 0) return result;
    for (const row of await this.sql.all(S.dmParticipants, list(conversationIds))) {
      const handles = result.get(row.conversationId) ?? [];
      handles.push(row.handle);
      result.set(row.conversationId, handles);
    }
    return result;
  }
}

function summaryOf(r: SummaryFlatRow): ConversationSummaryRow {
  const { role, lastReadSeq, unread, mentions, ...conversation } = r as SummaryFlatRow & { userId?: number };
  delete (conversation as { userId?: number }).userId;
  return { conversation, role, lastReadSeq, unread, mentions };
}
