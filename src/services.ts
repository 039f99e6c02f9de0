// Composition root for the services: repositories over one Database, the services over them. Every
// edge (REST, WebSocket, legacy TCP, federation) gets this same object.
import { PostgresSearchIndex } from './features/search/search-index.postgres.js';
import { SqliteSearchIndex } from './features/search/search-index.sqlite.js';
import { SearchIndexer } from './features/search/search-indexer.js';
import { SearchService } from './features/search/search.service.js';
import { SearchStateRepository } from './features/search/search-state.repository.js';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { ConversationAccess } from './features/conversations/conversation-access.js';
import { ConversationsRepository } from './features/conversations/conversations.repository.js';
import { ConversationsService } from './features/conversations/conversations.service.js';
import { GroupsService } from './features/conversations/groups.service.js';
import { MessageWriter } from './features/conversations/message-writer.js';
import { SqliteWorkerMessageStore } from './features/conversations/message-store.sqlite-worker.js';
import { SqliteInlineMessageStore } from './features/conversations/message-store.sqlite-inline.js';
import { PostgresMessageStore } from './features/conversations/message-append.postgres.js';
import { MessagesRepository } from './features/conversations/messages.repository.js';
import { MessagesService } from './features/conversations/messages.service.js';
import { ReactionsRepository } from './features/conversations/reactions.repository.js';
import { MessageCache } from './features/conversations/message-cache.js';
import { MentionResolver } from './features/conversations/mentions.js';
import { MentionsRepository } from './features/conversations/mentions.repository.js';
import { MentionsService } from './features/conversations/mentions.service.js';
import { ReactionsPinsService } from './features/conversations/reactions-pins.service.js';
import type { Redis, RedisOptions } from 'ioredis';
import { LocalEventBus, type EventBus } from './features/events/event-bus.js';
import type { FeedSource } from './features/events/ordered-feed.js';
import { RedisEventBus } from './features/events/redis-event-bus.js';
import { EventLog } from './features/events/event-log.js';
import { EventsRepository } from './features/events/events.repository.js';
import { FileStore } from './features/files/file-store.js';
import { FilesRepository } from './features/files/files.repository.js';
import { FilesService } from './features/files/files.service.js';
import { EventStream } from './features/events/event-stream.js';
import { MessageEventHydrator } from './features/conversations/message-events.js';
import { PasswordHasher, type PasswordParams } from './features/users/password.js';
import { Presence, type PresenceTracker } from './features/users/presence.js';
import { ClusterPresence } from './features/users/cluster-presence.js';
import { memoryCounters, redisCounters } from './shared/window-counter.js';
import { randomUUID } from 'node:crypto';
import { SessionService } from './features/users/sessions.service.js';
import { SessionsRepository } from './features/users/sessions.repository.js';
import { UserLookup } from './features/users/user-lookup.js';
import { UsersRepository } from './features/users/users.repository.js';
import { UsersService } from './features/users/users.service.js';
import { AdminService } from './features/users/admin.service.js';
import { AccountSessionsService } from './features/users/account-sessions.service.js';
import { AvatarsService } from './features/users/avatars.service.js';
import { RegistrationRepository } from './features/users/registration.repository.js';
import { RealtimeService } from './features/realtime/realtime.service.js';
import { Federation } from './federation/federation.js';
import { GroupFederation } from './features/conversations/group-federation.js';
import { ReplicasService } from './features/conversations/replicas.service.js';
import { createMetrics, type Metrics } from './shared/metrics.js';

export interface ServiceOptions {
  config: Config;
  db: Database;
  logger: FastifyBaseLogger;
  /** Tests lower the argon2 cost; production uses the OWASP parameters. */
  passwordParams?: PasswordParams;
  /** With Redis: the stream position at start; the live feed delivers what commits after it. */
  streamStart?: number;
  /** With Redis: the client class (loaded by the caller only when REDIS_URL is set). */
  RedisClient?: new (url: string, options: RedisOptions) => Redis;
}

/**
 * What instances of one realm share besides the database: nothing on a single instance; with
 * REDIS_URL, the event bus (wake-ups and unstored events), presence and the limit counters, over two
 * Redis connections (a subscriber cannot send commands).
 */
