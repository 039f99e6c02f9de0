// Avatars: a user sets one image (PNG, JPEG, GIF or WebP — known by its bytes, not by what the client
// claims), at most 1 MiB, kept in the file store by content address and served at
// /api/v1/avatars/{sha256}: the address changes with the image, so it can be cached for good.
import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.js';
import { AppError, notFound } from '../../shared/errors.js';
import type { FileStore } from '../files/file-store.js';
import { sniffImage } from '../files/file-names.js';
import type { AuthContext } from './sessions.service.js';
import type { UserLookup } from './user-lookup.js';
import { toMeDto, type MeDto } from './users.mapper.js';
import type { UsersRepository } from './users.repository.js';

export const AVATAR_MAX_BYTES = 1024 * 1024;

/** Reads at least `bytes` bytes (or all there is) and returns them, and the whole stream again. */
async function peek(source: Readable, bytes: number): Promise<{ head: Buffer; all: AsyncIterable<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const seen: Buffer[] = [];
  let length = 0;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    length += next.value.length;
  }
  async function* all(): AsyncIterable<Buffer> {
    yield* seen;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(seen), all: all() };
}

/** Fetches `path` from a peer realm into `sink`; answers the HTTP status (federation sets it). */
export type PeerFetch = (realm: string, path: string, sink: (body: Readable) => Promise<void>) => Promise<number>;

export class AvatarsService {
  /** Set when federation is configured: the avatars of other realms' users come from there. */
  peerFetch: PeerFetch | null = null;

  constructor(
    private readonly db: Database,
    private readonly users: UsersRepository,
    private readonly store: FileStore,
    private readonly lookup: UserLookup,
  ) {}

  async set(actor: AuthContext, source: Readable): Promise<MeDto> {
    // The first bytes decide before anything is stored: what is not an image never reaches the disk.
    const { head, all } = await peek(source, 16);
    const type = sniffImage(head);
    if (!type) {
      source.resume();
      throw new AppError('unsupported_media_type', 'An avatar must be a PNG, JPEG, GIF or WebP image');
    }
    const stored = await this.store.ingest(all, AVATAR_MAX_BYTES);
    const user = await this.db.write(
      (tx) => this.users.setAvatar(tx, actor.userId, { sha256: stored.sha256, type }),
      (u) => this.lookup.evict(u),
    );
    return toMeDto(user);
  }

  async remove(actor: AuthContext): Promise<MeDto> {
    const user = await this.db.write(
      (tx) => this.users.setAvatar(tx, actor.userId, null),
      (u) => this.lookup.evict(u),
    );
    return toMeDto(user);
  }

  /**
   * The image at an avatar address, if some user shows it. A user of another realm's image is fetched
   * from that realm the first time, checked like an upload (an image by its bytes, at most 1 MiB, and
   * exactly the bytes its address names), and kept in the file store.
   */
  async open(sha256: string): Promise<{ path: string; type: string }> {
    const row = /^[0-9a-f]{64}$/.test(sha256) ? await this.users.avatarType(sha256) : null;
    if (!row?.avatarType) throw notFound('No such avatar');
    const path = this.store.pathFor(sha256);
    if (!row.realm) return { path, type: row.avatarType };
    if (!this.store.exists(sha256)) await this.fetchFrom(row.realm, sha256);
    // The file store is shared with uploads: a peer naming the address of some other stored object
    // (a private file) must not get it served here, so the bytes must be an image, of the type they show.
    const type = sniffImage(await this.store.head(sha256, 16));
    if (!type) throw notFound('No such avatar');
    return { path, type };
  }

  private async fetchFrom(realm: string, sha256: string): Promise<void> {
    if (!this.peerFetch) throw notFound('No such avatar');
    let stored: string | null = null;
    const status = await this.peerFetch(realm, `/api/v1/avatars/${sha256}`, async (body) => {
      const { head, all } = await peek(body, 16);
      if (!sniffImage(head)) return;
      stored = (await this.store.ingest(all, AVATAR_MAX_BYTES)).sha256;
    }).catch(() => 0);
    if (status !== 200 || stored !== sha256) throw notFound(`The avatar is on realm ${realm}, which did not send it`);
  }
}
