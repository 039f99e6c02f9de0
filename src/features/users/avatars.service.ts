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
import { LruCache } from '../../shared/lru.js';

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

/** A peer that did not send an avatar is not asked for it again for this long. */
const FAILED_FETCH_MEMORY_MS = 5 * 60_000;
/** Avatar fetches from one peer at a time, at most: anonymous requests cannot make this realm hammer it. */
const FETCHES_PER_PEER = 4;

export class AvatarsService {
  /** Set when federation is configured: the avatars of other realms' users come from there. */
  peerFetch: PeerFetch | null = null;
  /** One fetch per (peer, address) in flight; everyone asking meanwhile waits for it. */
  private readonly fetching = new Map<string, Promise<boolean>>();
  /** (peer, address) → until when a failed fetch is not tried again. */
  private readonly failed = new LruCache<string, number>(10_000);
  private readonly perPeer = new Map<string, number>();

  constructor(
    private readonly db: Database,
    private readonly users: UsersRepository,
    /** Avatars only: bytes that entered as an avatar (set by their user, or sent by their user's realm). */
    private readonly store: FileStore,
    /** Uploads: older versions kept avatars there; they are copied over once (start). */
    private readonly uploads: FileStore,
    private readonly lookup: UserLookup,
  ) {}

  /** Avatars set before they had a store of their own are copied into it (once; cheap when done). */
  async start(): Promise<void> {
    for (const sha256 of await this.users.localAvatars()) await this.store.adopt(this.uploads, sha256);
  }

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
   * The image at an avatar address, if some user shows it. Served only from the avatar store, so an
   * address never reaches an upload (a private file), whoever names it. A user of another realm's image
   * is fetched from that realm the first time, checked (an image by its bytes, at most 1 MiB, exactly
   * the bytes its address names) and kept.
   */
  async open(sha256: string): Promise<{ path: string; type: string }> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw notFound('No such avatar');
    const owners = await this.users.avatarOwners(sha256);
    if (!owners.localType && owners.remote.length === 0) throw notFound('No such avatar');
    if (!this.store.exists(sha256)) {
      if (owners.remote.length === 0) throw notFound('No such avatar');
      await this.fetchFromOwners(
        owners.remote.map((o) => o.realm),
        sha256,
      );
    }
    const type = sniffImage(await this.store.head(sha256, 16));
    if (!type) throw notFound('No such avatar');
    return { path: this.store.pathFor(sha256), type };
  }

  /** Asks the realms whose users show the address, one after the other, until one sends it. */
  private async fetchFromOwners(realms: readonly string[], sha256: string): Promise<void> {
    let busy = false;
    for (const realm of realms) {
      const key = `${realm}/${sha256}`;
      if ((this.failed.get(key) ?? 0) > Date.now()) continue;
      let fetch = this.fetching.get(key);
      if (!fetch) {
        if ((this.perPeer.get(realm) ?? 0) >= FETCHES_PER_PEER) {
          busy = true;
          continue;
        }
        fetch = this.fetchFrom(realm, sha256, key);
        this.fetching.set(key, fetch);
      }
      if (await fetch) return;
    }
    if (busy) throw new AppError('unavailable', 'The avatar is being fetched from its realm; try again shortly', undefined, { retryAfterSeconds: 5 });
    throw notFound('The avatar is on another realm, which did not send it');
  }

  private async fetchFrom(realm: string, sha256: string, key: string): Promise<boolean> {
    this.perPeer.set(realm, (this.perPeer.get(realm) ?? 0) + 1);
    try {
      if (!this.peerFetch) return false;
      let stored = false;
      const status = await this.peerFetch(realm, `/api/v1/avatars/${sha256}`, async (body) => {
        const { head, all } = await peek(body, 16);
        if (!sniffImage(head)) return void body.resume();
        stored = (await this.store.ingest(all, AVATAR_MAX_BYTES, sha256)) !== null;
      }).catch(() => 0);
      const ok = status === 200 && stored;
      if (!ok) this.failed.set(key, Date.now() + FAILED_FETCH_MEMORY_MS);
      return ok;
    } finally {
      this.fetching.delete(key);
      const left = (this.perPeer.get(realm) ?? 1) - 1;
      if (left > 0) this.perPeer.set(realm, left);
      else this.perPeer.delete(realm);
    }
  }
}
