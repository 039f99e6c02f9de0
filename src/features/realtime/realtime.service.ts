// Ephemeral events: typing notices and presence changes. They are not stored (no seq); whoever is
// connected when they happen hears them, through the same bus as stored events.
import type { AuthContext } from '../users/sessions.service.js';
import type { ConversationAccess } from '../conversations/conversation-access.js';
import type { ParsedConversationId } from '../conversations/conversation-ref.js';
import type { ConversationsRepository } from '../conversations/conversations.repository.js';
import type { EventBus } from '../events/event-bus.js';
import type { UserLookup } from '../users/user-lookup.js';

/** One typing notice per user and conversation per this long; clients send one per keystroke. */
const TYPING_EVERY_MS = 2000;

export class RealtimeService {
  private readonly lastTyping = new Map<string, number>();

  constructor(
    private readonly bus: EventBus,
    private readonly access: ConversationAccess,
    private readonly conversations: ConversationsRepository,
    private readonly users: UserLookup,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** "actor is typing in conversation", to its other members (checks the actor belongs there). */
  async typing(actor: AuthContext, conversation: ParsedConversationId): Promise<void> {
    const resolved = await this.access.byParsedId(actor, conversation);
    const key = `${actor.userId}:${resolved.id}`;
    const now = Date.now();
    if (now - (this.lastTyping.get(key) ?? 0) < TYPING_EVERY_MS) return;
    this.lastTyping.set(key, now);
    if (this.lastTyping.size > 50_000) this.lastTyping.clear();
    const members = resolved.participants ?? (await this.conversations.memberIds(null, resolved.id));
    this.bus.publish({
      kind: 'ephemeral',
      type: 'typing',
      data: { conversation: resolved.ref, user: actor.handle },
      audience: members.filter((id) => id !== actor.userId),
    });
  }

  /** Presence changed (first connection opened, last one closed): tell everyone who shares a conversation. */
  presenceChanged(userId: number, online: boolean): void {
    void (async () => {
      const [user, contacts] = await Promise.all([this.users.byId(userId), this.conversations.contactsOf(userId)]);
      if (!user) return;
      this.bus.publish({
        kind: 'ephemeral',
        type: 'presence',
        data: { user: user.handle, status: online ? 'online' : 'offline' },
        audience: contacts,
      });
    })().catch(this.onError);
  }
}
