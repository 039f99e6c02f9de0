// Reactions and pins from peers. A change request (reaction.change, pin.change) is carried out by the
// reactions service acting as the peer's user, so every rule — visibility, roles, caps, and that a peer
// changes only what this realm orders — applies once. An update (reaction.update, pin.update) is the
// home realm of a group telling its members' realms what it applied; it is taken only from that realm,
// and never "for" one of our users except as the confirmation of a change that user sent through us.
import { fromPeerHandle } from '../../shared/addresses.js';
import type { EventResult } from '../events.js';
import type { Tx } from '../../db/database.js';
import { duplicate, ok, PeerEvents, rejected, type Event } from './base.js';

export class ReactionEvents extends PeerEvents {
  async change(origin: string, e: Event<'reaction.change' | 'pin.change'>): Promise<EventResult> {
    if ((await this.d.repo.appliedAmong([e.id])).has(e.id)) return duplicate(e.id);
    const actor = this.actorFor(await this.vouched(origin, e.from, null), origin);
    const { reactionsPins } = this.d.services;
    if (e.type === 'pin.change') await reactionsPins.setPinned(actor, e.messageId, e.pinned, e.id);
    else if (e.added) await reactionsPins.react(actor, e.messageId, e.emoji);
    else await reactionsPins.unreact(actor, e.messageId, e.emoji);
    await this.markApplied(origin, e.id);
    return ok(e.id);
  }

  async update(origin: string, e: Event<'reaction.update' | 'pin.update'>): Promise<EventResult> {
    if ((await this.d.repo.appliedAmong([e.id])).has(e.id)) return duplicate(e.id);
    const { services } = this.d;
    const row = await services.messagesRepo.findById(e.messageId);
    const conversation = row && (await services.conversationsRepo.findById(row.conversationId));
    if (!row || !conversation || conversation.homeRealm !== origin) return rejected(e.id, 'no such message of a group homed at the sender');
    const address = fromPeerHandle(e.type === 'pin.update' ? e.by : e.user, origin, this.d.config.realmId);
    const record = (tx: Tx) => this.d.repo.markApplied(tx, e.id, origin, 'ok');
    if (address.realm === null) {
      const user = await services.lookup.byHandle(address.name);
      if (!user) return rejected(e.id, `unknown user ${address.name}`);
      // Our user's reaction was applied when they made it: the home's copy only confirms it.
      if (e.type === 'reaction.update') {
        await this.markApplied(origin, e.id);
        return ok(e.id);
      }
      // A pin "by" our user is the home carrying out a pin.change this realm sent for them.
      if (!e.cause || !(await this.d.repo.queuedBy(origin, user.id, 'pin.change', { eventId: e.cause }))) {
        return rejected(e.id, `realm ${origin} cannot speak for ${address.name}: no such pin was asked for from here`);
      }
      await services.reactionsPins.applyHomePin(e.messageId, user, e.pinned, new Date(e.at), record);
      return ok(e.id);
    }
    const name = e.type === 'pin.update' ? e.byName : e.userName;
    const user = await this.d.remoteUsers.vouched({ ...address, realm: address.realm }, name);
    if (e.type === 'pin.update') await services.reactionsPins.applyHomePin(e.messageId, user, e.pinned, new Date(e.at), record);
    else await services.reactionsPins.applyHomeReaction(e.messageId, user, e.emoji, e.added, record);
    return ok(e.id);
  }
}
