// OpenAPI document generated from the routes' zod schemas: served at /openapi.json, browsable at
// /docs, and checked in as openapi.yaml (npm run openapi; a test fails when the file is stale).
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** JSON Schema of a multipart body, for the OpenAPI document (the handler streams it). */
    multipartBody?: unknown;
  }
}

type Document = ReturnType<typeof jsonSchemaTransformObject>;

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
            'REST API of a Realm Chat server. Authenticate with `Authorization: Bearer <token>` from ' +
            '/api/v1/auth/register or /api/v1/auth/login. Errors always have the shape ' +
            '`{ "error": { "code", "message", "details"? } }`.',
        },
        components: {
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Session token' } },
        },
        security: [{ bearer: [] }],
      },
      transform: (input) => {
        const out = jsonSchemaTransform(input) as { schema: Record<string, unknown>; url: string };
        // Multipart routes stream their body; their documented shape comes from route config.
        const multipart = (input.route?.config as { multipartBody?: unknown } | undefined)?.multipartBody;
        if (multipart) out.schema = { ...out.schema, consumes: ['multipart/form-data'], body: multipart };
        return out;
      },
      transformObject: (input) => withoutUnusedSchemas(jsonSchemaTransformObject(input)),
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
    app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
