// Request/response over a worker thread: the main thread calls, the worker answers in order. Used to
// run CPU-heavy work (the message batch transaction) beside the event loop instead of on it.
import { Worker, parentPort } from 'node:worker_threads';

type Reply<Res> = { id: number; ok: true; value: Res } | { id: number; ok: false; error: { name: string; message: string } };

export interface WorkerModule {
  url: URL;
  /** TypeScript source (tests, tsx): the worker registers tsx's loader before importing it. */
  typescript: boolean;
}

/** A worker module next to the caller: the .js file when built, the .ts source when run from src. */
export function workerModule(relative: string, importMetaUrl: string): WorkerModule {
  const typescript = importMetaUrl.endsWith('.ts');
  return { url: new URL(relative.replace(/\.js$/, typescript ? '.ts' : '.js'), importMetaUrl), typescript };
}

function startWorker(module: WorkerModule, workerData: unknown): Worker {
  if (!module.typescript) return new Worker(module.url, { workerData });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(module.url.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

export class WorkerClient<Req, Res> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: Res) => void; reject: (e: Error) => void }>();
  private closing = false;

  constructor(
    private readonly module: WorkerModule,
    private readonly workerData: unknown,
    private readonly onCrash: (error: unknown) => void,
  ) {}

  /** Starts the worker now rather than on the first call (it takes a while to load). */
  start(): void {
    if (!this.closing) this.ensure();
  }

  call(request: Req): Promise<Res> {
    if (this.closing) return Promise.reject(new Error('worker is closed'));
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise<Res>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(this.module, this.workerData);
    worker.on('message', (reply: Reply<Res>) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else p.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
    });
    const fail = (error: unknown) => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.reject(error instanceof Error ? error : new Error(String(error)));
      this.pending.clear();
      if (!this.closing) this.onCrash(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closing || this.pending.size > 0) fail(new Error(`worker exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }
}

/** Worker side: answers each request with handler's result, one at a time, in arrival order. */
export function serveRequests<Req, Res>(handler: (request: Req) => Promise<Res>): void {
  if (!parentPort) throw new Error('serveRequests must run in a worker thread');
  const port = parentPort;
  let chain = Promise.resolve();
  port.on('message', ({ id, request }: { id: number; request: Req }) => {
    chain = chain.then(async () => {
      try {
        port.postMessage({ id, ok: true, value: await handler(request) } satisfies Reply<Res>);
      } catch (e) {
        const error = e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) };
        port.postMessage({ id, ok: false, error } satisfies Reply<Res>);
      }
    });
  });
}
