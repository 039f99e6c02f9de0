// GET/PATCH/DELETE /api/v1/messages/{id}
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actor } from '../../plugins/auth.js';
import { errors } from '../../shared/schemas.js';
import { EditBody, MessageParams, MessageSchema } from './conversations.schemas.js';

const tags = ['messages'];

export const messagesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { messages } = app.services;

  app.get(
    '/messages/:id',
    {
      schema: { tags, summary: 'One message', params: MessageParams, response: { 200: MessageSchema, ...errors(401, 404) } },
    },
    async (request) => messages.get(actor(request), request.params.id),
  );

  app.patch(
    '/messages/:id',
    {
      schema: {
        tags,
        summary: 'Edit my message',
        params: MessageParams,
        body: EditBody,
        response: { 200: MessageSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => messages.edit(actor(request), request.params.id, request.body.text),
  );

  app.delete(
    '/messages/:id',
    {
      schema: {
        tags,
        summary: 'Delete a message (author, or group owner/admin); leaves a tombstone',
        params: MessageParams,
        response: { 200: MessageSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => messages.delete(actor(request), request.params.id),
  );
};
