// What the generated OpenAPI document needs beyond the routes' zod schemas, so that linters (Redocly,
// Spectral), Postman and SDK generators take it as it is: stable operationIds, descriptions that say
// who may call, response descriptions and headers, examples for every JSON body, and none of the
// JSON Schema bookkeeping ($id, $schema) that breaks their sample generators. Pure functions over the
// document; plugins/openapi.ts applies them.

type Json = Record<string, unknown>;

/** One stable, readable id per operation, for generated clients (a route missing here fails the build). */
export const OPERATION_IDS: Record<string, string> = {
  'POST /api/v1/auth/register': 'register',
  'POST /api/v1/auth/login': 'login',
  'POST /api/v1/auth/logout': 'logout',
  'POST /api/v1/auth/logout-all': 'logoutAll',
  'GET /api/v1/me': 'getMe',
  'PATCH /api/v1/me': 'updateMe',
  'PUT /api/v1/me/password': 'changePassword',
  'GET /api/v1/users': 'listUsers',
  'GET /api/v1/users/{username}': 'getUser',
  'GET /api/v1/presence': 'listOnlineUsers',
  'GET /api/v1/me/sessions': 'listMySessions',
  'DELETE /api/v1/me/sessions/{id}': 'revokeMySession',
  'GET /api/v1/me/tokens': 'listMyTokens',
  'POST /api/v1/me/tokens': 'createToken',
  'DELETE /api/v1/me/tokens/{id}': 'revokeToken',
  'PUT /api/v1/me/avatar': 'setAvatar',
  'DELETE /api/v1/me/avatar': 'removeAvatar',
  'GET /api/v1/avatars/{sha256}': 'getAvatar',
  'POST /api/v1/direct/{username}/messages': 'sendDirectMessage',
  'GET /api/v1/direct/{username}/messages': 'getDirectHistory',
  'POST /api/v1/direct/{username}/files': 'sendDirectFile',
  'POST /api/v1/groups': 'createGroup',
  'GET /api/v1/groups': 'listGroups',
  'GET /api/v1/groups/{name}': 'getGroup',
  'PATCH /api/v1/groups/{name}': 'updateGroup',
  'DELETE /api/v1/groups/{name}': 'deleteGroup',
  'POST /api/v1/groups/{name}/join': 'joinGroup',
  'POST /api/v1/groups/{name}/leave': 'leaveGroup',
  'GET /api/v1/groups/{name}/members': 'listGroupMembers',
  'POST /api/v1/groups/{name}/members': 'addGroupMember',
  'DELETE /api/v1/groups/{name}/members/{username}': 'removeGroupMember',
  'PATCH /api/v1/groups/{name}/members/{username}': 'setGroupMemberRole',
  'POST /api/v1/groups/{name}/messages': 'sendGroupMessage',
  'GET /api/v1/groups/{name}/messages': 'getGroupHistory',
  'POST /api/v1/groups/{name}/files': 'sendGroupFile',
  'GET /api/v1/messages/{id}': 'getMessage',
  'PATCH /api/v1/messages/{id}': 'editMessage',
  'DELETE /api/v1/messages/{id}': 'deleteMessage',
  'GET /api/v1/messages/{id}/thread': 'getThread',
  'PUT /api/v1/messages/{id}/reactions/{emoji}': 'addReaction',
  'DELETE /api/v1/messages/{id}/reactions/{emoji}': 'removeReaction',
  'PUT /api/v1/messages/{id}/pin': 'pinMessage',
  'DELETE /api/v1/messages/{id}/pin': 'unpinMessage',
  'GET /api/v1/conversations/{id}/pins': 'listPins',
  'GET /api/v1/mentions': 'listMentions',
  'GET /api/v1/search': 'search',
  'GET /api/v1/conversations': 'listConversations',
  'POST /api/v1/conversations/{id}/read': 'markRead',
  'GET /api/v1/inbox': 'getInbox',
  'POST /api/v1/files': 'uploadFile',
  'GET /api/v1/files/{id}/meta': 'getFileMeta',
  'GET /api/v1/files/{id}': 'downloadFile',
  'GET /api/v1/admin/realms': 'listPeers',
  'POST /api/v1/admin/realms': 'addPeer',
  'DELETE /api/v1/admin/realms/{id}': 'removePeer',
  'GET /api/v1/admin/federation': 'getFederationStatus',
  'POST /api/v1/admin/realm/keys/rotate': 'rotateRealmKeys',
  'GET /api/v1/admin/users': 'adminListUsers',
  'GET /api/v1/admin/users/{username}': 'adminGetUser',
  'POST /api/v1/admin/users/{username}/disable': 'adminDisableUser',
  'POST /api/v1/admin/users/{username}/enable': 'adminEnableUser',
  'POST /api/v1/admin/users/{username}/reset-password': 'adminResetPassword',
  'POST /api/v1/admin/users/{username}/promote': 'adminPromoteUser',
  'POST /api/v1/admin/users/{username}/demote': 'adminDemoteUser',
  'GET /api/v1/admin/registration': 'getRegistrationMode',
  'PUT /api/v1/admin/registration': 'setRegistrationMode',
  'POST /api/v1/admin/invites': 'createInvite',
};

