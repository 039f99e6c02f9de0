// The web client (web/, built into web/dist) served at /, same-origin with the API so the browser needs
// no CORS and the session token never leaves this origin. Vite names every asset by its content hash,
// so /assets/* is cached for a year; index.html (which names the current hashes) is revalidated on
// every load, so a new deploy is picked up by the next reload.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * What the client may load: its own scripts and styles only (no inline code, no eval), images from
 * here or made locally (blob: previews of uploads and authenticated downloads), and connections to
 * this origin (REST and the WebSocket: CSP3 'self' covers ws:/wss: of the same host).
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const WEB_HEADERS: Record<string, string> = {
  'content-security-policy': WEB_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

export default fp(
  async function webClient(app: FastifyInstance, { dir }: { dir: string | null }) {
    const index = dir ? path.join(dir, 'index.html') : null;
    if (!dir || !index || !fs.existsSync(index)) {
      // The API works without the client; say how to get one instead of a bare 404.
      app.get('/', { schema: { hide: true } }, async (_request, reply) => {
        return reply
          .headers(WEB_HEADERS)
          .type('text/plain; charset=utf-8')
          .send(
            dir
              ? `Realm Chat API is running; the web client is not built (${index} is missing): run npm start, or node scripts/web-build.mjs.\nAPI docs: /docs\n`
              : 'Realm Chat API is running (WEB_DIR=off: no web client). API docs: /docs\n',
          );
      });
      return;
    }
    await app.register(fastifyStatic, {
      root: dir,
      prefix: '/',
      // Only the files the build produced get routes (no catch-all GET /*): unknown paths still reach
      // the API's JSON 404 handler.
      wildcard: false,
      index: ['index.html'],
      // The files are content-hashed and nothing else is served from here: no directory listing.
      list: false,
      dotfiles: 'ignore',
      preCompressed: false,
      cacheControl: false,
      etag: true,
      lastModified: true,
      setHeaders(reply, filePath) {
        const immutable = filePath.startsWith(path.join(dir, 'assets') + path.sep);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache').headers(WEB_HEADERS);
      },
      schemaHide: true,
    });
  },
  { name: 'web-client' },
);
