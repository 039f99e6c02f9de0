// Prometheus metrics: per-route request counts and latencies, plus chat gauges read at scrape time.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../shared/errors.js';
import { ipRange } from '../shared/ip-address.js';
import { sendError } from './errors.js';

/**
 * /metrics names peers, counts users and shows load: with METRICS_TOKEN it needs that bearer token;
 * without, it answers loopback clients only (a scraper on the same host or through a local proxy).
 */
function mayScrape(request: FastifyRequest, token: string | null, trustProxy: boolean): boolean {
  if (token) {
    const given = Buffer.from(request.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${token}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  const address = trustProxy ? request.ip : request.socket.remoteAddress;
  return !!address && ipRange(address) === 'loopback';
}

export default fp(
  async (app: FastifyInstance) => {
    const { metrics, sessions, presence, db } = app.services;
    app.addHook('onResponse', async (request, reply) => {
      // The route pattern, not the URL: /api/v1/groups/:name keeps the label set bounded.
      const route = request.routeOptions.url ?? 'unmatched';
      metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
      metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    });
    const { metricsToken, trustProxy } = app.services.config;
    app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
      if (!mayScrape(request, metricsToken, trustProxy)) {
        return sendError(
          reply,
          new AppError(
            metricsToken ? 'unauthorized' : 'forbidden',
            metricsToken
              ? 'GET /metrics needs the METRICS_TOKEN bearer token'
              : 'GET /metrics answers loopback clients only (set METRICS_TOKEN to scrape from elsewhere)',
          ),
        );
      }
      metrics.activeSessions.set(await sessions.countActive());
      metrics.onlineUsers.set((await presence.onlineUserIds()).length);
      metrics.pendingWrites.set(db.pendingWrites);
      const seconds = (iso: string | null) => (iso ? Date.parse(iso) / 1000 : 0);
      for (const s of await app.services.federation.delivery.status()) {
        const peer = { peer: s.peer };
        metrics.federationQueueDepth.set(peer, s.queueDepth);
        metrics.federationOldestPending.set(peer, s.oldestPendingAgeSeconds ?? 0);
        metrics.federationFailures.set(peer, s.failures);
        metrics.federationLastSuccess.set(peer, seconds(s.lastSuccessAt));
        metrics.federationNextAttempt.set(peer, seconds(s.nextAttemptAt));
        for (const state of ['idle', 'sending', 'backoff']) metrics.federationState.set({ ...peer, state }, s.state === state ? 1 : 0);
      }
      reply.type(metrics.registry.contentType);
      return metrics.registry.metrics();
    });
  },
  { name: 'metrics', dependencies: ['services'] },
);
