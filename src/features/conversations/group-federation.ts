// Groups across realms. A group lives on its home realm; every realm with members keeps a replica
// (a conversation named "team@home") holding its own users' memberships and the messages the home
// realm fans out to it. Here: what the home realm tells member realms when its group changes, and
// what a member realm asks of the home realm (join, leave).
import { splitHandle } from '../../shared/addresses.js';
import type { Tx } from '../../db/database.js';
import { envelope, type WireBody } from '../../federation/events.js';
import { newId } from '../../shared/ids.js';
import type { NewEvent } from '../events/events.repository.js';
import type { AuthContext } from '../users/sessions.service.js';
import type { ConversationRecord } from './conversations.repository.js';
import type { FederationPort, OutboundEvent } from './federation-port.js';
import type { UserLookup } from '../users/user-lookup.js';

const MEMBER_CHANGES: Record<string, 'joined' | 'left' | 'invited' | 'role'> = {
  'member.joined': 'joined',
  'member.left': 'left',
  'member.invited': 'invited',
  'member.updated': 'role',
};

export class GroupFederation {
  constructor(
    readonly port: FederationPort,
    private readonly users: UserLookup,
  ) {}

  /** Realms with members now, before a change (so a deletion still reaches them). */
  memberRealms(tx: Tx, group: ConversationRecord): Promise<string[]> {
    return this.port.memberRealms(tx, group.id);
  }

  /**
   * Queues, for every realm with members (before or after the change) and every realm of a user the
   * change names, the events of a group homed here (delivery starts when the transaction commits).
   * Returns the realms queued for.
   */
  async fanOut(tx: Tx, group: ConversationRecord, before: readonly string[], emitted: readonly NewEvent[]): Promise<string[]> {
    const realms = new Set([...before, ...(group.kind === 'group' ? await this.port.memberRealms(tx, group.id) : [])]);
    for (const e of emitted) {
      const user = e.payload.user;
      const realm = typeof user === 'string' ? splitHandle(user).realm : null;
      if (realm) realms.add(realm);
    }
    if (realms.size === 0) return [];
    const names = new Map<string, string>();
    for (const e of emitted) {
      const user = e.payload.user;
      if (typeof user === 'string' && !names.has(user)) names.set(user, (await this.users.byHandle(user))?.displayName ?? user);
    }
    const events: OutboundEvent[] = [];
    const self = this.port.realmId;
    for (const e of emitted) {
      const id = newId();
      for (const destination of realms) {
        let body: (Record<string, unknown> & { type: string }) | null = null;
        const change = MEMBER_CHANGES[e.type];
        if (change) {
          const user = e.payload.user as string;
          body = {
            type: 'group.member',
            group: group.name,
            user,
            userName: names.get(user) ?? user,
            change,
            role: (e.payload.role as string | undefined) ?? (change === 'invited' ? 'invited' : change === 'left' ? null : 'member'),
            description: group.description,
            visibility: group.visibility,
          };
        } else if (e.type === 'group.updated') {
          const g = e.payload.group as { description: string; visibility: string };
          body = { type: 'group.updated', group: group.name, description: g.description, visibility: g.visibility };
        } else if (e.type === 'group.deleted') {
          if (events.some((x) => x.destination === destination && x.type === 'group.deleted')) continue;
          body = { type: 'group.deleted', group: group.name };
        }
        if (body) events.push({ destination, eventId: id, type: body.type, payload: envelope(self, id, body), senderId: null });
      }
    }
    await this.port.enqueue(tx, events);
    return [...new Set(events.map((e) => e.destination))];
  }

  /** A member realm asks the home realm to let its user in (or out). */
  request(actor: AuthContext, group: ConversationRecord, kind: 'group.join' | 'group.leave', displayName: string): OutboundEvent {
    const home = group.homeRealm!;
    const id = newId();
    const name = splitHandle(group.name!).name;
    const user = actor.handle;
    const body =
      kind === 'group.join'
        ? ({ type: kind, group: name, user, userName: displayName } satisfies WireBody<'group.join'>)
        : ({ type: kind, group: name, user } satisfies WireBody<'group.leave'>);
    return { destination: home, eventId: id, type: kind, payload: envelope(this.port.realmId, id, body), senderId: actor.userId };
  }
}
