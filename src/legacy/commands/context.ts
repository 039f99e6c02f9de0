// What a legacy command handler gets: the services, this connection's state, and a few helpers that
// turn service outcomes into the replies the old clients understand.
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../shared/errors.js';
import type { Services } from '../../services.js';
import type { AuthContext } from '../../features/users/sessions.service.js';
import { DATABASE_UNAVAILABLE, LegacyError, type Words } from '../words.js';

export type Reply = Record<string, unknown>;

/** Per-connection state: the seed's `logout` without a token ends "the session of this connection". */
export interface LegacyConnectionState {
  readonly id: number;
  readonly ip: string;
  /** The session last authenticated on this connection (auth / register). */
  session: { token: string; auth: AuthContext } | null;
}

export interface CommandContext {
  services: Services;
  connection: LegacyConnectionState;
  log: FastifyBaseLogger;
  /** Records a login on this connection (it counts as online while it lasts). */
  authenticated(token: string, auth: AuthContext): void;
  /** The connection's session ended. */
  loggedOut(): void;
}

/**
 * A reply that comes once a queued write commits (send): the connection reads and runs the next
 * command meanwhile, and writes the replies in command order.
 */
export interface Later {
  later: Promise<Reply>;
}

export type Command = (ctx: CommandContext, words: Words) => Promise<Reply | Later>;

export const isLater = (reply: Reply | Later): reply is Later => reply.later instanceof Promise;

export const ok = (message?: unknown): Reply => (message === undefined ? { status: 'OK' } : { status: 'OK', message });

/** The session behind a TOKEN argument; an unknown or ended one is "Session Tidak Ditemukan". */
export async function actorFor(ctx: CommandContext, token: string): Promise<AuthContext> {
  const auth = await ctx.services.sessions.authenticate(token);
  if (!auth) throw new LegacyError('Session Tidak Ditemukan');
  // The seed's commands read and write alike: a personal access token needs both scopes here.
  if (!auth.scopes.includes('read') || !auth.scopes.includes('write')) throw new LegacyError('Token needs the read and write scopes');
  ctx.services.presence.touch(auth.userId);
  return auth;
}

/**
 * Runs a service call, turning its coded errors into the seed's messages where the seed had one
 * (`messages` by code), and into the service's own (English) message otherwise.
 */
export async function translate<T>(fn: () => Promise<T>, messages: Partial<Record<AppError['code'], string>> = {}): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AppError) throw new LegacyError(messages[e.code] ?? (e.code === 'database_unavailable' ? DATABASE_UNAVAILABLE : e.message));
    throw e;
  }
}
