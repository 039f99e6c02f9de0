// POST /api/v1/files, GET /api/v1/files/{id}, GET /api/v1/files/{id}/meta
import fs from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actor } from '../../plugins/auth.js';
import { sendError } from '../../plugins/errors.js';
import { AppError } from '../../shared/errors.js';
import { errors } from '../../shared/schemas.js';
import { contentDisposition, isInlineImage } from './file-names.js';
import { FileParams, FileSchema, UploadBodyDoc } from './files.schemas.js';
import { receiveUpload } from './multipart.js';
import { etagMatches, parseRange } from './range.js';
import { sendStream } from './send-stream.js';

const tags = ['files'];

export const filesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { files, config } = app.services;

  app.post(
    '/files',
    {
      config: { rateLimit: { max: config.rateLimits.uploadsPerMinute, timeWindow: 60_000 }, multipartBody: UploadBodyDoc },
      schema: {
        tags,
        summary: 'Upload a file (multipart/form-data, field "file"); send it with a message by its id',
        response: { 201: FileSchema, ...errors(400, 401, 413, 415, 429, 507) },
      },
    },
    async (request, reply) => {
      const { file } = await receiveUpload(request, files, actor(request));
      return reply.code(201).send(file);
    },
  );

  app.get(
    '/files/:id/meta',
    {
      schema: { tags, summary: 'A file’s metadata', params: FileParams, response: { 200: FileSchema, ...errors(401, 404) } },
    },
    async (request) => files.meta(actor(request), request.params.id),
  );

  app.get(
    '/files/:id',
    {
      schema: {
        tags,
        summary: 'Download a file (Range and If-None-Match supported)',
        params: FileParams,
        headers: z.looseObject({
          range: z.string().max(200).optional().describe('bytes=start-end: resume a download (206)'),
          'if-none-match': z.string().max(1000).optional().describe('The ETag (quoted sha256) you have: 304'),
        }),
        response: {
          200: z.string().meta({ format: 'binary' }).describe('The bytes'),
          206: z.string().meta({ format: 'binary' }).describe('The requested range'),
          304: z.null().describe('Not modified'),
          ...errors(401, 404, 416),
        },
      },
    },
    async (request, reply) => {
      const { file, path } = await files.open(actor(request), request.params.id);
      const etag = `"${file.sha256}"`;
      reply
        .header('etag', etag)
        .header('cache-control', 'private, no-cache')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('accept-ranges', 'bytes');
      if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send(null);

      // Everything but a short list of image types downloads as an attachment; with nosniff and the
      // sandbox CSP, even an HTML or SVG file opened directly cannot run script on this origin.
      const inline = isInlineImage(file.mimeType);
      reply.header('content-type', file.mimeType);
      reply.header('content-disposition', contentDisposition(file.name, inline));
      // If-Range: a range is only valid against the same version of the file.
      const ifRange = request.headers['if-range'];
      const range = ifRange && ifRange !== etag ? { kind: 'full' as const } : parseRange(request.headers.range, file.size);
      if (range.kind === 'unsatisfiable') {
        reply.header('content-range', `bytes */${file.size}`).removeHeader('content-disposition');
        return sendError(reply, new AppError('range_not_satisfiable', `The file has ${file.size} bytes`));
      }
      if (range.kind === 'partial') {
        reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${file.size}`);
        reply.header('content-length', String(range.end - range.start + 1));
        return sendStream(reply, fs.createReadStream(path, { start: range.start, end: range.end }));
      }
      reply.header('content-length', String(file.size));
      return sendStream(reply, fs.createReadStream(path));
    },
  );
};
