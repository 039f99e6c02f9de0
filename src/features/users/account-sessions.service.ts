// My devices and my tokens: the sessions of my account (GET/DELETE /me/sessions) and personal access
// tokens for bots and scripts (GET/POST/DELETE /me/tokens).
import type { Database } from '../../db/database.js';
import { AppError, conflict, notFound } from '../../shared/errors.js';
import { normalizeLabel } from '../../shared/text.js';
import type { Scope } from './scopes.js';
import { parseScopes } from './scopes.js';
import { NEVER_EXPIRES, type AuthContext, type ClientMeta, type SessionService } from './sessions.service.js';
import type { SessionRecord } from './sessions.repository.js';
import type { UsersService } from './users.service.js';

/** Live tokens one account may hold: enough for every bot, not a way to fill the table. */
export const MAX_TOKENS_PER_USER = 50;
export const TOKEN_MAX_DAYS = 3650;

export interface SessionDto {
  id: string;
  current: boolean;
  origin: string;
  userAgent: string;
  ip: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
}

export interface TokenDto {
  id: string;
  name: string;
  scopes: Scope[];
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string | null;
}

const toTokenDto = (r: SessionRecord): TokenDto => ({
  id: r.id,
  name: r.name,
  scopes: parseScopes(r.scopes),
  createdAt: r.createdAt.toISOString(),
  lastUsedAt: r.lastUsedAt.toISOString(),
  expiresAt: r.expiresAt.getTime() >= NEVER_EXPIRES.getTime() ? null : r.expiresAt.toISOString(),
});

export class AccountSessionsService {
  constructor(
    private readonly db: Database,
    private readonly sessions: SessionService,
    private readonly users: UsersService,
  ) {}

  async listSessions(actor: AuthContext): Promise<SessionDto[]> {
    const rows = await this.sessions.list(actor.userId, 'session');
    return rows.map((r) => ({
      id: r.id,
      current: r.id === actor.sessionId,
      origin: r.origin,
      userAgent: r.userAgent,
      ip: r.ip,
      createdAt: r.createdAt.toISOString(),
      lastUsedAt: r.lastUsedAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
    }));
  }

  /** Ends one of my sessions (another device's, or this one); its live connections close. */
  async revokeSession(actor: AuthContext, id: string): Promise<void> {
    if (!(await this.sessions.revokeOwn(actor.userId, id, 'session'))) throw notFound('No live session of yours has this id');
  }

  async listTokens(actor: AuthContext): Promise<TokenDto[]> {
    return (await this.sessions.list(actor.userId, 'token')).map(toTokenDto);
  }

  async createToken(
    actor: AuthContext,
    input: { name: string; scopes: readonly Scope[]; expiresInDays?: number | undefined },
    client: ClientMeta,
  ): Promise<TokenDto & { token: string }> {
    const name = normalizeLabel(input.name, 'name', 64);
    const scopes = [...new Set(input.scopes)];
    if (scopes.includes('admin') && !(await this.users.isAdmin(actor))) {
      throw new AppError('forbidden', 'Only administrators can create tokens with the admin scope');
    }
    const expiresAt = input.expiresInDays === undefined ? null : new Date(Date.now() + input.expiresInDays * 24 * 3600_000);
    const { token, record } = await this.db.write(async (tx) => {
      if ((await this.sessions.countLive(tx, actor.userId, 'token')) >= MAX_TOKENS_PER_USER) {
        throw conflict(`You have ${MAX_TOKENS_PER_USER} live tokens: revoke one first`);
      }
      return this.sessions.createToken(tx, actor.userId, { name, scopes, expiresAt, client });
    });
    return { ...toTokenDto(record), token };
  }

  async revokeToken(actor: AuthContext, id: string): Promise<void> {
    if (!(await this.sessions.revokeOwn(actor.userId, id, 'token'))) throw notFound('No live token of yours has this id');
  }
}
