// The messages of one conversation as the client knows them: pages of history (REST) and live events
// (WebSocket, including the replay after a reconnect) merged into one list ordered by seq, each message
// once. Pure: no DOM, no network, so it is unit-tested directly (test/web/message-store.test.ts).
import type { Message } from '../api/client';

/** A message as pushed over the WebSocket: the REST shape, reactions left to the reaction events. */
export type LiveMessage = Omit<Message, 'reactions'> & { reactions?: Message['reactions'] };

export class ConversationLog {
  /** Ascending by seq, no two with the same id. */
  readonly messages: Message[] = [];
  private readonly byId = new Map<string, Message>();
  /** False once the oldest page came back with hasMore=false. */
  hasOlder = true;
  /** True once the newest page was loaded (live events alone do not make a history). */
  loaded = false;
  /** Bumped on every change, for views that memoise on it. */
  version = 0;

  get oldestSeq(): number | null {
    return this.messages[0]?.seq ?? null;
  }
  get newestSeq(): number | null {
    return this.messages.at(-1)?.seq ?? null;
  }
  get(id: string): Message | undefined {
    return this.byId.get(id);
  }

  /** A page of history; `older` pages (before=…) also tell whether anything older remains. */
  addPage(page: readonly Message[], hasMore: boolean, older: boolean): void {
    const oldestBefore = this.oldestSeq;
    for (const message of page) this.upsert(message);
    // Only a page reaching the oldest known message says whether anything older remains (a retried,
    // overlapping page does not undo "this is the beginning").
    const reachesOldest = oldestBefore === null || page.length === 0 || Math.min(...page.map((m) => m.seq)) <= oldestBefore;
    if ((older && reachesOldest) || !this.loaded) this.hasOlder = hasMore;
    this.loaded = true;
    this.version++;
  }

  /**
   * A created, updated or deleted message. Returns true when it was not known before. A live copy
   * without reactions keeps the reactions already known; an older copy never overwrites a newer one
   * (a history page fetched before an edit arrives after the edit's event).
   */
  upsert(incoming: LiveMessage): boolean {
    const known = this.byId.get(incoming.id);
    if (known) {
      if (isOlder(incoming, known)) return false;
      const merged: Message = { ...incoming, reactions: incoming.reactions ?? known.reactions };
      this.messages[this.indexOf(known)] = merged;
      this.byId.set(merged.id, merged);
      this.version++;
      return false;
    }
    const message: Message = { ...incoming, reactions: incoming.reactions ?? [] };
    this.messages.splice(this.insertionPoint(message.seq), 0, message);
    this.byId.set(message.id, message);
    if (message.threadId) {
      const root = this.byId.get(message.threadId);
      // A root fetched after this reply already counts it (its lastReplyAt is at least the reply's).
      if (root && (root.lastReplyAt ?? '') < message.createdAt) this.replace(root, { replyCount: root.replyCount + 1, lastReplyAt: message.createdAt });
    }
    this.version++;
    return true;
  }

  /** reaction.added / reaction.removed: `count` is the emoji's count after the change. */
  react(messageId: string, emoji: string, count: number, mine: boolean | null): void {
    const message = this.byId.get(messageId);
    if (!message) return;
    const others = message.reactions.filter((r) => r.emoji !== emoji);
    const before = message.reactions.find((r) => r.emoji === emoji);
    const me = mine ?? before?.me ?? false;
    const reactions = count > 0 ? [...others, { emoji, count, me }] : others;
    // Keep the order the reactions were first given in.
    const order = message.reactions.map((r) => r.emoji);
    reactions.sort((a, b) => rank(order, a.emoji) - rank(order, b.emoji));
    this.replace(message, { reactions });
  }

  pin(messageId: string, pinnedAt: string | null): void {
    const message = this.byId.get(messageId);
    if (message) this.replace(message, { pinnedAt });
  }

  private replace(message: Message, patch: Partial<Message>): void {
    const next = { ...message, ...patch };
    this.messages[this.indexOf(message)] = next;
    this.byId.set(next.id, next);
    this.version++;
  }

  private indexOf(message: Message): number {
    const at = this.insertionPoint(message.seq) - 1;
    if (this.messages[at]?.id === message.id) return at;
    return this.messages.findIndex((m) => m.id === message.id);
  }

  /** First index whose seq is greater than `seq` (binary search). */
  private insertionPoint(seq: number): number {
    let low = 0;
    let high = this.messages.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.messages[mid]!.seq <= seq) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function rank(order: string[], emoji: string): number {
  const at = order.indexOf(emoji);
  return at === -1 ? order.length : at;
}

/** A tombstone is final; otherwise the later edit wins. */
function isOlder(incoming: LiveMessage, known: Message): boolean {
  if (known.deleted && !incoming.deleted) return true;
  if (incoming.deleted) return false;
  return (incoming.editedAt ?? '') < (known.editedAt ?? '');
}
