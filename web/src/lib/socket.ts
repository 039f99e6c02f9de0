// The WebSocket to /api/v1/ws (docs/websocket.md): authenticated by the bearer subprotocol, resumed
// from the last stored seq after every reconnect, so nothing is missed or seen twice across drops,
// reloads and server restarts. Reconnects with capped, jittered backoff; a ping that gets no pong in
// time, or the browser going offline, counts as a drop.

export interface ServerFrame {
  type: string;
  seq?: number;
  data: any;
}

export type SocketStatus = 'connecting' | 'open' | 'offline';

export interface RealtimeOptions {
  token: string;
  /** The highest seq processed so far (null before the first ready). */
  since: () => number | null;
  onFrame: (frame: ServerFrame) => void;
  onStatus: (status: SocketStatus) => void;
  /** The socket was refused with 4401: the session is over. */
  onUnauthorized: () => void;
}

const PING_EVERY_MS = 20_000;
const PONG_WITHIN_MS = 8_000;

export class Realtime {
  private socket: WebSocket | null = null;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private pongTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  status: SocketStatus = 'connecting';

  constructor(private readonly options: RealtimeOptions) {
    globalThis.addEventListener?.('online', this.reconnectNow);
    globalThis.addEventListener?.('offline', this.dropNow);
  }

  start(): void {
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.clearHeartbeat();
    globalThis.removeEventListener?.('online', this.reconnectNow);
    globalThis.removeEventListener?.('offline', this.dropNow);
    this.socket?.close(1000);
    this.socket = null;
  }

  /** Sends a frame if the socket is open; false when it is not (the caller queues). */
  send(type: string, data: unknown): boolean {
    if (this.status !== 'open' || !this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify({ type, data }));
    return true;
  }

  private open(): void {
    if (this.stopped) return;
    if (globalThis.navigator?.onLine === false) {
      this.setStatus('offline');
      return;
    }
    this.setStatus('connecting');
    const since = this.options.since();
    const url = new URL('/api/v1/ws', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    if (since !== null) url.searchParams.set('since', String(since));
    const socket = new WebSocket(url, ['realm-chat.v1', `bearer.${this.options.token}`]);
    this.socket = socket;
    socket.onmessage = (event) => {
      if (socket !== this.socket) return;
      let frame: ServerFrame;
      try {
        frame = JSON.parse(String(event.data)) as ServerFrame;
      } catch {
        return;
      }
      if (frame.type === 'pong') {
        clearTimeout(this.pongTimer);
        return;
      }
      if (frame.type === 'ready') {
        this.attempts = 0;
        this.setStatus('open');
        this.startHeartbeat();
      }
      this.options.onFrame(frame);
    };
    socket.onclose = (event) => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.clearHeartbeat();
      if (event.code === 4401) {
        this.stopped = true;
        this.options.onUnauthorized();
        return;
      }
      this.scheduleRetry();
    };
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.setStatus(globalThis.navigator?.onLine === false ? 'offline' : 'connecting');
    clearTimeout(this.retryTimer);
    // 0.5 s, 1 s, 2 s … up to 15 s, with full jitter so a restarted server is not hit all at once.
    const cap = Math.min(15_000, 500 * 2 ** this.attempts++);
    this.retryTimer = setTimeout(() => this.open(), this.attempts === 1 ? 200 : Math.random() * cap);
  }

  private readonly reconnectNow = (): void => {
    if (this.stopped || this.socket) return;
    clearTimeout(this.retryTimer);
    this.attempts = 0;
    this.open();
  };

  private readonly dropNow = (): void => {
    if (this.stopped) return;
    const socket = this.socket;
    this.socket = null;
    this.clearHeartbeat();
    socket?.close();
    clearTimeout(this.retryTimer);
    this.setStatus('offline');
  };

  private startHeartbeat(): void {
    this.clearHeartbeat();
    this.pingTimer = setInterval(() => {
      if (!this.send('ping', {})) return;
      clearTimeout(this.pongTimer);
      this.pongTimer = setTimeout(() => {
        // No answer: the connection is dead even if the browser has not noticed.
        const socket = this.socket;
        this.socket = null;
        socket?.close();
        this.scheduleRetry();
      }, PONG_WITHIN_MS);
    }, PING_EVERY_MS);
  }

  private clearHeartbeat(): void {
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
  }

  private setStatus(status: SocketStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.options.onStatus(status);
  }
}
