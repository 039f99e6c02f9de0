// POST/GET /api/v1/direct/{username}/messages, POST /api/v1/direct/{username}/files
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actor } from '../../plugins/auth.js';
import { errors } from '../../shared/schemas.js';
import { UploadWithTextBodyDoc } from '../files/files.schemas.js';
import { UsernameParams } from '../users/users.schemas.js';
import { HistoryQuery, HistorySchema, IdempotencyHeaders, MessageSchema, SendBody } from './conversations.schemas.js';
import { sendJson, sendUpload } from './send-handlers.js';
import { withMemos } from '../../shared/json-memo.js';

const tags = ['direct messages'];

export const directRoutes: FastifyPluginAsyncZod = async (app) => {
  const { messages, config } = app.services;
  const sendLimit = { max: config.rateLimits.sendsPerMinute, timeWindow: 60_000 };

  app.post(
    '/direct/:username/messages',
    {
      config: { rateLimit: sendLimit },
      schema: {
        tags,
        summary: 'Send a private message: text, a file (by id), or both; to yourself it is a note',
        params: UsernameParams,
        headers: IdempotencyHeaders,
        body: SendBody,
        response: { 201: MessageSchema, 200: MessageSchema, 202: MessageSchema, ...errors(400, 401, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const sent = await sendJson(request, request.body, { kind: 'dm', to: request.params.username });
      return reply.code(sent.status).send(sent.message);
    },
  );

  app.post(
    '/direct/:username/files',
    {
      config: { rateLimit: { max: config.rateLimits.uploadsPerMinute, timeWindow: 60_000 }, multipartBody: UploadWithTextBodyDoc },
      schema: {
        tags,
        summary: 'Upload a file and send it privately in one step (multipart: file, optional text)',
        params: UsernameParams,
        response: { 201: MessageSchema, 200: MessageSchema, 202: MessageSchema, ...errors(400, 401, 404, 409, 413, 415, 422, 429, 507) },
      },
    },
    async (request, reply) => {
      const sent = await sendUpload(request, { kind: 'dm', to: request.params.username });
      return reply.code(sent.status).send(sent.message);
    },
  );

  app.get(
    '/direct/:username/messages',
    {
      schema: {
        tags,
        summary: 'History of my DM with a user',
        params: UsernameParams,
        querystring: HistoryQuery,
        response: { 200: HistorySchema, ...errors(400, 401, 404) },
      },
    },
    async (request) => withMemos(await messages.history(actor(request), { kind: 'dm', to: request.params.username }, request.query)),
  );
};
