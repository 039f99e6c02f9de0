// One legacy TCP connection: frames its bytes into command lines, runs the commands one at a time in
// arrival order, writes one reply per command, and keeps the connection's session (the seed's
// `logout` without a token, and "online" for `info`). Nothing a client sends can throw out of here.
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../services.js';
import type { AuthContext } from '../features/users/sessions.service.js';
import { commands } from './commands/index.js';
import { isLater, type CommandContext, type Later, type LegacyConnectionState, type Reply } from './commands/context.js';
import { encodeReply, LineDecoder } from './line-codec.js';
import { DATABASE_UNAVAILABLE, LegacyError, MissingArguments, Words } from './words.js';
import { isDatabaseUnavailable } from '../shared/errors.js';

export interface LegacyLimits {
  maxLineBytes: number;
  idleTimeoutMs: number;
}

/** Commands read ahead of the one running; beyond this the socket stops being read (backpressure). */
const MAX_QUEUED = 64;
/**
 * Reply bytes the socket may hold unsent before no further command runs: a client that sends commands
 * but never reads their answers stops being served (and read) instead of growing our memory. At most
 * one reply beyond this is ever queued per connection.
 */
const WRITE_BUFFER_LIMIT = 1024 * 1024;

export class LegacyConnection implements LegacyConnectionState {
  session: { token: string; auth: AuthContext } | null = null;
  private readonly decoder: LineDecoder;
  private readonly log: FastifyBaseLogger;
  private queue: Promise<void> = Promise.resolve();
  private replies: Promise<void> = Promise.resolve();
  private queued = 0;
  private closing = false;
  private closed = false;
  private commandsRun = 0;
  private readonly openedAt = Date.now();
  private readonly idleTimeoutMs: number;

