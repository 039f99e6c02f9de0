// Resolves the @mentions of a message's text to the users who can read its conversation: members of
// a group (not invitations), the two sides of a DM. The sender is never mentioned. `@all` in a group
// mentions every member, and only a group owner or admin may use it (from anyone else it is text).
// Handles are read as the author's realm wrote them: from a peer, "@ann" is ann of that realm and
// "@bob@<this realm>" is our bob.
import { extractMentions } from '../../shared/mentions.js';
import type { UserLookup } from '../users/user-lookup.js';
import type { ResolvedConversation } from './conversation-access.js';
import type { ConversationsRepository } from './conversations.repository.js';
import { isMember } from './membership.js';

export interface ResolvedMentions {
  userIds: number[];
  handles: string[];
}

export class MentionResolver {
  constructor(
    private readonly conversations: ConversationsRepository,
    private readonly lookup: UserLookup,
    /** This realm's id (handles naming it are local users). */
    private readonly selfRealm: () => string,
  ) {}

  async resolve(sender: { userId: number; handle: string }, conversation: ResolvedConversation, text: string | null): Promise<ResolvedMentions | null> {
    if (!text || !text.includes('@')) return null;
    const tokens = extractMentions(text);
    if (tokens.length === 0) return null;
    const authorRealm = sender.handle.includes('@') ? sender.handle.slice(sender.handle.indexOf('@') + 1) : null;
    const found = new Map<number, string>();
    for (const token of tokens) {
      if (token.name === 'all' && token.realm === null && conversation.kind === 'group') {
        const role = await this.conversations.roleOf(conversation.id, sender.userId);
        if (role === 'owner' || role === 'admin') {
          for (const id of await this.conversations.memberIds(null, conversation.id)) {
            const user = await this.lookup.byId(id);
            if (user) found.set(id, user.handle);
          }
        }
        continue;
      }
      const realm = token.realm ?? authorRealm;
      const handle = realm === null || realm === this.selfRealm() ? token.name : `${token.name}@${realm}`;
      const user = await this.lookup.byHandle(handle);
      if (user && (await this.canRead(conversation, user.id))) found.set(user.id, user.handle);
    }
    found.delete(sender.userId);
    if (found.size === 0) return null;
    return { userIds: [...found.keys()], handles: [...found.values()] };
  }

  private async canRead(conversation: ResolvedConversation, userId: number): Promise<boolean> {
    if (conversation.participants) return conversation.participants.includes(userId);
    return isMember(await this.conversations.membership(conversation.id, userId));
  }
}
