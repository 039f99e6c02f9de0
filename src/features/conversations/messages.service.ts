// Sending, reading, editing and deleting messages in DMs and groups. Every edge (REST, WebSocket,
// legacy TCP, federation) sends through here, so the rules and the idempotency live once.
import { isMember } from './membership.js';
import { splitHandle } from '../../shared/addresses.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../shared/errors.js';
import { derivedId, newId } from '../../shared/ids.js';
import { normalizeMessageText } from '../../shared/text.js';
import type { Metrics } from '../../shared/metrics.js';
import type { EventLog } from '../events/event-log.js';
import type { FileDto } from '../files/files.mapper.js';
import type { FilesService } from '../files/files.service.js';
import type { AuthContext } from '../users/sessions.service.js';
import type { UserLookup } from '../users/user-lookup.js';
import type { ConversationAccess, ResolvedConversation } from './conversation-access.js';
import type { ConversationRef } from './conversation-ref.js';
import type { ConversationRecord, ConversationsRepository } from './conversations.repository.js';
import type { MessageWriter, WriteOutcome } from './message-writer.js';
import type { FederationPort } from './federation-port.js';
import { forwardToHome, groupSendEvent, queueMessageChange, sendFederation } from './message-federation.js';
import type { UserRef } from '../users/user-lookup.js';
import { avatarUrl } from '../users/users.mapper.js';
import { toMessageDto, toMessageView, toQuoteView, type MessageDto, type QuoteView } from './messages.mapper.js';
import type { MessageWithContext, MessagesRepository } from './messages.repository.js';
import type { ReactionsRepository } from './reactions.repository.js';
import type { MentionResolver } from './mentions.js';
import { dtoFor, type MessageCache, type RenderedMessage } from './message-cache.js';
import type { MessageStamp } from './messages.statements.js';

export type SendTarget = { kind: 'dm'; to: string } | { kind: 'group'; name: string };

export interface SendInput {
  /** Text, a file, or both. */
  text?: string | undefined;
  fileId?: string | undefined;
  /** Idempotency-Key (REST) or clientTxnId (WebSocket): a retry returns the first message. */
  clientTxnId?: string | undefined;
  /** Inbound federation only: the message keeps the id its origin gave it (applied once, by id). */
  messageId?: string | undefined;
  /** A reply: the id of a message of the same conversation. */
  replyTo?: string | undefined;
  /**
   * Inbound federation: a reply target this realm does not have (or that is elsewhere) drops the
   * quote instead of the message — the peer's reference is not worth losing what its user wrote.
   */
  replyToLenient?: boolean | undefined;
}

export interface SendResult {
  message: MessageDto;
  /** false when clientTxnId matched an earlier send: nothing new was written. */
  created: boolean;
  /** A send to a group homed on another realm: queued for that realm, which gives it its seq (0 here). */
  pending?: boolean;
}

export interface Page {
  before?: number | undefined;
  after?: number | undefined;
  limit: number;
}

const CLIENT_TXN_ID = /^[\x21-\x7e]{1,128}$/;

/** The same Idempotency-Key / clientTxnId with other content (the first message's id when stored). */
const keyReused = (messageId: string | null) =>
  new AppError(
    'idempotency_key_reused',
    'This Idempotency-Key (clientTxnId) was already used for a different message: use a new key for a new message',
    messageId ? { messageId } : undefined,
  );

interface Content {
  text: string | null;
  file: FileDto | null;
  messageId?: string | undefined;
  replyTo?: string | undefined;
  replyToLenient?: boolean | undefined;
}

/** A reply's place: what it answers, the root of its thread, and the quote it shows. */
interface Reply {
  replyToId: string;
  threadId: string;
  quote: QuoteView;
}

export class MessagesService {
  /** Sends in flight by (sender, clientTxnId): a concurrent retry waits for the first attempt. */
  private readonly inFlight = new Map<string, { committed: Promise<SendResult>; text: string | null; fileId: string | null; replyTo: string | null }>();
  /** Set when federation is configured. */
  federation: FederationPort | null = null;

