// The live side of the event stream: which sockets belong to whom, and fan-out from the bus. A frame
// that reads the same for every viewer (group events) is encoded once and the same bytes go to every
// socket; DM frames are encoded per viewer. Also: heartbeats, per-user frame budgets, closing the
// sockets of revoked sessions.
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../../services.js';
import { isViewerIndependent, viewPayload } from '../conversations/conversation-ref.js';
import type { BusMessage } from '../events/event-bus.js';
import type { Connection, ConnectionHost } from './connection.js';
import { CLOSE, encodeFrame } from './protocol.js';

export interface HubOptions {
  pingIntervalMs: number;
  framesPerSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class Hub implements ConnectionHost {
  private readonly byUser = new Map<number, Set<Connection>>();
  private readonly bySession = new Map<string, Set<Connection>>();
  private readonly buckets = new Map<number, Bucket>();
  private readonly onlineSockets = new Set<Connection>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly services: Services,
    private readonly options: HubOptions,
    private readonly log: FastifyBaseLogger,
  ) {
    this.unsubscribe = services.bus.subscribe((message) => this.onBus(message));
    this.heartbeat = setInterval(() => this.beat(), options.pingIntervalMs);
    this.heartbeat.unref();
  }

  get size(): number {
    let n = 0;
    for (const set of this.byUser.values()) n += set.size;
    return n;
  }

  register(connection: Connection): void {
    const auth = connection.auth!;
    addTo(this.byUser, auth.userId, connection);
    addTo(this.bySession, auth.sessionId, connection);
  }

  online(connection: Connection): void {
    this.onlineSockets.add(connection);
    this.services.presence.connect(connection.auth!.userId);
  }

  unregister(connection: Connection): void {
    const auth = connection.auth!;
    removeFrom(this.byUser, auth.userId, connection);
    removeFrom(this.bySession, auth.sessionId, connection);
    if (!this.byUser.has(auth.userId)) this.buckets.delete(auth.userId);
    if (this.onlineSockets.delete(connection)) this.services.presence.disconnect(auth.userId);
  }

  /** Token bucket per user (all their sockets together): `framesPerSecond`, bursts of 3 seconds' worth. */
  takeFrameToken(userId: number): boolean {
    const now = Date.now();
    const capacity = this.options.framesPerSecond * 3;
    const bucket = this.buckets.get(userId) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.options.framesPerSecond);
    bucket.at = now;
    this.buckets.set(userId, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Closes every socket (server shutdown): clients reconnect elsewhere and resume. */
  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const set of this.byUser.values()) for (const c of set) c.close(CLOSE.goingAway, 'server shutting down');
  }

  private onBus(message: BusMessage): void {
    if (message.kind === 'sessions.revoked') {
      for (const id of message.sessionIds) for (const c of this.bySession.get(id) ?? []) c.close(CLOSE.unauthorized, 'session ended');
      return;
    }
    if (message.kind !== 'event' && message.kind !== 'ephemeral') return;
    const [type, payload, seq] =
      message.kind === 'event' ? [message.event.type, message.event.payload, message.event.seq] : [message.type, message.data, undefined];
    const shared = isViewerIndependent(payload) ? encodeFrame(type, payload, seq) : null;
    for (const userId of message.audience) {
      const sockets = this.byUser.get(userId);
      if (!sockets) continue;
      const frame = shared ?? encodeFrame(type, viewPayload(payload, [...sockets][0]!.auth!.handle), seq);
      for (const socket of sockets) socket.deliver(seq, frame);
    }
  }

  /** Pings every socket; one that missed two pings in a row is gone and gets terminated. */
  private beat(): void {
    for (const set of this.byUser.values()) {
      for (const c of set) {
        if (c.missedPongs >= 2) {
          this.log.debug({ user: c.auth?.handle }, 'websocket missed two pings: terminating');
          c.socket.terminate();
          continue;
        }
        c.missedPongs++;
        c.socket.ping();
        // An open socket is use of the session: keep sliding its expiry.
        this.services.sessions.touch(c.auth!.sessionId);
      }
    }
  }
}

function addTo<K>(map: Map<K, Set<Connection>>, key: K, c: Connection): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(c);
}

function removeFrom<K>(map: Map<K, Set<Connection>>, key: K, c: Connection): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(c);
  if (set.size === 0) map.delete(key);
}
