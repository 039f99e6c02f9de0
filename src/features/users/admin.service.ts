// Account administration, for the admin API (an admin's session) and the admin CLI (the operator, on
// the database directly while the server may run). Both go through here, so the rules live once:
// only local accounts; the realm never loses its last administrator; a disabled account's sessions
// end everywhere (the server finds revocations written by the CLI by polling).
import { randomBytes } from 'node:crypto';
import type { Database, Tx } from '../../db/database.js';
import { AppError, conflict, invalid, notFound } from '../../shared/errors.js';
import { newId, newToken, sha256Hex } from '../../shared/ids.js';
import { LABEL_MAX, normalizeLabel, normalizeUsername } from '../../shared/text.js';
import { checkPassword, type PasswordHasher } from './password.js';
import type { RegistrationMode, RegistrationRepository } from './registration.repository.js';
import type { SessionService } from './sessions.service.js';
import { toAdminUserDto, type AdminUserDto } from './users.mapper.js';
import type { UserRecord, UsersRepository } from './users.repository.js';

const INVITE_TTL_DEFAULT_HOURS = 7 * 24;
export const INVITE_TTL_MAX_HOURS = 90 * 24;

export class AdminService {
  constructor(
    private readonly db: Database,
    private readonly users: UsersRepository,
    private readonly registration: RegistrationRepository,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordHasher,
    private readonly adminUsers: readonly string[],
    private readonly defaultRegistration: RegistrationMode,
  ) {}

  async listUsers(q: string | undefined, after: string | undefined, limit: number): Promise<{ users: AdminUserDto[]; next: string | null }> {
    const rows = await this.users.search(q?.trim().toLowerCase() || undefined, after, limit);
    return { users: rows.map((u) => this.dto(u)), next: rows.length === limit ? rows[rows.length - 1]!.handle : null };
  }

  async user(handle: string): Promise<AdminUserDto> {
    return this.dto(await this.db.write((tx) => this.requireLocal(tx, handle)));
  }

  /** A new administrator account (the first admin of a realm with closed registration, say). */
  async createAdmin(usernameRaw: string, password: string, displayName?: string): Promise<AdminUserDto> {
    const username = normalizeUsername(usernameRaw);
    checkPassword(password);
    const name = normalizeLabel(displayName ?? username, 'displayName', LABEL_MAX);
    const passwordHash = await this.passwords.hash(password);
    const user = await this.db.write(async (tx) => {
      if (await this.users.findLocal(tx, username)) throw conflict(`Username ${username} is taken`);
      return this.users.createLocal(tx, { username, displayName: name, country: '', passwordHash, isAdmin: true });
    });
    return this.dto(user);
  }

  /** Disables the account and ends its sessions and tokens everywhere (REST, WebSocket, TCP). */
  async disable(handle: string, by?: { userId: number }): Promise<AdminUserDto> {
    const { user } = await this.db.write(
      async (tx) => {
        const target = await this.requireLocal(tx, handle);
        if (by && target.id === by.userId) throw conflict('You cannot disable your own account');
        if (!target.disabledAt) await this.keepAnAdmin(tx, target);
        const user = target.disabledAt ? target : await this.users.setDisabled(tx, target.id, new Date());
        return { user, revoked: await this.sessions.revokeAllIn(tx, target.id) };
      },
      ({ revoked }) => this.sessions.announce(revoked),
    );
    return this.dto(user);
  }

  async enable(handle: string): Promise<AdminUserDto> {
    return this.dto(
      await this.db.write(async (tx) => {
        const target = await this.requireLocal(tx, handle);
        return target.disabledAt ? this.users.setDisabled(tx, target.id, null) : target;
      }),
    );
  }

  /**
   * Sets a new password (a generated one when none is given, returned once) and ends every session
   * of the account: whoever knew the old one is out.
   */
  async resetPassword(handle: string, password?: string): Promise<{ user: AdminUserDto; password: string; revokedSessions: number }> {
    const chosen = password ?? randomBytes(12).toString('base64url');
    checkPassword(chosen);
    const passwordHash = await this.passwords.hash(chosen);
    const { user, revoked } = await this.db.write(
      async (tx) => {
        const target = await this.requireLocal(tx, handle);
        const user = await this.users.setPasswordHash(tx, target.id, passwordHash);
        return { user, revoked: await this.sessions.revokeAllIn(tx, target.id) };
      },
      ({ revoked }) => this.sessions.announce(revoked),
    );
    return { user: this.dto(user), password: chosen, revokedSessions: revoked.length };
  }

  async setAdmin(handle: string, isAdmin: boolean): Promise<AdminUserDto> {
    return this.dto(
      await this.db.write(async (tx) => {
        const target = await this.requireLocal(tx, handle);
        if (!isAdmin && this.adminUsers.includes(target.handle)) {
          throw conflict(`${target.handle} is an administrator through ADMIN_USERS: remove it there`);
        }
        if (!isAdmin && target.isAdmin) await this.keepAnAdmin(tx, target);
        return target.isAdmin === isAdmin ? target : this.users.setAdmin(tx, target.id, isAdmin);
      }),
    );
  }

  async registrationMode(): Promise<RegistrationMode> {
    return (await this.registration.mode()) ?? this.defaultRegistration;
  }

  async setRegistrationMode(mode: RegistrationMode): Promise<RegistrationMode> {
    await this.db.write((tx) => this.registration.setMode(tx, mode));
    return mode;
  }

  /** A one-use invite code, shown once (only its hash is kept). */
  async createInvite(createdById: number | null, ttlHours = INVITE_TTL_DEFAULT_HOURS): Promise<{ code: string; expiresAt: string }> {
    if (!Number.isFinite(ttlHours) || ttlHours <= 0 || ttlHours > INVITE_TTL_MAX_HOURS) {
      throw invalid('expiresInHours', `must be between 1 and ${INVITE_TTL_MAX_HOURS}`);
    }
    const code = newToken();
    const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
    await this.db.write((tx) => this.registration.createInvite(tx, { id: newId(), codeHash: sha256Hex(code), createdById, expiresAt }));
    return { code, expiresAt: expiresAt.toISOString() };
  }

  private dto(user: UserRecord): AdminUserDto {
    return toAdminUserDto(user, this.adminUsers);
  }

  private async requireLocal(tx: Tx, handleRaw: string): Promise<UserRecord> {
    const handle = handleRaw.trim().toLowerCase();
    const user = handle.length <= 64 && !handle.includes('@') ? await this.users.findLocal(tx, handle) : null;
    if (!user) throw notFound(`No account named ${handleRaw} on this realm`);
    return user;
  }

  /** Refuses to take away the last enabled administrator (ADMIN_USERS count when they have an account). */
  private async keepAnAdmin(tx: Tx, leaving: UserRecord): Promise<void> {
    if (!leaving.isAdmin && !this.adminUsers.includes(leaving.handle)) return;
    const marked = (await this.users.activeAdmins(tx)).map((u) => u.handle);
    const configured = [];
    for (const handle of this.adminUsers) {
      const user = await this.users.findLocal(tx, handle);
      if (user && !user.disabledAt) configured.push(handle);
    }
    const others = new Set([...marked, ...configured].filter((h) => h !== leaving.handle));
    if (others.size === 0) throw new AppError('conflict', `${leaving.handle} is the last administrator of this realm: promote another first`);
  }
}
