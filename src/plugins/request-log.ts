// One structured log line per request (Fastify's default is two). Never the query string's values
// or headers: tokens travel there.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(
  async (app: FastifyInstance) => {
    const infoEnabled = ['trace', 'debug', 'info'].includes(app.log.level);
    app.addHook('onResponse', async (request, reply) => {
      // Skip building the line when the level would drop it anyway (it runs on every request).
      if (!infoEnabled) return;
      request.log.info(
        {
          method: request.method,
          route: request.routeOptions.url ?? null,
          path: request.url.split('?')[0],
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
          user: request.auth?.handle,
          ip: request.ip,
        },
        'request',
      );
    });
  },
  { name: 'request-log' },
);
