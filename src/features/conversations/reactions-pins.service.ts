// Reactions (PUT/DELETE /messages/{id}/reactions/{emoji}) and pins (PUT/DELETE /messages/{id}/pin,
// GET /conversations/{id}/pins). Both need the message to be visible (MessagesService.locate: 404
// otherwise), change it in one transaction with their event (reaction.added/removed,
// message.pinned/unpinned: stored, ordered, resumable like every event) and with what other realms must
// hear (reaction-federation.ts): the DM's other realm, or the group's home realm, which orders them.
import { conflict, forbidden } from '../../shared/errors.js';
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
import { appliesHere, queueReactionOrPin, type ConversationHome } from './reaction-federation.js';
import type { UserRef } from '../users/user-lookup.js';

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
    appliesHere(actor, home, 'reaction');
    const name = await this.nameOf(actor);
    await this.eventLog.write(async (tx, emit) => {
      // A delete that committed since the check above took the reactions with it: none may follow.
      if (await this.messagesRepo.isDeleted(tx, messageId)) throw conflict('This message was deleted');
      const shape = await this.reactions.shape(tx, messageId, actor.userId);
      if (!shape.emoji.includes(emoji) && shape.emoji.length >= MAX_EMOJI_PER_MESSAGE)
        throw conflict(`A message has at most ${MAX_EMOJI_PER_MESSAGE} different reactions`);
      if (shape.mine >= MAX_REACTIONS_PER_USER) throw conflict(`You can react at most ${MAX_REACTIONS_PER_USER} times to one message`);
      if (!(await this.reactions.add(tx, messageId, actor.userId, emoji, new Date()))) return;
      const count = await this.reactions.count(tx, messageId, emoji);
      emit({ type: 'reaction.added', conversationId: row.conversationId, payload: { conversation: ref, messageId, emoji, user: actor.handle, count } });
      await this.tell(tx, actor, name, row.conversationId, home, { kind: 'reaction', messageId, emoji, added: true });
    });
    return this.current(actor, messageId);
  }

  async unreact(actor: AuthContext, messageId: string, rawEmoji: string): Promise<{ messageId: string; reactions: ReactionDto[] }> {
    const emoji = normalizeEmoji(rawEmoji);
    const { row, ref, home } = await this.messages.locate(actor, messageId);
    appliesHere(actor, home, 'reaction');
    const name = await this.nameOf(actor);
    await this.eventLog.write(async (tx, emit) => {
      if (!(await this.reactions.remove(tx, messageId, actor.userId, emoji))) return;
      const count = await this.reactions.count(tx, messageId, emoji);
      emit({ type: 'reaction.removed', conversationId: row.conversationId, payload: { conversation: ref, messageId, emoji, user: actor.handle, count } });
      await this.tell(tx, actor, name, row.conversationId, home, { kind: 'reaction', messageId, emoji, added: false });
    });
    return this.current(actor, messageId);
  }

  /**
   * Pins or unpins: a group's owners and admins, or either side of a DM. Pinning twice is a no-op. In a
   * group homed on another realm the change goes to that realm and shows once it confirms it (a
   * message.pinned event follows); `cause` is the peer's pin.change this carries out, if any.
   */
  async setPinned(actor: AuthContext, messageId: string, pinned: boolean, cause?: string): Promise<MessageDto> {
    const { row, ref, role, home } = await this.messages.locate(actor, messageId);
    if (typeof ref === 'string' && role !== 'owner' && role !== 'admin') throw forbidden('Only the group’s owners and admins pin messages');
    if (pinned && row.deletedAt) throw conflict('This message was deleted');
    if (pinned === (row.pinnedAt !== null)) return this.messages.get(actor, messageId);
    const here = appliesHere(actor, home, 'pin');
    const name = await this.nameOf(actor);
    const at = new Date();
    await this.eventLog.write(async (tx, emit) => {
      if (here) {
        if (pinned && (await this.messagesRepo.isDeleted(tx, messageId))) throw conflict('This message was deleted');
        if (pinned && (await this.messagesRepo.countPinned(tx, row.conversationId)) >= MAX_PINS_PER_CONVERSATION) {
          throw conflict(`A conversation has at most ${MAX_PINS_PER_CONVERSATION} pinned messages: unpin one first`);
        }
        await this.messagesRepo.setPinned(tx, messageId, pinned ? { at, by: actor.userId } : null);
        emit({
          type: pinned ? 'message.pinned' : 'message.unpinned',
          conversationId: row.conversationId,
          payload: { conversation: ref, messageId, by: actor.handle, at: at.toISOString() },
        });
      }
      await this.tell(tx, actor, name, row.conversationId, home, { kind: 'pin', messageId, pinned, at, cause });
    });
    return this.messages.get(actor, messageId);
  }

  /**
   * A reaction the home realm of a group applied (a reaction.update for a user of another realm: the
   * home vouches for its members). Written like a local one, with its event, nothing forwarded. The
   * caps hold here too, so a home realm cannot pile reactions onto our copy beyond what ours allow.
   */
  async applyHomeReaction(messageId: string, user: UserRef, emoji: string, added: boolean, record: (tx: Tx) => Promise<unknown>): Promise<void> {
    const normalized = normalizeEmoji(emoji);
    const row = await this.messagesRepo.findById(messageId);
    if (!row) return;
    const ref = await this.messages.refOf(row.conversationId);
    await this.eventLog.write(async (tx, emit) => {
      await record(tx);
      if (added && (await this.messagesRepo.isDeleted(tx, messageId))) return;
      if (added) {
        const shape = await this.reactions.shape(tx, messageId, user.id);
        if ((!shape.emoji.includes(normalized) && shape.emoji.length >= MAX_EMOJI_PER_MESSAGE) || shape.mine >= MAX_REACTIONS_PER_USER) return;
      }
      const changed = added
        ? await this.reactions.add(tx, messageId, user.id, normalized, new Date())
        : await this.reactions.remove(tx, messageId, user.id, normalized);
      if (!changed) return;
      const count = await this.reactions.count(tx, messageId, normalized);
      emit({
        type: added ? 'reaction.added' : 'reaction.removed',
        conversationId: row.conversationId,
        payload: { conversation: ref, messageId, emoji: normalized, user: user.handle, count },
      });
    });
  }

  /** A pin the home realm of a group applied (pin.update): its order is the group's order. */
  async applyHomePin(messageId: string, by: UserRef, pinned: boolean, at: Date, record: (tx: Tx) => Promise<unknown>): Promise<void> {
    const row = await this.messagesRepo.findById(messageId);
    if (!row) return;
    const ref = await this.messages.refOf(row.conversationId);
    await this.eventLog.write(async (tx, emit) => {
      await record(tx);
      if (pinned && (await this.messagesRepo.isDeleted(tx, messageId))) return;
      await this.messagesRepo.setPinned(tx, messageId, pinned ? { at, by: by.id } : null);
      emit({
        type: pinned ? 'message.pinned' : 'message.unpinned',
        conversationId: row.conversationId,
        payload: { conversation: ref, messageId, by: by.handle, at: at.toISOString() },
      });
    });
  }

  /** The pinned messages of a conversation the actor belongs to, most recently pinned first. */
  async pins(actor: AuthContext, conversationId: string): Promise<Array<{ message: MessageDto; pinnedBy: string | null; pinnedAt: string }>> {
    const conversation = await this.access.byParsedId(actor, parseConversationId(conversationId));
    const stamps = await this.messagesRepo.pinned(conversation.id, MAX_PINS_PER_CONVERSATION);
    const rendered = (await this.messages.render(actor, stamps, conversation.ref)).filter((r) => r.row.pinnedAt);
    const dtos = this.messages.dtosFor(actor, rendered);
    const by = await Promise.all(rendered.map((r) => (r.row.pinnedById ? this.lookup.byId(r.row.pinnedById) : Promise.resolve(null))));
    return rendered.map((r, i) => ({ message: dtos[i]!, pinnedBy: by[i]?.handle ?? null, pinnedAt: r.row.pinnedAt!.toISOString() }));
  }

  private async current(actor: AuthContext, messageId: string): Promise<{ messageId: string; reactions: ReactionDto[] }> {
    return { messageId, reactions: (await this.reactions.summary([messageId], actor.userId)).get(messageId) ?? [] };
  }

  private async nameOf(actor: AuthContext): Promise<string> {
    return (await this.lookup.byId(actor.userId))?.displayName ?? actor.handle;
  }

  private async tell(
    tx: Tx,
    actor: AuthContext,
    name: string,
    conversationId: number,
    home: ConversationHome,
    change: Parameters<typeof queueReactionOrPin>[6],
  ): Promise<void> {
    if (this.federation) await queueReactionOrPin(tx, this.federation, actor, name, conversationId, home, change);
  }
}
