// Reactions (PUT/DELETE /messages/{id}/reactions/{emoji}) and pins (PUT/DELETE /messages/{id}/pin,
// GET /conversations/{id}/pins). Both need the message to be visible (MessagesService.locate: 404
// otherwise), change it in one transaction with their event (reaction.added/removed,
// message.pinned/unpinned: stored, ordered, resumable like every event), and stay on this realm for
// now: in a conversation with members on another realm they are refused (409), so that no realm shows
// reactions or pins the others do not have.
import { AppError, conflict, forbidden } from '../../shared/errors.js';
import { normalizeEmoji } from '../../shared/emoji.js';
import type { Tx } from '../../db/database.js';
import type { EventLog } from '../events/event-log.js';
import type { AuthContext } from '../users/sessions.service.js';
import type { UserLookup } from '../users/user-lookup.js';
import type { ConversationAccess } from './conversation-access.js';
import { parseConversationId } from './conversation-ref.js';
import type { FederationPort } from './federation-port.js';
import type { MessagesRepository } from './messages.repository.js';
import type { MessagesService } from './messages.service.js';
import type { MessageDto, ReactionDto } from './messages.mapper.js';
import type { ReactionsRepository } from './reactions.repository.js';

/** Distinct emoji on one message, and reactions of one user on one message. */
export const MAX_EMOJI_PER_MESSAGE = 50;
export const MAX_REACTIONS_PER_USER = 20;
export const MAX_PINS_PER_CONVERSATION = 50;

export class ReactionsPinsService {
  /** Set when federation is configured. */
  federation: FederationPort | null = null;

  constructor(
    private readonly messages: MessagesService,
    private readonly messagesRepo: MessagesRepository,
    private readonly reactions: ReactionsRepository,
    private readonly eventLog: EventLog,
    private readonly access: ConversationAccess,
    private readonly lookup: UserLookup,
  ) {}

  async react(actor: AuthContext, messageId: string, rawEmoji: string): Promise<{ messageId: string; reactions: ReactionDto[] }> {
    const emoji = normalizeEmoji(rawEmoji);
    const { row, ref, home } = await this.messages.locate(actor, messageId);
    if (row.deletedAt) throw conflict('This message was deleted');
    await this.eventLog.write(async (tx, emit) => {
      await this.staysHere(tx, row.conversationId, home);
      // A delete that committed since the check above took the reactions with it: none may follow.
      if (await this.messagesRepo.isDeleted(tx, messageId)) throw conflict('This message was deleted');
      const shape = await this.reactions.shape(tx, messageId, actor.userId);
      if (!shape.emoji.includes(emoji) && shape.emoji.length >= MAX_EMOJI_PER_MESSAGE)
        throw conflict(`A message has at most ${MAX_EMOJI_PER_MESSAGE} different reactions`);
      if (shape.mine >= MAX_REACTIONS_PER_USER) throw conflict(`You can react at most ${MAX_REACTIONS_PER_USER} times to one message`);
      if (!(await this.reactions.add(tx, messageId, actor.userId, emoji, new Date()))) return;
      const count = await this.reactions.count(tx, messageId, emoji);
      emit({ type: 'reaction.added', conversationId: row.conversationId, payload: { conversation: ref, messageId, emoji, user: actor.handle, count } });
    });
    return this.current(actor, messageId);
  }

  async unreact(actor: AuthContext, messageId: string, rawEmoji: string): Promise<{ messageId: string; reactions: ReactionDto[] }> {
    const emoji = normalizeEmoji(rawEmoji);
    const { row, ref } = await this.messages.locate(actor, messageId);
    await this.eventLog.write(async (tx, emit) => {
      if (!(await this.reactions.remove(tx, messageId, actor.userId, emoji))) return;
      const count = await this.reactions.count(tx, messageId, emoji);
      emit({ type: 'reaction.removed', conversationId: row.conversationId, payload: { conversation: ref, messageId, emoji, user: actor.handle, count } });
    });
    return this.current(actor, messageId);
  }

  /** Pins or unpins: a group's owners and admins, or either side of a DM. Pinning twice is a no-op. */
  async setPinned(actor: AuthContext, messageId: string, pinned: boolean): Promise<MessageDto> {
    const { row, ref, role, home } = await this.messages.locate(actor, messageId);
    if (typeof ref === 'string' && role !== 'owner' && role !== 'admin') throw forbidden('Only the group’s owners and admins pin messages');
    if (pinned && row.deletedAt) throw conflict('This message was deleted');
    if (pinned === (row.pinnedAt !== null)) return this.messages.get(actor, messageId);
    await this.eventLog.write(async (tx, emit) => {
      await this.staysHere(tx, row.conversationId, home);
      if (pinned && (await this.messagesRepo.isDeleted(tx, messageId))) throw conflict('This message was deleted');
      if (pinned && (await this.messagesRepo.countPinned(tx, row.conversationId)) >= MAX_PINS_PER_CONVERSATION) {
        throw conflict(`A conversation has at most ${MAX_PINS_PER_CONVERSATION} pinned messages: unpin one first`);
      }
      const at = new Date();
      await this.messagesRepo.setPinned(tx, messageId, pinned ? { at, by: actor.userId } : null);
      emit({
        type: pinned ? 'message.pinned' : 'message.unpinned',
        conversationId: row.conversationId,
        payload: { conversation: ref, messageId, by: actor.handle, at: at.toISOString() },
      });
    });
    return this.messages.get(actor, messageId);
  }

  /** The pinned messages of a conversation the actor belongs to, most recently pinned first. */
  async pins(actor: AuthContext, conversationId: string): Promise<Array<{ message: MessageDto; pinnedBy: string | null; pinnedAt: string }>> {
    const conversation = await this.access.byParsedId(actor, parseConversationId(conversationId));
    const rows = await this.messagesRepo.pinned(conversation.id, MAX_PINS_PER_CONVERSATION);
    const dtos = await this.messages.dtos(actor, rows, conversation.ref);
    const by = await Promise.all(rows.map((r) => (r.pinnedById ? this.lookup.byId(r.pinnedById) : Promise.resolve(null))));
    return rows.map((r, i) => ({ message: dtos[i]!, pinnedBy: by[i]?.handle ?? null, pinnedAt: r.pinnedAt!.toISOString() }));
  }

  private async current(actor: AuthContext, messageId: string): Promise<{ messageId: string; reactions: ReactionDto[] }> {
    return { messageId, reactions: (await this.reactions.summary([messageId], actor.userId)).get(messageId) ?? [] };
  }

  /** Until reactions and pins federate, they are refused where another realm takes part. */
  private async staysHere(tx: Tx, conversationId: number, home: { otherRealm: string | null; homeRealm: string | null }): Promise<void> {
    const remote = home.otherRealm ?? home.homeRealm ?? (this.federation ? (await this.federation.memberRealms(tx, conversationId))[0] : undefined);
    if (remote) throw new AppError('conflict', `Reactions and pins do not cross realms yet: this conversation includes realm ${remote}`);
  }
}