  constructor(
    private readonly access: ConversationAccess,
    private readonly conversations: ConversationsRepository,
    private readonly messages: MessagesRepository,
    private readonly writer: MessageWriter,
    private readonly eventLog: EventLog,
    private readonly users: UserLookup,
    private readonly files: FilesService,
    private readonly metrics: Metrics,
    private readonly reactions: ReactionsRepository,
    private readonly mentions: MentionResolver,
    private readonly cache: MessageCache,
  ) {}

  /** Stamped messages (message-cache.ts) of one conversation, as this viewer gets them, in order. */
  async render(actor: AuthContext, stamps: readonly MessageStamp[], ref: ConversationRef): Promise<RenderedMessage[]> {
    return this.cache.render(stamps, async (ids) => new Map(ids.map((id) => [id, ref])));
  }

  /** The viewer's objects for renderings. */
  dtosFor(actor: AuthContext, rendered: readonly RenderedMessage[]): MessageDto[] {
    return rendered.map((r) => dtoFor(r, actor));
  }

  /** Stamped messages of any conversations, rendered (refs looked up for those that must be). */
  renderAcross(stamps: readonly MessageStamp[]): Promise<RenderedMessage[]> {
    return this.cache.render(stamps, async (ids) => this.access.refsOf(await this.conversations.findManyByIds(ids)));
  }

  /** Rows → what this viewer gets: refs as they see them, and reactions with whether they reacted. */
  async dtos(actor: AuthContext, rows: readonly MessageWithContext[], ref: ConversationRef): Promise<MessageDto[]> {
    const reactions = await this.reactions.summary(
      rows.map((r) => r.id),
      actor.userId,
    );
    return rows.map((r) => toMessageDto(toMessageView(r, ref), actor.handle, reactions.get(r.id) ?? []));
  }

  /** Messages of several conversations, in the order given (the caller checked the viewer reads them). */
  async dtosAcross(actor: AuthContext, ids: readonly string[]): Promise<MessageDto[]> {
    const byId = new Map((await this.messages.stamps(ids)).map((s) => [s.id, s]));
    return this.dtosFor(actor, await this.renderAcross(ids.flatMap((id) => byId.get(id) ?? [])));
  }

  /**
   * Rows already read, with their conversations (e.g. search results): quotes, refs and reactions added.
   * `reacted`, when the caller knows it, names the rows that have reactions (the others need no query).
   */
  async dtosOf(
    actor: AuthContext,
    rows: readonly MessageWithContext[],
    conversations: ReadonlyArray<Pick<ConversationRecord, 'id' | 'kind' | 'name'>>,
    reacted?: ReadonlySet<string>,
  ): Promise<MessageDto[]> {
    const refs = await this.access.refsOf(conversations);
    const quoted = await this.messages.withQuotes([...rows]);
    const reactions = await this.reactions.summary(
      rows.filter((r) => !reacted || reacted.has(r.id)).map((r) => r.id),
      actor.userId,
    );
    return quoted.flatMap((row) => {
      const ref = refs.get(row.conversationId);
      return ref ? [toMessageDto(toMessageView(row, ref), actor.handle, reactions.get(row.id) ?? [])] : [];
    });
  }

  /**
   * A thread: its root and the replies after `after` (a seq), oldest first. Asked for by any message
   * of the thread, it answers with the whole thread.
   */
  async thread(
    actor: AuthContext,
    messageId: string,
    page: { after: number; limit: number },
  ): Promise<{ root: MessageDto; replies: MessageDto[]; next: number | null }> {
    const { row, ref } = await this.locate(actor, messageId);
    const rootId = row.threadId ?? row.id;
    const [root, replies] = await Promise.all([this.messages.stamps([rootId]), this.messages.threadReplies(rootId, page.after, page.limit + 1)]);
    if (root.length === 0) throw notFound('This thread’s first message is not on this realm');
    const more = replies.length > page.limit;
    const shown = replies.slice(0, page.limit);
    const [rootDto, ...replyDtos] = this.dtosFor(actor, await this.render(actor, [...root, ...shown], ref));
    return { root: rootDto!, replies: replyDtos, next: more ? shown[shown.length - 1]!.seq : null };
  }

  async send(actor: AuthContext, target: SendTarget, input: SendInput): Promise<SendResult> {
    return (await this.submit(actor, target, input)).committed;
  }

