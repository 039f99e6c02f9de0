// Groups homed here, asked of by member realms: their users join, leave and send (the home realm
// orders the group and fans out the result).
import { AppError } from '../../shared/errors.js';
import type { EventResult } from '../events.js';
import { duplicate, ok, PeerEvents, type Event } from './base.js';

export class HomeGroupEvents extends PeerEvents {
  async groupMembershipRequest(origin: string, e: Event<'group.join' | 'group.leave'>): Promise<EventResult> {
    if ((await this.d.repo.appliedAmong([e.id])).has(e.id)) return duplicate(e.id);
    const user = await this.vouched(origin, e.user, e.type === 'group.join' ? e.userName : null);
    const actor = this.actorFor(user, origin);
    try {
      if (e.type === 'group.join') await this.d.services.groups.join(actor, e.group);
      else await this.d.services.groups.leave(actor, e.group);
    } catch (error) {
      // Already in (join) or already out (leave): the request was carried out before.
      if (!(error instanceof AppError && (error.code === 'conflict' || (e.type === 'group.leave' && error.code === 'not_found')))) throw error;
    }
    await this.markApplied(origin, e.id);
    return ok(e.id);
  }

  async groupSend(origin: string, e: Event<'group.send'>): Promise<EventResult> {
    if (await this.messageExists(e.id)) return duplicate(e.id);
    const sender = await this.vouched(origin, e.from, e.fromName);
    return this.sendAs(origin, sender, { kind: 'group', name: e.group }, e);
  }
}
