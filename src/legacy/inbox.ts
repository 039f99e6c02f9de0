// The legacy `inbox`: unread messages shaped as the seed's clients expect, keyed by the sender's
// username, files inline as b'<base64>'. What is returned is marked read; what does not fit the size
// budget (inline files) stays unread for the next call.
import { splitHandle } from '../shared/addresses.js';
import fs from 'node:fs';
import type { InboxEntry } from '../features/conversations/conversations.service.js';
import type { MessageDto } from '../features/conversations/messages.mapper.js';
import type { AuthContext } from '../features/users/sessions.service.js';
import type { CommandContext } from './commands/context.js';
import { encodeFilePayload } from './words.js';

export interface LegacyMessage {
  msg_from: string;
  msg_to: string;
  msg?: string;
  group?: string;
  file_name?: string;
  file_content?: string;
  realm?: string;
}

/**
 * Base64 bytes of inline files one inbox answer may carry: 4 MiB, the rest stays unread for the next
 * call. At least one message always goes out, so a single larger file still arrives (alone).
 */
const INBOX_BUDGET_BYTES = 4 * 1024 * 1024;

/** How much of the quoted message a legacy client sees before a reply's text. */
const LEGACY_QUOTE_CHARS = 60;

/**
 * The seed's clients know nothing of replies: a reply reads as its text under a one-line quote,
 * "> Alice: the first words of what she wrote".
 */
export function withQuote(quote: MessageDto['replyTo'], text: string | null): string {
  if (!quote) return text ?? '';
  const quoted = quote.deleted ? '(deleted)' : quote.preview !== null ? quote.preview.replace(/\s+/g, ' ') : '(file)';
  const short = [...quoted].length > LEGACY_QUOTE_CHARS ? `${[...quoted].slice(0, LEGACY_QUOTE_CHARS - 1).join('')}…` : quoted;
  return `> ${quote.senderName || quote.sender}: ${short}\n${text ?? ''}`;
}

export async function legacyInbox(
  ctx: CommandContext,
  actor: AuthContext,
  includeConversation: (entry: InboxEntry) => boolean = () => true,
): Promise<Record<string, LegacyMessage[]>> {
  const { services } = ctx;
  const me = await services.lookup.byId(actor.userId);
  const entries = await services.conversations.inbox(actor, false);
  const budget = INBOX_BUDGET_BYTES;
  const bySender = new Map<string, Array<{ id: string; message: LegacyMessage }>>();
  let used = 0;
  let count = 0;
  for (const entry of entries) {
    if (!includeConversation(entry)) continue;
    let lastIncluded = 0;
    for (const m of entry.messages) {
      const inline = m.file ? Math.ceil((m.file.size * 4) / 3) : 0;
      if (count > 0 && used + inline > budget) break;
      const legacy: LegacyMessage = { msg_from: m.senderName, msg_to: me?.displayName ?? actor.handle };
      if (entry.type === 'group') legacy.group = entry.conversation.slice('group:'.length);
      if (m.text !== null || m.replyTo) legacy.msg = withQuote(m.replyTo, m.text);
      const realm = splitHandle(m.sender).realm;
      if (realm) legacy.realm = realm;
      if (m.file) {
        legacy.file_name = m.file.name;
        const bytes = await fs.promises.readFile(services.files.store.pathFor(m.file.sha256)).catch(() => null);
        legacy.file_content = bytes ? encodeFilePayload(bytes) : "b''";
      }
      let list = bySender.get(m.sender);
      if (!list) bySender.set(m.sender, (list = []));
      list.push({ id: m.id, message: legacy });
      used += inline;
      count++;
      lastIncluded = m.seq;
    }
    if (lastIncluded > 0) await services.conversations.markRead(actor, entry.conversation, lastIncluded);
    if (count > 0 && used >= budget) break;
  }
  // Each sender's messages in the order they were sent, across conversations (ids sort by time), as
  // the seed's per-sender queues delivered them.
  return Object.fromEntries([...bySender].map(([sender, list]) => [sender, list.sort((a, b) => (a.id < b.id ? -1 : 1)).map((x) => x.message)]));
}
