// Replicas of groups homed at the sending realm: its messages, membership changes (of our users only
// when they asked), message updates and group changes. The writes live in ReplicasService.
import type { Tx } from '../../db/database.js';
import { isMember } from '../../features/conversations/membership.js';
import { fromPeerHandle, handleOf } from '../../shared/addresses.js';
import { isUniqueViolation } from '../../shared/errors.js';
import type { EventResult } from '../events.js';
import { duplicate, ok, PeerEvents, rejected, type Event } from './base.js';

export class ReplicaGroupEvents extends PeerEvents {
  /** The local name of the replica of `group` homed at `origin`. */
  private replicaName(origin: string, group: string): string {
    return `${group}@${origin}`;
  }

  async groupMessage(origin: string, e: Event<'group.message'>): Promise<EventResult> {
    if (await this.messageExists(e.id)) return duplicate(e.id);
    const { services } = this.d;
    const replica = await services.conversationsRepo.findGroup(this.replicaName(origin, e.group));
    if (!replica || replica.homeRealm !== origin) return rejected(e.id, `no replica of group ${e.group} here`);
    const senderAddress = fromPeerHandle(e.from, origin, this.d.config.realmId);
    // The home realm orders its group, so it relays its members' messages; but a message "from" one of
    // our users is only the echo of a group.send that user made through us.
    const sender = senderAddress.realm
      ? await this.d.remoteUsers.vouched({ ...senderAddress, realm: senderAddress.realm }, e.fromName)
      : await services.lookup.byHandle(senderAddress.name);
    if (!sender) return rejected(e.id, `unknown sender ${e.from}`);
    if (senderAddress.realm === null && !(await this.d.repo.queuedBy(origin, sender.id, 'group.send', { eventId: e.id }))) {
      return rejected(e.id, `realm ${origin} cannot speak for ${e.from}: no such message was sent from here`);
    }
    const file = e.file ? await this.remoteFile(origin, e.file, sender) : null;
    try {
      await services.replicas.appendMessage(
        replica,
        {
          id: e.id,
          seq: e.seq,
          senderId: sender.id,
          text: e.text,
          fileId: file?.id ?? null,
          createdAt: new Date(e.createdAt),
          replyTo: e.replyTo,
        },
        { userId: sender.id, handle: sender.handle },
      );
    } catch (error) {
      if (isUniqueViolation(error) || (await this.messageExists(e.id))) return duplicate(e.id);
      throw error;
    }
    return ok(e.id);
  }

  async groupMember(origin: string, e: Event<'group.member'>): Promise<EventResult> {
    if ((await this.d.repo.appliedAmong([e.id])).has(e.id)) return duplicate(e.id);
    const { services } = this.d;
    const name = this.replicaName(origin, e.group);
    const address = fromPeerHandle(e.user, origin, this.d.config.realmId);
    const local = address.realm === null ? await services.usersRepo.findByHandle(address.name) : null;
    const replica = await services.conversationsRepo.findGroup(name);
    if (!replica && !local) {
      // Not about one of ours and no replica here: nothing to keep.
      await this.markApplied(origin, e.id);
      return ok(e.id);
    }
    if (local) {
      const refusal = await this.memberChangeRefusal(origin, e, local.id, replica?.id ?? null);
      if (refusal) return rejected(e.id, refusal);
    }
    const change = {
      user: handleOf(address),
      localUserId: local?.id ?? null,
      change: e.change,
      role: e.role,
      description: e.description,
      visibility: e.visibility,
    };
    await services.replicas.applyMemberChange(name, origin, replica, change, (tx) => this.d.repo.markApplied(tx, e.id, origin, 'ok'));
    return ok(e.id);
  }

  /**
   * Why a home realm may not make this change to one of our users' memberships, or null if it may. It
   * owns its group (it may invite, remove, change roles of members), but it adds our user only when that
   * user asked: a join they sent through us (which is also how an invitation is accepted).
   */
  private async memberChangeRefusal(origin: string, e: Event<'group.member'>, userId: number, replicaId: number | null): Promise<string | null> {
    const current = replicaId === null ? null : await this.d.services.conversationsRepo.membership(replicaId, userId);
    const member = isMember(current);
    switch (e.change) {
      case 'left':
        return null;
      case 'invited':
        return member ? `${e.user} is already a member of ${e.group}` : null;
      case 'role':
        if (!member) return `${e.user} is not a member of ${e.group}`;
        return e.role === null || e.role === 'invited' ? `role ${String(e.role)} is not a member role` : null;
      case 'joined':
        if (member) return null;
        return (await this.d.repo.queuedBy(origin, userId, 'group.join', { group: e.group })) ? null : `${e.user} did not ask to join ${e.group}`;
    }
  }

  async messageUpdate(origin: string, e: Event<'message.update'>): Promise<EventResult> {
    if ((await this.d.repo.appliedAmong([e.id])).has(e.id)) return duplicate(e.id);
    const { services } = this.d;
    const row = await services.messagesRepo.findById(e.messageId);
    const conversation = row && (await services.conversationsRepo.findById(row.conversationId));
    if (!row || !conversation || conversation.homeRealm !== origin) return rejected(e.id, 'no such message of a group homed at the sender');
    const update = { deleted: e.deleted, text: e.text, editedAt: e.editedAt ? new Date(e.editedAt) : null };
    await services.replicas.applyMessageUpdate(row, conversation, update, (tx) => this.d.repo.markApplied(tx, e.id, origin, 'ok'));
    return ok(e.id);
  }

  async groupChanged(origin: string, e: Event<'group.updated' | 'group.deleted'>): Promise<EventResult> {
    if ((await this.d.repo.appliedAmong([e.id])).has(e.id)) return duplicate(e.id);
    const { services } = this.d;
    const replica = await services.conversationsRepo.findGroup(this.replicaName(origin, e.group));
    if (!replica || replica.homeRealm !== origin) {
      await this.markApplied(origin, e.id);
      return ok(e.id);
    }
    const record = (tx: Tx) => this.d.repo.markApplied(tx, e.id, origin, 'ok');
    if (e.type === 'group.updated') await services.replicas.applyUpdated(replica, { description: e.description, visibility: e.visibility }, origin, record);
    else await services.replicas.applyDeleted(replica, origin, record);
    return ok(e.id);
  }
}
