// Replicas of groups homed on other realms: what their home realm's events change here. The caller
// (the federation applier) has already checked that the event comes from the home realm and may make
// the change; here the writes and the events they emit live, like GroupsService's for groups homed
// here. `record` (MarkApplied) runs in the same transaction (the applier marks the event applied there, so it is
// applied exactly once).
import type { Tx } from '../../db/database.js';
import type { EventLog } from '../events/event-log.js';
import { groupRef } from './conversation-ref.js';
import type { ConversationRecord, ConversationsRepository, Role } from './conversations.repository.js';
import { groupDeletedEvent, groupUpdatedEvent, memberEvent } from './group-events.js';
import { toMessageView } from './messages.mapper.js';
import type { MessageWithContext, MessagesRepository } from './messages.repository.js';
import type { MentionResolver } from './mentions.js';

/** Marks the applied event in the write's transaction. */
type MarkApplied = (tx: Tx) => Promise<unknown>;

const MEMBER_EVENT = { joined: 'member.joined', left: 'member.left', invited: 'member.invited', role: 'member.updated' } as const;

export interface MemberChange {
  /** The member's handle as seen here. */
  user: string;
  /** Set when the member is one of ours: only our users' memberships are kept in a replica. */
  localUserId: number | null;
  change: keyof typeof MEMBER_EVENT;
  role: Role | null;
  description?: string | undefined;
  visibility?: 'public' | 'invite' | undefined;
}

export class ReplicasService {
  constructor(
    private readonly eventLog: EventLog,
    private readonly conversations: ConversationsRepository,
    private readonly messages: MessagesRepository,
    private readonly mentions: MentionResolver,
  ) {}

  /** A message the home realm ordered (its seq is the home realm's). */
  async appendMessage(
    replica: ConversationRecord,
    message: { id: string; seq: number; senderId: number; text: string | null; fileId: string | null; createdAt: Date; replyTo?: string | undefined },
    sender: { userId: number; handle: string },
  ): Promise<void> {
    const ref = groupRef(replica.name!);
    const { replyTo, ...fields } = message;
    // The home realm's reference counts only if it names a message of this group we have.
    const target = replyTo ? await this.messages.replyTarget(replyTo) : null;
    const reply =
      target && target.conversationId === replica.id ? { replyToId: target.id, threadId: target.threadId ?? target.id } : { replyToId: null, threadId: null };
    // Each realm resolves mentions against its own members, reading handles as the sender's realm wrote them.
    const mentions = await this.mentions.resolve(sender, { id: replica.id, ref, kind: 'group', homeRealm: replica.homeRealm }, fields.text);
    await this.eventLog.write(async (tx, emit) => {
      const row = await this.messages.insertReplicated(tx, { ...fields, ...reply, mentions, conversationId: replica.id });
      emit({ type: 'message.created', conversationId: replica.id, payload: { message: toMessageView(row, ref) }, stored: { messageId: row.id } });
    });
  }

  /** A membership change in the group `name` homed at `home`; the replica is created when first needed. */
  async applyMemberChange(name: string, home: string, existing: ConversationRecord | null, m: MemberChange, record: MarkApplied): Promise<void> {
    await this.eventLog.write(async (tx, emit) => {
      let replica = existing ?? (await this.conversations.createReplicaGroup(tx, name, home));
      if (m.description !== undefined || m.visibility !== undefined) {
        replica = await this.conversations.updateGroup(tx, replica.id, {
          ...(m.description !== undefined ? { description: m.description } : {}),
          ...(m.visibility !== undefined ? { visibility: m.visibility } : {}),
        });
      }
      if (m.localUserId !== null) {
        if (m.change === 'left') {
          if (await this.conversations.membershipTx(tx, replica.id, m.localUserId)) await this.conversations.removeMember(tx, replica.id, m.localUserId);
        } else {
          const role: Role = m.change === 'invited' ? 'invited' : m.role && m.role !== 'invited' ? m.role : 'member';
          await this.conversations.upsertMember(tx, replica.id, m.localUserId, role);
        }
      }
      // Left and invited users hear about it themselves (they are not, or no longer, members).
      const personal = m.localUserId !== null && (m.change === 'left' || m.change === 'invited') ? { userId: m.localUserId } : {};
      emit({ ...memberEvent(MEMBER_EVENT[m.change], replica, m.user, m.role ? { role: m.role } : {}), ...personal });
      await record(tx);
    });
  }

  /** The home realm edited or deleted a message of its group. */
  async applyMessageUpdate(
    row: MessageWithContext,
    replica: ConversationRecord,
    update: { deleted: boolean; text: string | null; editedAt: Date | null },
    record: MarkApplied,
  ): Promise<void> {
    const ref = groupRef(replica.name!);
    await this.eventLog.write(async (tx, emit) => {
      // An edit the home realm ordered before a delete that is already here changes nothing.
      const updated = update.deleted
        ? await this.messages.tombstone(tx, row.id, new Date())
        : await this.messages.updateText(tx, row, update.text ?? '', update.editedAt ?? new Date());
      if (!updated) return record(tx);
      emit({
        type: update.deleted ? 'message.deleted' : 'message.updated',
        conversationId: replica.id,
        payload: { message: toMessageView(updated, ref) },
        stored: { messageId: row.id },
      });
      await record(tx);
    });
  }

  /** The home realm changed its group's settings. */
  async applyUpdated(replica: ConversationRecord, data: { description: string; visibility: string }, by: string, record: MarkApplied): Promise<void> {
    await this.eventLog.write(async (tx, emit) => {
      emit(groupUpdatedEvent(await this.conversations.updateGroup(tx, replica.id, data), by));
      await record(tx);
    });
  }

  /** The home realm deleted its group: the replica goes, its members are told. */
  async applyDeleted(replica: ConversationRecord, by: string, record: MarkApplied): Promise<void> {
    await this.eventLog.write(async (tx, emit) => {
      const members = await this.conversations.memberIds(tx, replica.id);
      await this.conversations.deleteConversation(tx, replica.id);
      for (const userId of members) emit(groupDeletedEvent(replica, userId, by));
      await record(tx);
    });
  }
}
