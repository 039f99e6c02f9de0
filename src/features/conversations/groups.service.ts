// Groups: create, browse, join and leave, members and roles, settings, delete.
// Roles: owner (everything; there may be several), admin (add/remove members, edit settings,
// moderate messages), member. "invited" is a pending invitation to an invite-only group.
import { groupDeletedEvent, groupUpdatedEvent, memberEvent } from './group-events.js';
import { isInvited, isMember } from './membership.js';
import { splitHandle } from '../../shared/addresses.js';
import { badRequest, conflict, forbidden, invalid, isUniqueViolation, notFound } from '../../shared/errors.js';
import type { Tx } from '../../db/database.js';
import type { Emit } from '../events/event-log.js';
import type { NewEvent } from '../events/events.repository.js';
import type { UserLookup } from '../users/user-lookup.js';
import type { GroupFederation } from './group-federation.js';
import { GROUP_DESCRIPTION_MAX, normalizeGroupName, normalizeMultiline } from '../../shared/text.js';
import type { EventLog } from '../events/event-log.js';
import type { AuthContext } from '../users/sessions.service.js';
import type { ConversationAccess } from './conversation-access.js';
import type { ConversationRecord, ConversationsRepository, MembershipRecord, Role } from './conversations.repository.js';

export type Visibility = 'public' | 'invite';

export interface GroupDto {
  name: string;
  description: string;
  visibility: Visibility;
  memberCount: number;
  createdAt: string;
  /** The caller's role, or null if they are not a member. */
  myRole: Role | null;
  /** The realm the group lives on, for groups of other realms (null: this realm). */
  homeRealm: string | null;
}

export interface MemberDto {
  username: string;
  displayName: string;
  role: Role;
  joinedAt: string;
}

const MANAGERS: readonly string[] = ['owner', 'admin'];

function toGroupDto(g: ConversationRecord, memberCount: number, myRole: string | null): GroupDto {
  return {
    name: g.name!,
    description: g.description,
    visibility: g.visibility as Visibility,
    memberCount,
    createdAt: g.createdAt.toISOString(),
    myRole: (myRole as Role | null) ?? null,
    homeRealm: g.homeRealm,
  };
}

export class GroupsService {
  /** Set when federation is configured. */
  federation: GroupFederation | null = null;

  constructor(
    private readonly access: ConversationAccess,
    private readonly conversations: ConversationsRepository,
    private readonly eventLog: EventLog,
    private readonly users: UserLookup,
  ) {}

  /**
   * A write to a group, with its events. For a group homed here with members on other realms, the
   * same transaction queues what those realms must hear (GroupFederation.fanOut).
   */
  private async write<T>(group: ConversationRecord, fn: (tx: Tx, emit: Emit) => Promise<T>): Promise<T> {
    const fed = this.federation;
    if (!fed || group.homeRealm || !fed.port.hasPeers()) return this.eventLog.write(fn);
    return this.eventLog.write(async (tx, emit) => {
      const before = await fed.memberRealms(tx, group);
      const emitted: NewEvent[] = [];
      const r = await fn(tx, (e) => {
        emitted.push(e);
        emit(e);
      });
      await fed.fanOut(tx, group, before, emitted);
      return r;
    });
  }

  /** Groups homed elsewhere are managed there; here only joining and leaving go through. */
  private homedHere(group: ConversationRecord): void {
    if (group.homeRealm) throw badRequest(`${group.name} is homed on realm ${group.homeRealm}: manage it there`);
  }

  private isRemoteName(name: string): boolean {
    return this.access.groupHandle(name).includes('@');
  }

  /** Joining a group homed elsewhere: a replica here, and a request to the home realm, answered by a group.member event. */
  private async joinRemote(actor: AuthContext, name: string): Promise<GroupDto & { pending: true }> {
    const fed = this.federation;
    const handle = this.access.groupHandle(name);
    const home = splitHandle(handle).realm!;
    if (!fed || !fed.port.hasPeers() || !(await fed.port.isPeer(home))) throw notFound(`No group named ${handle}: realm ${home} is not a peer`);
    const existing = await this.conversations.findGroup(handle);
    const mine = existing && (await this.conversations.membership(existing.id, actor.userId));
    if (isMember(mine)) throw conflict(`You are already a member of ${handle}`);
    const me = await this.users.byId(actor.userId);
    const replica = await this.eventLog.write(async (tx) => {
      const g = existing ?? (await this.conversations.createReplicaGroup(tx, handle, home));
      await fed.port.enqueue(tx, [fed.request(actor, g, 'group.join', me?.displayName ?? actor.handle)]);
      return g;
    });
    return { ...toGroupDto(replica, await this.conversations.memberCount(replica.id), mine?.role ?? null), pending: true };
  }

