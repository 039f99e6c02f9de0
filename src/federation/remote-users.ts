// Users of other realms, seen here as shadow rows ("bob@realm-b") so that conversations, memberships
// and messages can point at them. A user we have not seen is looked up at their realm first
// (GET /federation/v1/users/{name}), so a send to a user who does not exist fails at once.
import { z } from 'zod';
import type { Database, Tx } from '../db/database.js';
import { AppError, notFound } from '../shared/errors.js';
import { cleanForeignLabel, LABEL_MAX } from '../shared/text.js';
import type { Address } from '../shared/addresses.js';
import type { UserLookup, UserRef } from '../features/users/user-lookup.js';
import type { UserRecord, UsersRepository } from '../features/users/users.repository.js';
import type { FederationClient } from './federation-client.js';
import type { PeersService } from './peers.service.js';

const RemoteProfile = z.object({
  username: z.string(),
  displayName: z.string().max(200),
  // Realms that predate avatars send neither.
  avatarSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullish(),
  avatarType: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']).nullish(),
});

/** The display name a shadow row keeps: the peer's, cleaned and cut by the rule for names, or the username if empty. */
const shadowName = (address: Address, displayName: string) => cleanForeignLabel(displayName, LABEL_MAX) || address.name;

/**
 * The peer's answer to a user lookup, or a 502 naming what was wrong with it (logged with the realm's
 * id by the error handler); nothing of a refused answer is kept.
 */
function parseProfile(body: Buffer, address: Address & { realm: string }): z.infer<typeof RemoteProfile> {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new AppError('bad_peer_response', `Realm ${address.realm} answered a user lookup with something that is not JSON`);
  }
  const parsed = RemoteProfile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'bad_peer_response',
      `Realm ${address.realm} sent a profile of ${address.name} this realm cannot accept (${issue?.path.join('.') || 'body'}: ${issue?.message})`,
      {
        realm: address.realm,
      },
    );
  }
  if (parsed.data.username !== address.name)
    throw new AppError('bad_peer_response', `Realm ${address.realm} answered a lookup of ${address.name} with another user`, { realm: address.realm });
  return parsed.data;
}

export class RemoteUsers {
  constructor(
    private readonly db: Database,
    private readonly users: UsersRepository,
    private readonly lookup: UserLookup,
    private readonly peers: PeersService,
    private readonly client: FederationClient,
  ) {}

  /** A user of another realm, looked up there the first time. */
  async resolve(address: Address & { realm: string }): Promise<UserRef> {
    const handle = `${address.name}@${address.realm}`;
    const known = await this.lookup.byHandle(handle);
    if (known) return known;
    const peer = await this.peers.get(address.realm);
    let response;
    try {
      response = await this.client.request(peer, 'GET', `/federation/v1/users/${encodeURIComponent(address.name)}`);
    } catch (e) {
      throw new AppError('unavailable', `Realm ${address.realm} did not answer: ${(e as Error).message}`);
    }
    if (response.status === 404) throw notFound(`No user named ${address.name} at realm ${address.realm}`);
    if (response.status !== 200) throw new AppError('unavailable', `Realm ${address.realm} answered ${response.status} to a user lookup`);
    const profile = parseProfile(response.body, address);
    // Only the avatar's address is kept; the image is fetched from that realm when someone first asks.
    const avatar = profile.avatarSha256 && profile.avatarType ? { sha256: profile.avatarSha256, type: profile.avatarType } : undefined;
    await this.db.write((tx) => this.ensure(tx, address, profile.displayName, avatar));
    const user = await this.lookup.byHandle(handle);
    if (!user) throw notFound(`No user named ${handle}`);
    return user;
  }

  /**
   * The shadow row of a user its own realm vouches for, created or renamed when needed (`displayName`
   * null: keep the name). Most events come from users we know under the same name: then it is a cache
   * hit and no write (each would be a commit).
   */
  async vouched(address: Address & { realm: string }, displayName: string | null): Promise<UserRef> {
    const handle = `${address.name}@${address.realm}`;
    const known = await this.lookup.byHandle(handle);
    if (known && (displayName === null || known.displayName === shadowName(address, displayName))) return known;
    await this.db.write((tx) => this.ensure(tx, address, displayName ?? address.name));
    const user = await this.lookup.byHandle(handle);
    if (!user) throw notFound(`No user named ${handle}`);
    return user;
  }

  /** The shadow row for a user a peer vouches for (its own users), created or refreshed in `tx`. */
  private async ensure(tx: Tx, address: Address & { realm: string }, displayName: string, avatar?: { sha256: string; type: string }): Promise<UserRecord> {
    const user = await this.users.upsertRemote(tx, {
      username: address.name,
      realm: address.realm,
      displayName: shadowName(address, displayName),
      ...(avatar ? { avatar } : {}),
    });
    this.lookup.evict(user);
    return user;
  }
}
