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
  | 'database_unavailable'
  | 'bad_peer_response'
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
  database_unavailable: 503,
  /** Another realm answered something this realm cannot accept: its mistake, not the client's nor ours. */
  bad_peer_response: 502,
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

/**
 * PostgreSQL refuses text it cannot store (a NUL byte, SQLSTATE 22021): that is the client's input,
 * not our failure. SQLite stores it, so only the PostgreSQL driver raises this.
 */
export function isUnstorableText(e: unknown): boolean {
  type Cause = { originalCode?: unknown; code?: unknown };
  const error = e as { cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } } } | null;
  // Prisma wraps driver errors on some paths (meta.driverAdapterError) and rethrows them bare on others.
  // The pg driver itself (the hot-path statements) raises it bare, with the SQLSTATE as its code.
  const cause =
    error?.meta?.driverAdapterError?.cause ?? (error?.cause && typeof error.cause === 'object' ? error.cause : ((error ?? undefined) as Cause | undefined));
  const code = cause?.originalCode ?? cause?.code;
  return code === '22021' || code === '22P05';
}

/** Prisma's "record to update/delete not found" (P2025): the row vanished under the request. */
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

/** How long a client is asked to wait before retrying while the database is unreachable. */
const DATABASE_RETRY_AFTER_SECONDS = 2;

export const databaseUnavailable = (cause?: unknown) =>
  new AppError('database_unavailable', 'The database cannot be reached right now; try again shortly', undefined, {
    cause,
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  });

/** SQLSTATEs of a connection that failed or was ended by the server (class 08, 57P01–57P03), and "too many connections". */
const LOST_SQLSTATES = /^(08...|57P0[123]|53300)$/;
const LOST_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** Prisma: can't reach the server (P1001), timed out (P1002, P1008), connection closed (P1017), pool timeout (P2024). */
const LOST_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** adapter-pg's names for the same (DriverAdapterError.cause.kind). */
const LOST_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** pg's own errors for a client whose connection is gone carry no code, only these messages. */
const LOST_MESSAGES =
  /Connection terminated|is not queryable|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection|Timed out fetching a new connection|Connection ended unexpectedly/i;

/**
 * The database (PostgreSQL) could not be reached or dropped the connection: a restart, a failover, a
 * terminated backend, a full pool. Not the client's fault and not a bug: every edge answers it as
 * "unavailable, retry" (HTTP 503 with Retry-After). Walks the causes, since Prisma and its adapter wrap
 * driver errors differently on different paths.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  type Node = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  const queue: unknown[] = [e];
  for (let i = 0; i < queue.length && i < 8; i++) {
    const error = queue[i] as Node | null;
    if (typeof error !== 'object' || error === null) continue;
    const code = typeof error.code === 'string' ? error.code : typeof error.originalCode === 'string' ? error.originalCode : '';
    if (LOST_SQLSTATES.test(code) || LOST_SOCKET_CODES.has(code) || LOST_PRISMA_CODES.has(code)) return true;
    if (typeof error.kind === 'string' && LOST_ADAPTER_KINDS.has(error.kind)) return true;
    if (typeof error.message === 'string' && LOST_MESSAGES.test(error.message)) return true;
    queue.push(error.cause, error.meta?.driverAdapterError);
  }
  return false;
}

/**
 * The coded error an edge answers for a failure that is not a bug of ours: an AppError as thrown, a
 * row that vanished, text the database cannot store, an unreachable database. Null: an internal error.
 */
export function knownError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isRecordMissing(error)) return new AppError('not_found', 'It no longer exists');
  if (isUnstorableText(error)) return new AppError('bad_request', 'The request contains characters that cannot be stored (such as NUL)');
  if (isDatabaseUnavailable(error)) return databaseUnavailable(error);
  return null;
}
