// A cap on open connections per client address (HTTP and WebSocket share the server), so one host
// cannot hold all of them with slow or idle sockets. Off (0) behind a trusted proxy, where every
// connection comes from the proxy; the proxy limits clients there.
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ConnectionCounter } from '../shared/connection-counter.js';

export default fp<{ maxPerIp: number }>(
  async (app: FastifyInstance, { maxPerIp }) => {
    if (maxPerIp <= 0) return;
    const open = new ConnectionCounter(maxPerIp);
    app.server.on('connection', (socket: Socket) => {
      const address = socket.remoteAddress ?? 'unknown';
      if (!open.tryOpen(address)) {
        app.log.warn({ ip: address, open: open.countOf(address) }, 'connection refused: too many open connections from this address');
        socket.destroy();
        return;
      }
      socket.once('close', () => open.close(address));
    });
  },
  { name: 'connection-limits' },
);
