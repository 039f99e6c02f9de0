// Opens the database, builds the services and makes them `app.services`; closes both on shutdown,
// after in-flight requests have finished (onClose runs after the server stopped accepting).
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { Database } from '../db/database.js';
import type { PasswordParams } from '../features/users/password.js';
import { createServices, type Services } from '../services.js';
import { EventsRepository } from '../features/events/events.repository.js';

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export interface ServicesPluginOptions {
  config: Config;
  passwordParams?: PasswordParams | undefined;
}

export default fp<ServicesPluginOptions>(
  async (app, { config, passwordParams }) => {
    const db = await Database.open({
      url: config.databaseUrl,
      synchronous: config.sqliteSynchronous,
      onError: (message) => app.log.error({ error: message }, 'WAL checkpoint failed'),
      onDamaged: (message) => app.log.fatal(message),
      onConnectionError: (error) => app.log.warn({ err: error }, 'database connection lost; the pool opens a new one'),
    });
    // With Redis, this instance's live feed starts at the stream's position now (older events reach
    // sockets through resume, as on a single instance).
    const streamStart = config.redis ? await new EventsRepository(db.read, db.reads).lastSeq() : 0;
    // Loaded on demand: a single instance never loads the Redis client.
    const RedisClient = config.redis ? (await import('ioredis')).Redis : undefined;
    const services = createServices({
      config,
      db,
      logger: app.log,
      streamStart,
      ...(RedisClient ? { RedisClient } : {}),
      ...(passwordParams ? { passwordParams } : {}),
    });
    app.decorate('services', services);
    await services.federation.start();
    await services.searchIndexer.start();
    await services.avatars.start();
    app.addHook('onListen', () => {
      services.federation.greetPeers().catch((error: unknown) => app.log.warn({ err: error }, 'could not greet peers'));
    });
    app.addHook('onClose', async () => {
      await services.close();
      await db.close();
    });
  },
  { name: 'services' },
);
