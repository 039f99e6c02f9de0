// Rebuilds message events read back from the stream. Their rows keep only { messageId }; replay
// shows each message as it is now (edited text, or a tombstone once deleted).
import type { StoredEvent } from '../events/event-bus.js';
import type { ConversationAccess } from './conversation-access.js';
import type { ConversationsRepository } from './conversations.repository.js';
import { toMessageView } from './messages.mapper.js';
import type { MessagesRepository } from './messages.repository.js';

/** The events stored as a { messageId } stub (others, like reactions, are stored whole). */
const STUBBED = new Set(['message.created', 'message.updated', 'message.deleted']);
const stubId = (event: StoredEvent) => (STUBBED.has(event.type) && typeof event.payload.messageId === 'string' ? event.payload.messageId : null);

export class MessageEventHydrator {
  constructor(
    private readonly messages: MessagesRepository,
    private readonly conversations: ConversationsRepository,
    private readonly access: ConversationAccess,
  ) {}

  /** Fills in message events; drops those whose message no longer exists (its group was deleted). */
  async hydrate(events: readonly StoredEvent[]): Promise<StoredEvent[]> {
    const ids = [...new Set(events.flatMap((e) => stubId(e) ?? []))];
    if (ids.length === 0) return [...events];
    const rows = new Map((await this.messages.findManyByIds(ids)).map((m) => [m.id, m]));
    const conversationIds = [...new Set([...rows.values()].map((m) => m.conversationId))];
    const refs = await this.access.refsOf(await this.conversations.findManyByIds(conversationIds));
    return events.flatMap((event) => {
      const id = stubId(event);
      if (id === null) return [event];
      const row = rows.get(id);
      const ref = row && refs.get(row.conversationId);
      return row && ref ? [{ ...event, payload: { message: toMessageView(row, ref) } }] : [];
    });
  }
}
