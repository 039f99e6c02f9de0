// The user's view across conversations: the list with unread counts, read markers, and the inbox of
// unread messages (what the legacy `inbox` command serves).
import { invalid } from '../../shared/errors.js';
import type { EventLog } from '../events/event-log.js';
import type { AuthContext } from '../users/sessions.service.js';
import type { ConversationAccess, ResolvedConversation } from './conversation-access.js';
import { parseConversationId, viewRef } from './conversation-ref.js';
import type { ConversationsRepository } from './conversations.repository.js';
import type { MessageDto } from './messages.mapper.js';
import type { MessagesRepository } from './messages.repository.js';
import { dtoFor, type MessageCache } from './message-cache.js';
import type { MessageStamp } from './messages.statements.js';

export interface ConversationDto {
  id: string;
  type: 'dm' | 'group';
  /** The other user (DM) or the group name. */
  title: string;
  lastSeq: number;
  lastReadSeq: number;
  unread: number;
  /** Unread messages that mention me. */
  mentions: number;
  lastMessage: MessageDto | null;
  lastActivityAt: string;
}

export interface InboxEntry {
  conversation: string;
  type: 'dm' | 'group';
  unread: number;
  messages: MessageDto[];
}

const INBOX_PER_CONVERSATION = 100;
const INBOX_TOTAL = 1000;

export class ConversationsService {
  constructor(
    private readonly access: ConversationAccess,
    private readonly conversations: ConversationsRepository,
    private readonly messages: MessagesRepository,
    private readonly eventLog: EventLog,
    private readonly cache: MessageCache,
  ) {}

  async list(actor: AuthContext, limit: number): Promise<ConversationDto[]> {
    // A fixed few statements whatever the page size: the page with its counts, the conversations' refs,
    // the stamps of their newest messages (rendered from the cache, read only when changed).
    const rows = await this.conversations.listForUser(actor.userId, limit);
    const refs = await this.access.refsOf(rows.map((r) => r.conversation));
    const latest = await this.messages.latest(rows.map((r) => r.conversation));
    const rendered = new Map((await this.cache.render([...latest.values()], async () => refs)).map((r) => [r.row.conversationId, r]));
    return rows.map(({ conversation: c, lastReadSeq, unread, mentions }) => {
      const ref = refs.get(c.id)!;
      const last = rendered.get(c.id);
      const id = viewRef(ref, actor.handle);
      return {
        id,
        type: c.kind as 'dm' | 'group',
        title: id.slice(id.indexOf(':') + 1),
        lastSeq: c.lastSeq,
        lastReadSeq,
        unread,
        mentions,
        lastMessage: last ? dtoFor(last, actor) : null,
        lastActivityAt: (c.lastMessageAt ?? c.createdAt).toISOString(),
      };
    });
  }

  /** Moves the read marker forward (never back, never past the last message). */
  async markRead(actor: AuthContext, conversationId: string, upToSeq: number): Promise<{ conversation: string; lastReadSeq: number }> {
    if (!Number.isSafeInteger(upToSeq) || upToSeq < 0) throw invalid('upToSeq', 'must be a non-negative integer');
    const conversation = await this.access.byParsedId(actor, parseConversationId(conversationId));
    const lastReadSeq = await this.advance(actor, conversation, upToSeq);
    return { conversation: viewRef(conversation.ref, actor.handle), lastReadSeq };
  }

  /**
   * Unread messages from others, grouped by conversation, oldest first. With markRead, the markers
   * move to the last message returned (messages past the page limit stay unread).
   */
  async inbox(actor: AuthContext, markRead: boolean): Promise<InboxEntry[]> {
    // A fixed few statements whatever the number of conversations: those with unread messages, their
    // first unread messages (at most INBOX_PER_CONVERSATION each), their reactions.
    const rows = await this.conversations.listUnread(actor.userId, INBOX_TOTAL);
    const refs = await this.access.refsOf(rows.map((r) => r.conversation));
    const unread = await this.messages.unreadAcross(
      actor.userId,
      rows.map((r) => r.conversation.id),
      INBOX_PER_CONVERSATION,
    );
    const pages: Array<{ row: (typeof rows)[number]; page: MessageStamp[] }> = [];
    let budget = INBOX_TOTAL;
    for (const row of rows) {
      if (budget <= 0) break;
      const page = (unread.get(row.conversation.id) ?? []).slice(0, budget);
      if (page.length === 0) continue;
      budget -= page.length;
      pages.push({ row, page });
    }
    const rendered = new Map(
      (
        await this.cache.render(
          pages.flatMap((p) => p.page),
          async () => refs,
        )
      ).map((r) => [r.row.id, r]),
    );
    const entries: InboxEntry[] = [];
    for (const { row, page } of pages) {
      const { conversation: c, unread: count } = row;
      const ref = refs.get(c.id)!;
      entries.push({
        conversation: viewRef(ref, actor.handle),
        type: c.kind as 'dm' | 'group',
        unread: count,
        messages: page.flatMap((m) => {
          const r = rendered.get(m.id);
          return r ? [dtoFor(r, actor)] : [];
        }),
      });
      if (markRead) await this.advance(actor, { id: c.id, ref, kind: c.kind as 'dm' | 'group' }, page[page.length - 1]!.seq);
    }
    return entries;
  }

  private async advance(actor: AuthContext, conversation: ResolvedConversation, upToSeq: number): Promise<number> {
    return this.eventLog.write(async (tx, emit) => {
      const { lastSeq, lastReadSeq: before } = await this.conversations.readState(tx, conversation.id, actor.userId);
      const target = Math.min(upToSeq, lastSeq);
      if (target <= before) return before;
      const after = await this.conversations.advanceReadMarker(tx, conversation.id, actor.userId, target);
      // Addressed to the user alone: their other devices clear the unread badge.
      emit({ type: 'read', userId: actor.userId, payload: { conversation: conversation.ref, upToSeq: after } });
      return after;
    });
  }
}
