// An HTTP proxy that misbehaves on purpose between two realms: drops requests, loses answers after
// forwarding, delays, answers 5xx, or delivers a request twice.
import http from 'node:http';

export type Fault = 'pass' | 'drop' | 'lose-answer' | 'delay' | '5xx' | 'duplicate';

export class FaultProxy {
  readonly server: http.Server;
  readonly seen: Fault[] = [];
  private n = 0;

  constructor(
    private readonly target: { host: string; port: number },
    private readonly plan: (n: number) => Fault,
  ) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void this.handle(req, Buffer.concat(chunks), res));
    });
  }

  listen(port: number): Promise<void> {
    return new Promise((r) => this.server.listen(port, '127.0.0.1', () => r()));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  private forward(req: http.IncomingMessage, body: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const out = http.request({ ...this.target, method: req.method, path: req.url, headers: req.headers }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(parts) }));
      });
      out.on('error', reject);
      out.end(body);
    });
  }

  private async handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): Promise<void> {
    // Only transactions are disturbed; key and file fetches pass.
    const fault = req.url?.startsWith('/federation/v1/send/') ? this.plan(this.n++) : 'pass';
    this.seen.push(fault);
    try {
      if (fault === 'drop') return void res.socket?.destroy();
      if (fault === '5xx') {
        res.writeHead(502, { 'content-type': 'application/json' });
        return void res.end('{"error":"bad gateway"}');
      }
      if (fault === 'delay') await new Promise((r) => setTimeout(r, 400));
      if (fault === 'duplicate') await this.forward(req, body).catch(() => undefined);
      const answer = await this.forward(req, body);
      // The peer applied it, but the answer never arrives: the sender must retry the same txnId.
      if (fault === 'lose-answer') return void res.socket?.destroy();
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    } catch {
      res.socket?.destroy();
    }
  }
}
