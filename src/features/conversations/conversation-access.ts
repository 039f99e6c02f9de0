// Who may see, read and post where: the access rules for DMs and groups, in one place.
//  - DM: any user may message any existing user (and themself); the DM is created on first use.
//  - Group: members read and post. Non-members get 403 for a public group and 404 for an invite-only
//    group, whose existence they are not told (an invited user sees it, and gets 403 until they join).
import { isMember } from './membership.js';
import type { Database } from '../../db/database.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { LruCache } from '../../shared/lru.js';
import type { AuthContext } from '../users/sessions.service.js';
import type { UserLookup, UserRef } from '../users/user-lookup.js';
import { parseAddress } from '../../shared/addresses.js';
import type { FederationPort } from './federation-port.js';
import { dmRef, groupRef, type ConversationRef, type ParsedConversationId } from './conversation-ref.js';
import { dmKeyOf, type ConversationRecord, type ConversationsRepository, type MembershipRecord } from './conversations.repository.js';

export interface ResolvedConversation {
  id: number;
  ref: ConversationRef;
  kind: 'dm' | 'group';
  /** A DM's participants (they never change); groups look theirs up when it matters. */
  participants?: readonly number[];
  /** A DM's other participant. */
  other?: UserRef;
  /** A group homed on another realm (this realm keeps a replica; that realm orders its messages). */
  homeRealm?: string | null;
}

export interface ResolvedGroup {
  group: ConversationRecord;
  membership: MembershipRecord | null;
}

export class ConversationAccess {
  /** dmKey → conversation id. A DM's id never changes once created. */
  private readonly dmIds = new LruCache<string, number>(100_000);

  constructor(
    private readonly db: Database,
    private readonly conversations: ConversationsRepository,
    private readonly users: UserLookup,
  ) {}

  /** Set when federation is configured: resolves users of other realms. */
  federation: FederationPort | null = null;

  async requireUser(handle: string): Promise<UserRef> {
    const address = parseAddress(handle, this.federation?.realmId ?? '');
    if (address.realm) {
      if (!this.federation) throw notFound(`No user named ${handle}`);
      return this.federation.resolveUser({ ...address, realm: address.realm });
    }
    const user = await this.users.byHandle(address.name);
    if (!user) throw notFound(`No user named ${handle}`);
    return user;
  }

  /** The DM between the actor and `otherHandle`; created on first use when `create` is set. */
  async dm(actor: AuthContext, otherHandle: string, create: boolean): Promise<(ResolvedConversation & { other: UserRef }) | null> {
    return this.dmWith(actor, await this.requireUser(otherHandle), create);
  }

  /** The DM between the actor and a resolved user. */
  async dmWith(actor: AuthContext, other: UserRef, create: boolean): Promise<(ResolvedConversation & { other: UserRef }) | null> {
    const key = dmKeyOf(actor.userId, other.id);
    const ref = dmRef(actor.handle, other.handle);
    let id = this.dmIds.get(key);
    if (id === undefined) {
      const found = await this.conversations.findDm(key);
      if (found) id = found.id;
      else if (create) id = (await this.db.write((tx) => this.conversations.upsertDm(tx, key, [actor.userId, other.id]))).id;
      else return null;
      this.dmIds.set(key, id);
    }
    return { id, ref, kind: 'dm', other, participants: [...new Set([actor.userId, other.id])] };
  }

  /** A group the actor can see (member, invited, or public); 404 otherwise. */
  async visibleGroup(actor: AuthContext, name: string): Promise<ResolvedGroup> {
    const group = await this.conversations.findGroup(this.groupHandle(name));
    if (!group) throw notFound(`No group named ${name}`);
    const membership = await this.conversations.membership(group.id, actor.userId);
    if (!membership && group.visibility !== 'public') throw notFound(`No group named ${name}`);
    return { group, membership };
  }

  /** A group the actor is a member of (may read and post). */
  async memberGroup(actor: AuthContext, name: string): Promise<ResolvedGroup & { membership: MembershipRecord }> {
    const resolved = await this.visibleGroup(actor, name);
    if (!resolved.membership || !isMember(resolved.membership)) {
      throw forbidden(`You are not a member of ${resolved.group.name}`);
    }
    return { group: resolved.group, membership: resolved.membership };
  }

  /**
   * A group the actor may post to, from the repository's caches (the send path reads nothing): the
   * same answers as memberGroup — 404 for an invite-only group they are not in, 403 otherwise.
   */
  async postableGroup(actor: AuthContext, name: string): Promise<ResolvedConversation> {
    const group = await this.conversations.groupRef(this.groupHandle(name));
    if (!group) throw notFound(`No group named ${name}`);
    const role = await this.conversations.roleOf(group.id, actor.userId);
    if (!role && group.visibility !== 'public') throw notFound(`No group named ${name}`);
    if (!role || !isMember({ role })) throw forbidden(`You are not a member of ${group.name}`);
    return { id: group.id, ref: groupRef(group.name!), kind: 'group', homeRealm: group.homeRealm };
  }

  /** Resolves a "dm:<user>" / "group:<name>" id to a conversation the actor belongs to. */
  async byParsedId(actor: AuthContext, parsed: ParsedConversationId): Promise<ResolvedConversation> {
    if (parsed.kind === 'dm') {
      const dm = await this.dm(actor, parsed.with, false);
      if (!dm) throw notFound(`No conversation with ${parsed.with}`);
      return dm;
    }
    const { group } = await this.memberGroup(actor, parsed.name);
    return { id: group.id, ref: groupRef(group.name!), kind: 'group', homeRealm: group.homeRealm };
  }

  /** A group name as stored here: "team" (homed here) or "team@realm-b"; "team@<this realm>" is "team". */
  groupHandle(name: string): string {
    const address = parseAddress(name, this.federation?.realmId ?? '', 'name');
    return address.realm ? `${address.name}@${address.realm}` : address.name;
  }

  /** The API reference of each conversation (DMs need their participants' handles). */
  async refsOf(conversations: ReadonlyArray<Pick<ConversationRecord, 'id' | 'kind' | 'name'>>): Promise<Map<number, ConversationRef>> {
    const dmIds = conversations.filter((c) => c.kind === 'dm').map((c) => c.id);
    const participants = await this.conversations.dmParticipants(dmIds);
    return new Map<number, ConversationRef>(
      conversations.map((c): [number, ConversationRef] => {
        if (c.kind === 'group') return [c.id, groupRef(c.name!)];
        const handles = participants.get(c.id) ?? [];
        return [c.id, dmRef(handles[0]!, handles[1] ?? handles[0]!)];
      }),
    );
  }

  forgetDm(key: string): void {
    this.dmIds.delete(key);
  }
}
