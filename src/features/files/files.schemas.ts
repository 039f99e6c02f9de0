// Schemas of the files API.
import { z } from 'zod';

export const FileSchema = z
  .object({
    id: z.string(),
    name: z.string().describe('Display name from the uploader (sanitized; never a server path)'),
    size: z.number().int().describe('Bytes'),
    mimeType: z.string(),
    sha256: z.string().describe('Hex SHA-256 of the bytes; also the download ETag'),
    createdAt: z.string(),
  })
  .meta({ id: 'File' });

export const FileParams = z.strictObject({ id: z.string().min(1).max(64) });

/**
 * For the OpenAPI document only: multipart bodies are streamed by the handlers, not validated by a
 * schema, so routes name their body shape in `config.multipartBody` and plugins/openapi.ts adds it.
 */
export const UploadBodyDoc = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: 'Exactly one file' } },
} as const;

export const UploadWithTextBodyDoc = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'string', format: 'binary', description: 'Exactly one file' },
    text: { type: 'string', description: 'Optional message text sent with the file' },
  },
} as const;
