// /api/v1/admin/users…, /api/v1/admin/registration, /api/v1/admin/invites: account administration for
// administrators (a token needs the admin scope). The admin CLI does the same through AdminService.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actor } from '../../plugins/auth.js';
import { errors, isoDate, limitQuery } from '../../shared/schemas.js';
import { INVITE_TTL_MAX_HOURS } from './admin.service.js';
import { MeSchema } from './users.schemas.js';

const tags = ['admin'];
const AdminUser = MeSchema.extend({ disabled: z.boolean(), disabledAt: isoDate().nullable() }).meta({
  id: 'AdminUser',
  examples: [
    {
      username: 'bob',
      displayName: 'Bob Santoso',
      country: 'ID',
      realm: null,
      avatarUrl: null,
      createdAt: '2026-12-01T09:30:00.000Z',
      isAdmin: false,
      disabled: true,
      disabledAt: '2026-12-02T08:00:00.000Z',
    },
  ],
});
const Params = z.strictObject({ username: z.string().min(1).max(64) });
const RegistrationMode = z.enum(['open', 'invite', 'closed']);

export const adminUsersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users, admin } = app.services;
  app.addHook('preHandler', async (request) => users.requireAdmin(actor(request)));

  app.get(
    '/admin/users',
    {
      schema: {
        tags,
        summary: 'Accounts of this realm, disabled ones included',
        querystring: z.strictObject({
          q: z.string().max(64).optional().describe('Matches username or display name'),
          after: z.string().max(64).optional().describe('Cursor: the last username of the previous page'),
          limit: limitQuery(200, 50),
        }),
        response: { 200: z.object({ users: z.array(AdminUser), next: z.string().nullable() }), ...errors(400, 401, 403) },
      },
    },
    async (request) => admin.listUsers(request.query.q, request.query.after, request.query.limit),
  );

  app.get(
    '/admin/users/:username',
    { schema: { tags, summary: 'One account', params: Params, response: { 200: AdminUser, ...errors(401, 403, 404) } } },
    async (request) => admin.user(request.params.username),
  );

  app.post(
    '/admin/users/:username/disable',
    {
      schema: {
        tags,
        summary: 'Disable an account: it cannot log in, and its sessions and tokens end everywhere',
        params: Params,
        response: { 200: AdminUser, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => admin.disable(request.params.username, actor(request)),
  );

  app.post(
    '/admin/users/:username/enable',
    { schema: { tags, summary: 'Enable a disabled account', params: Params, response: { 200: AdminUser, ...errors(401, 403, 404) } } },
    async (request) => admin.enable(request.params.username),
  );

  app.post(
    '/admin/users/:username/reset-password',
    {
      schema: {
        tags,
        summary: 'Set a new password (generated when none is given, returned once); every session of the account ends',
        params: Params,
        body: z.strictObject({ password: z.string().min(8).max(256).optional() }).nullish(),
        response: { 200: z.object({ user: AdminUser, password: z.string(), revokedSessions: z.number().int() }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => admin.resetPassword(request.params.username, request.body?.password),
  );

  app.post(
    '/admin/users/:username/promote',
    { schema: { tags, summary: 'Make an account an administrator', params: Params, response: { 200: AdminUser, ...errors(401, 403, 404) } } },
    async (request) => admin.setAdmin(request.params.username, true),
  );

  app.post(
    '/admin/users/:username/demote',
    {
      schema: {
        tags,
        summary: 'Take administration away (never from the last administrator)',
        params: Params,
        response: { 200: AdminUser, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => admin.setAdmin(request.params.username, false),
  );

  app.get(
    '/admin/registration',
    { schema: { tags, summary: 'Who may register', response: { 200: z.object({ mode: RegistrationMode }), ...errors(401, 403) } } },
    async () => ({ mode: await admin.registrationMode() }),
  );

  app.put(
    '/admin/registration',
    {
      schema: {
        tags,
        summary: 'Open, restrict to invites, or close registration (takes precedence over REGISTRATION)',
        body: z.strictObject({ mode: RegistrationMode }),
        response: { 200: z.object({ mode: RegistrationMode }), ...errors(400, 401, 403) },
      },
    },
    async (request) => ({ mode: await admin.setRegistrationMode(request.body.mode) }),
  );

  app.post(
    '/admin/invites',
    {
      schema: {
        tags,
        summary: 'A one-use invite code for registration by invite; shown once',
        body: z.strictObject({ expiresInHours: z.number().int().min(1).max(INVITE_TTL_MAX_HOURS).optional().describe('Default 168 (a week)') }).nullish(),
        response: { 201: z.object({ code: z.string(), expiresAt: isoDate() }), ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await admin.createInvite(actor(request).userId, request.body?.expiresInHours)),
  );
};
