// OpenAPI document generated from the routes' zod schemas: served at /openapi.json, browsable at
// /docs, and checked in as openapi.yaml (npm run openapi; a test fails when the file is stale).
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { accessNote, HEADERS, OPERATION_IDS, polishOperation, polishParameters, stripSchemaIds, TAGS } from './openapi-polish.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** JSON Schema of a multipart body, for the OpenAPI document (the handler streams it). */
    multipartBody?: unknown;
  }
}

type Document = ReturnType<typeof jsonSchemaTransformObject>;
type Json = Record<string, unknown>;

/** The whole document, once the routes are in: see openapi-polish.ts. */
function polishDocument(document: Document): Document {
  const doc = stripSchemaIds(document) as Json & { paths?: Record<string, Record<string, Json>>; components?: Json };
  const schemas = ((doc.components?.schemas as Json | undefined) ?? {}) as Record<string, unknown>;
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const operation of Object.values(item)) {
      polishParameters(operation);
      polishOperation(path, operation, schemas);
    }
  }
  doc.components = { ...doc.components, headers: HEADERS };
  // Examples and headers are shared objects; as YAML they would become anchors and aliases, which
  // several OpenAPI tools refuse. A plain copy writes each one out.
  return JSON.parse(JSON.stringify(doc)) as Document;
}

/** zod registers an input and an output variant of each named schema; drop the ones no route uses. */
function withoutUnusedSchemas(document: Document): Document {
  const doc = document as { components?: { schemas?: Record<string, unknown> } };
  const schemas = doc.components?.schemas;
  if (!schemas) return document;
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === '$ref' && typeof v === 'string') used.add(v.replace('#/components/schemas/', ''));
        else visit(v);
      }
    }
  };
  visit({ ...document, components: { ...doc.components, schemas: {} } });
  // Schemas referenced only from other schemas count too.
  let size = -1;
  while (size !== used.size) {
    size = used.size;
    for (const name of [...used]) visit(schemas[name]);
  }
  doc.components!.schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return document;
}

export default fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Realm Chat API',
          version: '1.0.0',
          description:
            'REST API of a Realm Chat server. Authenticate with `Authorization: Bearer <token>`: a login ' +
            'session from /api/v1/auth/register or /api/v1/auth/login, or a personal access token from ' +
            '/api/v1/me/tokens (held to its scopes). Errors always have the shape ' +
            '`{ "error": { "code", "message", "details"?, "requestId" } }`. Every response carries ' +
            '`x-request-id`; API responses carry `x-ratelimit-*` headers, and a 429 `Retry-After`.',
          // A realm's own operators are its contact; no license is declared until the project picks one.
          contact: { name: 'The administrators of this realm' },
        },
        servers: [
          {
            url: '{realmUrl}',
            description: 'A realm: its REALM_URL',
            variables: { realmUrl: { default: 'http://localhost:3000', description: 'The realm’s REALM_URL (npm start: http://localhost:3000)' } },
          },
        ],
        tags: TAGS,
        components: {
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Session token' } },
        },
        security: [{ bearer: [] }],
      },
      transform: (input) => {
        const out = jsonSchemaTransform(input) as { schema: Record<string, unknown>; url: string };
        const method = String(input.route.method);
        const openapiPath = out.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
        if (!out.schema.hide) {
          const operationId = OPERATION_IDS[`${method} ${openapiPath}`];
          if (!operationId) throw new Error(`No operationId for ${method} ${openapiPath}: add one to OPERATION_IDS (plugins/openapi-polish.ts)`);
          const note = accessNote(method, openapiPath, input.route.config as { public?: boolean; loginOnly?: boolean } | undefined);
          const summary = String(out.schema.summary ?? '');
          out.schema = { ...out.schema, operationId, description: `${summary}${/[.!?]$/.test(summary) ? '' : '.'} ${note}` };
        }
        // Multipart routes stream their body; their documented shape comes from route config.
        const multipart = (input.route?.config as { multipartBody?: unknown } | undefined)?.multipartBody;
        if (multipart) out.schema = { ...out.schema, consumes: ['multipart/form-data'], body: multipart };
        return out;
      },
      transformObject: (input) => polishDocument(withoutUnusedSchemas(jsonSchemaTransformObject(input))),
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
    app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
