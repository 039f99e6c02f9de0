// Clients that behave as real ones do through a flaky server: a receiver that resumes from the last
// stream seq it applied after any drop, and a sender that keeps a clientTxnId per message and sends it
// again until acknowledged (after an error frame naming it, or a reconnect).
import WebSocket from 'ws';

export interface Delivered {
  id: string;
  seq: number;
  conversation: string;
}

/** A receiver as a real client is: resumes from the last stream seq it applied after any drop. */
export class Receiver {
  readonly got: Delivered[] = [];
  private since = 0;
  private socket: WebSocket | null = null;
  private stopped = false;
  reconnects = 0;

  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  start(): Promise<void> {
    return new Promise((resolve) => this.open(resolve));
  }

  private open(ready?: () => void): void {
    if (this.stopped) return;
    const query = this.since > 0 ? `?since=${this.since}` : '';
    const ws = new WebSocket(`${this.url.replace('http', 'ws')}/api/v1/ws${query}`, { headers: { authorization: `Bearer ${this.token}` } });
    this.socket = ws;
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { type: string; seq?: number; data: any };
      if (frame.type === 'ready') ready?.();
      if (frame.seq !== undefined) this.since = Math.max(this.since, frame.seq);
      if (frame.type === 'message.created')
        this.got.push({ id: frame.data.message.id, seq: frame.data.message.seq, conversation: frame.data.message.conversation });
    });
    ws.on('error', () => {});
    ws.on('close', () => {
      if (this.stopped) return;
      this.reconnects++;
      setTimeout(() => this.open(ready), 200);
    });
  }

  stop(): void {
    this.stopped = true;
    this.socket?.terminate();
  }
}

/** A sender as a real client is: each message has a clientTxnId, sent again until acknowledged. */
export class Sender {
  readonly acked = new Map<string, string>(); // clientTxnId → message id
  readonly refusals = new Map<string, number>(); // error code → count
  private readonly pending = new Set<string>();
  private socket: WebSocket | null = null;
  private n = 0;
  private sending = true;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly to: string,
    private readonly name: string,
  ) {}

  start(): void {
    this.open();
  }

  /** Stops sending new messages; those in flight are sent again until acknowledged. */
  finish(): void {
    this.sending = false;
  }

  get settled(): boolean {
    return !this.sending && this.pending.size === 0;
  }

  stop(): void {
    this.stopped = true;
    this.socket?.terminate();
  }

  private send(txn: string): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ type: 'send', data: { to: this.to, text: txn, clientTxnId: txn } }));
  }

  private next(): void {
    if (!this.sending || this.pending.size >= 4) return;
    const txn = `${this.name}-${this.n++}`;
    this.pending.add(txn);
    this.send(txn);
  }

  private open(): void {
    if (this.stopped) return;
    const ws = new WebSocket(`${this.url.replace('http', 'ws')}/api/v1/ws`, { headers: { authorization: `Bearer ${this.token}` } });
    this.socket = ws;
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { type: string; data: any };
      if (frame.type === 'ready') {
        for (const txn of this.pending) this.send(txn);
        for (let i = 0; i < 4; i++) this.next();
      } else if (frame.type === 'ack') {
        this.acked.set(frame.data.clientTxnId, frame.data.message.id);
        this.pending.delete(frame.data.clientTxnId);
        this.next();
      } else if (frame.type === 'error' && frame.data.clientTxnId) {
        this.refusals.set(frame.data.code, (this.refusals.get(frame.data.code) ?? 0) + 1);
        const txn = frame.data.clientTxnId as string;
        setTimeout(() => this.pending.has(txn) && this.send(txn), 100);
      }
    });
    ws.on('error', () => {});
    ws.on('close', () => {
      if (!this.stopped) setTimeout(() => this.open(), 200);
    });
  }
}
