// Schemas of the files API.
import { z } from 'zod';
import { isoDate } from '../../shared/schemas.js';

export const FileSchema = z
  .object({
    id: z.string(),
    name: z.string().describe('Display name from the uploader (sanitized; never a server path)'),
    size: z.number().int().describe('Bytes'),
    mimeType: z.string(),
    sha256: z.string().describe('Hex SHA-256 of the bytes; also the download ETag'),
    createdAt: isoDate(),
  })
  .meta({
    id: 'File',
    examples: [
      {
        id: '01JF0Q9B2C3D4E5F6G7H8J9K0M',
        name: 'foto-rapat.jpg',
        size: 182044,
        mimeType: 'image/jpeg',
        sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
        createdAt: '2026-12-01T09:30:00.000Z',
      },
    ],
  });

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
    replyTo: { type: 'string', maxLength: 64, description: 'Optional: the id of the message this one answers' },
  },
} as const;
