// buildApp(config) → a ready-to-listen Fastify instance. It never listens itself: main.ts does, and
// tests use inject() or listen on a random port.
import multipart from '@fastify/multipart';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { responseSerializer } from './plugins/response-serializer.js';
import type { Config } from './config.js';
import { authRoutes } from './features/users/auth.routes.js';
import { filesRoutes } from './features/files/files.routes.js';
import realtime from './features/realtime/realtime.plugin.js';
import { adminRoutes } from './federation/admin.routes.js';
import { federationRoutes } from './federation/federation.routes.js';
import legacy from './legacy/legacy.plugin.js';
import { wsRoutes } from './features/realtime/ws.routes.js';
import { usersRoutes } from './features/users/users.routes.js';
import { sessionsRoutes } from './features/users/sessions.routes.js';
import { avatarsRoutes } from './features/users/avatars.routes.js';
import { adminUsersRoutes } from './features/users/admin-users.routes.js';
import { conversationsRoutes } from './features/conversations/conversations.routes.js';
import { searchRoutes } from './features/search/search.routes.js';
import { directRoutes } from './features/conversations/direct.routes.js';
import { groupsRoutes } from './features/conversations/groups.routes.js';
import { messagesRoutes } from './features/conversations/messages.routes.js';
import type { PasswordParams } from './features/users/password.js';
import auth from './plugins/auth.js';
import connectionLimits from './plugins/connection-limits.js';
import cors from './plugins/cors.js';
import errors, { answerClientError, sendError } from './plugins/errors.js';
import health from './plugins/health.js';
import metrics from './plugins/metrics.js';
import openapi from './plugins/openapi.js';
import rateLimit from './plugins/rate-limit.js';
import requestLog, { requestId } from './plugins/request-log.js';
import services from './plugins/services.js';
import webClient from './plugins/web-client.js';
import { AppError, notFound } from './shared/errors.js';
import { redactSecrets } from './shared/redact.js';

export interface BuildOptions {
  config: Config;
  passwordParams?: PasswordParams;
  /** Where log lines go (default stdout); tests read them. */
  logStream?: { write(line: string): void };
}

/** People read a terminal; collectors read JSON (LOG_FORMAT=auto decides by stdout). */
export function prettyLogs(config: Pick<Config, 'logFormat'>, isTTY = process.stdout.isTTY === true): boolean {
  return config.logFormat === 'pretty' || (config.logFormat === 'auto' && isTTY);
}

/**
 * How often Node looks for requests past their timeout: a request is cut at most this long after
 * REQUEST_TIMEOUT_MS (the check walks the open connections: cheap at once a second).
 */
export function connectionsCheckingInterval(requestTimeoutMs: number): number {
  return Math.max(250, Math.min(1000, Math.floor(requestTimeoutMs / 4)));
}

export async function buildApp({ config, passwordParams, logStream }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Every secret-named key at any depth, whatever logged it (src/shared/redact.ts).
      formatters: { log: (object) => redactSecrets(object) },
      ...(logStream
        ? { stream: logStream }
        : prettyLogs(config)
          ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } }
          : {}),
    },
    // A client trickling its headers or body is cut off (408) instead of holding a connection forever.
    requestTimeout: config.requestTimeoutMs,
    // Node only enforces requestTimeout when headersTimeout is not longer; it checks every interval.
    http: {
      headersTimeout: Math.min(60_000, config.requestTimeoutMs),
      connectionsCheckingInterval: connectionsCheckingInterval(config.requestTimeoutMs),
    },
    // Errors the HTTP parser answers before Fastify sees a request (431 headers too large, 400 bad
    // framing, 408) in the documented error shape.
    clientErrorHandler: answerClientError,
    // Our own one-line-per-request log (plugins/request-log.ts) replaces Fastify's two lines.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    genReqId: requestId,
    bodyLimit: config.bodyLimitBytes,
    routerOptions: { maxParamLength: 500 },
    // Errors raised before routing (a malformed URL like /users/%ZZ) get the error shape too.
    frameworkErrors: (error, _request, reply) => {
      void sendError(reply, new AppError('bad_request', error.message));
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(config.validateResponses));

  await app.register(errors);
  await app.register(connectionLimits, { maxPerIp: config.maxConnectionsPerIp });
  await app.register(cors, { config });
  await app.register(services, { config, passwordParams });
  await app.register(requestLog);
  await app.register(metrics);
  await app.register(openapi);
  await app.register(auth);
  await app.register(rateLimit, { config });
  await app.register(health);
  await app.register(realtime);
  await app.register(legacy);
  await app.register(multipart, {
    // One file per request, streamed (never buffered); a few small text fields beside it.
    limits: { fileSize: config.maxUploadBytes, files: 1, fields: 5, fieldSize: 64 * 1024, parts: 8, headerPairs: 100 },
    throwFileSizeLimit: true,
  });

  await app.register(
    async (api) => {
      api.addHook('onRequest', api.authenticate);
      await api.register(authRoutes);
      await api.register(usersRoutes);
      await api.register(sessionsRoutes);
      await api.register(avatarsRoutes);
      await api.register(directRoutes);
      await api.register(groupsRoutes);
      await api.register(messagesRoutes);
      await api.register(conversationsRoutes);
      await api.register(searchRoutes);
      await api.register(filesRoutes);
      await api.register(wsRoutes(app.hub));
      await api.register(adminRoutes);
      await api.register(adminUsersRoutes);
    },
    { prefix: '/api/v1' },
  );

  await app.register(federationRoutes, { prefix: '/federation/v1' });
  await app.register(webClient, { dir: config.webDir });

  // Rate-limited: an attacker probing for valid URLs should not get unlimited answers.
  app.setNotFoundHandler({ preHandler: app.rateLimit({ max: 120, timeWindow: 60_000, allowList: () => false }) }, (request, reply) =>
    sendError(reply, notFound(`No route ${request.method} ${request.url.split('?')[0]}`)),
  );

  return app;
}
