// GET /api/v1/search
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actor } from '../../plugins/auth.js';
import { errors } from '../../shared/schemas.js';
import { SearchQuerySchema, SearchResponseSchema } from './search.schemas.js';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Search the messages I can read (ranked, with snippets), and users and groups by name',
        querystring: SearchQuerySchema,
        response: { 200: SearchResponseSchema, ...errors(400, 401, 403, 404, 503) },
      },
    },
    async (request) => app.services.search.search(actor(request), request.query),
  );
};
