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

export class AvatarsService {
  constructor(
    private readonly db: Database,
    private readonly users: UsersRepository,
    private readonly store: FileStore,
    private readonly lookup: UserLookup,
  ) {}

  async set(actor: AuthContext, source: Readable): Promise<MeDto> {
    const stored = await this.store.ingest(source, AVATAR_MAX_BYTES);
    // An object that is not an image stays unreferenced; files:gc removes it after its grace period.
    const type = sniffImage(stored.head);
    if (!type) throw new AppError('unsupported_media_type', 'An avatar must be a PNG, JPEG, GIF or WebP image');
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

  /** The image at an avatar address, if some user shows it. */
  async open(sha256: string): Promise<{ path: string; type: string }> {
    const row = /^[0-9a-f]{64}$/.test(sha256) ? await this.users.avatarType(sha256) : null;
    if (!row?.avatarType) throw notFound('No such avatar');
    return { path: this.store.pathFor(sha256), type: row.avatarType };
  }
}
