// Accounts: register, log in and out, profiles, password change, directory, presence.
// Every method that acts for someone takes the acting session first.
import type { Database } from '../../db/database.js';
import { AppError, conflict, isUniqueViolation, notFound, rateLimited, unauthorized } from '../../shared/errors.js';
import { LABEL_MAX, normalizeLabel, normalizeUsername } from '../../shared/text.js';
import { memoryCounters, type WindowCounter, type WindowCounterFactory } from '../../shared/window-counter.js';
import { DEFAULT_LOGIN_THROTTLE, LoginThrottle } from './login-throttle.js';
import { checkPassword, type PasswordHasher } from './password.js';
import type { PresenceTracker } from './presence.js';
import type { AuthContext, SessionService } from './sessions.service.js';
import { toMeDto, toUserDto, type MeDto, type UserDto } from './users.mapper.js';
import type { UserLookup } from './user-lookup.js';
import type { UserRecord, UsersRepository } from './users.repository.js';
import type { RegistrationMode, RegistrationRepository } from './registration.repository.js';
import { sha256Hex } from '../../shared/ids.js';

export interface ClientInfo {
  ip: string;
  origin: 'api' | 'legacy';
  userAgent?: string | undefined;
}

export interface AccountLimits {
  authFailures: number;
  authFailureWindowMs: number;
  registerPerHour: number;
}

export interface RegisterInput {
  username: string;
  password: string;
  displayName?: string | undefined;
  country?: string | undefined;
  /** Required while registration is by invite. */
  invite?: string | undefined;
}

export class UsersService {
  private readonly logins: LoginThrottle;
  private readonly registrationsByIp: WindowCounter;

  constructor(
    private readonly db: Database,
    private readonly users: UsersRepository,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordHasher,
    private readonly presence: PresenceTracker,
    private readonly lookup: UserLookup,
    limits: AccountLimits,
    private readonly adminUsers: readonly string[] = [],
    /** Where the counters live: this process, or Redis shared by every instance. */
    counters: WindowCounterFactory = memoryCounters,
    private readonly registration?: { repo: RegistrationRepository; defaultMode: RegistrationMode },
  ) {
    this.logins = new LoginThrottle(
      { ...DEFAULT_LOGIN_THROTTLE, pairFailures: limits.authFailures, pairWindowMs: limits.authFailureWindowMs },
      Date.now,
      counters,
    );
    this.registrationsByIp = counters('register-ip', { max: limits.registerPerHour, windowMs: 3600_000 });
  }

