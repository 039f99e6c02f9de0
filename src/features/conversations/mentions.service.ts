// GET /mentions: the messages that mention me, newest first, from conversations I still belong to.
import type { AuthContext } from '../users/sessions.service.js';
import type { MentionsRepository } from './mentions.repository.js';
import type { MessageDto } from './messages.mapper.js';
import type { MessagesService } from './messages.service.js';

export class MentionsService {
  constructor(
    private readonly mentions: MentionsRepository,
    private readonly messages: MessagesService,
  ) {}

  async recent(actor: AuthContext, before: string | undefined, limit: number): Promise<{ mentions: MessageDto[]; next: string | null }> {
    // Only from conversations I am still a member of (the statement joins my membership).
    const rows = await this.mentions.recent(actor.userId, before, limit);
    const out = await this.messages.dtosAcross(
      actor,
      rows.map((r) => r.messageId),
    );
    return { mentions: out, next: rows.length === limit ? rows[rows.length - 1]!.messageId : null };
  }
}
