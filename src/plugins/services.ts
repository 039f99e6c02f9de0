// Opens the database, builds the services and makes them `app.services`; closes both on shutdown,
// after in-flight requests have finished (onClose runs after the server stopped accepting).
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { Database } from '../db/database.js';
import type { PasswordParams } from '../features/users/password.js';
import { createServices, type Services } from '../services.js';

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
    });
    const services = createServices({ config, db, logger: app.log, ...(passwordParams ? { passwordParams } : {}) });
    app.decorate('services', services);
    await services.federation.start();
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
