// Prometheus metrics: per-route request counts and latencies, plus chat gauges read at scrape time.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(
  async (app: FastifyInstance) => {
    const { metrics, sessions, presence, db } = app.services;
    app.addHook('onResponse', async (request, reply) => {
      // The route pattern, not the URL: /api/v1/groups/:name keeps the label set bounded.
      const route = request.routeOptions.url ?? 'unmatched';
      metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
      metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    });
    app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
      metrics.activeSessions.set(await sessions.countActive());
      metrics.onlineUsers.set(presence.onlineUserIds().length);
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
