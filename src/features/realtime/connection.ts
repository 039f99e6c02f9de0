// One WebSocket: authenticate, then deliver the user's stream — live events from the hub, and on
// `resume` the stored events after a seq, with no gap and nothing doubled at the seam — and carry out
// the client's frames (send, typing, read) through the same services as REST.
import type { WebSocket } from 'ws';
import { AppError, knownError } from '../../shared/errors.js';
import type { Services } from '../../services.js';
import { parseConversationId, viewPayload } from '../conversations/conversation-ref.js';
import type { StoredEvent } from '../events/event-bus.js';
import type { AuthContext } from '../users/sessions.service.js';
import type { SendResult } from '../conversations/messages.service.js';
import { CLOSE, encodeFrame, parseClientFrame, type ClientFrame } from './protocol.js';

export interface ConnectionOptions {
  authTimeoutMs: number;
  /** Bytes the socket may have queued unsent before the client counts as too slow. */
  sendBufferLimit: number;
}

/** What a connection needs from the hub. */
export interface ConnectionHost {
  register(connection: Connection): void;
  /** After `ready` went out: the user counts as online through this socket. */
  online(connection: Connection): void;
  unregister(connection: Connection): void;
  /** false when the user is over their frame budget. */
  takeFrameToken(userId: number): boolean;
}

const REPLAY_PAGE = 500;
/** Live events sent before a resume are remembered so the replay can skip them; beyond this, resume resets. */
const MAX_REMEMBERED = 2000;
/** Live events held back while a replay runs; beyond this the client is too slow to keep up. */
const MAX_PENDING = 10_000;
/** Sends of one socket waiting for their commit; the next frame is read when one is answered. */
const MAX_UNACKED = 64;

export class Connection {
  auth: AuthContext | null = null;
  missedPongs = 0;
  private closed = false;
  private authTimer: NodeJS.Timeout | null = null;
  /** The stream position at `ready`: older events reach this socket only through a resume. */
  private floor = 0;
  private replaying = false;
  private pending: Array<{ seq: number; frame: Buffer }> = [];
  /** Seqs sent live since the last replay, so a replay does not send them twice. */
  private sentLive = new Set<number>();
  private sentLiveOverflow = false;
  private inbox: Promise<void> = Promise.resolve();
  /** Sends queued with the writer and not yet answered. */
  private unacked = 0;
  /** The last send's answer: the next one goes out after it. */
  private answered: Promise<void> = Promise.resolve();
  private roomForMore: (() => void) | null = null;
  private corked = false;

  constructor(
    readonly socket: WebSocket,
    private readonly services: Services,
    private readonly host: ConnectionHost,
    private readonly options: ConnectionOptions,
  ) {
    // Frames are handled one at a time, in order, after authentication has finished.
    socket.on('message', (data, isBinary) => {
      this.inbox = this.inbox.then(() => this.onMessage(data, isBinary)).catch(() => {});
    });
    socket.on('close', () => this.onClose());
    socket.on('pong', () => (this.missedPongs = 0));
    socket.on('error', () => {});
  }

  /**
   * Starts the connection: with the session from the upgrade request (header or subprotocol; frames
   * wait until it is checked), or with none, waiting for an auth frame.
   */
  start(pending: Promise<AuthContext | null> | null, since: number | undefined): void {
    if (pending) {
      this.inbox = this.inbox
        .then(async () => {
          const auth = await pending;
          if (auth) await this.authenticated(auth, since);
          else this.close(CLOSE.unauthorized, 'invalid or expired token');
        })
        .catch(() => this.close(CLOSE.unauthorized, 'authentication failed'));
      return;
    }
    this.authTimer = setTimeout(() => this.close(CLOSE.unauthorized, 'authentication timeout'), this.options.authTimeoutMs);
  }

  get userId(): number | null {
    return this.auth?.userId ?? null;
  }

  /** A live event for this socket's user, already rendered for them. */
  deliver(seq: number | undefined, frame: Buffer): void {
    if (this.closed || !this.auth) return;
    if (seq === undefined) return this.send(frame);
    if (seq <= this.floor) return;
    if (this.replaying) {
      if (this.pending.length >= MAX_PENDING) return this.close(CLOSE.slowConsumer, 'too many events while resuming');
      this.pending.push({ seq, frame });
      return;
    }
    if (this.sentLive.has(seq)) return;
    this.rememberSent(seq);
    this.send(frame);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    if (this.authTimer) clearTimeout(this.authTimer);
    try {
      this.socket.close(code, reason);
    } catch {
      this.socket.terminate();
    }
    // A client that never completes the closing handshake must not keep the socket.
    setTimeout(() => this.socket.terminate(), 2000).unref();
  }

