// GET /api/v1/ws — the event stream over WebSocket (protocol: docs/websocket.md).
// Authentication, in order of preference: `Authorization: Bearer` on the upgrade, the subprotocol
// `bearer.<token>`, or a first frame { "type": "auth", "token": … } within WS_AUTH_TIMEOUT_MS.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken } from '../../plugins/auth.js';
import { upgradeOriginAllowed } from '../../plugins/cors.js';
import { sendError } from '../../plugins/errors.js';
import { forbidden } from '../../shared/errors.js';
import type { AuthContext } from '../users/sessions.service.js';
import { Connection } from './connection.js';
import type { Hub } from './hub.js';
import { CLOSE } from './protocol.js';

export const SUBPROTOCOL = 'realm-chat.v1';

/** The bearer.<token> subprotocol, if the client offered one. */
function protocolToken(request: FastifyRequest): string | null {
  const offered = String(request.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim());
  const bearer = offered.find((p) => p.startsWith('bearer.'));
  return bearer ? bearer.slice('bearer.'.length) : null;
}

function sinceParam(request: FastifyRequest): number | undefined {
  const raw = (request.query as Record<string, unknown> | undefined)?.since;
  const since = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
  return since;
}

export function wsRoutes(hub: Hub): FastifyPluginAsync {
  return async (app) => {
    const { services } = app;
    // A browser page of another site may open the socket only if CORS_ORIGINS lets it (checked before
    // the upgrade, so the page sees a failed handshake).
    const preValidation = async (request: FastifyRequest, reply: FastifyReply) => {
      if (!upgradeOriginAllowed(services.config, request)) {
        return sendError(reply, forbidden(`Origin ${request.headers.origin} may not open this WebSocket (CORS_ORIGINS)`));
      }
    };
    app.get('/ws', { websocket: true, config: { public: true }, schema: { hide: true }, preValidation }, (socket, request) => {
      const connection = new Connection(socket, services, hub, {
        authTimeoutMs: services.config.websocket.authTimeoutMs,
        sendBufferLimit: services.config.websocket.sendBufferBytes,
      });
      const headerToken = bearerToken(request.headers.authorization);
      const subprotocolToken = protocolToken(request);
      if ((headerToken && !request.auth) || (!headerToken && subprotocolToken === '')) {
        return connection.close(CLOSE.unauthorized, 'invalid or expired token');
      }
      const pending: Promise<AuthContext | null> | null = request.auth
        ? Promise.resolve(request.auth)
        : subprotocolToken
          ? services.sessions.authenticate(subprotocolToken)
          : null;
      connection.start(pending, sinceParam(request));
    });
  };
}
