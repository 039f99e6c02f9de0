// A real WebSocket client for tests: collects frames, waits for the ones a test expects.
import WebSocket from 'ws';

export interface Frame {
  type: string;
  seq?: number;
  data: any;
}

export class WsClient {
  readonly frames: Frame[] = [];
  closeCode: number | null = null;
  closeReason = '';
  private waiters: Array<() => void> = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<number>;

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(String(data)) as Frame);
      this.wake();
    });
    this.opened = new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    });
    this.closed = new Promise((resolve) =>
      socket.once('close', (code, reason) => {
        this.closeCode = code;
        this.closeReason = String(reason);
        this.wake();
        resolve(code);
      }),
    );
    socket.on('error', () => {});
  }

  static connect(url: string, options: { token?: string; protocols?: string[]; query?: string } = {}): WsClient {
    const headers = options.token ? { authorization: `Bearer ${options.token}` } : undefined;
    const ws = new WebSocket(`${url}/api/v1/ws${options.query ?? ''}`, options.protocols ?? [], headers ? { headers } : {});
    return new WsClient(ws);
  }

  /** Sends once the socket is open (frames queue up until then, in order). */
  send(frame: unknown): void {
    const text = typeof frame === 'string' ? frame : JSON.stringify(frame);
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(text);
    else
      void this.opened.then(
        () => this.socket.send(text),
        () => {},
      );
  }

  /** Resolves with the first frame (not yet taken) matching `match`, or fails after `timeoutMs`. */
  async next(match: (f: Frame) => boolean = () => true, timeoutMs = 3000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.frames.findIndex(match);
      if (index >= 0) return this.frames.splice(index, 1)[0]!;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames.map((f) => f.type))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  nextOfType(type: string, timeoutMs?: number): Promise<Frame> {
    return this.next((f) => f.type === type, timeoutMs);
  }

  /** Frames of these types that arrived so far (without taking them). */
  seen(...types: string[]): Frame[] {
    return this.frames.filter((f) => types.includes(f.type));
  }

  close(): void {
    this.socket.close();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}
