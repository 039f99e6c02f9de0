// Reading a multipart/form-data upload: exactly one file in the field `file`, plus the named text
// fields the route allows. The file streams straight to its consumer (FilesService.upload for
// uploads, the avatar store for avatars).
import type { Readable } from 'node:stream';
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, badRequest } from '../../shared/errors.js';
import type { AuthContext } from '../users/sessions.service.js';
import type { FileDto } from './files.mapper.js';
import type { FilesService } from './files.service.js';

export function receiveUpload(
  request: FastifyRequest,
  files: FilesService,
  actor: AuthContext,
  allowedFields: readonly string[] = [],
): Promise<{ file: FileDto; fields: Record<string, string> }> {
  return receiveFile(request, (part) => files.upload(actor, { name: part.filename, mimeType: part.mimetype, source: part.file }), allowedFields);
}

/** The one file of a multipart body, handed to `consume` as a stream, and the allowed text fields. */
export async function receiveFile<T>(
  request: FastifyRequest,
  consume: (part: { filename: string; mimetype: string; file: Readable }) => Promise<T>,
  allowedFields: readonly string[] = [],
): Promise<{ file: T; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Send multipart/form-data with the file in a field named "file"');
  }
  let file: T | undefined;
  const fields: Record<string, string> = {};
  try {
    await readParts();
  } catch (error) {
    throw asClientError(error);
  }
  if (file === undefined)
    throw new AppError('validation_failed', 'file: a file is required (multipart field "file")', {
      issues: [{ path: 'file', message: 'required' }],
    });
  return { file, fields };

  async function readParts(): Promise<void> {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') throw badRequest(`Unexpected file field "${part.fieldname}": use "file"`);
        if (file !== undefined) throw badRequest('One file per request');
        file = await consume(part);
      } else {
        if (!allowedFields.includes(part.fieldname)) {
          throw badRequest(`Unexpected field "${part.fieldname}"${allowedFields.length ? `: allowed are file, ${allowedFields.join(', ')}` : ''}`);
        }
        if (part.valueTruncated) throw new AppError('payload_too_large', `Field "${part.fieldname}" is too long`);
        fields[part.fieldname] = String(part.value);
      }
    }
  }
}

/**
 * A body that is not valid multipart (no or wrong boundary, garbage, a part cut short) is the client's
 * mistake: the parser's error becomes a 400. Our own failures (a coded error, or a file-system error
 * with an errno) and the plugin's limit errors (4xx status) pass through unchanged.
 */
function asClientError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Error)) return error;
  const e = error as Error & { statusCode?: number; errno?: number; syscall?: string };
  if (e.statusCode !== undefined || e.errno !== undefined || e.syscall !== undefined) return error;
  return badRequest(`Malformed multipart body: ${e.message}`);
}
