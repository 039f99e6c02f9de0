// POST/GET /api/v1/direct/{username}/messages
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actor } from '../../plugins/auth.js';
import { errors } from '../../shared/schemas.js';
import { UsernameParams } from '../users/users.schemas.js';
import { HistoryQuery, HistorySchema, IdempotencyHeaders, MessageSchema, SendBody } from './conversations.schemas.js';

const tags = ['direct messages'];

export const directRoutes: FastifyPluginAsyncZod = async (app) => {
  const { messages, config } = app.services;

  app.post('/direct/:username/messages', {
    config: { rateLimit: { max: config.rateLimits.sendsPerMinute, timeWindow: 60_000 } },
    schema: {
      tags,
      summary: 'Send a private message (to yourself: a note)',
      params: UsernameParams,
      headers: IdempotencyHeaders,
      body: SendBody,
      response: { 201: MessageSchema, 200: MessageSchema, ...errors(400, 401, 404, 409, 429) },
    },
  }, async (request, reply) => {
    const result = await messages.send(actor(request), { kind: 'dm', to: request.params.username }, {
      text: request.body.text,
      clientTxnId: request.headers['idempotency-key'],
    });
    return reply.code(result.created ? 201 : 200).send(result.message);
  });

  app.get('/direct/:username/messages', {
    schema: {
      tags,
      summary: 'History of my DM with a user',
      params: UsernameParams,
      querystring: HistoryQuery,
      response: { 200: HistorySchema, ...errors(400, 401, 404) },
    },
  }, async (request) => messages.history(actor(request), { kind: 'dm', to: request.params.username }, request.query));
};
