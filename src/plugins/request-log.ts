// One structured log line per request (Fastify's default is two). Never the query string's values
// or headers: tokens travel there. Every response carries the request's id (`x-request-id`, also in
// error bodies), the `reqId` of its log line: a user's report points an operator at the line.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** A proxy's or client's id is kept when it is safe to log and echo; otherwise a new one. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
}

export default fp(
  async (app: FastifyInstance) => {
    const infoEnabled = ['trace', 'debug', 'info'].includes(app.log.level);
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
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
