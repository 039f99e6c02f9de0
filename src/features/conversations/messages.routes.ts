// GET/PATCH/DELETE /api/v1/messages/{id}, its thread, reactions and pin.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actor } from '../../plugins/auth.js';
import { errors, limitQuery, seqCursor } from '../../shared/schemas.js';
import { EditBody, MessageParams, MessageSchema, ReactionSchema } from './conversations.schemas.js';
import { withMemos } from '../../shared/json-memo.js';

const tags = ['messages'];
const ReactionParams = z.strictObject({
  id: z.string().min(1).max(64),
  emoji: z.string().min(1).max(64).describe('One emoji, URL-encoded (👍 is %F0%9F%91%8D)'),
});
const ReactionsReply = z
  .object({ messageId: z.string(), reactions: z.array(ReactionSchema) })
  .meta({ examples: [{ messageId: '01JF0Q8W6D7R5TZ3K9X2M4N8PB', reactions: [{ emoji: '👍', count: 2, me: true }] }] });

export const messagesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { messages, reactionsPins } = app.services;

  app.get(
    '/messages/:id/thread',
    {
      schema: {
        tags,
        summary: 'A thread: its first message and the replies, oldest first (asked by any message of the thread)',
        params: MessageParams,
        querystring: z.strictObject({ after: seqCursor.default(0).describe('Replies with seq > after'), limit: limitQuery(200, 50) }),
        response: {
          200: z.object({
            root: MessageSchema,
            replies: z.array(MessageSchema),
            next: z.number().int().nullable().describe('Pass as after for the next page; null at the end'),
          }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => withMemos(await messages.thread(actor(request), request.params.id, request.query)),
  );

  app.put(
    '/messages/:id/reactions/:emoji',
    {
      schema: {
        tags,
        summary: 'React with an emoji (once per emoji; again is a no-op)',
        params: ReactionParams,
        response: { 200: ReactionsReply, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) => reactionsPins.react(actor(request), request.params.id, request.params.emoji),
  );

  app.delete(
    '/messages/:id/reactions/:emoji',
    {
      schema: { tags, summary: 'Take my reaction back', params: ReactionParams, response: { 200: ReactionsReply, ...errors(400, 401, 404) } },
    },
    async (request) => reactionsPins.unreact(actor(request), request.params.id, request.params.emoji),
  );

  app.put(
    '/messages/:id/pin',
    {
      schema: {
        tags,
        summary: 'Pin the message in its conversation (group owners/admins, either side of a DM)',
        params: MessageParams,
        response: { 200: MessageSchema, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => reactionsPins.setPinned(actor(request), request.params.id, true),
  );

  app.delete(
    '/messages/:id/pin',
    {
      schema: { tags, summary: 'Unpin the message', params: MessageParams, response: { 200: MessageSchema, ...errors(401, 403, 404, 409) } },
    },
    async (request) => reactionsPins.setPinned(actor(request), request.params.id, false),
  );

  app.get(
    '/messages/:id',
    {
      schema: { tags, summary: 'One message', params: MessageParams, response: { 200: MessageSchema, ...errors(401, 404) } },
    },
    async (request) => withMemos(await messages.get(actor(request), request.params.id)),
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