export const TAGS = [
  { name: 'auth', description: 'Accounts: register, log in, log out' },
  { name: 'me', description: 'My profile, password, sessions (devices) and personal access tokens' },
  { name: 'users', description: 'The directory of this realm’s users and who is online' },
  { name: 'direct messages', description: 'Direct messages with a user of this realm or of another (user@realm)' },
  { name: 'groups', description: 'Groups: create, browse, join, members and roles, messages' },
  { name: 'messages', description: 'One message: read, edit, delete, its thread, reactions and pin' },
  { name: 'conversations', description: 'My conversations, unread counts, read markers, the inbox' },
  { name: 'search', description: 'Full-text search of messages; users and groups by name' },
  { name: 'files', description: 'Uploads and downloads' },
  { name: 'admin', description: 'Realm administration: accounts, registration, peers, federation, keys' },
];

const STATUS_TEXT: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '204': 'Done; no content',
  '206': 'Partial content: the requested byte range',
  '304': 'Not modified: the copy you have (If-None-Match) is current',
  '400': 'Invalid input; for validation_failed, details.issues names each field',
  '401': 'No token, or an expired or revoked one: log in again',
  '403': 'Not allowed for this caller (role, scope, or a disabled or closed state)',
  '404': 'Not found, or not visible to this caller',
  '409': 'Conflicts with the current state',
  '413': 'Too large',
  '415': 'Unsupported media type',
  '416': 'Range not satisfiable',
  '422': 'This Idempotency-Key was used for a different request body',
  '429': 'Too many requests: wait Retry-After seconds',
  '503': 'Unavailable on this realm now (switched off, or the database refuses changes)',
  '507': 'Storage quota exceeded',
};

export const HEADERS: Json = {
  RequestId: {
    description: 'This request’s id, also in error bodies and the log',
    schema: { type: 'string' },
    example: '3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b',
  },
  RateLimitLimit: { description: 'Requests allowed in the current window', schema: { type: 'integer' }, example: 6000 },
  RateLimitRemaining: { description: 'Requests left in the current window', schema: { type: 'integer' }, example: 5999 },
  RateLimitReset: { description: 'Seconds until the window resets', schema: { type: 'integer' }, example: 60 },
  RetryAfter: { description: 'Seconds to wait before trying again', schema: { type: 'integer' }, example: 30 },
  ETag: {
    description: 'The file’s quoted SHA-256: send it as If-None-Match',
    schema: { type: 'string' },
    example: '"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',
  },
};

const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** Who may call, from the route's config: the sentence every operation description ends with. */
export function accessNote(method: string, url: string, config: { public?: boolean; loginOnly?: boolean } | undefined): string {
  if (config?.public) return 'No authentication needed.';
  if (config?.loginOnly) return 'Needs a login session: personal access tokens are refused.';
  const scope = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
  if (url.startsWith('/api/v1/admin/')) return `Administrators only; a personal access token needs the ${scope} and admin scopes.`;
  return `A personal access token needs the ${scope} scope.`;
}

/** Removes JSON Schema keywords that OpenAPI tools misread ($id, $schema). */
export function stripSchemaIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSchemaIds);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== '$id' && k !== '$schema')
      .map(([k, v]) => [k, stripSchemaIds(v)]),
  );
}

