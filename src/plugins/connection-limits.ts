// A cap on open connections per client address (HTTP and WebSocket share the server), so one host
// cannot hold all of them with slow or idle sockets. Off (0) behind a trusted proxy, where every
// connection comes from the proxy; the proxy limits clients there.
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp<{ maxPerIp: number }>(
  async (app: FastifyInstance, { maxPerIp }) => {
    if (maxPerIp <= 0) return;
    const open = new Map<string, number>();
    app.server.on('connection', (socket: Socket) => {
      const address = socket.remoteAddress ?? 'unknown';
      const count = (open.get(address) ?? 0) + 1;
      if (count > maxPerIp) {
        app.log.warn({ ip: address, open: count - 1 }, 'connection refused: too many open connections from this address');
        socket.destroy();
        return;
      }
      open.set(address, count);
      socket.once('close', () => {
        const left = (open.get(address) ?? 1) - 1;
        if (left <= 0) open.delete(address);
        else open.set(address, left);
      });
    });
  },
  { name: 'connection-limits' },
);
