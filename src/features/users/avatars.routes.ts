// PUT/DELETE /api/v1/me/avatar, GET /api/v1/avatars/{sha256} (no authentication: an <img> cannot send
// a bearer token, and the address is the image's hash, known only to those shown the avatar).
import fs from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actor } from '../../plugins/auth.js';
import { errors } from '../../shared/schemas.js';
import { receiveFile } from '../files/multipart.js';
import { sendStream } from '../files/send-stream.js';
import { AVATAR_MAX_BYTES } from './avatars.service.js';
import { MeSchema } from './users.schemas.js';

const AvatarBodyDoc = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: `A PNG, JPEG, GIF or WebP image, at most ${AVATAR_MAX_BYTES} bytes` } },
} as const;

export const avatarsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { avatars, config } = app.services;

  app.put(
    '/me/avatar',
    {
      config: { rateLimit: { max: config.rateLimits.uploadsPerMinute, timeWindow: 60_000 }, multipartBody: AvatarBodyDoc },
      schema: {
        tags: ['me'],
        summary: 'Set my avatar (multipart/form-data, field "file"): an image, known by its bytes',
        response: { 200: MeSchema, ...errors(400, 401, 403, 413, 415, 429) },
      },
    },
    async (request) => (await receiveFile(request, (part) => avatars.set(actor(request), part.file))).file,
  );

  app.delete('/me/avatar', { schema: { tags: ['me'], summary: 'Remove my avatar', response: { 200: MeSchema, ...errors(401, 403) } } }, async (request) =>
    avatars.remove(actor(request)),
  );

  app.get(
    '/avatars/:sha256',
    {
      config: { public: true },
      schema: {
        tags: ['users'],
        summary: 'An avatar image (its address is its SHA-256: cached for good)',
        security: [],
        params: z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
        response: { 200: z.string().meta({ format: 'binary' }).describe('The image'), 304: z.null().describe('Not modified'), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const { path, type } = await avatars.open(request.params.sha256);
      const etag = `"${request.params.sha256}"`;
      reply
        .header('etag', etag)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'");
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
      return sendStream(reply.type(type), fs.createReadStream(path));
    },
  );
};
