// The legacy TCP server (the seed's protocol on port 8889): accepts connections, bounds them (count,
// bytes held in unfinished lines across all connections), and closes them at shutdown after their
// running command has been answered.
import net from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../services.js';
import { LegacyConnection, type LegacyLimits } from './connection.js';
import { ConnectionCounter } from '../shared/connection-counter.js';
import { encodeReply } from './line-codec.js';

export interface LegacyServerOptions extends LegacyLimits {
  maxConnections: number;
  /** Open connections per client address; 0 = no cap. */
  maxConnectionsPerIp: number;
  /** Bytes of unfinished lines all connections together may hold (inline files arrive in one line). */
  bufferBudgetBytes: number;
}

export class LegacyServer {
  private readonly server: net.Server;
  private readonly connections = new Set<LegacyConnection>();
  private readonly perIp: ConnectionCounter;
  private nextId = 1;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly services: Services,
    private readonly log: FastifyBaseLogger,
    private readonly options: LegacyServerOptions,
  ) {
    this.perIp = new ConnectionCounter(options.maxConnectionsPerIp);
    this.server = net.createServer((socket) => this.accept(socket));
    this.server.on('error', (error) => log.error({ err: error }, 'legacy server error'));
    this.unsubscribe = services.bus.subscribe((m) => {
      if (m.kind === 'sessions.revoked') for (const c of this.connections) c.sessionRevoked(m.sessionIds);
    });
  }

  get size(): number {
    return this.connections.size;
  }

  /** Per open connection: commands answered and reply bytes the client has not taken yet. */
  stats(): Array<{ id: number; commandsAnswered: number; pendingWriteBytes: number }> {
    return [...this.connections].map((c) => ({ id: c.id, commandsAnswered: c.commandsAnswered, pendingWriteBytes: c.pendingWriteBytes }));
  }

  /** Listens; resolves with the port (useful with port 0). */
  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        const address = this.server.address() as net.AddressInfo;
        this.log.info({ port: address.port, host }, 'legacy TCP adapter listening');
        resolve(address.port);
      });
    });
  }

  /** Stops accepting, lets every connection finish its running command, then closes them. */
  async close(): Promise<void> {
    this.unsubscribe();
    const closed = new Promise<void>((resolve) => (this.server.listening ? this.server.close(() => resolve()) : resolve()));
    for (const c of this.connections) c.shutdown();
    const deadline = Date.now() + 10_000;
    while (this.connections.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await closed;
  }

  private accept(socket: net.Socket): void {
    const ip = socket.remoteAddress ?? 'unknown';
    if (this.connections.size >= this.options.maxConnections || !this.perIp.tryOpen(ip)) {
      socket.on('error', () => {});
      socket.end(encodeReply({ status: 'ERROR', message: 'Server penuh: terlalu banyak koneksi' }));
      return;
    }
    const connection = new LegacyConnection(this.nextId++, socket, this.services, this.log, this.options, (c) => {
      this.connections.delete(c);
      this.perIp.close(ip);
    });
    this.connections.add(connection);
    socket.on('data', () => this.enforceBudget(connection));
  }

  /** Over budget: the connection holding the most unfinished bytes goes. */
  private enforceBudget(latest: LegacyConnection): void {
    if (latest.buffered === 0) return;
    let total = 0;
    let largest = latest;
    for (const c of this.connections) {
      total += c.buffered;
      if (c.buffered > largest.buffered) largest = c;
    }
    if (total > this.options.bufferBudgetBytes) largest.fail('Server sibuk: coba lagi nanti');
  }
}