  /**
   * Checks the send and queues it with the writer; resolves once it is queued, so a caller that
   * submits one send after another keeps their order without waiting for each commit (WebSocket and
   * legacy pipelining). `committed` settles once the message is durable (or refused).
   */
  async submit(actor: AuthContext, target: SendTarget, input: SendInput): Promise<{ committed: Promise<SendResult> }> {
    const content = await this.content(actor, input, input.messageId);
    const key = input.clientTxnId;
    if (key === undefined) return this.queue(actor, target, content, null);
    if (!CLIENT_TXN_ID.test(key)) throw invalid('clientTxnId', 'must be 1–128 visible ASCII characters');

    const slot = `${actor.userId}:${key}`;
    const running = this.inFlight.get(slot);
    if (running) {
      if (running.text !== content.text || running.fileId !== (content.file?.id ?? null) || running.replyTo !== (content.replyTo ?? null))
        throw keyReused(null);
      return { committed: running.committed.then((r) => ({ ...r, created: false })) };
    }
    const queued = this.queue(actor, target, content, key);
    const committed = queued.then((q) => q.committed).finally(() => this.inFlight.delete(slot));
    // Whoever submitted sees a refusal through `queued`; this copy must not count as unhandled.
    committed.catch(() => {});
    this.inFlight.set(slot, { committed, text: content.text, fileId: content.file?.id ?? null, replyTo: content.replyTo ?? null });
    await queued;
    return { committed };
  }

  async history(actor: AuthContext, target: SendTarget, page: Page): Promise<{ messages: MessageDto[]; hasMore: boolean }> {
    const conversation = await this.resolve(actor, target, false);
    if (!conversation) return { messages: [], hasMore: false };
    const stamps = await this.messages.history(conversation.id, { ...page, limit: page.limit + 1 });
    const hasMore = stamps.length > page.limit;
    return { messages: this.dtosFor(actor, await this.render(actor, stamps.slice(0, page.limit), conversation.ref)), hasMore };
  }

  async edit(actor: AuthContext, messageId: string, rawText: string): Promise<MessageDto> {
    const text = normalizeMessageText(rawText);
    const { row, ref, home } = await this.locate(actor, messageId);
    if (row.senderId !== actor.userId) throw forbidden('Only the author can edit a message');
    if (row.deletedAt) throw conflict('This message was deleted');
    if (home.homeRealm && this.federation) return this.forward(actor, row, ref, home.homeRealm, { kind: 'edit', messageId, text });
    const view = await this.eventLog.write(async (tx, emit) => {
      const updated = await this.messages.updateText(tx, row, text, new Date());
      if (!updated) throw conflict('This message was deleted');
      const v = toMessageView(updated, ref);
      emit({ type: 'message.updated', conversationId: row.conversationId, payload: { message: v }, stored: { messageId } });
      if (this.federation)
        await queueMessageChange(tx, this.federation, actor, { kind: 'edit', messageId, conversationId: row.conversationId, text, editedAt: v.editedAt }, home);
      return v;
    });
    return toMessageDto(view, actor.handle, (await this.reactions.summary([messageId], actor.userId)).get(messageId) ?? []);
  }

  /** Author, or a group owner/admin: the message becomes a tombstone. Deleting twice is a no-op. */
  async delete(actor: AuthContext, messageId: string): Promise<MessageDto> {
    const { row, ref, role, home } = await this.locate(actor, messageId);
    const moderator = typeof ref === 'string' && (role === 'owner' || role === 'admin');
    if (row.senderId !== actor.userId && !moderator) throw forbidden('Only the author or a group owner/admin can delete this message');
    if (row.deletedAt) return toMessageDto(toMessageView(row, ref), actor.handle);
    if (home.homeRealm && this.federation) return this.forward(actor, row, ref, home.homeRealm, { kind: 'delete', messageId });
    const view = await this.eventLog.write(async (tx, emit) => {
      const deleted = await this.messages.tombstone(tx, messageId, new Date());
      const v = toMessageView(deleted, ref);
      emit({ type: 'message.deleted', conversationId: row.conversationId, payload: { message: v }, stored: { messageId } });
      if (this.federation)
        await queueMessageChange(
          tx,
          this.federation,
          actor,
          { kind: 'delete', messageId, conversationId: row.conversationId, text: null, editedAt: null },
          home,
        );
      return v;
    });
    return toMessageDto(view, actor.handle);
  }