  constructor(
    readonly id: number,
    private readonly socket: Socket,
    private readonly services: Services,
    parentLog: FastifyBaseLogger,
    limits: LegacyLimits,
    private readonly onClosed: (connection: LegacyConnection) => void,
  ) {
    this.decoder = new LineDecoder(limits.maxLineBytes);
    this.idleTimeoutMs = limits.idleTimeoutMs;
    this.log = parentLog.child({ legacy: id });
    this.log.info({ remote: this.ip }, 'legacy connection opened');
    socket.setNoDelay(true);
    // Idle = nothing sent by the client and nothing running for it (a slow command is not idleness).
    socket.setTimeout(limits.idleTimeoutMs, () => {
      if (this.queued === 0) this.fail('Koneksi ditutup: tidak ada perintah terlalu lama (idle timeout)');
    });
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => {});
    socket.on('close', () => this.onClose());
  }

  get ip(): string {
    return this.socket.remoteAddress ?? 'unknown';
  }

  get buffered(): number {
    return this.decoder.buffered;
  }

  /** Reply bytes written but not yet taken by the client. */
  get pendingWriteBytes(): number {
    return this.socket.writableLength;
  }

  get commandsAnswered(): number {
    return this.commandsRun;
  }

  /** Stops reading; finishes the running and queued commands, then ends the connection. */
  shutdown(): void {
    this.closing = true;
    this.socket.pause();
    void this.queue.then(() => this.replies).then(() => this.socket.end());
  }

  /** Answers ERROR (if the socket can still take it) and closes. */
  fail(message: string): void {
    if (this.closed) return;
    this.log.info({ reason: message }, 'legacy connection closed by server');
    this.closing = true;
    this.socket.pause();
    this.socket.end(encodeReply({ status: 'ERROR', message }));
    setTimeout(() => this.socket.destroy(), 2000).unref();
  }

  /** The session this connection authenticated was ended elsewhere (REST logout, password change). */
  sessionRevoked(sessionIds: readonly string[]): void {
    if (this.session && sessionIds.includes(this.session.auth.sessionId)) this.setSession(null);
  }

  private onData(chunk: Buffer): void {
    if (this.closing) return;
    for (const result of this.decoder.push(chunk)) {
      if (!result.ok) {
        this.fail(result.error === 'too_long' ? 'Baris perintah terlalu panjang' : 'Perintah bukan UTF-8 yang valid');
        return;
      }
      this.enqueue(result.line);
    }
  }

  private enqueue(line: string): void {
    this.queued++;
    if (this.queued >= MAX_QUEUED) this.socket.pause();
    this.queue = this.queue.then(async () => {
      const outcome = await this.run(line);
      // Replies go out in command order. A send's reply waits for its commit, but the next command
      // runs meanwhile (pipelining); any other command waits until its reply is written.
      const written = (this.replies = this.replies.then(() => this.reply(isLater(outcome) ? outcome.later : outcome)));
      if (!isLater(outcome) || this.socket.writableLength > WRITE_BUFFER_LIMIT) await written;
    });
  }

  private async reply(pending: Reply | Promise<Reply>): Promise<void> {
    const reply = await pending;
    this.queued--;
    if (this.closed || this.socket.writableEnded) return;
    this.socket.write(encodeReply(reply));
    if (this.socket.writableLength > WRITE_BUFFER_LIMIT) await this.drained();
    if (this.queued < MAX_QUEUED / 2 && !this.closing && !this.closed) this.socket.resume();
  }

  /**
   * Waits (not reading, not running commands) until the client has taken our replies. One that takes
   * nothing for the idle timeout is cut off.
   */
  private drained(): Promise<void> {
    this.socket.pause();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      const timer = setTimeout(() => {
        this.log.info({ pendingBytes: this.socket.writableLength }, 'legacy connection closed: client reads no replies');
        this.socket.destroy();
      }, this.idleTimeoutMs);
      this.socket.on('drain', done);
      this.socket.on('close', done);
    });
  }

  private async run(line: string): Promise<Reply | Later> {
    const started = Date.now();
    const words = new Words(line);
    const verb = words.verb;
    const command = commands.get(verb);
    const outcome = !command ? { status: 'ERROR', message: '**Protocol Tidak Benar' } : await this.replyOf(verb, () => command(this.context(), words));
    if (!isLater(outcome)) {
      this.logged(verb, command !== undefined, outcome, started);
      return outcome;
    }
    const later = this.replyOf(verb, () => outcome.later) as Promise<Reply>;
    return { later: later.then((reply) => this.logged(verb, true, reply, started)) };
  }

  /** The command's reply, or the error reply the seed's clients understand. */
  private async replyOf(verb: string, fn: () => Promise<Reply | Later>): Promise<Reply | Later> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof MissingArguments) return { status: 'ERROR', message: '--Protocol Tidak Benar' };
      if (e instanceof LegacyError) return { status: 'ERROR', message: e.message };
      if (isDatabaseUnavailable(e)) {
        this.log.warn({ err: e, verb }, 'legacy command failed: the database is unreachable');
        return { status: 'ERROR', message: DATABASE_UNAVAILABLE };
      }
      this.log.error({ err: e, verb }, 'legacy command failed');
      return { status: 'ERROR', message: 'Terjadi kesalahan di server' };
    }
  }

  private logged(verb: string, known: boolean, reply: Reply, started: number): Reply {
    this.commandsRun++;
    // Verb and outcome only: never tokens, passwords or file contents.
    this.log.info(
      { verb: known ? verb : '(unknown)', status: reply.status, ...(reply.status === 'ERROR' ? { error: reply.message } : {}), ms: Date.now() - started },
      'legacy command',
    );
    return reply;
  }

  private context(): CommandContext {
    return {
      services: this.services,
      connection: this,
      log: this.log,
      authenticated: (token, auth) => this.setSession({ token, auth }),
      loggedOut: () => this.setSession(null),
    };
  }

  /** An authenticated legacy connection counts as online (the seed's `info`). */
  private setSession(next: { token: string; auth: AuthContext } | null): void {
    const before = this.session?.auth.userId;
    this.session = next;
    if (before === next?.auth.userId) return;
    if (before !== undefined) this.services.presence.disconnect(before);
    if (next) this.services.presence.connect(next.auth.userId);
  }

  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.session) this.services.presence.disconnect(this.session.auth.userId);
    this.log.info({ commands: this.commandsRun, seconds: Math.round((Date.now() - this.openedAt) / 100) / 10 }, 'legacy connection closed');
    this.onClosed(this);
  }
}