  async register(input: RegisterInput, client: ClientInfo): Promise<{ user: MeDto; token: string }> {
    const username = normalizeUsername(input.username);
    checkPassword(input.password);
    const displayName = normalizeLabel(input.displayName ?? username, 'displayName', LABEL_MAX);
    const country = normalizeLabel(input.country ?? '', 'country', LABEL_MAX, { allowEmpty: true });
    const mode = await this.registrationMode();
    if (mode === 'closed') throw new AppError('forbidden', 'Registration is closed on this realm: ask an administrator for an account');
    const invite = input.invite?.trim();
    if (mode === 'invite' && !invite) throw new AppError('forbidden', 'Registration on this realm needs an invite code (invite)');
    const wait = await this.registrationsByIp.retryAfter(client.ip);
    if (wait > 0) throw rateLimited('Too many registrations from this address', wait);
    if (await this.users.findByHandle(username)) throw this.userExists(username);

    const passwordHash = await this.passwords.hash(input.password);
    await this.registrationsByIp.record(client.ip);
    try {
      return await this.db.write(async (tx) => {
        // The first account of a fresh realm administers it.
        const isAdmin = (await this.users.countLocal(tx)) === 0;
        const user = await this.users.createLocal(tx, { username, displayName, country, passwordHash, isAdmin });
        // The invite is used up in the same transaction: a failed registration leaves it usable.
        if (mode === 'invite' && !(await this.registration!.repo.consumeInvite(tx, sha256Hex(invite!), user.id, new Date()))) {
          throw new AppError('forbidden', 'This invite code is unknown, used or expired');
        }
        const { token } = await this.sessions.create(tx, user.id, client.origin, client);
        this.presence.touch(user.id);
        return { user: toMeDto(user), token };
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw this.userExists(username);
      throw e;
    }
  }

  async login(usernameRaw: string, password: string, client: ClientInfo): Promise<{ user: MeDto; token: string }> {
    const username = usernameRaw.trim().toLowerCase();
    const wait = await this.logins.lockedFor(client.ip, username);
    if (wait > 0) throw rateLimited('Too many failed logins for this username from this address; try again later', wait);
    const delay = await this.logins.delayMs(client.ip, username);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

    const user = username.length <= 64 ? await this.users.findByHandle(username) : null;
    const ok =
      user?.passwordHash && user.realm === null ? await this.passwords.verify(user.passwordHash, password) : await this.passwords.verifyNothing(password);
    if (!user || !ok) {
      await this.logins.failed(client.ip, username);
      throw new AppError('unauthorized', 'Invalid username or password', undefined, {
        reason: user ? 'wrong_password' : 'unknown_user',
      });
    }
    await this.logins.succeeded(client.ip, username);
    // Told only to whoever knows the password: a disabled account is not revealed to guessers.
    if (user.disabledAt) throw new AppError('forbidden', 'This account is disabled: ask an administrator of this realm');
    const { token } = await this.db.write((tx) => this.sessions.create(tx, user.id, client.origin, client));
    this.presence.touch(user.id);
    return { user: toMeDto(user), token };
  }

  async logout(actor: AuthContext): Promise<void> {
    await this.sessions.revoke(actor.sessionId);
  }

  async logoutAll(actor: AuthContext): Promise<number> {
    return (await this.sessions.revokeAll(actor.userId)).length;
  }

  async me(actor: AuthContext): Promise<MeDto> {
    return toMeDto(await this.requireUser(actor.userId));
  }

  async updateMe(actor: AuthContext, patch: { displayName?: string | undefined; country?: string | undefined }): Promise<MeDto> {
    const data: { displayName?: string; country?: string } = {};
    if (patch.displayName !== undefined) data.displayName = normalizeLabel(patch.displayName, 'displayName', LABEL_MAX);
    if (patch.country !== undefined) data.country = normalizeLabel(patch.country, 'country', LABEL_MAX, { allowEmpty: true });
    const user = await this.db.write(
      (tx) => this.users.updateProfile(tx, actor.userId, data),
      (u) => this.lookup.evict(u),
    );
    return toMeDto(user);
  }

  /** Changes the password and revokes every other session of the user. */
  async changePassword(actor: AuthContext, currentPassword: string, newPassword: string): Promise<{ revokedSessions: number }> {
    checkPassword(newPassword, 'newPassword');
    const user = await this.requireUser(actor.userId);
    if (!user.passwordHash || !(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw new AppError('forbidden', 'currentPassword is wrong');
    }
    const passwordHash = await this.passwords.hash(newPassword);
    const revoked = await this.db.write(
      async (tx) => {
        await this.users.setPasswordHash(tx, user.id, passwordHash);
        return this.sessions.revokeAllIn(tx, user.id, actor.sessionId);
      },
      (ids) => this.sessions.announce(ids),
    );
    return { revokedSessions: revoked.length };
  }

  /** open, invite or closed: an admin's setting (database), else REGISTRATION. */
  async registrationMode(): Promise<RegistrationMode> {
    if (!this.registration) return 'open';
    return (await this.registration.repo.mode()) ?? this.registration.defaultMode;
  }

  /**
   * Admins: users marked isAdmin (the first registered user, create-admin, promote) and the usernames
   * in ADMIN_USERS. A personal access token also needs the admin scope.
   */
  async requireAdmin(actor: AuthContext): Promise<void> {
    const user = await this.requireUser(actor.userId);
    if (!user.isAdmin && !this.adminUsers.includes(user.handle)) throw new AppError('forbidden', 'Administrators only');
    if (!actor.scopes.includes('admin')) throw new AppError('forbidden', 'This token lacks the admin scope');
  }

  async isAdmin(actor: AuthContext): Promise<boolean> {
    return this.requireAdmin(actor).then(
      () => true,
      () => false,
    );
  }

  async profile(handle: string): Promise<UserDto> {
    const user = await this.users.findByHandle(handle.trim().toLowerCase());
    if (!user) throw notFound(`No user named ${handle}`);
    return toUserDto(user);
  }

  async search(q: string | undefined, after: string | undefined, limit: number): Promise<{ users: UserDto[]; next: string | null }> {
    const rows = await this.users.search(q?.trim().toLowerCase() || undefined, after, limit);
    return { users: rows.map(toUserDto), next: rows.length === limit ? rows[rows.length - 1]!.handle : null };
  }

  /** Users online now, with their profiles. */
  async online(): Promise<UserDto[]> {
    const ids = await this.presence.onlineUserIds();
    if (ids.length === 0) return [];
    const rows = await this.users.findManyByIds(ids);
    return rows.map(toUserDto).sort((a, b) => a.username.localeCompare(b.username));
  }

  private async requireUser(id: number): Promise<UserRecord> {
    const user = await this.users.findById(id);
    if (!user) throw unauthorized('This account no longer exists');
    return user;
  }

  private userExists(username: string): AppError {
    return conflict(`Username ${username} is taken`);
  }
}