  async create(actor: AuthContext, input: { name: string; description?: string | undefined; visibility?: Visibility | undefined }): Promise<GroupDto> {
    const name = normalizeGroupName(input.name);
    const description = normalizeMultiline(input.description ?? '', 'description', GROUP_DESCRIPTION_MAX);
    const visibility = input.visibility ?? 'public';
    if (await this.conversations.findGroup(name)) throw conflict(`A group named ${name} already exists`);
    try {
      const group = await this.eventLog.write(async (tx, emit) => {
        const g = await this.conversations.createGroup(tx, { name, description, visibility }, actor.userId);
        emit(memberEvent('member.joined', g, actor.handle, { role: 'owner' }));
        return g;
      });
      return toGroupDto(group, 1, 'owner');
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`A group named ${name} already exists`);
      throw e;
    }
  }

  async list(
    actor: AuthContext,
    options: { mine: boolean; invited?: boolean; q?: string | undefined; after?: string | undefined; limit: number },
  ): Promise<{ groups: GroupDto[]; next: string | null }> {
    const rows = await this.conversations.listGroups({
      viewerId: actor.userId,
      mode: options.invited ? 'invited' : options.mine ? 'mine' : 'public',
      ...(options.q ? { q: options.q.trim().toLowerCase() } : {}),
      ...(options.after ? { after: options.after } : {}),
      limit: options.limit,
    });
    const groups = rows.map((g) => toGroupDto(g, g.memberCount, (g.myRole as Role | null) ?? null));
    return { groups, next: rows.length === options.limit ? rows[rows.length - 1]!.name : null };
  }

  async get(actor: AuthContext, name: string): Promise<GroupDto> {
    const { group, membership } = await this.access.visibleGroup(actor, name);
    return toGroupDto(group, await this.conversations.memberCount(group.id), membership?.role ?? null);
  }

  /** Joins a public group, or accepts an invitation to an invite-only one. */
  async join(actor: AuthContext, name: string): Promise<GroupDto & { pending?: boolean }> {
    if (this.isRemoteName(name)) return this.joinRemote(actor, name);
    const { group, membership } = await this.access.visibleGroup(actor, name);
    if (isMember(membership)) throw conflict(`You are already a member of ${group.name}`);
    if (group.visibility !== 'public' && !isInvited(membership)) {
      throw forbidden(`${group.name} is invite-only`);
    }
    await this.write(group, async (tx, emit) => {
      const current = await this.conversations.membershipTx(tx, group.id, actor.userId);
      if (isMember(current)) throw conflict(`You are already a member of ${group.name}`);
      await this.conversations.upsertMember(tx, group.id, actor.userId, 'member');
      emit(memberEvent('member.joined', group, actor.handle, { role: 'member' }));
    });
    return this.get(actor, group.name!);
  }

  async leave(actor: AuthContext, name: string): Promise<void> {
    const { group } = await this.access.visibleGroup(actor, name);
    if (group.homeRealm && this.federation) {
      const fed = this.federation;
      const me = await this.users.byId(actor.userId);
      await this.eventLog.write(async (tx, emit) => {
        const current = await this.conversations.membershipTx(tx, group.id, actor.userId);
        if (!current) throw notFound(`${actor.handle} is not a member of ${group.name}`);
        await this.conversations.removeMember(tx, group.id, actor.userId);
        emit({ ...memberEvent('member.left', group, actor.handle, {}), userId: actor.userId });
        await fed.port.enqueue(tx, [fed.request(actor, group, 'group.leave', me?.displayName ?? actor.handle)]);
      });
      return;
    }
    await this.removeMembership(actor, group, actor.userId, actor.handle);
  }

  async members(actor: AuthContext, name: string, after: string | undefined, limit: number): Promise<{ members: MemberDto[]; next: string | null }> {
    const { group, membership } = await this.access.visibleGroup(actor, name);
    if (group.visibility !== 'public' && !isMember(membership)) {
      throw forbidden(`You are not a member of ${group.name}`);
    }
    const rows = await this.conversations.listMembers(group.id, after, limit);
    return {
      members: rows.map((m) => ({
        username: m.user.handle,
        displayName: m.user.displayName,
        role: m.role as Role,
        joinedAt: m.joinedAt.toISOString(),
      })),
      next: rows.length === limit ? rows[rows.length - 1]!.user.handle : null,
    };
  }

  /**
   * Owner/admin adds a user: a member of a public group at once, an invitation for an invite-only one.
   * A user of another realm is invited either way: their realm adds them to a group only when they ask
   * (docs/security.md), so they see the invitation there and join from it.
   */
  async addMember(actor: AuthContext, name: string, username: string): Promise<MemberDto> {
    const { group, membership } = await this.access.memberGroup(actor, name);
    this.homedHere(group);
    if (!MANAGERS.includes(membership.role)) throw forbidden('Only an owner or admin can add members');
    const user = await this.access.requireUser(username);
    const role: Role = group.visibility === 'public' && user.realm === null ? 'member' : 'invited';
    const added = await this.write(group, async (tx, emit) => {
      const current = await this.conversations.membershipTx(tx, group.id, user.id);
      if (current) throw conflict(current.role === 'invited' ? `${user.handle} is already invited` : `${user.handle} is already a member`);
      const m = await this.conversations.upsertMember(tx, group.id, user.id, role);
      emit(
        role === 'invited'
          ? { ...memberEvent('member.invited', group, user.handle, { by: actor.handle }), userId: user.id }
          : memberEvent('member.joined', group, user.handle, { role, by: actor.handle }),
      );
      return m;
    });
    return { username: user.handle, displayName: user.displayName, role, joinedAt: added.joinedAt.toISOString() };
  }

  /** Owner/admin removes a member (admins cannot remove owners or admins); anyone removes themself. */
  async removeMember(actor: AuthContext, name: string, username: string): Promise<void> {
    const user = await this.access.requireUser(username);
    if (user.id === actor.userId) return this.leave(actor, name);
    const { group, membership } = await this.access.memberGroup(actor, name);
    this.homedHere(group);
    if (!MANAGERS.includes(membership.role)) throw forbidden('Only an owner or admin can remove members');
    const target = await this.conversations.membership(group.id, user.id);
    if (!target) throw notFound(`${user.handle} is not a member of ${group.name}`);
    if (membership.role === 'admin' && MANAGERS.includes(target.role)) {
      throw forbidden('An admin cannot remove an owner or another admin');
    }
    await this.removeMembership(actor, group, user.id, user.handle);
  }

  /** Owner only. Promoting to owner hands over (or shares) ownership. */
  async setRole(actor: AuthContext, name: string, username: string, role: Role): Promise<MemberDto> {
    if (role === 'invited') throw invalid('role', 'must be owner, admin or member');
    const { group, membership } = await this.access.memberGroup(actor, name);
    this.homedHere(group);
    if (membership.role !== 'owner') throw forbidden('Only an owner can change roles');
    const user = await this.access.requireUser(username);
    const updated = await this.write(group, async (tx, emit) => {
      const current = await this.conversations.membershipTx(tx, group.id, user.id);
      if (!current || !isMember(current)) throw notFound(`${user.handle} is not a member of ${group.name}`);
      if (current.role === 'owner' && role !== 'owner' && (await this.conversations.countWithRole(tx, group.id, 'owner')) === 1) {
        throw conflict('A group needs an owner: make someone else owner first');
      }
      const m = await this.conversations.upsertMember(tx, group.id, user.id, role);
      emit(memberEvent('member.updated', group, user.handle, { role, by: actor.handle }));
      return m;
    });
    return { username: user.handle, displayName: user.displayName, role, joinedAt: updated.joinedAt.toISOString() };
  }

  async update(actor: AuthContext, name: string, patch: { description?: string | undefined; visibility?: Visibility | undefined }): Promise<GroupDto> {
    const { group, membership } = await this.access.memberGroup(actor, name);
    this.homedHere(group);
    if (!MANAGERS.includes(membership.role)) throw forbidden('Only an owner or admin can change the group');
    const data: { description?: string; visibility?: string } = {};
    if (patch.description !== undefined) data.description = normalizeMultiline(patch.description, 'description', GROUP_DESCRIPTION_MAX);
    if (patch.visibility !== undefined) data.visibility = patch.visibility;
    const updated = await this.write(group, async (tx, emit) => {
      const g = await this.conversations.updateGroup(tx, group.id, data);
      emit(groupUpdatedEvent(g, actor.handle));
      return g;
    });
    return toGroupDto(updated, await this.conversations.memberCount(group.id), membership.role);
  }

  /** Owner only: the group, its memberships and its messages are gone; former members are told. */
  async delete(actor: AuthContext, name: string): Promise<void> {
    const { group, membership } = await this.access.memberGroup(actor, name);
    this.homedHere(group);
    if (membership.role !== 'owner') throw forbidden('Only an owner can delete the group');
    await this.write(group, async (tx, emit) => {
      const memberIds = await this.conversations.memberIds(tx, group.id);
      await this.conversations.deleteConversation(tx, group.id);
      for (const userId of memberIds) {
        emit(groupDeletedEvent(group, userId, actor.handle));
      }
    });
  }

  private async removeMembership(actor: AuthContext, group: ConversationRecord, userId: number, handle: string): Promise<void> {
    await this.write(group, async (tx, emit) => {
      const current: MembershipRecord | null = await this.conversations.membershipTx(tx, group.id, userId);
      if (!current) throw notFound(`${handle} is not a member of ${group.name}`);
      if (current.role === 'owner' && (await this.conversations.countWithRole(tx, group.id, 'owner')) === 1) {
        throw conflict('The last owner cannot leave: make someone else owner first, or delete the group');
      }
      await this.conversations.removeMember(tx, group.id, userId);
      // userId: the one who left still hears about it, though no longer a member.
      emit({ ...memberEvent('member.left', group, handle, actor.userId === userId ? {} : { by: actor.handle }), userId });
    });
  }
}
