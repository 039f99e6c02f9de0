// Bearer-token authentication for the API. Every route of a scope that adds `app.authenticate` as an
// onRequest hook requires a session unless its config says `public: true`; handlers read the caller
// with `actor(request)`. A personal access token is held to its scopes here, by method (read for GET,
// write otherwise; the admin scope is checked with the admin role in UsersService.requireAdmin), and
// cannot reach routes marked `loginOnly` (sessions, tokens, password: a leaked token must not mint
// more tokens or lock its owner out).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { scopeForMethod } from '../features/users/scopes.js';
import type { AuthContext } from '../features/users/sessions.service.js';
import { forbidden, unauthorized } from '../shared/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** No session needed (register, login, health, docs). */
    public?: boolean;
    /** A login session only: personal access tokens are refused. */
    loginOnly?: boolean;
  }
}

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}

/** The authenticated caller; only valid on routes that are not public. */
export function actor(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthorized();
  return request.auth;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook for API scopes: resolves the bearer token, rejects if the route needs it. */
    authenticate: (request: FastifyRequest) => Promise<void>;
  }
}

export default fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('auth', null);
    app.decorate('authenticate', async (request: FastifyRequest) => {
      const token = bearerToken(request.headers.authorization);
      if (token) {
        request.auth = await app.services.sessions.authenticate(token);
        if (request.auth) app.services.presence.touch(request.auth.userId);
      }
      if (request.routeOptions.config?.public) return;
      if (!request.auth) {
        throw unauthorized(token ? 'Session expired or revoked: log in again' : 'Authentication required: send Authorization: Bearer <token>');
      }
      if (request.auth.kind === 'token') {
        if (request.routeOptions.config?.loginOnly) throw forbidden('Personal access tokens cannot do this: use a login session');
        const needed = scopeForMethod(request.method);
        if (!request.auth.scopes.includes(needed)) throw forbidden(`This token lacks the ${needed} scope`);
      }
    });
  },
  { name: 'auth', dependencies: ['services'] },
);
