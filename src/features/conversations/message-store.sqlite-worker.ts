// The MessageStore for SQLite: appends run on a worker thread (message-append.worker.ts) that owns its
// own connection, so a commit's work and fsync never block the event loop.
import { WorkerClient, workerModule } from '../../shared/worker-rpc.js';
import type { AppendRequest, AppendResult, MessageStore } from './message-store.js';

export class SqliteWorkerMessageStore implements MessageStore {
  private readonly worker: WorkerClient<AppendRequest, AppendResult>;

  constructor(options: { file: string; synchronous: 'NORMAL' | 'FULL'; busyTimeoutMs?: number }, onWorkerCrash: (error: unknown) => void) {
    this.worker = new WorkerClient(
      workerModule('./message-append.worker.js', import.meta.url),
      { file: options.file, synchronous: options.synchronous, busyTimeoutMs: options.busyTimeoutMs ?? 5000 },
      onWorkerCrash,
    );
    // Opening the connection takes a moment: do it at startup, not on the first send.
    this.worker.start();
  }

  append(request: AppendRequest): Promise<AppendResult> {
    return this.worker.call(request);
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}
