// Group commit for message sends. Sends that arrive while a commit is running are written together:
// one transaction assigns their seqs, inserts the rows and appends their events (the MessageStore).
// Each sender is answered only after that transaction commits, so an acknowledged message is durable,
// but the commit's cost is shared by the whole batch. A sender's messages are written in the order
// write() was called, so a client may pipeline sends without waiting for each answer.
//
// While messages keep coming, the writer holds the database write lock and keeps up to two batches
// at the store, so the next commit starts the moment the previous one ends; it lets go of the lock as
// soon as another writer waits (fairness) or the queue is empty. Batches commit, and their events are
// published, in the order they were sent.
import type { Database } from '../../db/database.js';
import { AppError, databaseUnavailable, isDatabaseDamaged, isDatabaseUnavailable, notFound } from '../../shared/errors.js';
import { indexText } from '../../shared/search-text.js';
import type { StoredEvent } from '../events/event-bus.js';
import { withAudience, type EventLog } from '../events/event-log.js';
import type { FileDto } from '../files/files.mapper.js';
import type { ConversationRef } from './conversation-ref.js';
import type { MessageView, QuoteView } from './messages.mapper.js';
import { avatarUrl } from '../users/users.mapper.js';
import type { AppendOutcome, AppendRow, MessageStore } from './message-store.js';

export interface SendJob {
  message: Omit<AppendRow, 'outbox' | 'fanOut' | 'words'>;
  ref: ConversationRef;
  sender: { handle: string; displayName: string; avatarSha256?: string | null | undefined };
  /** The attached file, for the view (its id is message.fileId). */
  file: FileDto | null;
  /** For a reply: the quoted message as the reply shows it. */
  quote: QuoteView | null;
  /** Who receives the message, when known without a query (DM participants). */
  audience?: readonly number[];
  /** Federation: a DM to another realm's user is queued for it; a group message homed here fans out. */
  federation?: { selfRealm: string; outbox?: { destination: string; type: string; payload: string }; fanOut?: boolean };
}

export type WriteOutcome =
  | { kind: 'created'; view: MessageView }
  /** The sender's clientTxnId was used before: nothing was written; this names the earlier message. */
  | { kind: 'duplicate'; id: string; conversationId: number };

interface Queued {
  job: SendJob;
  resolve: (outcome: WriteOutcome) => void;
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
  /** SEARCH=on: each message's words go into the search index in its append transaction. */
  indexSearch = true;

  constructor(
    private readonly db: Database,
    private readonly store: MessageStore,
    private readonly eventLog: EventLog,
    /** Called after a commit that queued federation events, with the peers to deliver to. */
    private readonly onOutbox: (destinations: string[]) => void,
    private readonly observeBatch: (size: number) => void = () => {},
    private readonly maxBatch = 256,
  ) {}

  write(job: SendJob): Promise<WriteOutcome> {
    if (this.db.damaged)
      return Promise.reject(new AppError('unavailable', 'The database is damaged: the server refuses changes until an operator restores it'));
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

  /** Writes everything queued so far, then closes the store (shutdown). */
  async close(): Promise<void> {
    while (this.queue.length > 0 || this.inFlight > 0 || this.scheduled || this.acquiring) {
      await new Promise<void>((resolve) => {
        this.idle.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    await this.store.close();
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
    const now = new Date();
    const jobs = batch.map((q) => q.job);
    const known = new Map<number, readonly number[]>();
    for (const job of jobs) if (job.audience) known.set(job.message.conversationId, job.audience);
    const audienceOf = [...new Set(jobs.map((j) => j.message.conversationId))].filter((id) => !known.has(id));
    let result;
    try {
      result = await this.store.append({
        rows: jobs.map(({ message, federation }) => ({
          ...message,
          words: this.indexSearch ? indexText(message.text) : null,
          outbox: federation?.outbox,
          fanOut: federation?.fanOut,
        })),
        at: now.toISOString(),
        selfRealm: jobs.find((j) => j.federation)?.federation?.selfRealm ?? '',
        audienceOf,
      });
    } catch (error) {
      if (isDatabaseDamaged(error)) {
        this.db.markDamaged(error instanceof Error ? error.message : String(error));
        for (const q of batch) q.reject(new AppError('unavailable', 'The database is damaged: the server refuses changes until an operator restores it'));
        return;
      }
      if (isDatabaseUnavailable(error)) {
        // The store retried for a few seconds already; one by one would only wait again for each.
        this.db.uncertainCommit();
        for (const q of batch) q.reject(databaseUnavailable(error));
        return;
      }
      if (batch.length === 1) return batch[0]!.reject(error);
      // One bad send (a file deleted meanwhile) must not fail the others: retry each on its own.
      for (const q of batch) await this.commit([q]);
      return;
    }
    const members = new Map<number, readonly number[]>([...known, ...result.members]);
    const events: StoredEvent[] = [];
    const outcomes = batch.map((q, i) => this.outcome(q.job, result.outcomes[i]!, now, events));
    this.eventLog.publish(withAudience(events, members));
    if (result.destinations.length > 0) this.onOutbox(result.destinations);
    batch.forEach((q, i) => {
      const outcome = outcomes[i]!;
      if (outcome) q.resolve(outcome);
      else q.reject(notFound('This conversation no longer exists'));
    });
  }

  /** The view of a committed row (and its event), or what the store said instead; null: gone. */
  private outcome(job: SendJob, stored: AppendOutcome, now: Date, events: StoredEvent[]): WriteOutcome | null {
    if (stored.kind === 'gone') return null;
    if (stored.kind === 'duplicate') return stored;
    const { message } = job;
    const view: MessageView = {
      id: message.id,
      conversation: job.ref,
      seq: stored.seq,
      sender: job.sender.handle,
      senderName: job.sender.displayName,
      senderAvatarUrl: avatarUrl(job.sender.avatarSha256),
      text: message.text,
      file: job.file,
      createdAt: now.toISOString(),
      editedAt: null,
      deleted: false,
      replyTo: job.quote,
      threadId: message.threadId,
      replyCount: 0,
      lastReplyAt: null,
      pinnedAt: null,
      mentions: message.mentions?.handles ?? [],
    };
    events.push({
      seq: stored.eventSeq,
      type: 'message.created',
      conversationId: message.conversationId,
      userId: null,
      payload: { message: view },
      createdAt: now,
    });
    return { kind: 'created', view };
  }
}
