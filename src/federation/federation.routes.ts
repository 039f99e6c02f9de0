// The server-to-server API under /federation/v1 (protocol: docs/federation-protocol.md). Everything
// but the realm document requires a request signed by a known peer; a bad one gets 401 and nothing is
// applied. Inbound requests are rate-limited per origin, and any of them wakes delivery to that peer.
import fs from 'node:fs';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendError } from '../plugins/errors.js';
import { AppError, notFound, rateLimited, unauthorized } from '../shared/errors.js';
import { WindowLimiter } from '../shared/window-limiter.js';
import { publicKeyFromRaw } from './keys.js';
import { SignatureError, verifyRequest } from './signatures.js';

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: Buffer;
    /** The verified origin realm of a signed federation request. */
    peer?: string;
  }
}

const TXN_BODY_LIMIT = 16 * 1024 * 1024;
/** Failed signature checks allowed per claimed origin, and per client address, in a minute. */
export const SIGNATURE_FAILURES_PER_MINUTE = 30;

export const federationRoutes: FastifyPluginAsync = async (app) => {
  const { services } = app;
  const { config } = services;
  const federation = services.federation;

  // The signature covers the exact bytes: keep them, then parse.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: TXN_BODY_LIMIT }, (request, body, done) => {
    const raw = body as Buffer;
    request.rawBody = raw;
    if (raw.length === 0) return done(null, undefined);
    try {
      done(null, JSON.parse(raw.toString('utf8')));
    } catch {
      done(new AppError('bad_request', 'Malformed JSON body'), undefined);
    }
  });

  // Failed signature checks are counted per claimed origin and per address: a forger (or a peer with
  // a stale key) is slowed to a few attempts a minute instead of making us verify without end.
  const failures = {
    byOrigin: new WindowLimiter(SIGNATURE_FAILURES_PER_MINUTE, 60_000, 10_000),
    byIp: new WindowLimiter(SIGNATURE_FAILURES_PER_MINUTE, 60_000, 10_000),
  };

  const verify = async (request: FastifyRequest) => {
    const claimed = typeof request.headers['realm-origin'] === 'string' ? request.headers['realm-origin'].slice(0, 64) : '';
    const wait = Math.max(failures.byOrigin.retryAfter(claimed), failures.byIp.retryAfter(request.ip));
    if (wait > 0) {
      if (claimed) federation.peers.retryNow(claimed);
      throw rateLimited('Too many requests that failed the signature check', wait);
    }
    try {
      const verified = verifyRequest({
        method: request.method,
        targetUri: `${config.realmUrl}${request.url}`,
        headers: request.headers,
        body: request.rawBody ?? Buffer.alloc(0),
        self: config.realmId,
        keyFor: (origin, keyId) => federation.peers.keyFor(origin, keyId),
      });
      if (!(await federation.journal.claimNonce(verified.origin, verified.nonce))) throw new SignatureError('nonce already used (replay)');
      request.peer = verified.origin;
    } catch (error) {
      if (error instanceof SignatureError) {
        failures.byOrigin.record(claimed);
        failures.byIp.record(request.ip);
        if (claimed) federation.peers.retryNow(claimed);
        request.log.warn({ origin: request.headers['realm-origin'], reason: error.message }, 'refused federation request');
        throw unauthorized(`Signature check failed: ${error.message}`);
      }
      throw error;
    }
    // Traffic from a peer means it is up: deliver what we owe it now, failure history kept.
    federation.delivery.wake(request.peer);
  };

  const perOrigin = {
    rateLimit: {
      // A peer keeps one transaction in flight, so even at full speed it stays well below this.
      max: 60_000,
      timeWindow: 60_000,
      allowList: () => false,
      keyGenerator: (request: FastifyRequest) => `realm:${String(request.headers['realm-origin'] ?? request.ip)}`,
    },
  };

  // GET /federation/v1/realm — who this realm is, and its keys (public, unsigned).
  app.get('/realm', { config: { public: true }, schema: { hide: true } }, async () => ({
    realm: config.realmId,
    url: config.realmUrl,
    keys: federation.keys.published(),
    software: { name: 'realm-chat', version: '1.0.0', protocol: 'realm-federation/1' },
  }));

  // PUT /federation/v1/send/{txnId} — a transaction of ≤ 50 events from a peer.
  app.put<{ Params: { txnId: string } }>('/send/:txnId', { preHandler: verify, config: perOrigin, schema: { hide: true } }, async (request) => {
    const started = performance.now();
    const answer = await federation.inbound.receive(request.peer!, request.params.txnId, request.body);
    request.log.debug(
      { origin: request.peer, txnId: request.params.txnId, events: answer.results.length, applyMs: Math.round((performance.now() - started) * 100) / 100 },
      'transaction received',
    );
    return answer;
  });

  // GET /federation/v1/users/{name} — does this user exist here (so a peer can refuse a send at once)?
  app.get<{ Params: { name: string } }>('/users/:name', { preHandler: verify, config: perOrigin, schema: { hide: true } }, async (request) => {
    const user = await services.lookup.byHandle(request.params.name.toLowerCase());
    if (!user || user.realm !== null) throw notFound(`No user named ${request.params.name}`);
    const profile = await services.usersRepo.findById(user.id);
    // The avatar's address: the asking realm fetches the image from our public /api/v1/avatars/{sha256}.
    return {
      username: user.handle,
      displayName: user.displayName,
      country: profile?.country ?? '',
      avatarSha256: profile?.avatarSha256 ?? null,
      avatarType: profile?.avatarType ?? null,
    };
  });

  // GET /federation/v1/files/{id} — the bytes of a file this realm sent to the asking realm.
  app.get<{ Params: { id: string } }>('/files/:id', { preHandler: verify, config: perOrigin, schema: { hide: true } }, async (request, reply) => {
    const found = await services.files.sharedWithRealm(request.params.id, request.peer!, (id) => federation.repo.fileSentTo(request.peer!, id));
    if (!found) return sendError(reply, notFound('No such file'));
    reply.header('content-type', 'application/octet-stream').header('content-length', String(found.file.size)).header('etag', `"${found.file.sha256}"`);
    return reply.send(fs.createReadStream(found.path));
  });

  // POST /federation/v1/hello — a peer (re)started: the verify step above wakes delivery to it, so what
  // queued while it was down goes now instead of after the current backoff delay.
  app.post('/hello', { preHandler: verify, config: perOrigin, schema: { hide: true } }, async () => ({ status: 'ok' }));

  // POST /federation/v1/keys — a peer announces its next key, signed with the key we pinned.
  app.post('/keys', { preHandler: verify, config: perOrigin, schema: { hide: true } }, async (request) => {
    const body = z.object({ keyId: z.string().min(1).max(128), publicKey: z.string().min(40).max(64) }).safeParse(request.body);
    if (!body.success) throw new AppError('validation_failed', 'keyId and publicKey are required');
    publicKeyFromRaw(body.data.publicKey);
    await federation.peers.rotateKey(request.peer!, body.data.keyId, body.data.publicKey);
    return { status: 'ok' };
  });
};
