// /api/v1/me, /api/v1/me/password, /api/v1/users, /api/v1/users/{username}, /api/v1/presence
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actor } from '../../plugins/auth.js';
import { errors, limitQuery } from '../../shared/schemas.js';
import { ChangePasswordBody, MeSchema, UpdateMeBody, UserSchema, UsernameParams } from './users.schemas.js';

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users } = app.services;

  app.get(
    '/me',
    {
      schema: { tags: ['me'], summary: 'My profile', response: { 200: MeSchema, ...errors(401) } },
    },
    async (request) => users.me(actor(request)),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags: ['me'],
        summary: 'Change my display name or country',
        body: UpdateMeBody,
        response: { 200: MeSchema, ...errors(400, 401) },
      },
    },
    async (request) => users.updateMe(actor(request), request.body),
  );

  app.put(
    '/me/password',
    {
      config: { loginOnly: true },
      schema: {
        tags: ['me'],
        summary: 'Change my password; every other session is revoked',
        body: ChangePasswordBody,
        response: { 200: z.object({ revokedSessions: z.number().int() }), ...errors(400, 401, 403) },
      },
    },
    async (request) => users.changePassword(actor(request), request.body.currentPassword, request.body.newPassword),
  );

  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Directory of this realm’s users',
        querystring: z.strictObject({
          q: z.string().max(64).optional().describe('Matches username or display name'),
          after: z.string().max(64).optional().describe('Cursor: the last username of the previous page'),
          limit: limitQuery(200, 50),
        }),
        response: {
          200: z.object({ users: z.array(UserSchema), next: z.string().nullable().describe('Cursor for the next page') }),
          ...errors(400, 401),
        },
      },
    },
    async (request) => users.search(request.query.q, request.query.after, request.query.limit),
  );

  app.get(
    '/users/:username',
    {
      schema: {
        tags: ['users'],
        summary: 'A user’s profile',
        params: UsernameParams,
        response: { 200: UserSchema, ...errors(401, 404) },
      },
    },
    async (request) => users.profile(request.params.username),
  );

  app.get(
    '/presence',
    {
      schema: {
        tags: ['users'],
        summary: 'Users online now',
        response: { 200: z.object({ online: z.array(UserSchema) }), ...errors(401) },
      },
    },
    async () => ({ online: await users.online() }),
  );
};
