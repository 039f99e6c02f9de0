// GET /mentions: the messages that mention me, newest first, from conversations I still belong to.
import type { AuthContext } from '../users/sessions.service.js';
import type { ConversationsRepository } from './conversations.repository.js';
import { isMember } from './membership.js';
import type { MentionsRepository } from './mentions.repository.js';
import type { MessageDto } from './messages.mapper.js';
import type { MessagesService } from './messages.service.js';

export class MentionsService {
  constructor(
    private readonly mentions: MentionsRepository,
    private readonly conversations: ConversationsRepository,
    private readonly messages: MessagesService,
  ) {}

  async recent(actor: AuthContext, before: string | undefined, limit: number): Promise<{ mentions: MessageDto[]; next: string | null }> {
    const rows = await this.mentions.recent(actor.userId, before, limit);
    const conversationIds = [...new Set(rows.map((r) => r.conversationId))];
    // A conversation I left (or was removed from) no longer shows me its messages.
    const readable = new Set<number>();
    for (const id of conversationIds) if (isMember(await this.conversations.membership(id, actor.userId))) readable.add(id);
    const out = await this.messages.dtosAcross(
      actor,
      rows.filter((r) => readable.has(r.conversationId)).map((r) => r.messageId),
    );
    return { mentions: out, next: rows.length === limit ? rows[rows.length - 1]!.messageId : null };
  }
}
