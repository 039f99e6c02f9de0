// OpenAPI document generated from the routes' zod schemas: served at /openapi.json, browsable at
// /docs, and checked in as openapi.yaml (npm run openapi; a test fails when the file is stale).
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export default fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
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
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
    app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
