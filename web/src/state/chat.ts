// The signed-in client's live state: conversations with their unread and mention counts, the messages
// of each conversation (ConversationLog), the outbox of unsent messages, typing and presence — kept up
// to date by the WebSocket (Realtime) and refreshed over REST where the socket cannot say everything.
import { api, call, type Conversation, type Message } from '../api/client';
import { ConversationLog, type LiveMessage } from '../lib/message-store';
import { Outbox, type OutboxItem } from '../lib/outbox';
import { Realtime, type ServerFrame, type SocketStatus } from '../lib/socket';
import { parseConversation, targetOf } from './conversation-id';
import { Observable } from './observable';
import type { Session } from './session';

const PAGE = 50;
const TYPING_SHOWN_MS = 5000;
/** Sends the outbox puts on the wire at once, and per second after that (under the server's limit). */
const SEND_BURST = 40;
const SENDS_PER_SECOND = 12;

export class Chat extends Observable {
  conversations: Conversation[] = [];
  conversationsLoaded = false;
  readonly logs = new Map<string, ConversationLog>();
  readonly outbox: Outbox;
  readonly online = new Set<string>();
  /** conversation → user → when their "typing" expires */
  readonly typing = new Map<string, Map<string, number>>();
  status: SocketStatus = 'connecting';
  /** Bumped when memberships or groups change (group views refetch). */
  groupsVersion = 0;
  /** Groups I am invited to, waiting for me to join (shown on the Groups link). */
  invitations = 0;
  /** The conversation on screen (its new messages are not unread while the page is visible). */
  openConversation: string | null = null;
  private lastSeq: number | null;
  private readonly realtime: Realtime;
  private readonly seqKey: string;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private lastTypingSent = new Map<string, number>();
  private sendTokens = SEND_BURST;
  private tokensAt = Date.now();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** Replaced when the profile changes (the token, and so this Chat, stays). */
    public session: Session,
    private readonly onSignedOut: () => void,
  ) {
    super();
    const me = session.user.username;
    this.seqKey = `realm-chat.seq.${me}`;
    const stored = Number(localStorage.getItem(this.seqKey));
    this.lastSeq = Number.isSafeInteger(stored) && stored > 0 ? stored : null;
    this.outbox = new Outbox(localStorage, `realm-chat.outbox.${me}`, () => this.changed());
    this.realtime = new Realtime({
      token: session.token,
      since: () => this.lastSeq,
      onFrame: (frame) => this.onFrame(frame),
      onStatus: (status) => {
        this.status = status;
        this.changed();
      },
      onUnauthorized: () => this.onSignedOut(),
    });
  }

  get me(): string {
    return this.session.user.username;
  }

  start(): void {
    this.realtime.start();
    void this.refreshConversations();
    void this.refreshPresence();
    void this.refreshInvitations().catch(() => {});
  }

  stop(): void {
    this.realtime.stop();
    clearTimeout(this.refreshTimer);
    clearTimeout(this.flushTimer);
  }

  log(conversation: string): ConversationLog {
    let log = this.logs.get(conversation);
    if (!log) {
      log = new ConversationLog();
      this.logs.set(conversation, log);
    }
    return log;
  }

  conversation(id: string): Conversation | undefined {
    return this.conversations.find((c) => c.id === id);
  }

  // --- REST -----------------------------------------------------------------------------------

  async refreshInvitations(): Promise<void> {
    const { groups } = await call(api.GET('/api/v1/groups', { params: { query: { invited: true, limit: 50 } } }));
    this.invitations = groups.length;
    this.changed();
  }

  async refreshConversations(): Promise<void> {
    const { conversations } = await call(api.GET('/api/v1/conversations', { params: { query: { limit: 200 } } }));
    this.conversations = conversations;
    if (!this.conversationsLoaded) performance.mark('realm-chat:conversations');
    this.conversationsLoaded = true;
    this.changed();
  }

  private refreshConversationsSoon(): void {
    clearTimeout(this.refreshTimer);
    // A new conversation can mean a new person whose presence this client was not told about.
    this.refreshTimer = setTimeout(() => void Promise.all([this.refreshConversations(), this.refreshPresence()]).catch(() => {}), 150);
  }

  async refreshPresence(): Promise<void> {
    const { online } = await call(api.GET('/api/v1/presence', {}));
    this.online.clear();
    for (const user of online) this.online.add(user.username);
    this.changed();
  }

  /** The newest page (on opening), or the page before the oldest loaded one (scrolling up). */
  async loadHistory(conversation: string, older: boolean): Promise<void> {
    const parsed = parseConversation(conversation);
    if (!parsed) return;
    const log = this.log(conversation);
    const before = older ? (log.oldestSeq ?? undefined) : undefined;
    const query = { limit: PAGE, ...(before !== undefined ? { before } : {}) };
    const page =
      parsed.type === 'dm'
        ? await call(api.GET('/api/v1/direct/{username}/messages', { params: { path: { username: parsed.name }, query } }))
        : await call(api.GET('/api/v1/groups/{name}/messages', { params: { path: { name: parsed.name }, query } }));
    log.addPage(page.messages, page.hasMore, older);
    this.changed();
  }

  // --- sending --------------------------------------------------------------------------------

  send(conversation: string, input: { text?: string; fileId?: string; fileName?: string; replyTo?: string }): OutboxItem {
    const item = this.outbox.add({ conversation, target: targetOf(conversation), ...input });
    this.flush();
    return item;
  }

  /**
   * Puts queued messages on the wire, in order, if the socket is open — paced below the server's frame
   * limit (WS_FRAMES_PER_SECOND, 20/s with 3 s of burst by default), so a long outbox after a reconnect
   * is not refused halfway and its order kept.
   */
  flush(): void {
    if (this.realtime.status !== 'open') return;
    const now = Date.now();
    this.sendTokens = Math.min(SEND_BURST, this.sendTokens + ((now - this.tokensAt) / 1000) * SENDS_PER_SECOND);
    this.tokensAt = now;
    const allowed = Math.floor(this.sendTokens);
    const queued = this.outbox.items().filter((i) => i.state === 'queued');
    if (queued.length > allowed) {
      clearTimeout(this.flushTimer);
      this.flushTimer = setTimeout(() => this.flush(), 1000);
    }
    if (allowed === 0) return;
    for (const item of this.outbox.takeQueued(allowed)) {
      this.sendTokens--;
      const data = {
        ...item.target,
        ...(item.text ? { text: item.text } : {}),
        ...(item.fileId ? { fileId: item.fileId } : {}),
        ...(item.replyTo ? { replyTo: item.replyTo } : {}),
        clientTxnId: item.clientTxnId,
      };
      if (!this.realtime.send('send', data)) {
        this.outbox.requeue(item.clientTxnId);
        return;
      }
    }
  }

  /**
   * The outbox items of a conversation still to show. The server's message.created for our own send
   * can arrive before its ack; a sent item whose message is already in the log (same content, sent by
   * us since the item was queued) is not shown twice.
   */
  pendingIn(conversation: string): OutboxItem[] {
    const items = this.outbox.items(conversation);
    const log = this.logs.get(conversation);
    if (!log || !items.some((i) => i.state === 'sent')) return [...items];
    const claimed = new Set<string>();
    const recent = log.messages.slice(-100).filter((m) => m.sender === this.me);
    return items.filter((item) => {
      if (item.state !== 'sent') return true;
      const since = Date.parse(item.createdAt) - 60_000;
      const match = recent.find(
        (m) =>
          !claimed.has(m.id) &&
          Date.parse(m.createdAt) >= since &&
          (m.text ?? undefined) === item.text &&
          (m.file?.id ?? undefined) === item.fileId &&
          (m.replyTo?.id ?? undefined) === item.replyTo,
      );
      if (!match) return true;
      claimed.add(match.id);
      return false;
    });
  }

  retry(clientTxnId: string): void {
    this.outbox.requeue(clientTxnId);
    this.flush();
  }

  typingIn(conversation: string): void {
    const now = Date.now();
    if (now - (this.lastTypingSent.get(conversation) ?? 0) < 2500) return;
    this.lastTypingSent.set(conversation, now);
    this.realtime.send('typing', { conversation });
  }

  typists(conversation: string): string[] {
    const now = Date.now();
    return [...(this.typing.get(conversation) ?? new Map<string, number>())].filter(([, until]) => until > now).map(([user]) => user);
  }

  /** Moves the read marker to the newest loaded message (never backwards). */
  markRead(conversation: string): void {
    const log = this.logs.get(conversation);
    const summary = this.conversation(conversation);
    const upToSeq = Math.max(log?.newestSeq ?? 0, summary?.lastSeq ?? 0);
    if (!upToSeq || (summary && summary.lastReadSeq >= upToSeq && summary.unread === 0)) return;
    if (summary) this.applyRead(conversation, upToSeq);
    if (!this.realtime.send('read', { conversation, upToSeq })) {
      void call(api.POST('/api/v1/conversations/{id}/read', { params: { path: { id: conversation } }, body: { upToSeq } })).catch(() => {});
    }
  }

  async edit(message: Message, text: string): Promise<void> {
    const updated = await call(api.PATCH('/api/v1/messages/{id}', { params: { path: { id: message.id } }, body: { text } }));
    this.log(message.conversation).upsert(updated);
    this.changed();
  }

  async remove(message: Message): Promise<void> {
    const deleted = await call(api.DELETE('/api/v1/messages/{id}', { params: { path: { id: message.id } } }));
    this.log(message.conversation).upsert(deleted);
    this.changed();
  }

  async toggleReaction(message: Message, emoji: string): Promise<void> {
    const mine = message.reactions.find((r) => r.emoji === emoji)?.me ?? false;
    const params = { params: { path: { id: message.id, emoji } } };
    const { reactions } = await call(
      mine ? api.DELETE('/api/v1/messages/{id}/reactions/{emoji}', params) : api.PUT('/api/v1/messages/{id}/reactions/{emoji}', params),
    );
    const log = this.log(message.conversation);
    const current = log.get(message.id);
    if (current) log.upsert({ ...current, reactions });
    this.changed();
  }

  async togglePin(message: Message): Promise<void> {
    const params = { params: { path: { id: message.id } } };
    const updated = await call(message.pinnedAt ? api.DELETE('/api/v1/messages/{id}/pin', params) : api.PUT('/api/v1/messages/{id}/pin', params));
    this.log(message.conversation).pin(message.id, updated.pinnedAt);
    this.changed();
  }

  // --- WebSocket frames -----------------------------------------------------------------------

  private onFrame(frame: ServerFrame): void {
    if (frame.type === 'ready') {
      if (this.lastSeq === null) this.storeSeq(frame.data.seq as number);
      else void this.refreshConversations().catch(() => {});
      this.outbox.requeueSent();
      this.flush();
      this.changed();
      return;
    }
    if (typeof frame.seq === 'number') {
      // Replayed or repeated: already applied.
      if (this.lastSeq !== null && frame.seq <= this.lastSeq) return;
      this.apply(frame);
      this.storeSeq(frame.seq);
    } else this.apply(frame);
    this.changed();
  }

  private apply({ type, data }: ServerFrame): void {
    switch (type) {
      case 'message.created':
      case 'message.updated':
      case 'message.deleted':
        this.applyMessage(data.message as LiveMessage, type === 'message.created');
        break;
      case 'reaction.added':
      case 'reaction.removed':
        this.logs.get(data.conversation)?.react(data.messageId, data.emoji, data.count, data.user === this.me ? type === 'reaction.added' : null);
        break;
      case 'message.pinned':
      case 'message.unpinned':
        this.logs.get(data.conversation)?.pin(data.messageId, type === 'message.pinned' ? data.at : null);
        break;
      case 'member.joined':
      case 'member.left':
      case 'member.invited':
      case 'member.updated':
      case 'group.updated':
      case 'group.deleted':
        this.groupsVersion++;
        this.refreshConversationsSoon();
        if (type.startsWith('member.')) void this.refreshInvitations().catch(() => {});
        break;
      case 'read':
        this.applyRead(data.conversation, data.upToSeq);
        break;
      case 'typing': {
        if (data.user === this.me) break;
        const users = this.typing.get(data.conversation) ?? new Map<string, number>();
        users.set(data.user, Date.now() + TYPING_SHOWN_MS);
        this.typing.set(data.conversation, users);
        setTimeout(() => this.changed(), TYPING_SHOWN_MS + 50);
        break;
      }
      case 'presence':
        if (data.status === 'online') this.online.add(data.user);
        else this.online.delete(data.user);
        break;
      case 'ack':
        this.outbox.acked(data.clientTxnId);
        this.applyMessage(data.message as LiveMessage, true);
        break;
      case 'error':
        if (data.code === 'rate_limited') {
          // Too many frames: send again in a moment. A server that does not say which send it refused
          // gets everything unanswered again (a clientTxnId is stored once, so that is safe).
          if (data.clientTxnId) this.outbox.requeue(data.clientTxnId);
          else if (data.frame === 'send') this.outbox.requeueSent();
          setTimeout(() => this.flush(), 2000);
        } else if (data.clientTxnId) this.outbox.failed(data.clientTxnId, data.message ?? data.code);
        break;
      case 'reset':
        // Cannot resume from our position: start over from REST, continue from the server's seq.
        this.logs.clear();
        this.storeSeq(data.seq);
        void this.refreshConversations().catch(() => {});
        break;
    }
  }

  private applyMessage(message: LiveMessage, created: boolean): void {
    const log = this.log(message.conversation);
    const isNew = log.upsert(message);
    // The typing indicator of whoever just sent ends with their message.
    this.typing.get(message.conversation)?.delete(message.sender);
    const summary = this.conversation(message.conversation);
    if (!summary) {
      this.refreshConversationsSoon();
      return;
    }
    if (summary.lastMessage === null || summary.lastMessage.seq <= message.seq) {
      summary.lastMessage = { ...message, reactions: log.get(message.id)?.reactions ?? [] };
      summary.lastActivityAt = message.createdAt;
    }
    if (created && isNew && message.seq > summary.lastSeq) {
      summary.lastSeq = message.seq;
      const visible = this.openConversation === message.conversation && document.visibilityState === 'visible';
      if (message.sender !== this.me && !visible) {
        summary.unread++;
        if (message.mentions.includes(this.me)) summary.mentions++;
      }
      this.conversations = [summary, ...this.conversations.filter((c) => c !== summary)];
    }
  }

  private applyRead(conversation: string, upToSeq: number): void {
    const summary = this.conversation(conversation);
    if (!summary || upToSeq < summary.lastReadSeq) return;
    summary.lastReadSeq = upToSeq;
    if (upToSeq >= summary.lastSeq) {
      summary.unread = 0;
      summary.mentions = 0;
    } else summary.unread = Math.min(summary.unread, summary.lastSeq - upToSeq);
    this.changed();
  }

  private storeSeq(seq: number): void {
    this.lastSeq = seq;
    try {
      localStorage.setItem(this.seqKey, String(seq));
    } catch {
      // Storage unavailable: resume works for this page's life.
    }
  }
}
