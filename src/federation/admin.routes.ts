// Admin API for federation: /api/v1/admin/realms (peers), /api/v1/admin/federation (delivery state),
// /api/v1/admin/realm/keys/rotate. Admins: the first registered user and ADMIN_USERS.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actor } from '../plugins/auth.js';
import { errors, isoDate, NoContent } from '../shared/schemas.js';

const tags = ['admin'];

const PeerSchema = z.object({ id: z.string(), url: z.string(), keyId: z.string(), source: z.string(), addedAt: isoDate() }).meta({
  id: 'Peer',
  examples: [
    { id: 'realm-b', url: 'https://chat.realm-b.example', keyId: 'ed25519:01JF0QC2D3E4F5G6H7J8K9M0N1', source: 'admin', addedAt: '2026-12-01T09:30:00.000Z' },
  ],
});

const PeerStatusSchema = z
  .object({
    peer: z.string(),
    url: z.string(),
    state: z.enum(['idle', 'sending', 'backoff']),
    queueDepth: z.number().int().describe('Events waiting for delivery'),
    oldestPendingAgeSeconds: z.number().nullable().describe('Age of the oldest undelivered event'),
    failures: z.number().int().describe('Consecutive failed attempts'),
    nextAttemptAt: isoDate().nullable(),
    lastSuccessAt: isoDate().nullable(),
    lastError: z.string().nullable(),
    lastErrorAt: isoDate().nullable(),
  })
  .meta({
    id: 'PeerStatus',
    examples: [
      {
        peer: 'realm-b',
        url: 'https://chat.realm-b.example',
        state: 'backoff',
        queueDepth: 3,
        oldestPendingAgeSeconds: 41.5,
        failures: 2,
        nextAttemptAt: '2026-12-01T09:31:00.000Z',
        lastSuccessAt: '2026-12-01T09:20:00.000Z',
        lastError: 'connect ECONNREFUSED',
        lastErrorAt: '2026-12-01T09:30:30.000Z',
      },
    ],
  });

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users, federation } = app.services;
  app.addHook('preHandler', async (request) => users.requireAdmin(actor(request)));

  app.get(
    '/admin/realms',
    {
      schema: { tags, summary: 'Peers of this realm', response: { 200: z.object({ realms: z.array(PeerSchema) }), ...errors(401, 403) } },
    },
    async () => ({ realms: await federation.peers.list() }),
  );

  app.post(
    '/admin/realms',
    {
      schema: {
        tags,
        summary: 'Add a peer: fetches its realm document, checks it, pins its key',
        body: z.strictObject({
          url: z.string().min(1).max(2000).describe('The peer’s REALM_URL'),
          id: z.string().max(63).optional().describe('Expected realm id'),
        }),
        response: { 201: PeerSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await federation.peers.add(request.body.url, 'admin', request.body.id)),
  );

  app.delete(
    '/admin/realms/:id',
    {
      schema: {
        tags,
        summary: 'Remove a peer (its undelivered events are dropped)',
        params: z.strictObject({ id: z.string().min(1).max(63) }),
        response: { 204: NoContent, ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await federation.peers.remove(request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/admin/federation',
    {
      schema: {
        tags,
        summary: 'Delivery state per peer: queue depth, oldest undelivered, last success/error, next attempt',
        response: { 200: z.object({ realm: z.string(), peers: z.array(PeerStatusSchema) }), ...errors(401, 403) },
      },
    },
    async () => ({ realm: federation.realmId, peers: await federation.delivery.status() }),
  );

  app.post(
    '/admin/realm/keys/rotate',
    {
      schema: {
        tags,
        summary: 'Rotate this realm’s signing key and announce the new one to every peer, signed with the old',
        response: { 200: z.object({ keyId: z.string(), announced: z.array(z.string()), failed: z.array(z.string()) }), ...errors(401, 403) },
      },
    },
    async () => federation.rotateKey(),
  );
};
