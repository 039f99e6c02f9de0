// Coded errors thrown by services; one handler (plugins/errors.ts) renders them as
// { "error": { "code", "message", "details"? } } with the status below. Edges other than HTTP
// (WebSocket, legacy TCP) map the same codes to their own replies.

export type ErrorCode =
  | 'validation_failed'
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'range_not_satisfiable'
  | 'idempotency_key_reused'
  | 'rate_limited'
  | 'quota_exceeded'
  | 'unavailable'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  range_not_satisfiable: 416,
  idempotency_key_reused: 422,
  rate_limited: 429,
  quota_exceeded: 507,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown; retryAfterSeconds?: number; reason?: string },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.status = STATUS[code];
    this.retryAfterSeconds = options?.retryAfterSeconds;
    this.reason = options?.reason;
  }

  readonly retryAfterSeconds: number | undefined;
  /** A finer, internal cause that an edge may map (the legacy protocol tells "no such user" apart). */
  readonly reason: string | undefined;
}

export const badRequest = (message: string, details?: unknown) => new AppError('bad_request', message, details);
export const invalid = (field: string, message: string) => new AppError('validation_failed', `${field}: ${message}`, { issues: [{ path: field, message }] });
export const unauthorized = (message = 'Authentication required') => new AppError('unauthorized', message);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const notFound = (message: string) => new AppError('not_found', message);
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, details);
export const rateLimited = (message: string, retryAfterSeconds: number) => new AppError('rate_limited', message, undefined, { retryAfterSeconds });

/** Prisma's "unique constraint failed" (P2002), without importing Prisma outside repositories. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2002';
}

/** Prisma's "record to update/delete not found" (P2025): the row vanished under the request. */
/**
 * PostgreSQL refuses text it cannot store (a NUL byte, SQLSTATE 22021): that is the client's input,
 * not our failure. SQLite stores it, so only the PostgreSQL driver raises this.
 */
export function isUnstorableText(e: unknown): boolean {
  type Cause = { originalCode?: unknown; code?: unknown };
  const error = e as { cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } } } | null;
  // Prisma wraps driver errors on some paths (meta.driverAdapterError) and rethrows them bare on others.
  const cause = error?.meta?.driverAdapterError?.cause ?? (error?.cause && typeof error.cause === 'object' ? error.cause : undefined);
  const code = cause?.originalCode ?? cause?.code;
  return code === '22021' || code === '22P05';
}

export function isRecordMissing(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2025';
}

/**
 * SQLite found the database file damaged (SQLITE_CORRUPT / SQLITE_NOTADB), whether raised by the driver
 * or wrapped by Prisma: the message is the one reliable mark on every path.
 */
export function isDatabaseDamaged(e: unknown): boolean {
  for (let error = e as { message?: unknown; cause?: unknown } | null, depth = 0; error && depth < 5; error = error.cause as typeof error, depth++) {
    if (typeof error.message === 'string' && /database disk image is malformed|file is not a database|SQLITE_CORRUPT|SQLITE_NOTADB/.test(error.message))
      return true;
  }
  return false;
}