/**
 * An example value for a schema: its own example when it has one, else one built from its parts
 * (components' examples, enums, formats, bounds). Optional properties are included only when they
 * have an example of their own, so a generated request stays minimal.
 */
export function exampleFor(schema: unknown, components: Record<string, unknown>, depth = 0): unknown {
  if (!schema || typeof schema !== 'object' || depth > 12) return null;
  const s = schema as Json;
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if (typeof s.$ref === 'string') return exampleFor(components[s.$ref.replace('#/components/schemas/', '')], components, depth + 1);
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(s[key])) {
      const options = s[key] as Json[];
      return exampleFor(options.find((o) => o.type !== 'null') ?? options[0], components, depth + 1);
    }
  }
  if (Array.isArray(s.allOf)) return Object.assign({}, ...(s.allOf as Json[]).map((part) => exampleFor(part, components, depth + 1)));
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const required = new Set((s.required as string[] | undefined) ?? []);
      const out: Json = {};
      for (const [name, property] of Object.entries((s.properties as Json | undefined) ?? {})) {
        const p = property as Json;
        const own = p.example !== undefined || (Array.isArray(p.examples) && p.examples.length > 0);
        if (required.has(name) || own) out[name] = exampleFor(p, components, depth + 1);
      }
      return out;
    }
    case 'array':
      return s.items ? [exampleFor(s.items, components, depth + 1)] : [];
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? Math.max(s.minimum, 1) : typeof s.maximum === 'number' ? Math.min(s.maximum, 1) : 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'string': {
      if (s.format === 'date-time') return '2026-12-01T09:30:00.000Z';
      const min = typeof s.minLength === 'number' ? s.minLength : 0;
      const text = 'example';
      return text.length >= min ? text.slice(0, typeof s.maxLength === 'number' ? s.maxLength : undefined) : text.padEnd(min, 'x');
    }
    default:
      return null;
  }
}

const isNullSchema = (schema: unknown) => !!schema && typeof schema === 'object' && (schema as Json).type === 'null';
const isBinarySchema = (schema: unknown) => !!schema && typeof schema === 'object' && (schema as Json).format === 'binary';

/** Response descriptions, headers, bodiless 204/304, binary downloads, and examples for every body. */
export function polishOperation(path: string, operation: Json, components: Record<string, unknown>): void {
  const responses = (operation.responses ?? {}) as Record<string, Json>;
  const limited = path.startsWith('/api/');
  for (const [status, response] of Object.entries(responses)) {
    if (!response.description || response.description === 'Default Response') response.description = STATUS_TEXT[status] ?? 'Response';
    const headers: Json = { 'x-request-id': ref('RequestId'), ...((response.headers as Json | undefined) ?? {}) };
    if (limited && (status.startsWith('2') || status === '429')) {
      Object.assign(headers, {
        'x-ratelimit-limit': ref('RateLimitLimit'),
        'x-ratelimit-remaining': ref('RateLimitRemaining'),
        'x-ratelimit-reset': ref('RateLimitReset'),
      });
    }
    if (status === '429') headers['retry-after'] = ref('RetryAfter');
    response.headers = headers;
    const content = response.content as Record<string, Json> | undefined;
    if (!content) continue;
    const [mediaType, media] = Object.entries(content)[0] ?? [];
    if (!media) continue;
    if (isNullSchema(media.schema)) {
      delete response.content;
      continue;
    }
    if (isBinarySchema(media.schema)) {
      response.content = { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } };
      headers.etag = ref('ETag');
      continue;
    }
    if (mediaType === 'application/json' && media.example === undefined) media.example = exampleFor(media.schema, components);
  }
  const body = (operation.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  const json = body?.['application/json'];
  if (json && json.example === undefined) json.example = exampleFor(json.schema, components);
}

/** Query booleans arrive as "true"/"false": the document calls them booleans, as clients send them. */
export function polishParameters(operation: Json): void {
  for (const parameter of (operation.parameters as Json[] | undefined) ?? []) {
    const schema = parameter.schema as Json | undefined;
    if (parameter.in === 'query' && schema?.type === 'string' && JSON.stringify(schema.enum) === '["true","false"]') {
      parameter.schema = { type: 'boolean', ...(schema.default === undefined ? {} : { default: schema.default === 'true' }) };
    }
  }
}