  async get(actor: AuthContext, messageId: string): Promise<MessageDto> {
    const { ref } = await this.locate(actor, messageId);
    const [rendered] = await this.render(actor, await this.messages.stamps([messageId]), ref);
    if (!rendered) throw notFound('No such message');
    return dtoFor(rendered, actor);
  }

  /** The API reference of a stored conversation (for messages looked up by id). */
  async refOf(conversationId: number): Promise<ConversationRef> {
    const conversation = await this.conversations.findById(conversationId);
    if (!conversation) throw notFound('This conversation no longer exists');
    return (await this.access.refsOf([conversation])).get(conversationId)!;
  }

  /** Text (normalised) and/or a file the actor may attach; at least one of them. */
  private async content(actor: AuthContext, input: SendInput, messageId?: string): Promise<Content> {
    const hasText = input.text !== undefined && !(input.fileId !== undefined && input.text.trim() === '');
    const text = hasText ? normalizeMessageText(input.text!) : null;
    const reply = { replyTo: input.replyTo, replyToLenient: input.replyToLenient };
    if (input.fileId === undefined) {
      if (text === null) throw invalid('text', 'a message needs text, a file, or both');
      return { text, file: null, messageId, ...reply };
    }
    return { text, file: await this.files.usable(actor, input.fileId), messageId, ...reply };
  }

  /** A reply must answer a message of the same conversation; 400 otherwise (the same for unknown ids). */
  private async reply(conversationId: number, content: Content): Promise<Reply | null> {
    if (content.replyTo === undefined) return null;
    const target = content.replyTo.length <= 64 ? await this.messages.replyTarget(content.replyTo) : null;
    if (!target || target.conversationId !== conversationId) {
      if (content.replyToLenient) return null;
      throw invalid('replyTo', 'must be the id of a message of this conversation');
    }
    return { replyToId: target.id, threadId: target.threadId ?? target.id, quote: toQuoteView(target) };
  }

  /** Resolves the conversation and queues the message; a retried clientTxnId comes back as the earlier message. */
  private async queue(actor: AuthContext, target: SendTarget, content: Content, clientTxnId: string | null): Promise<{ committed: Promise<SendResult> }> {
    const { text, file, messageId } = content;
    const conversation = (await this.resolve(actor, target, true))!;
    const sender = await this.users.byId(actor.userId);
    if (!sender) throw forbidden('This account no longer exists');
    const reply = await this.reply(conversation.id, content);
    if (conversation.homeRealm && this.federation) {
      // Stored here only once the home realm echoes it, so the key cannot be looked up: the id derives
      // from it instead, and a retry queues the same event id (the outbox keeps one per destination).
      const id = messageId ?? (clientTxnId ? derivedId(`${this.federation.realmId}:${actor.userId}:${clientTxnId}`) : newId());
      const echoed = clientTxnId ? await this.messages.findById(id) : null;
      if (echoed) return { committed: Promise.resolve({ message: toMessageDto(toMessageView(echoed, conversation.ref), actor.handle), created: false }) };
      return { committed: this.sendToRemoteGroup(actor, conversation, id, sender, text, file, reply) };
    }
    const id = messageId ?? newId();
    const replyToId = reply?.replyToId ?? null;
    const mentions = await this.mentions.resolve(actor, conversation, text);
    const federation = sendFederation(this.federation, actor, conversation, { id, text, replyToId }, sender, file);
    const written = this.writer.write({
      message: {
        id,
        conversationId: conversation.id,
        senderId: actor.userId,
        text,
        fileId: file?.id ?? null,
        clientTxnId,
        replyToId,
        threadId: reply?.threadId ?? null,
        mentions,
      },
      ref: conversation.ref,
      sender,
      file,
      quote: reply?.quote ?? null,
      ...(conversation.participants ? { audience: conversation.participants } : {}),
      ...(federation ? { federation } : {}),
    });
    return { committed: written.then((outcome) => this.settle(actor, conversation, outcome, { text, fileId: file?.id ?? null, replyToId })) };
  }

