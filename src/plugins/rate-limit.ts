// Request rate limits (@fastify/rate-limit) for the API: a general per-user (or per-IP) budget, and
// route-specific budgets set in route config (message sends). Credential-guessing limits (failed
// logins, registrations) live in UsersService so the legacy TCP edge shares them. With REDIS_URL the
// counts live in Redis, so every instance of the realm spends one budget; Redis failing lets requests
// through (skipOnError) rather than take the API down with it.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { rateLimited } from '../shared/errors.js';

/** The caller's user id when authenticated, else the client address. */
export function callerKey(request: FastifyRequest): string {
  return request.auth ? `u:${request.auth.userId}` : `ip:${request.ip}`;
}

export default fp<{ config: Config }>(
  async (app: FastifyInstance, { config }) => {
    await app.register(rateLimit, {
      global: true,
      max: config.rateLimits.requestsPerMinute,
      timeWindow: 60_000,
      // After authentication (onRequest), so limits follow the user rather than a shared NAT address.
      hook: 'preHandler',
      keyGenerator: callerKey,
      ...(app.services.cluster.redis ? { redis: app.services.cluster.redis, nameSpace: `${config.redis!.prefix}:rate:`, skipOnError: true } : {}),
      allowList: (request) => !request.url.startsWith('/api/'),
      errorResponseBuilder: (_request, context) => rateLimited(`Rate limit exceeded: retry in ${context.after}`, Math.max(1, Math.ceil(context.ttl / 1000))),
    });
  },
  { name: 'rate-limit', dependencies: ['auth', 'services'] },
);
