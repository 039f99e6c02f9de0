// /healthz: the process is up. /readyz: the database answers (load balancers route on this one).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(
  async (app: FastifyInstance) => {
    app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
      const ok = await app.services.db.ping().catch(() => false);
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ready' : 'database unavailable' });
    });
  },
  { name: 'health', dependencies: ['services'] },
);
