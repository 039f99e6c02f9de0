// The legacy TCP adapter as a Fastify plugin: `app.legacy` is created with the app and closed with it
// (stop accepting, answer running commands, close the sockets). main.ts starts it on LEGACY_TCP_PORT.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { LegacyServer } from './server.js';

declare module 'fastify' {
  interface FastifyInstance {
    legacy: LegacyServer;
  }
}

/** Enough for a MAX_UPLOAD_BYTES file in base64 inside b'…', plus the command's other words. */
export function maxLineBytes(maxUploadBytes: number): number {
  return Math.ceil(maxUploadBytes / 3) * 4 + 3 + 4096;
}

export default fp(
  async (app: FastifyInstance) => {
    const { config } = app.services;
    const lineBytes = maxLineBytes(config.maxUploadBytes);
    const legacy = new LegacyServer(app.services, app.log, {
      maxLineBytes: lineBytes,
      idleTimeoutMs: config.legacy.idleTimeoutMs,
      maxConnections: config.legacy.maxConnections,
      maxConnectionsPerIp: config.maxConnectionsPerIp,
      bufferBudgetBytes: Math.max(256 * 1024 * 1024, 2 * lineBytes),
    });
    app.decorate('legacy', legacy);
    app.addHook('preClose', async () => legacy.close());
  },
  { name: 'legacy', dependencies: ['services'] },
);
