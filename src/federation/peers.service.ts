// Which realms we federate with, and their pinned keys. A peer is added from config (REALM_PEERS), by an
// admin, or by the legacy `addrealm`: its /federation/v1/realm document is fetched (SSRF-guarded,
// bounded), its realm id checked, and its current key pinned. Later keys are accepted only when
// announced in a request signed with the pinned key.
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { AppError, badRequest, conflict, notFound } from '../shared/errors.js';
import type { FederationClient } from './federation-client.js';
import type { FederationRepository, PeerRecord } from './federation.repository.js';
import { publicKeyFromRaw } from './keys.js';
import { assertPeerUrl } from './ssrf.js';

const RealmDocument = z.object({
  realm: z.string().regex(/^[a-z0-9-]{1,63}$/),
  url: z.string(),
  keys: z.array(z.object({ id: z.string().min(1).max(128), publicKey: z.string().min(40).max(64), validUntil: z.string().nullable() })).min(1),
});

export interface PeerDto {
  id: string;
  url: string;
  keyId: string;
  source: string;
  addedAt: string;
}

const toDto = (p: PeerRecord): PeerDto => ({ id: p.id, url: p.url, keyId: p.keyId, source: p.source, addedAt: p.createdAt.toISOString() });

export class PeersService {
  private readonly keyCache = new Map<string, { keyId: string; key: KeyObject; url: string }>();
  private loaded = false;
  private closed = false;
  /** Set by the federation: peers changed here, other instances must reload theirs. */
  onChanged: () => void = () => {};
  /** REALM_PEERS entries still being retried. */
  private readonly pending = new Map<string, { timer: NodeJS.Timeout | null; now: () => void; lastForced: number }>();

  constructor(
    private readonly config: Config,
    private readonly db: Database,
    private readonly repo: FederationRepository,
    private readonly client: FederationClient,
  ) {}

  /** (Re)reads the peers; the cache is swapped whole, so signature checks never see it half-filled. */
  async load(): Promise<void> {
    const peers = await this.repo.listPeers();
    this.keyCache.clear();
    for (const p of peers) this.remember(p);
    this.loaded = true;
  }

  /** The pinned key of `origin` if `keyId` is it (signature checks call this for every request). */
  keyFor(origin: string, keyId: string): KeyObject | null {
    const entry = this.keyCache.get(origin);
    return entry && entry.keyId === keyId ? entry.key : null;
  }

  isPeer(id: string): boolean {
    return this.keyCache.has(id);
  }

  peerIds(): string[] {
    return [...this.keyCache.keys()];
  }

  async get(id: string): Promise<PeerRecord> {
    const peer = await this.repo.findPeer(id);
    if (!peer) throw notFound(`Unknown realm ${id}: not a peer of this realm`);
    return peer;
  }

  async list(): Promise<PeerDto[]> {
    return (await this.repo.listPeers()).map(toDto);
  }

  /**
   * Fetches the realm document at `url`, checks it, pins the key. `expectedId` (when known) must match
   * the document; re-adding a known peer with the same URL is a conflict.
   */
  async add(rawUrl: string, source: 'config' | 'admin' | 'legacy', expectedId?: string): Promise<PeerDto> {
    const url = (await assertPeerUrl(rawUrl, this.config.federation.allowPrivate)).toString().replace(/\/+$/, '');
    let response;
    try {
      response = await this.client.realmDocument(url);
    } catch (e) {
      throw new AppError('unavailable', `Could not reach ${url}: ${(e as Error).message}`);
    }
    if (response.status !== 200) throw new AppError('unavailable', `${url}/federation/v1/realm answered ${response.status}`);
    let doc: z.infer<typeof RealmDocument>;
    try {
      doc = RealmDocument.parse(JSON.parse(response.body.toString('utf8')));
    } catch {
      throw badRequest(`${url} did not return a realm document`);
    }
    if (expectedId && doc.realm !== expectedId) throw badRequest(`${url} is realm "${doc.realm}", not "${expectedId}"`);
    if (doc.realm === this.config.realmId) throw badRequest('That is this realm');
    // Requests are signed over the URL they are sent to, and the peer checks that against its own
    // REALM_URL: both must be the same string.
    if (doc.url.replace(/\/+$/, '') !== url) throw badRequest(`${url} says its URL is ${doc.url}: add it by that URL`);
    const current = doc.keys.find((k) => k.validUntil === null) ?? doc.keys[doc.keys.length - 1]!;
    publicKeyFromRaw(current.publicKey); // refuses a malformed key before pinning it
    // A known peer's URL and key are never replaced by adding again: whoever serves a document claiming
    // its id would take it over. Its key changes only by a rotation signed with the pinned key; moving
    // it means removing it first (an explicit, logged admin act).
    const existing = await this.repo.findPeer(doc.realm);
    if (existing) {
      const same = existing.url === url && existing.publicKey === current.publicKey;
      if (same && source === 'config') return toDto(existing);
      throw conflict(
        same
          ? `Realm ${doc.realm} is already a peer`
          : `Realm ${doc.realm} is already a peer at ${existing.url} with another key: remove it first to replace it`,
      );
    }
    const peer = await this.db.write((tx) => this.repo.upsertPeer(tx, { id: doc.realm, url, keyId: current.id, publicKey: current.publicKey, source }));
    this.remember(peer);
    this.onChanged();
    return toDto(peer);
  }

