// /healthz: the process is up. /readyz: the database (and Redis, when configured) answers — load
// balancers route on this one.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(
  async (app: FastifyInstance) => {
    app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
      const [database, bus] = await Promise.all([app.services.db.ping().catch(() => false), app.services.bus.healthy()]);
      const status = app.services.db.damaged ? 'database damaged' : !database ? 'database unavailable' : !bus ? 'redis unavailable' : 'ready';
      return reply.code(database && bus ? 200 : 503).send({ status });
    });
  },
  { name: 'health', dependencies: ['services'] },
);
