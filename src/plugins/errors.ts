// One error shape for every route: { "error": { "code", "message", "details"? } }.
// Client mistakes get a 4xx naming what was wrong; anything else is a 500 that hides internals.
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, isDatabaseDamaged, knownError, type ErrorCode } from '../shared/errors.js';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. validation_failed, not_found'),
      message: z.string(),
      // Validation is by the code that builds errors; the document describes the shapes it uses.
      details: z
        .unknown()
        .optional()
        .meta({
          type: 'object',
          description: 'More about the error: for validation_failed, issues naming each field',
          properties: {
            issues: {
              type: 'array',
              items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } }, required: ['path', 'message'] },
            },
          },
          additionalProperties: true,
        }),
      requestId: z.string().optional().describe('This request’s id (also the x-request-id header and the reqId of its log line)'),
    }),
  })
  .meta({
    id: 'Error',
    examples: [
      {
        error: {
          code: 'validation_failed',
          message: 'username: must be 1–32 characters of a-z, 0-9, "_", "." or "-"',
          details: { issues: [{ path: 'username', message: 'must be 1–32 characters of a-z, 0-9, "_", "." or "-"' }] },
          requestId: '3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b',
        },
      },
    ],
  });

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  406: 'bad_request',
  409: 'conflict',
  411: 'bad_request',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  416: 'range_not_satisfiable',
  429: 'rate_limited',
};

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
  // A limit of a service (failed logins, registrations, sends) refused this request: the general
  // budget's headers, set earlier by @fastify/rate-limit, must not say there is room left.
  if (error.code === 'rate_limited') {
    reply.header('x-ratelimit-remaining', '0');
    if (error.retryAfterSeconds !== undefined) reply.header('x-ratelimit-reset', String(error.retryAfterSeconds));
  }
  if (error.status === 401) reply.header('www-authenticate', 'Bearer');
  const body: { code: string; message: string; details?: unknown; requestId?: string } = { code: error.code, message: error.message };
  if (error.details !== undefined) body.details = error.details;
  body.requestId = reply.request.id;
  return reply
    .code(error.status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ error: body }));
}

function toAppError(error: FastifyError & { validationContext?: string }): AppError {
  // A row that vanished under the request (a message deleted while being edited): gone, not broken.
  // An unreachable database: 503 with Retry-After.
  const known = knownError(error);
  if (known) return known;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => {
      const path = [
        error.validationContext,
        ...String(v.instancePath ?? '')
          .split('/')
          .filter(Boolean),
      ]
        .filter(Boolean)
        .join('.');
      return { path, message: v.message ?? 'invalid' };
    });
    const summary = issues.map((i) => `${i.path || 'request'}: ${i.message}`).join('; ');
    return new AppError('validation_failed', summary, { issues });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500 && !isResponseSerializationError(error)) {
    const code = CODE_BY_STATUS[status] ?? 'bad_request';
    // Fastify's own messages (bad JSON, body too large, wrong content type) are safe and useful.
    const message = error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError ? `Malformed JSON body: ${error.message}` : error.message;
    return new AppError(code, message);
  }
  return new AppError('internal', 'Internal server error');
}

const CLIENT_ERRORS: Record<string, [number, string, ErrorCode, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'bad_request', 'Request headers are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'bad_request', 'The request did not arrive in time'],
};

/**
 * Node's HTTP parser rejected the connection's request before routing (headers too large, malformed
 * framing, too slow): answer in the documented shape, then close.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  const [status, reason, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'Bad Request', 'bad_request', 'Malformed HTTP request'];
  if (!socket.writable) return void socket.destroy();
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export default fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      // A read that found the file damaged: the database is marked (readiness fails, writes stop) and
      // the client is told the service is unavailable, which it is, rather than a bare 500.
      if (isDatabaseDamaged(error) && app.hasDecorator('services')) {
        app.services.db.markDamaged(error.message.trim().split('\n').at(-1) ?? 'damaged');
        request.log.error({ err: error }, 'request failed: the database is damaged');
        return sendError(reply, new AppError('unavailable', 'The database is damaged: an operator has to restore it'));
      }
      const appError = toAppError(error);
      if (appError.code === 'database_unavailable') request.log.warn({ err: error }, 'request failed: the database is unreachable');
      else if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.debug({ code: appError.code, msg: appError.message }, 'client error');
      return sendError(reply, appError);
    });
  },
  { name: 'errors' },
);