  private async authenticated(auth: AuthContext, since: number | undefined): Promise<void> {
    if (this.authTimer) clearTimeout(this.authTimer);
    // Receiving events is reading: a token without the read scope gets nothing.
    if (!auth.scopes.includes('read')) return this.close(CLOSE.unauthorized, 'this token lacks the read scope');
    this.auth = auth;
    // Register before reading the position: an event committed meanwhile is either below it (older)
    // or reaches this socket live — never neither. Live events are held until `ready` has told the
    // client where the stream stands (and, with `since`, until the replay has sent what came before):
    // with several instances the live feed can trail the database, so one may arrive in that window.
    this.replaying = true;
    this.host.register(this);
    try {
      this.floor = await this.services.stream.currentSeq();
      const user = await this.services.lookup.byId(auth.userId);
      this.sendFrame('ready', { seq: this.floor, user: { username: auth.handle, displayName: user?.displayName ?? auth.handle } });
      if (!this.closed) this.host.online(this);
    } catch (error) {
      this.releaseHeld();
      throw error;
    }
    if (since !== undefined) return this.replayFrom(since);
    this.releaseHeld();
  }

  /** Delivers the live events held back, in order (those at or below the floor are not sent again). */
  private releaseHeld(): void {
    const held = this.pending;
    this.pending = [];
    this.replaying = false;
    for (const { seq, frame } of held) this.deliver(seq, frame);
  }

  private async onMessage(data: unknown, isBinary: boolean): Promise<void> {
    if (this.closed) return;
    if (isBinary) return this.error('bad_frame', 'binary frames are not supported: send JSON text');
    const parsed = parseClientFrame(String(data));
    if (!parsed.ok) return this.error('bad_frame', parsed.message, parsed.type);
    const frame = parsed.frame;
    if (!this.auth) {
      if (frame.type !== 'auth') return this.close(CLOSE.unauthorized, 'authenticate first');
      const auth = await this.services.sessions.authenticate(frame.data.token);
      if (!auth) return this.close(CLOSE.unauthorized, 'invalid or expired token');
      return this.authenticated(auth, frame.data.since);
    }
    // A refused send names its clientTxnId, so the client knows which one to send again.
    if (!this.host.takeFrameToken(this.auth.userId))
      return this.error('rate_limited', 'too many frames: slow down', frame.type, frame.type === 'send' ? frame.data.clientTxnId : undefined);
    try {
      await this.handle(frame, this.auth);
    } catch (error) {
      this.failed(frame, error);
    }
  }

  private failed(frame: ClientFrame, error: unknown): void {
    const ref = frame.type === 'send' ? frame.data.clientTxnId : undefined;
    const known = knownError(error);
    if (known) this.error(known.code, known.message, frame.type, ref);
    else {
      this.services.logger.error({ err: error, frame: frame.type }, 'websocket frame failed');
      this.error('internal', 'Internal server error', frame.type, ref);
    }
  }

  /**
   * Pipelining: the next frame is read once this send is queued with the writer (which keeps their
   * order), not once it committed. Answers (ack, or error) go out in the order the sends came, each
   * after its commit. At most MAX_UNACKED wait; then reading pauses until one is answered.
   */
  private async submit(frame: Extract<ClientFrame, { type: 'send' }>, auth: AuthContext): Promise<void> {
    const { to, group, text, fileId, replyTo, clientTxnId } = frame.data;
    const target = to !== undefined ? { kind: 'dm' as const, to } : { kind: 'group' as const, name: group! };
    let committed: Promise<SendResult>;
    try {
      ({ committed } = await this.services.messages.submit(auth, target, { text, fileId, replyTo, clientTxnId }));
    } catch (error) {
      committed = Promise.reject(error);
    }
    // Handled in order below, once the earlier answers went out; not an unhandled rejection meanwhile.
    committed.catch(() => {});
    this.unacked++;
    this.answered = this.answered
      .then(() => committed)
      .then(
        (result) => this.sendFrame('ack', { clientTxnId, message: result.message, created: result.created }),
        (error: unknown) => this.failed(frame, error),
      )
      .finally(() => {
        this.unacked--;
        this.roomForMore?.();
      });
    if (this.unacked >= MAX_UNACKED) await new Promise<void>((resolve) => (this.roomForMore = resolve));
    this.roomForMore = null;
  }