function createCluster(config: Config, logger: FastifyBaseLogger, source: FeedSource, streamStart: number, RedisClient: ServiceOptions['RedisClient']) {
  const onError = (error: unknown) => logger.error({ err: error }, 'event bus listener failed');
  const instanceId = randomUUID();
  if (!config.redis) {
    return {
      instanceId,
      bus: new LocalEventBus(onError) as EventBus,
      redis: null,
      presence: new Presence() as PresenceTracker,
      counters: memoryCounters,
      close: async () => {},
    };
  }
  if (!RedisClient) throw new Error('REDIS_URL is set but no Redis client was given');
  const connect = () => {
    const client = new RedisClient(config.redis!.url, { maxRetriesPerRequest: 1 });
    client.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
    return client;
  };
  const { prefix } = config.redis;
  const publisher = connect();
  const subscriber = connect();
  const onRedisError = (error: unknown) => logger.warn({ err: error }, 'redis command failed; using this instance’s own state');
  const bus = new RedisEventBus(publisher, subscriber, { prefix, source, startSeq: streamStart, onError });
  const presence = new ClusterPresence(publisher, prefix, instanceId, onRedisError);
  return {
    instanceId,
    bus: bus as EventBus,
    redis: publisher,
    presence: presence as PresenceTracker,
    counters: redisCounters(publisher, prefix, onRedisError),
    close: async () => {
      await presence.close();
      // disconnect, not quit: quit waits for a server that may be gone (and nothing queued matters here).
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}

export function createServices({ config, db, logger, passwordParams, streamStart = 0, RedisClient }: ServiceOptions) {
  const metrics: Metrics = createMetrics();
  // The feed reads through the event stream, built further down.
  let stream: EventStream | null = null;
  const cluster = createCluster(
    config,
    logger,
    { after: (seq, limit) => stream!.feed(seq, limit), lastSeq: () => stream!.currentSeq() },
    streamStart,
    RedisClient,
  );
  const { bus, presence } = cluster;
  db.onUncertainCommit(() => bus.resync());

  const usersRepo = new UsersRepository(db.read, db.reads);
  const sessionsRepo = new SessionsRepository(db.read, db.reads);
  const eventsRepo = new EventsRepository(db.read, db.reads);
  const searchIndex = db.postgres ? new PostgresSearchIndex(db.read) : new SqliteSearchIndex(db.read);
  // While SEARCH=off nothing is indexed (GET /search answers 503); switching it on rebuilds the index.
  const liveIndex = config.search ? searchIndex : null;
  const conversationsRepo = new ConversationsRepository(db.read, db.reads, db, liveIndex);
  const messagesRepo = new MessagesRepository(db.read, db.reads, liveIndex);
  const filesRepo = new FilesRepository(db.read, db.reads);

  const eventLog = new EventLog(db, eventsRepo, bus);
  // Memberships and groups changed on another instance: this one's send-path caches must not lag.
  bus.subscribe((message) => {
    if (message.kind === 'event' && /^(member|group)\./.test(message.event.type)) conversationsRepo.forgetMemberships();
  });
  const lookup = new UserLookup(usersRepo);
  if (config.redis) {
    lookup.onEvicted = (user) => bus.publish({ kind: 'users.changed', users: [user] });
    bus.subscribe((message) => {
      if (message.kind === 'users.changed') for (const user of message.users) lookup.forget(user);
    });
  }
  const sessions = new SessionService(db, sessionsRepo, bus, config.sessionTtlMs, (error) => logger.error({ err: error }, 'session upkeep failed'));
  const passwords = new PasswordHasher(passwordParams);
  const registrationRepo = new RegistrationRepository(db.read);
  const users = new UsersService(db, usersRepo, sessions, passwords, presence, lookup, config.rateLimits, config.federation.adminUsers, cluster.counters, {
    repo: registrationRepo,
    defaultMode: config.registration,
  });
  const admin = new AdminService(db, usersRepo, registrationRepo, sessions, passwords, config.federation.adminUsers, config.registration);
  const fileStore = new FileStore(config.dataDir);
  const files = new FilesService(db, filesRepo, fileStore, config);
  const access = new ConversationAccess(db, conversationsRepo, lookup);
  const avatars = new AvatarsService(db, usersRepo, new FileStore(config.dataDir, 'avatars'), fileStore, lookup);
  let federation: Federation | null = null;
  const messageStore = db.postgres
    ? new PostgresMessageStore(db.postgres.pool)
    : db.synchronous === 'NORMAL'
      ? new SqliteInlineMessageStore({ file: db.file })
      : new SqliteWorkerMessageStore({ file: db.file, synchronous: db.synchronous }, (error) =>
          logger.error({ err: error }, 'message append worker crashed; restarting it'),
        );
  const writer = new MessageWriter(
    db,
    messageStore,
    eventLog,
    (destinations) => federation?.wake(destinations),
    (size) => metrics.writeBatchSize.observe(size),
  );
  writer.indexSearch = config.search;
  const reactionsRepo = new ReactionsRepository(db.read, db.reads);
  const mentions = new MentionResolver(conversationsRepo, lookup, () => config.realmId);
  // Rendered messages, checked against their stamps on every read (no invalidation to miss).
  const messageCache = new MessageCache(messagesRepo, reactionsRepo);
  const messages = new MessagesService(
    access,
    conversationsRepo,
    messagesRepo,
    writer,
    eventLog,
    lookup,
    files,
    metrics,
    reactionsRepo,
    mentions,
    messageCache,
  );
  const mentionsFeed = new MentionsService(new MentionsRepository(db.reads), messages);
  const reactionsPins = new ReactionsPinsService(messages, messagesRepo, reactionsRepo, eventLog, access, lookup);
  const groups = new GroupsService(access, conversationsRepo, eventLog, lookup);
  const conversations = new ConversationsService(access, conversationsRepo, messagesRepo, eventLog, messageCache);
  const searchIndexer = new SearchIndexer(db, searchIndex, new SearchStateRepository(db.read), config.search, logger);
  const search = new SearchService(searchIndex, searchIndexer, config.search, access, messages, users, groups, lookup, () => config.realmId);
  const messageEvents = new MessageEventHydrator(messagesRepo, conversationsRepo, access);
  stream = new EventStream(eventsRepo, [(events) => messageEvents.hydrate(events)]);
  const realtime = new RealtimeService(bus, access, conversationsRepo, lookup, (error) => logger.error({ err: error }, 'presence broadcast failed'));
  presence.onChange((userId, online) => realtime.presenceChanged(userId, online));

  const services = {
    config,
    db,
    logger,
    metrics,
    bus,
    /** This instance (presence, leases) and, with REDIS_URL, the Redis connection for commands. */
    cluster: { instanceId: cluster.instanceId, redis: cluster.redis },
    eventLog,
    stream,
    realtime,
    presence,
    lookup,
    sessions,
    users,
    admin,
    accountSessions: new AccountSessionsService(db, sessions, users),
    avatars,
    access,
    messages,
    reactionsPins,
    mentions: mentionsFeed,
    search,
    searchIndexer,
    files,
    groups,
    conversations,
    // Repositories, for the federation applier (which reuses the services acting as remote users).
    usersRepo,
    conversationsRepo,
    messagesRepo,
    filesRepo,
    /** Realm identity, peers, outbox and delivery, inbound transactions. */
    get federation(): Federation {
      return federation!;
    },
    /** Finishes queued writes and deliveries; the caller closes the database afterwards. */
    async close(): Promise<void> {
      await federation?.close();
      await searchIndexer.stop();
      await writer.close();
      await sessions.close();
      await cluster.close();
    },
  };
  const replicas = new ReplicasService(eventLog, conversationsRepo, messagesRepo, mentions);
  federation = new Federation(
    config,
    db,
    { messages, groups, files, replicas, reactionsPins, eventLog, lookup, usersRepo, conversationsRepo, messagesRepo, filesRepo },
    logger,
    { bus, redis: cluster.redis, redisPrefix: config.redis?.prefix ?? '' },
  );
  access.federation = federation;
  // Another realm's user's avatar: fetched from that realm's public avatar address, signed as usual.
  avatars.peerFetch = async (realm, path, sink) =>
    (await federation!.client.request(await federation!.peers.get(realm), 'GET', path, undefined, { sink })).status;
  messages.federation = federation;
  reactionsPins.federation = federation;
  groups.federation = new GroupFederation(federation, lookup);
  return services;
}

export type Services = ReturnType<typeof createServices>;
