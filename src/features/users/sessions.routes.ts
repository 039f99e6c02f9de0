// /api/v1/me/sessions (my logins, by device) and /api/v1/me/tokens (personal access tokens). Login
// sessions only: a token cannot list, mint or revoke credentials.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actor } from '../../plugins/auth.js';
import { errors, isoDate, NoContent } from '../../shared/schemas.js';
import { TOKEN_MAX_DAYS } from './account-sessions.service.js';
import { SCOPES } from './scopes.js';

const tags = ['me'];
const config = { loginOnly: true };
const IdParams = z.strictObject({ id: z.string().min(1).max(64) });

const SessionInfo = z
  .object({
    id: z.string(),
    current: z.boolean().describe('The session making this request'),
    origin: z.string().describe('api: REST/WebSocket login; legacy: TCP adapter'),
    userAgent: z.string().describe('User-Agent of the login request (empty for TCP)'),
    ip: z.string().describe('Address the login came from'),
    createdAt: isoDate(),
    lastUsedAt: isoDate().describe('Updated at most once a minute'),
    expiresAt: isoDate().describe('Extended on use'),
  })
  .meta({
    id: 'SessionInfo',
    examples: [
      {
        id: '01JF0QA1B2C3D4E5F6G7H8J9K0',
        current: true,
        origin: 'api',
        userAgent: 'Mozilla/5.0 (Android 15; Mobile)',
        ip: '203.0.113.7',
        createdAt: '2026-12-01T09:30:00.000Z',
        lastUsedAt: '2026-12-01T10:05:00.000Z',
        expiresAt: '2026-12-31T10:05:00.000Z',
      },
    ],
  });

const TokenInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.enum(SCOPES)),
    createdAt: isoDate(),
    lastUsedAt: isoDate(),
    expiresAt: isoDate().nullable().describe('null: never expires'),
  })
  .meta({
    id: 'TokenInfo',
    examples: [
      {
        id: '01JF0QB7C8D9E0F1G2H3J4K5M6',
        name: 'ci bot',
        scopes: ['read', 'write'],
        createdAt: '2026-12-01T09:30:00.000Z',
        lastUsedAt: '2026-12-01T09:30:00.000Z',
        expiresAt: '2027-03-01T09:30:00.000Z',
      },
    ],
  });

export const sessionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { accountSessions } = app.services;

  app.get(
    '/me/sessions',
    {
      config,
      schema: { tags, summary: 'My login sessions (devices)', response: { 200: z.object({ sessions: z.array(SessionInfo) }), ...errors(401, 403) } },
    },
    async (request) => ({ sessions: await accountSessions.listSessions(actor(request)) }),
  );

  app.delete(
    '/me/sessions/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Log out one of my sessions; its WebSocket and TCP connections close',
        params: IdParams,
        response: { 204: NoContent, ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await accountSessions.revokeSession(actor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me/tokens',
    {
      config,
      schema: {
        tags,
        summary: 'My personal access tokens (without their secrets)',
        response: { 200: z.object({ tokens: z.array(TokenInfo) }), ...errors(401, 403) },
      },
    },
    async (request) => ({ tokens: await accountSessions.listTokens(actor(request)) }),
  );

  app.post(
    '/me/tokens',
    {
      config,
      schema: {
        tags,
        summary: 'Create a personal access token for a bot or script: use it as Bearer; shown once',
        body: z.strictObject({
          name: z.string().min(1).max(64).describe('What it is for'),
          scopes: z
            .array(z.enum(SCOPES))
            .min(1)
            .max(3)
            .describe('read: GET and receiving events; write: sending and changing; admin: the admin API (admins only)'),
          expiresInDays: z.number().int().min(1).max(TOKEN_MAX_DAYS).optional().describe('Omitted: the token never expires'),
        }),
        response: { 201: TokenInfo.extend({ token: z.string().describe('The secret; shown only now') }), ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const created = await accountSessions.createToken(actor(request), request.body, { userAgent: request.headers['user-agent'], ip: request.ip });
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/me/tokens/:id',
    {
      config,
      schema: { tags, summary: 'Revoke a personal access token', params: IdParams, response: { 204: NoContent, ...errors(401, 403, 404) } },
    },
    async (request, reply) => {
      await accountSessions.revokeToken(actor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