  async remove(id: string): Promise<void> {
    const removed = await this.db.write((tx) => this.repo.deletePeer(tx, id));
    if (!removed) throw notFound(`Unknown realm ${id}`);
    this.keyCache.delete(id);
    this.onChanged();
  }

  /** A peer announced its next key in a request signed with the pinned one. */
  async rotateKey(origin: string, keyId: string, publicKey: string): Promise<void> {
    publicKeyFromRaw(publicKey);
    const peer = await this.db.write((tx) => this.repo.updatePeerKey(tx, origin, keyId, publicKey));
    this.remember(peer);
    this.onChanged();
  }

  /** REALM_PEERS: added at start; an unreachable one is retried in the background until it answers. */
  /**
   * Adds the REALM_PEERS peers not added yet, retrying each until it answers (FEDERATION_RETRY_BASE_MS doubling
   * up to FEDERATION_RETRY_MAX_MS).
   * `onAdded` runs for each one added; `retryNow` skips the wait when the peer shows it is up.
   */
  bootstrap(onError: (peer: string, error: unknown) => void, onAdded: (peer: string) => void): void {
    for (const { id, url } of this.config.federation.peers) {
      if (this.keyCache.get(id)?.url === url) continue;
      let delay = 0;
      let running = false;
      const attempt = () => {
        const entry = this.pending.get(id);
        if (entry?.timer) clearTimeout(entry.timer);
        running = true;
        this.add(url, 'config', id).then(
          () => {
            this.pending.delete(id);
            if (!this.closed) onAdded(id);
          },
          (error: unknown) => {
            if (this.closed) return;
            onError(id, error);
            const { retryBaseMs, retryMaxMs } = this.config.federation;
            delay = Math.min(delay * 2 || retryBaseMs, retryMaxMs);
            running = false;
            schedule(delay);
          },
        );
      };
      const schedule = (ms: number) => {
        const timer = setTimeout(attempt, ms);
        timer.unref();
        const lastForced = this.pending.get(id)?.lastForced ?? 0;
        this.pending.set(id, { timer, lastForced, now: () => !running && attempt() });
      };
      schedule(0);
    }
  }

  /**
   * A configured peer not added yet just contacted us, so it is up: try adding it now instead of at
   * its next retry. At most once a second per peer, since anyone can claim an origin in a header.
   */
  retryNow(id: string): void {
    const entry = this.pending.get(id);
    if (!entry || Date.now() - entry.lastForced < 1000) return;
    entry.lastForced = Date.now();
    entry.now();
  }

  close(): void {
    this.closed = true;
    for (const entry of this.pending.values()) if (entry.timer) clearTimeout(entry.timer);
    this.pending.clear();
  }

  get ready(): boolean {
    return this.loaded;
  }

  private remember(p: PeerRecord): void {
    this.keyCache.set(p.id, { keyId: p.keyId, key: publicKeyFromRaw(p.publicKey), url: p.url });
  }
}
