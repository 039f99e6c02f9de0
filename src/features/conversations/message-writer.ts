// Group commit for message sends. Sends that arrive while the database is busy are written together:
// one transaction reserves their seqs, inserts the rows and appends their events. Each sender is
// answered only after that transaction commits, so an acknowledged message is durable, but the cost of
// a commit (and of Prisma's per-call overhead) is shared by the whole batch.
import { notFound } from '../../shared/errors.js';
import type { EventLog } from '../events/event-log.js';
import type { ConversationRef } from './conversation-ref.js';
import { toMessageView, type MessageView } from './messages.mapper.js';
import type { MessagesRepository, NewMessage } from './messages.repository.js';

export interface SendJob {
  message: Omit<NewMessage, 'createdAt'>;
  ref: ConversationRef;
  sender: { handle: string; displayName: string };
}

interface Queued {
  job: SendJob;
  resolve: (view: MessageView) => void;
  reject: (error: unknown) => void;
}

class ConversationGone extends Error {}

export class MessageWriter {
  private queue: Queued[] = [];
  private scheduled = false;
  private draining: Promise<void> | null = null;

  constructor(
    private readonly eventLog: EventLog,
    private readonly messages: MessagesRepository,
    private readonly observeBatch: (size: number) => void = () => {},
    private readonly maxBatch = 256,
  ) {}

  write(job: SendJob): Promise<MessageView> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      if (!this.scheduled && !this.draining) {
        this.scheduled = true;
        // Let the requests already read from sockets in this turn of the event loop join the batch.
        setImmediate(() => {
          this.scheduled = false;
          this.draining = this.drain().finally(() => (this.draining = null));
        });
      }
    });
  }

  /** Resolves when everything queued so far is written (used at shutdown). */
  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.draining || this.scheduled) {
      await (this.draining ?? new Promise((r) => setImmediate(r)));
    }
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      await this.commit(batch);
    }
  }

  private async commit(batch: Queued[]): Promise<void> {
    this.observeBatch(batch.length);
    try {
      const views = await this.persist(batch.map((q) => q.job));
      batch.forEach((q, i) => q.resolve(views[i]!));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error instanceof ConversationGone ? notFound('This conversation no longer exists') : error);
        return;
      }
      // One bad send must not fail the others: retry each on its own.
      for (const q of batch) await this.commit([q]);
    }
  }

  private persist(jobs: readonly SendJob[]): Promise<MessageView[]> {
    return this.eventLog.write(async (tx, emit) => {
      const now = new Date();
      const counts = new Map<number, number>();
      for (const { message } of jobs) counts.set(message.conversationId, (counts.get(message.conversationId) ?? 0) + 1);
      const lastSeqs = await this.messages.reserveSeqs(tx, counts, now);
      if (lastSeqs.size !== counts.size) throw new ConversationGone();

      // Seqs in arrival order within each conversation.
      const next = new Map([...counts].map(([id, n]) => [id, lastSeqs.get(id)! - n + 1]));
      const rows = jobs.map(({ message }) => {
        const seq = next.get(message.conversationId)!;
        next.set(message.conversationId, seq + 1);
        return { ...message, seq, createdAt: now };
      });
      await this.messages.insertMany(tx, rows);
      return rows.map((row, i) => {
        const view = toMessageView(
          { ...row, editedAt: null, deletedAt: null, sender: jobs[i]!.sender },
          jobs[i]!.ref,
        );
        emit({ type: 'message.created', conversationId: row.conversationId, payload: { message: view } });
        return view;
      });
    });
  }
}