  private async handle(frame: ClientFrame, auth: AuthContext): Promise<void> {
    if ((frame.type === 'send' || frame.type === 'typing' || frame.type === 'read') && !auth.scopes.includes('write')) {
      throw new AppError('forbidden', 'This token lacks the write scope');
    }
    switch (frame.type) {
      case 'auth':
        return this.error('bad_frame', 'already authenticated', 'auth');
      case 'ping':
        return this.sendFrame('pong', {});
      case 'resume':
        return this.resume(frame.data.since);
      case 'send':
        return this.submit(frame, auth);
      case 'typing':
        return this.services.realtime.typing(auth, parseConversationId(frame.data.conversation));
      case 'read':
        await this.services.conversations.markRead(auth, frame.data.conversation, frame.data.upToSeq);
        return;
    }
  }

  /** Replays the stored events after `since`, then goes back to live delivery. */
  private async resume(since: number): Promise<void> {
    if (this.replaying) return this.error('bad_frame', 'a resume is already running', 'resume');
    this.replaying = true;
    return this.replayFrom(since);
  }

  /** The replay itself; live events are held (`replaying`) from before it starts. */
  private async replayFrom(since: number): Promise<void> {
    const auth = this.auth!;
    let replayed = false;
    try {
      const current = await this.services.stream.currentSeq();
      const oldest = await this.services.stream.oldestSeq();
      if (since > current)
        return this.sendFrame('reset', { reason: 'unknown', seq: current, message: 'resume point is ahead of this stream: refetch over REST' });
      if (since < oldest - 1 || this.sentLiveOverflow)
        return this.sendFrame('reset', { reason: 'too_old', seq: current, message: 'resume point is no longer available: refetch over REST' });
      let cursor = since;
      for (;;) {
        const page = await this.services.stream.replay(auth.userId, cursor, REPLAY_PAGE);
        for (const event of page.events) if (!this.sentLive.has(event.seq)) this.send(renderEvent(event, auth.handle));
        cursor = page.lastSeqRead;
        if (page.complete || this.closed) break;
      }
      // The seam: live events that arrived during the replay, minus what the replay already sent.
      for (const { seq, frame } of this.pending) if (seq > cursor && !this.sentLive.has(seq)) this.send(frame);
      this.floor = Math.max(this.floor, cursor, this.pending.at(-1)?.seq ?? 0);
      replayed = true;
    } finally {
      if (replayed) {
        this.pending = [];
        this.sentLive.clear();
        this.replaying = false;
      } else {
        this.releaseHeld(); // refused (reset) or failed: what arrived live meanwhile still goes out
      }
    }
  }

  private rememberSent(seq: number): void {
    if (this.sentLive.size >= MAX_REMEMBERED) {
      this.sentLive.clear();
      this.sentLiveOverflow = true;
    }
    this.sentLive.add(seq);
  }

  private send(frame: Buffer): void {
    if (this.closed) return;
    // A client that does not read must not hold the server's memory: cut it off at once (a close
    // frame would only queue behind what it is not reading). It can reconnect and resume.
    if (this.socket.bufferedAmount > this.options.sendBufferLimit) {
      this.closed = true;
      this.socket.terminate();
      return;
    }
    this.cork();
    this.socket.send(frame, { binary: false });
  }

  /**
   * Frames produced in one turn of the event loop (a batch's copies and acks) leave in one write: the
   * TCP socket stays corked until the turn's promise callbacks have run (a tick queued from a promise
   * callback runs once the microtask queue is empty).
   */
  private cork(): void {
    if (this.corked) return;
    const raw = (this.socket as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
    if (!raw || typeof raw.cork !== 'function') return;
    raw.cork();
    this.corked = true;
    toUncork.push(() => {
      this.corked = false;
      raw.uncork();
    });
    if (toUncork.length === 1) process.nextTick(uncorkAll);
  }

  private sendFrame(type: string, data: unknown): void {
    this.send(encodeFrame(type, data));
  }

  private error(code: string, message: string, type?: string, ref?: string): void {
    this.sendFrame('error', { code, message, ...(type ? { frame: type } : {}), ...(ref ? { clientTxnId: ref } : {}) });
  }

  private onClose(): void {
    this.closed = true;
    if (this.authTimer) clearTimeout(this.authTimer);
    if (this.auth) this.host.unregister(this);
  }
}

const toUncork: Array<() => void> = [];

function uncorkAll(): void {
  for (const uncork of toUncork.splice(0)) uncork();
}

/** A stored event as a frame for one viewer (DM references become that viewer's "dm:<other>"). */
export function renderEvent(event: StoredEvent, viewer: string): Buffer {
  return encodeFrame(event.type, viewPayload(event.payload, viewer), event.seq);
}
