// Group commit for message sends. Sends that arrive while the database is busy are written together:
// one transaction reserves their seqs, inserts the rows and appends their events (message-batch.ts).
// Each sender is answered only after that transaction commits, so an acknowledged message is durable,
// but the cost of a commit and of Prisma's per-query work is shared by the whole batch.
//
// The transactions run on a worker thread. While messages keep coming, the writer holds the database
// write lock and keeps up to two batches at the worker, so it starts the next commit the moment the
// previous one ends; it lets go of the lock as soon as another writer waits (fairness) or the queue
// is empty. Batches commit, and their events are published, in the order they were sent.
import type { Database } from '../../db/database.js';
import { notFound } from '../../shared/errors.js';
import { WorkerClient, workerModule } from '../../shared/worker-rpc.js';
import { withAudience, type EventLog } from '../events/event-log.js';
import type { BatchResult, SendJob } from './message-batch.js';
import type { MessageView } from './messages.mapper.js';

export type { SendJob } from './message-batch.js';

interface Queued {
  job: SendJob;
  resolve: (view: MessageView) => void;
  reject: (error: unknown) => void;
}

const MAX_IN_FLIGHT = 2;

export class MessageWriter {
  private queue: Queued[] = [];
  private scheduled = false;
  private inFlight = 0;
  private release: (() => void) | null = null;
  private acquiring = false;
  private idle: Array<() => void> = [];
  private readonly worker: WorkerClient<SendJob[], BatchResult>;

  constructor(
    private readonly db: Database,
    private readonly eventLog: EventLog,
    onWorkerCrash: (error: unknown) => void,
    /** Called after a commit that queued federation events, with the peers to deliver to. */
    private readonly onOutbox: (destinations: string[]) => void,
    private readonly observeBatch: (size: number) => void = () => {},
    private readonly maxBatch = 256,
  ) {
    this.worker = new WorkerClient(workerModule('./message-batch.worker.js', import.meta.url), { file: db.file, synchronous: db.synchronous }, onWorkerCrash);
    // Loading Prisma and opening the connection takes ~0.5 s: do it at startup, not on the first send.
    this.worker.start();
  }

  write(job: SendJob): Promise<MessageView> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // Let the requests already read from sockets in this turn of the event loop join the batch.
        setImmediate(() => {
          this.scheduled = false;
          void this.pump();
        });
      }
    });
  }

  /** Writes everything queued so far, then stops the worker (shutdown). */
  async close(): Promise<void> {
    while (this.queue.length > 0 || this.inFlight > 0 || this.scheduled || this.acquiring) {
      await new Promise<void>((resolve) => {
        this.idle.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    await this.worker.close();
  }

  private async pump(): Promise<void> {
    while (this.queue.length > 0 && this.inFlight < MAX_IN_FLIGHT) {
      if (!this.release) {
        if (this.acquiring) return;
        this.acquiring = true;
        try {
          this.release = await this.db.acquireWriteLock();
        } catch (error) {
          for (const q of this.queue.splice(0)) q.reject(error);
          return;
        } finally {
          this.acquiring = false;
        }
        continue;
      }
      // Someone else wants to write: finish what is in flight, hand over the lock, come back later.
      if (this.inFlight > 0 && this.db.pendingWrites > 0) return;
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      void this.commit(batch).finally(() => {
        this.inFlight--;
        if (this.inFlight === 0 && (this.queue.length === 0 || this.db.pendingWrites > 0)) {
          this.release?.();
          this.release = null;
        }
        if (this.queue.length > 0) void this.pump();
        else if (this.inFlight === 0) for (const wake of this.idle.splice(0)) wake();
      });
    }
  }

  private async commit(batch: Queued[]): Promise<void> {
    this.observeBatch(batch.length);
    try {
      const result = await this.worker.call(batch.map((q) => q.job));
      this.eventLog.publish(withAudience(result.events, result.members));
      if (result.destinations.length > 0) this.onOutbox(result.destinations);
      batch.forEach((q, i) => q.resolve(result.views[i]!));
    } catch (error) {
      if (batch.length === 1) {
        const gone = error instanceof Error && error.name === 'ConversationGone';
        batch[0]!.reject(gone ? notFound('This conversation no longer exists') : error);
        return;
      }
      // One bad send must not fail the others: retry each on its own.
      for (const q of batch) await this.commit([q]);
    }
  }
}
