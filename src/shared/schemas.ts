// zod pieces shared by the route schemas of several features.
import { z } from 'zod';
import { ErrorSchema } from '../plugins/errors.js';

export const limitQuery = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback).describe(`Page size, 1–${max}`);

export const seqCursor = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Standard error responses, for the OpenAPI document. */
export const errors = (...statuses: Array<400 | 401 | 403 | 404 | 409 | 413 | 415 | 416 | 422 | 429 | 503 | 507>) =>
  Object.fromEntries(statuses.map((s) => [s, ErrorSchema])) as Record<number, typeof ErrorSchema>;

export const NoContent = z.null().describe('No content');

/** A timestamp in responses: ISO 8601 in UTC, as Date.toISOString() writes it. */
export const isoDate = () => z.string().meta({ format: 'date-time', examples: ['2026-12-01T09:30:00.000Z'] });
