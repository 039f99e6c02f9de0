// The federation component of an app: this realm's keys and peers, the outbox and its delivery loops,
// and the inbound side. It is also the FederationPort the conversation services queue events through.
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Database, Tx } from '../db/database.js';
import type { Address } from '../shared/addresses.js';
import type { FederationPort, OutboundEvent } from '../features/conversations/federation-port.js';
import type { UserRef } from '../features/users/user-lookup.js';
import { Applier, type FederationServices } from './apply.js';
import { DeliveryService } from './delivery.js';
import { FederationClient } from './federation-client.js';
import { FederationRepository } from './federation.repository.js';
import { InboundJournal } from './inbound-journal.js';
import { InboundService } from './inbound.js';
import { RealmKeys } from './keys.js';
import { PeersService } from './peers.service.js';
import { RemoteUsers } from './remote-users.js';
import { MAX_CLOCK_SKEW_S } from './signatures.js';
import type { Redis } from 'ioredis';
import type { EventBus } from '../features/events/event-bus.js';
import { PostgresLeases } from './delivery-leases.js';

/** What the instances of one realm share (services.ts): the bus, and Redis when configured. */
export interface FederationCluster {
  bus: EventBus;
  redis: Redis | null;
  redisPrefix: string;
}

/** Nonces are kept twice the allowed clock skew: a request older than that fails the time check anyway. */
const NONCE_WINDOW_MS = 2 * MAX_CLOCK_SKEW_S * 1000;

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class Federation implements FederationPort {
  readonly realmId: string;
  readonly keys: RealmKeys;
  readonly repo: FederationRepository;
  readonly client: FederationClient;
  readonly peers: PeersService;
  readonly remoteUsers: RemoteUsers;
  readonly delivery: DeliveryService;
  readonly inbound: InboundService;
  readonly journal: InboundJournal;
  private pruneTimer: NodeJS.Timeout | null = null;
  /** Several instances: tells the others to reload the keys file. */
  private onKeysRotated: () => void = () => {};
  private listening = false;

  constructor(
    config: Config,
    private readonly db: Database,
    private readonly services: FederationServices,
    private readonly log: FastifyBaseLogger,
    cluster: FederationCluster,
  ) {
    this.realmId = config.realmId;
    this.keys = RealmKeys.load(config.dataDir);
    this.repo = new FederationRepository(db.read);
    this.client = new FederationClient(config, this.keys);
    this.peers = new PeersService(config, db, this.repo, this.client);
    this.remoteUsers = new RemoteUsers(db, services.usersRepo, services.lookup, this.peers, this.client);
    this.delivery = new DeliveryService(config, db, this.repo, this.client, this.peers, services.eventLog, log);
    const applier = new Applier({ config, db, services, repo: this.repo, remoteUsers: this.remoteUsers, peers: this.peers, client: this.client, log });
    const sharedNonces = cluster.redis ? { redis: cluster.redis, prefix: cluster.redisPrefix, windowMs: NONCE_WINDOW_MS } : null;
    this.journal = new InboundJournal(db, this.repo, log, sharedNonces);
    this.inbound = new InboundService(config.realmId, this.journal, applier);
    if (db.postgres) this.shareWithOtherInstances(db.postgres.dedicatedClient, cluster.bus);
  }

  /**
   * On PostgreSQL, other instances of this realm may run: each peer's delivery is driven by the one
   * holding its lease, wake-ups and peer changes travel over the bus.
   */
  private shareWithOtherInstances(dedicatedClient: (name: string) => import('pg').Client, bus: EventBus): void {
    const leases = new PostgresLeases(
      () => dedicatedClient(`realm-chat delivery leases pid ${process.pid}`),
      (lost) => this.delivery.leasesLost(lost),
    );
    this.delivery.shareWith(leases, (destination) => bus.publish({ kind: 'federation.wake', destinations: [destination] }));
    this.peers.onChanged = () => bus.publish({ kind: 'peers.changed' });
    bus.subscribe((message) => {
      if (message.kind === 'federation.wake') for (const d of message.destinations) this.delivery.wakeIfDriven(d);
      if (message.kind === 'peers.changed') {
        this.peers.load().catch((error: unknown) => this.log.error({ err: error }, 'could not reload peers'));
      }
      if (message.kind === 'keys.rotated') {
        try {
          this.keys.reload();
        } catch (error) {
          this.log.error({ err: error }, 'could not reload the realm keys');
        }
      }
    });
    this.onKeysRotated = () => bus.publish({ kind: 'keys.rotated' });
  }

  /** Loads peers, adds the configured ones, resumes delivery of what is queued. */
  async start(): Promise<void> {
    await this.peers.load();
    this.peers.bootstrap(
      (peer, error) => this.log.warn({ peer, error: errorMessage(error) }, 'could not add configured peer yet; retrying'),
      (peer) => {
        this.log.info({ peer }, 'configured peer added');
        if (this.listening) void this.greet(peer);
      },
    );
    await this.delivery.resume();
    await this.journal.load(new Date(Date.now() - NONCE_WINDOW_MS));
    let ticks = 0;
    this.pruneTimer = setInterval(() => {
      // Nonces only matter inside the signature time window; delivered events and stored answers are
      // kept a week for inspection and late retries, then dropped so the tables stay small.
      const windowStart = new Date(Date.now() - NONCE_WINDOW_MS);
      this.journal.prune(windowStart);
      const weekAgo = ticks++ % 60 === 0 ? new Date(Date.now() - 7 * 24 * 3600_000) : null;
      void this.db
        .write((tx) => this.repo.prune(tx, windowStart, weekAgo))
        .catch((error: unknown) => this.log.error({ err: error }, 'federation pruning failed'));
    }, 60_000);
    this.pruneTimer.unref();
  }

  /**
   * Tells every known peer this realm is up, so each delivers what it queued for us without waiting out
   * its backoff. Called once the server listens (a peer may answer by delivering at once).
   */
  async greetPeers(): Promise<void> {
    this.listening = true;
    await Promise.all((await this.repo.listPeers()).map((peer) => this.greet(peer.id)));
  }

  private async greet(id: string): Promise<void> {
    try {
      const peer = await this.repo.findPeer(id);
      if (peer) await this.client.request(peer, 'POST', '/federation/v1/hello', {});
    } catch (error) {
      this.log.debug({ peer: id, error: errorMessage(error) }, 'peer not reachable to greet');
    }
  }

  async close(): Promise<void> {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    this.peers.close();
    await this.journal.flush();
    await this.delivery.close();
  }

  /** New signing key; each peer is told in a request signed with the old one (which stays valid a week). */
  async rotateKey(): Promise<{ keyId: string; announced: string[]; failed: string[] }> {
    const { previous, next } = this.keys.rotate();
    const announced: string[] = [];
    const failed: string[] = [];
    for (const peer of await this.repo.listPeers()) {
      try {
        const res = await this.client.request(peer, 'POST', '/federation/v1/keys', { keyId: next.id, publicKey: next.publicKey }, { keyId: previous.id });
        (res.status === 200 ? announced : failed).push(peer.id);
      } catch {
        failed.push(peer.id);
      }
    }
    this.onKeysRotated();
    this.log.info({ keyId: next.id, announced, failed }, 'realm signing key rotated');
    return { keyId: next.id, announced, failed };
  }

  // FederationPort

  resolveUser(address: Address & { realm: string }): Promise<UserRef> {
    return this.remoteUsers.resolve(address);
  }

  /** Queues events in the caller's transaction; their destinations are woken once it commits. */
  async enqueue(tx: Tx, events: readonly OutboundEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.repo.enqueue(tx, events);
    const destinations = events.map((e) => e.destination);
    this.db.onCommit(tx, () => this.wake(destinations));
  }

  wake(destinations: Iterable<string>): void {
    for (const d of new Set(destinations)) this.delivery.wake(d);
  }

  hasPeers(): boolean {
    return this.peers.peerIds().length > 0;
  }

  async isPeer(realm: string): Promise<boolean> {
    return this.peers.isPeer(realm);
  }

  memberRealms(tx: Tx, conversationId: number): Promise<string[]> {
    return this.services.conversationsRepo.memberRealms(tx, conversationId);
  }
}
