// GET /api/v1/conversations, POST /api/v1/conversations/{id}/read, GET /api/v1/conversations/{id}/pins, GET /api/v1/inbox
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actor } from '../../plugins/auth.js';
import { errors, isoDate, limitQuery } from '../../shared/schemas.js';
import { ConversationParams, ConversationSchema, InboxSchema, MessageSchema, ReadBody } from './conversations.schemas.js';
import { withMemos } from '../../shared/json-memo.js';

const tags = ['conversations'];

export const conversationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { conversations } = app.services;

  app.get(
    '/conversations',
    {
      schema: {
        tags,
        summary: 'My DMs and groups, most recent first, with unread counts',
        querystring: z.strictObject({ limit: limitQuery(500, 100) }),
        response: { 200: z.object({ conversations: z.array(ConversationSchema) }), ...errors(400, 401) },
      },
    },
    async (request) => withMemos({ conversations: await conversations.list(actor(request), request.query.limit) }),
  );

  app.post(
    '/conversations/:id/read',
    {
      schema: {
        tags,
        summary: 'Move my read marker forward (never backwards)',
        params: ConversationParams,
        body: ReadBody,
        response: { 200: z.object({ conversation: z.string(), lastReadSeq: z.number().int() }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => conversations.markRead(actor(request), request.params.id, request.body.upToSeq),
  );

  app.get(
    '/conversations/:id/pins',
    {
      schema: {
        tags,
        summary: 'The pinned messages of a conversation, most recently pinned first',
        params: ConversationParams,
        response: {
          200: z.object({ pins: z.array(z.object({ message: MessageSchema, pinnedBy: z.string().nullable(), pinnedAt: isoDate() })) }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => withMemos({ pins: await app.services.reactionsPins.pins(actor(request), request.params.id) }),
  );

  app.get(
    '/mentions',
    {
      schema: {
        tags,
        summary: 'Messages that mention me, newest first (from conversations I belong to)',
        querystring: z.strictObject({
          before: z.string().max(64).optional().describe('Cursor: the next value of the previous page'),
          limit: limitQuery(200, 50),
        }),
        response: { 200: z.object({ mentions: z.array(MessageSchema), next: z.string().nullable() }), ...errors(400, 401) },
      },
    },
    async (request) => withMemos(await app.services.mentions.recent(actor(request), request.query.before, request.query.limit)),
  );

  app.get(
    '/inbox',
    {
      schema: {
        tags,
        summary: 'My unread messages, grouped by conversation',
        querystring: z.strictObject({
          markRead: z.enum(['true', 'false']).default('false').describe('Also mark what is returned as read'),
        }),
        response: { 200: InboxSchema, ...errors(400, 401) },
      },
    },
    async (request) => withMemos({ conversations: await conversations.inbox(actor(request), request.query.markRead === 'true') }),
  );
};
