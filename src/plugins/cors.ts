// CORS for browser apps on other origins (CORS_ORIGINS). Unset: no CORS headers at all, so only pages
// of this realm's own origin can call it. A list: exactly those origins, with credentials; `*`: any
// origin, never with credentials. Preflights are cached by browsers for PREFLIGHT_MAX_AGE_S. The
// WebSocket upgrade is checked against the same list (plus this realm's own origin) when one is set:
// browsers send Origin on upgrades and CORS does not apply to them. Clients that send no Origin
// (programs, the legacy bridge) are not browsers and are not affected.
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

const PREFLIGHT_MAX_AGE_S = 600;

/** Headers a browser app may send, and those it may read from answers. */
const ALLOWED_HEADERS = ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'range'];
const EXPOSED_HEADERS = [
  'x-request-id',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'content-disposition',
  'content-range',
  'etag',
  'location',
];

/** Whether a WebSocket upgrade from this request's Origin is allowed (no Origin: not a browser). */
export function upgradeOriginAllowed(config: Config, request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin || config.corsOrigins === null || config.corsOrigins === '*') return true;
  return origin === new URL(config.realmUrl).origin || config.corsOrigins.includes(origin);
}

export default fp<{ config: Config }>(
  async (app: FastifyInstance, { config }) => {
    if (config.corsOrigins === null) return;
    const any = config.corsOrigins === '*';
    await app.register(cors, {
      origin: any ? '*' : config.corsOrigins,
      credentials: !any,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: PREFLIGHT_MAX_AGE_S,
      strictPreflight: true,
    });
  },
  { name: 'cors' },
);
