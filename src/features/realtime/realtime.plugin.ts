// Wires the realtime feature: @fastify/websocket with our limits, the hub, and its shutdown.
import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Hub } from './hub.js';
import { SUBPROTOCOL } from './ws.routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    hub: Hub;
  }
}

export default fp(
  async (app: FastifyInstance) => {
    const { websocket: ws } = app.services.config;
    let hub: Hub | undefined;
    await app.register(websocket, {
      // A socket error is a client's mistake (a frame over maxPayload, a protocol violation) or a
      // connection gone. For the former ws has already begun the closing handshake with its code (1009,
      // 1002): the plugin's default handler terminated the socket at once, so a client still writing got
      // a TCP reset and never read why. The handshake finishes, or the socket is cut after 2 s.
      errorHandler(error, socket) {
        app.log.debug({ err: error }, 'websocket error');
        if (socket.readyState === socket.CLOSED) return;
        setTimeout(() => socket.terminate(), 2000).unref();
      },
      // At shutdown: tell every client why (1001, going away) so it reconnects and resumes, then stop
      // the ws server. Sockets that have not authenticated yet just get closed.
      preClose(this: FastifyInstance, done) {
        hub?.close();
        for (const client of this.websocketServer.clients) client.close(1001, 'server shutting down');
        this.websocketServer.close(() => done());
      },
      options: {
        // Larger frames close the socket with 1009 (ws does it before buffering them).
        maxPayload: ws.maxPayloadBytes,
        // Answer with our protocol name if offered; a browser offering only bearer.<token> must get
        // that one back or it drops the connection.
        handleProtocols: (protocols) => (protocols.has(SUBPROTOCOL) ? SUBPROTOCOL : ([...protocols].find((p) => p.startsWith('bearer.')) ?? false)),
      },
    });
    hub = new Hub(app.services, { pingIntervalMs: ws.pingIntervalMs, framesPerSecond: ws.framesPerSecond }, app.log);
    app.decorate('hub', hub);
  },
  { name: 'realtime', dependencies: ['services'] },
);