  private async settle(
    actor: AuthContext,
    conversation: ResolvedConversation,
    outcome: WriteOutcome,
    sent: { text: string | null; fileId: string | null; replyToId: string | null },
  ): Promise<SendResult> {
    if (outcome.kind === 'created') {
      this.metrics.messagesSent.inc({ kind: conversation.kind });
      return { message: toMessageDto(outcome.view, actor.handle), created: true };
    }
    // A retry: the first send's message, which must be in the same conversation.
    const earlier = outcome.conversationId === conversation.id ? await this.messages.findById(outcome.id) : null;
    if (!earlier) throw conflict('This Idempotency-Key was already used for a message to another conversation');
    // A retry repeats the request; the same key with other content is a client bug that would
    // silently drop the new message (as the IETF Idempotency-Key draft says: 422). An edited or deleted
    // first message no longer shows what was sent, so it is not compared.
    const comparable = earlier.editedAt === null && earlier.deletedAt === null;
    if (comparable && (earlier.text !== sent.text || (earlier.file?.id ?? null) !== sent.fileId || earlier.replyToId !== sent.replyToId)) {
      throw keyReused(earlier.id);
    }
    return { message: toMessageDto(toMessageView(earlier, conversation.ref), actor.handle), created: false };
  }

  private async resolve(actor: AuthContext, target: SendTarget, create: boolean): Promise<ResolvedConversation | null> {
    if (target.kind === 'dm') return this.access.dm(actor, target.to, create);
    return this.access.postableGroup(actor, target.name);
  }

  /** Queues the send for the group's home realm; the message arrives back with its seq. */
  private async sendToRemoteGroup(
    actor: AuthContext,
    conversation: ResolvedConversation,
    id: string,
    sender: UserRef,
    text: string | null,
    file: FileDto | null,
    reply: Reply | null,
  ): Promise<SendResult> {
    const port = this.federation!;
    const home = conversation.homeRealm!;
    const name = (conversation.ref as string).slice('group:'.length);
    await this.eventLog.write((tx) => port.enqueue(tx, [groupSendEvent(port, actor, home, name, id, sender, text, file, reply?.replyToId ?? null)]));
    const now = new Date().toISOString();
    const view = {
      id,
      conversation: conversation.ref,
      seq: 0,
      sender: actor.handle,
      senderName: sender.displayName,
      senderAvatarUrl: avatarUrl(sender.avatarSha256),
      text,
      file,
      createdAt: now,
      editedAt: null,
      deleted: false,
      replyTo: reply?.quote ?? null,
      threadId: reply?.threadId ?? null,
      replyCount: 0,
      lastReplyAt: null,
      pinnedAt: null,
      // The home realm resolves them when it orders the message.
      mentions: [],
    };
    return { message: toMessageDto(view, actor.handle), created: true, pending: true };
  }

  /** A message in a conversation the actor belongs to; 404 for everyone else. */
  async locate(
    actor: AuthContext,
    messageId: string,
  ): Promise<{
    row: MessageWithContext;
    ref: ConversationRef;
    role: string;
    home: { kind: 'dm' | 'group'; otherRealm: string | null; homeRealm: string | null };
  }> {
    const row = messageId.length <= 64 ? await this.messages.findById(messageId) : null;
    const membership = row && (await this.conversations.membership(row.conversationId, actor.userId));
    if (!row || !membership || !isMember(membership)) throw notFound('No such message');
    const conversation = await this.conversations.findById(row.conversationId);
    if (!conversation) throw notFound('No such message');
    const ref = (await this.access.refsOf([conversation])).get(conversation.id)!;
    const other = typeof ref === 'string' ? undefined : (ref.dm.find((h) => h !== actor.handle) ?? actor.handle);
    const otherRealm = other ? splitHandle(other).realm : null;
    return { row, ref, role: membership.role, home: { kind: conversation.kind as 'dm' | 'group', otherRealm, homeRealm: conversation.homeRealm } };
  }

  /** An edit or delete of a message in a group homed elsewhere goes to that realm; it comes back applied. */
  private async forward(
    actor: AuthContext,
    row: MessageWithContext,
    ref: ConversationRef,
    homeRealm: string,
    change: { kind: 'edit' | 'delete'; messageId: string; text?: string },
  ): Promise<MessageDto> {
    const port = this.federation!;
    await this.eventLog.write((tx) => forwardToHome(tx, port, actor, homeRealm, change));
    return toMessageDto(toMessageView(row, ref), actor.handle);
  }
}
