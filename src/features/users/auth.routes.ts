// POST /api/v1/auth/{register,login,logout,logout-all}
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actor } from '../../plugins/auth.js';
import { errors, NoContent } from '../../shared/schemas.js';
import { LoginBody, RegisterBody, SessionSchema } from './users.schemas.js';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users } = app.services;

  app.post(
    '/auth/register',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Create an account and a session',
        security: [],
        body: RegisterBody,
        response: { 201: SessionSchema, ...errors(400, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const session = await users.register(request.body, { ip: request.ip, origin: 'api', userAgent: request.headers['user-agent'] });
      return reply.code(201).send(session);
    },
  );

  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Log in: returns a new session token',
        security: [],
        body: LoginBody,
        response: { 200: SessionSchema, ...errors(400, 401, 403, 429) },
      },
    },
    async (request) =>
      users.login(request.body.username, request.body.password, {
        ip: request.ip,
        origin: 'api',
        userAgent: request.headers['user-agent'],
      }),
  );

  app.post(
    '/auth/logout',
    {
      schema: { tags, summary: 'Revoke this session', response: { 204: NoContent, ...errors(401) } },
    },
    async (request, reply) => {
      await users.logout(actor(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/logout-all',
    {
      config: { loginOnly: true },
      schema: {
        tags,
        summary: 'Revoke every session of this account, this one included',
        response: { 200: z.object({ revokedSessions: z.number().int() }), ...errors(401, 403) },
      },
    },
    async (request) => ({ revokedSessions: await users.logoutAll(actor(request)) }),
  );
};
