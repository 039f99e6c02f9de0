// The only reader of process.env. Every setting has a laptop-friendly default; a bad value stops the
// server at start with a message naming the variable, instead of failing later in a request.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const MiB = 1024 * 1024;

/** web/dist beside src/ (or dist/, when running compiled code): the checkout's own client build. */
const defaultWebDir = fileURLToPath(new URL('../web/dist', import.meta.url));

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** Environment variables, their defaults and their meaning (the README's configuration table). */
export const envSchema = z.object({
  PORT: port.default(3000).describe('HTTP port (REST, WebSocket, federation)'),
  HOST: z.string().min(1).default('0.0.0.0').describe('HTTP bind address'),
  LEGACY_TCP_PORT: port.default(8889).describe('Legacy TCP protocol port; 0 turns the adapter off'),
  LEGACY_TCP_HOST: z.string().min(1).optional().describe('Legacy TCP bind address (default: HOST)'),
  LEGACY_IDLE_TIMEOUT_MS: positiveInt.default(10 * 60_000).describe('A legacy TCP connection that sends nothing this long gets an ERROR and is closed'),
  LEGACY_MAX_CONNECTIONS: positiveInt.default(10_000).describe('Open legacy TCP connections at most'),
  DATA_DIR: z.string().min(1).default('./data').describe('Directory for the database, files and keys'),
  SQLITE_SYNCHRONOUS: z
    .enum(['NORMAL', 'FULL'])
    .default('FULL')
    .describe('FULL: every commit is fsynced (survives power loss); NORMAL: committed to the WAL (survives a crash of the server, not of the machine)'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/, 'must be a SQLite URL like file:./data/chat.db or a PostgreSQL URL like postgres://user@host/db')
    .optional()
    .describe('SQLite database (default: file:<DATA_DIR>/chat.db), or PostgreSQL: postgres://user@host:5432/db'),
  REALM_ID: z
    .string()
    .regex(/^[a-z0-9-]{1,63}$/, 'must match [a-z0-9-]{1,63}')
    .default('local')
    .describe('This realm’s id in federated addresses (user@realm)'),
  REALM_URL: z.url().optional().describe('Public base URL of this realm (default http://localhost:<PORT>)'),
  REALM_PEERS: z
    .string()
    .regex(
      /^([a-z0-9-]{1,63}=https?:\/\/[^,=\s]+)(,[a-z0-9-]{1,63}=https?:\/\/[^,=\s]+)*$/,
      'must look like realm-b=http://host:3001,realm-c=https://c.example',
    )
    .optional()
    .describe('Peers to federate with at start: id=url,id=url'),
  ADMIN_USERS: z
    .string()
    .regex(/^[a-z0-9_.-]{1,32}(,[a-z0-9_.-]{1,32})*$/, 'must be a comma-separated list of usernames')
    .optional()
    .describe('Usernames that administer this realm (besides the first registered user)'),
  REGISTRATION: z
    .enum(['open', 'invite', 'closed'])
    .default('open')
    .describe(
      'Who may create an account: open (anyone), invite (with a code from an admin: POST /admin/invites or npm run admin -- create-invite), closed (admins create accounts). An admin’s later change (admin API or CLI) takes precedence',
    ),
  SEARCH: z
    .enum(['on', 'off'])
    .default('on')
    .describe(
      'Full-text search of messages (GET /search). off: new messages are not indexed and GET /search answers 503; switching back on rebuilds the index at the next start, in the background',
    ),
  FEDERATION_ALLOW_PRIVATE: bool.default(false).describe('Allow peers on loopback, private and link-local addresses (tests, one-host setups)'),
  FEDERATION_USER_PEERING: bool.default(false).describe('Let any user (not only admins) add peers with the legacy addrealm'),
  FEDERATION_RETRY_BASE_MS: positiveInt.default(1000).describe('First retry delay for a failing peer (exponential, full jitter)'),
  FEDERATION_RETRY_MAX_MS: positiveInt.default(300_000).describe('Longest retry delay for a failing peer (retries never stop)'),
  FEDERATION_TIMEOUT_MS: positiveInt.default(10_000).describe('Timeout of one request to a peer'),
  MAX_UPLOAD_BYTES: positiveInt
    .max(2 ** 31 - 1, 'must be below 2 GiB')
    .default(50 * MiB)
    .describe('Largest accepted file upload, in bytes'),
  STORAGE_QUOTA_BYTES: z.coerce.number().int().min(0).default(0).describe('Bytes of uploads each user may keep; 0 = no quota'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('pino log level'),
  LOG_FORMAT: z
    .enum(['auto', 'json', 'pretty'])
    .default('auto')
    .describe('json: one JSON object per line (for log collectors); pretty: coloured lines for people; auto: pretty when stdout is a terminal, json otherwise'),
  SESSION_TTL_DAYS: positiveInt.default(30).describe('Session lifetime, extended on use (sliding)'),
  TRUST_PROXY: bool.default(false).describe('Trust X-Forwarded-* headers (behind a reverse proxy)'),
  VALIDATE_RESPONSES: bool
    .default(false)
    .describe('Check every response against its OpenAPI schema before sending it (development and tests; costs time on every request)'),
  BODY_LIMIT_BYTES: positiveInt.default(256 * 1024).describe('Largest JSON request body'),
  RATE_LIMIT_AUTH_FAILURES: positiveInt
    .default(5)
    .describe(
      'Failed logins of one username from one address within a minute before that pair gets 429 for the rest of the minute; beyond 10 failures in 15 minutes a username or an address is slowed down (up to 2 s), never refused',
    ),
  RATE_LIMIT_REGISTER_PER_HOUR: positiveInt.default(20).describe('Registrations per IP per hour'),
  RATE_LIMIT_SENDS_PER_MINUTE: positiveInt.default(600).describe('Message sends per user per minute'),
  RATE_LIMIT_UPLOADS_PER_MINUTE: positiveInt.default(30).describe('File uploads per user per minute'),
  WS_PING_INTERVAL_MS: positiveInt.default(30_000).describe('WebSocket ping interval; a socket that misses two is closed'),
  WS_AUTH_TIMEOUT_MS: positiveInt.default(5000).describe('Time a WebSocket has to authenticate'),
  WS_MAX_PAYLOAD_BYTES: positiveInt.default(64 * 1024).describe('Largest WebSocket frame a client may send (1009 beyond)'),
  WS_SEND_BUFFER_BYTES: positiveInt.default(1024 * 1024).describe('Unsent bytes queued for a socket before the client is cut off as too slow'),
  WS_FRAMES_PER_SECOND: positiveInt.default(20).describe('Frames per second a user may send over WebSocket (bursts of 3 s)'),
  REQUEST_TIMEOUT_MS: positiveInt
    .default(120_000)
    .describe('A request whose headers and body have not all arrived after this long is answered 408 and closed (slow-body clients)'),
  MAX_CONNECTIONS_PER_IP: z.coerce
    .number()
    .int()
    .min(0)
    .default(256)
    .describe(
      'Open HTTP/WebSocket connections, and separately legacy TCP connections, per client address; 0 = no cap (not applied with TRUST_PROXY, where every connection comes from the proxy)',
    ),
  CORS_ORIGINS: z
    .string()
    .optional()
    .describe(
      'Browser origins allowed to call the API and open the WebSocket from another site: exact origins, comma-separated (https://app.example,http://localhost:5173), or * for any (then without credentials); default none (same origin only)',
    ),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be a Redis URL like redis://127.0.0.1:6379')
    .optional()
    .describe(
      'Redis for several instances on one PostgreSQL: live events, presence, rate limits, login throttling, federation nonces and cache invalidation shared between them (default: none, one instance)',
    ),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1-64 of A-Z a-z 0-9 : _ -')
    .optional()
    .describe('Prefix of this realm’s Redis keys and channels (default: realm-chat:<REALM_ID>)'),
  METRICS_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .optional()
    .describe('Bearer token required by GET /metrics; unset: /metrics answers only requests from loopback'),
  RATE_LIMIT_REQUESTS_PER_MINUTE: positiveInt.default(6000).describe('All other API requests per user (or IP) per minute'),
  WEB_DIR: z
    .string()
    .min(1)
    .optional()
    .describe('Directory of the built web client served at / (default: web/dist of this checkout, built by npm start); off serves none'),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  legacyTcpPort: number;
  legacyTcpHost: string;
  legacy: { idleTimeoutMs: number; maxConnections: number };
  dataDir: string;
  /** The built web client served at /, or null for none (WEB_DIR=off). */
  webDir: string | null;
  databaseUrl: string;
  sqliteSynchronous: 'NORMAL' | 'FULL';
  realmId: string;
  realmUrl: string;
  /** The registration mode until an admin sets one (stored in the database). */
  registration: 'open' | 'invite' | 'closed';
  /** SEARCH: whether messages are indexed and searchable. */
  search: boolean;
  /** CORS_ORIGINS: exact origins, '*' (any, without credentials), or none. */
  corsOrigins: string[] | '*' | null;
  federation: {
    peers: Array<{ id: string; url: string }>;
    adminUsers: string[];
    allowPrivate: boolean;
    userPeering: boolean;
    retryBaseMs: number;
    retryMaxMs: number;
    timeoutMs: number;
  };
  maxUploadBytes: number;
  /** 0 = no quota. */
  storageQuotaBytes: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  logFormat: z.infer<typeof envSchema>['LOG_FORMAT'];
  sessionTtlMs: number;
  trustProxy: boolean;
  validateResponses: boolean;
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  /** 0 = no cap. */
  maxConnectionsPerIp: number;
  /** null: /metrics for loopback clients only. */
  metricsToken: string | null;
  /** Several instances share events over Redis (with PostgreSQL). */
  redis: { url: string; prefix: string } | null;
  websocket: {
    pingIntervalMs: number;
    authTimeoutMs: number;
    maxPayloadBytes: number;
    sendBufferBytes: number;
    framesPerSecond: number;
  };
  rateLimits: {
    authFailures: number;
    authFailureWindowMs: number;
    registerPerHour: number;
    sendsPerMinute: number;
    uploadsPerMinute: number;
    requestsPerMinute: number;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses an environment (process.env in main, a plain object in tests) into a Config. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // Empty strings mean "not set": docker-compose and shells often pass VAR= for unset values.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = i.path.join('.');
      const given = cleaned[name];
      return `  ${name}=${given === undefined ? '(unset)' : JSON.stringify(given)}: ${i.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    legacyTcpPort: e.LEGACY_TCP_PORT,
    legacyTcpHost: e.LEGACY_TCP_HOST ?? e.HOST,
    legacy: { idleTimeoutMs: e.LEGACY_IDLE_TIMEOUT_MS, maxConnections: e.LEGACY_MAX_CONNECTIONS },
    dataDir,
    webDir: e.WEB_DIR === 'off' ? null : path.resolve(e.WEB_DIR ?? defaultWebDir),
    databaseUrl: e.DATABASE_URL ?? `file:${path.join(dataDir, 'chat.db')}`,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    realmId: e.REALM_ID,
    realmUrl: (e.REALM_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    registration: e.REGISTRATION,
    search: e.SEARCH === 'on',
    corsOrigins: parseCorsOrigins(e.CORS_ORIGINS),
    federation: {
      peers: (e.REALM_PEERS ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => {
          const [id, url] = pair.split('=') as [string, string];
          return { id, url: url.replace(/\/+$/, '') };
        }),
      adminUsers: (e.ADMIN_USERS ?? '').split(',').filter(Boolean),
      allowPrivate: e.FEDERATION_ALLOW_PRIVATE,
      userPeering: e.FEDERATION_USER_PEERING,
      retryBaseMs: e.FEDERATION_RETRY_BASE_MS,
      retryMaxMs: e.FEDERATION_RETRY_MAX_MS,
      timeoutMs: e.FEDERATION_TIMEOUT_MS,
    },
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    storageQuotaBytes: e.STORAGE_QUOTA_BYTES,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    sessionTtlMs: e.SESSION_TTL_DAYS * 24 * 3600 * 1000,
    trustProxy: e.TRUST_PROXY,
    validateResponses: e.VALIDATE_RESPONSES,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    maxConnectionsPerIp: e.TRUST_PROXY ? 0 : e.MAX_CONNECTIONS_PER_IP,
    metricsToken: e.METRICS_TOKEN ?? null,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_PREFIX ?? `realm-chat:${e.REALM_ID}` } : null,
    websocket: {
      pingIntervalMs: e.WS_PING_INTERVAL_MS,
      authTimeoutMs: e.WS_AUTH_TIMEOUT_MS,
      maxPayloadBytes: e.WS_MAX_PAYLOAD_BYTES,
      sendBufferBytes: e.WS_SEND_BUFFER_BYTES,
      framesPerSecond: e.WS_FRAMES_PER_SECOND,
    },
    rateLimits: {
      authFailures: e.RATE_LIMIT_AUTH_FAILURES,
      authFailureWindowMs: 60_000,
      registerPerHour: e.RATE_LIMIT_REGISTER_PER_HOUR,
      sendsPerMinute: e.RATE_LIMIT_SENDS_PER_MINUTE,
      uploadsPerMinute: e.RATE_LIMIT_UPLOADS_PER_MINUTE,
      requestsPerMinute: e.RATE_LIMIT_REQUESTS_PER_MINUTE,
    },
  };
}

/** Path of the SQLite file named by a `file:` URL. */
/** CORS_ORIGINS → exact origins (scheme://host[:port], as browsers send them), '*', or null. */
export function parseCorsOrigins(raw: string | undefined): string[] | '*' | null {
  const entries = (raw ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  if (entries.includes('*')) {
    if (entries.length > 1) throw new ConfigError('CORS_ORIGINS: * means any origin and cannot be combined with a list');
    return '*';
  }
  return entries.map((entry) => {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new ConfigError(`CORS_ORIGINS: ${entry} is not an origin like https://app.example`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
      throw new ConfigError(`CORS_ORIGINS: ${entry} is not an origin (scheme://host[:port], no path) like https://app.example`);
    }
    return url.origin;
  });
}

export function sqlitePath(databaseUrl: string): string {
  return path.resolve(databaseUrl.replace(/^file:/, ''));
}

/** The environment for a child process we start ourselves (the Prisma CLI): the basics plus extra. */
export function childEnv(extra: Record<string, string>): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SystemRoot'];
  const base = Object.fromEntries(keep.flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : [])));
  return { ...base, ...extra };
}
