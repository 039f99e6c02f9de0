// One group-commit transaction for a batch of sends, and the views and events it produced.
// Runs on the message batch worker (message-batch.worker.ts).
import type { StoredEvent } from '../events/event-bus.js';
import type { ConversationRef } from './conversation-ref.js';
import type { BatchFederation, MessageBatchRepository } from './message-batch.repository.js';
import { toMessageView, type MessageView } from './messages.mapper.js';
import type { NewMessage } from './messages.repository.js';
import type { FileDto } from '../files/files.mapper.js';

export interface SendJob {
  message: Omit<NewMessage, 'createdAt'>;
  ref: ConversationRef;
  sender: { handle: string; displayName: string };
  /** The attached file, for the view (its id is message.fileId). */
  file: FileDto | null;
  /** Who receives the message, when known without a query (DM participants). */
  audience?: readonly number[];
  /** Federation: a DM to another realm's user is queued for it; a group message homed here fans out. */
  federation?: { selfRealm: string; outbox?: { destination: string; type: string; payload: string }; fanOut?: boolean };
}

export interface BatchResult {
  views: MessageView[];
  events: StoredEvent[];
  members: Map<number, number[]>;
  /** Peers with new outbox rows: their delivery should start. */
  destinations: string[];
}

export class ConversationGone extends Error {
  override name = 'ConversationGone';
}

function federationPart(jobs: readonly SendJob[]): BatchFederation | undefined {
  const withFederation = jobs.filter((j) => j.federation);
  if (withFederation.length === 0) return undefined;
  return {
    selfRealm: withFederation[0]!.federation!.selfRealm,
    outbox: withFederation.flatMap(({ message, federation }) =>
      federation!.outbox ? [{ ...federation!.outbox, eventId: message.id, senderId: message.senderId }] : [],
    ),
    fanOutGroups: withFederation.some((j) => j.federation!.fanOut),
  };
}

export async function persistBatch(repo: MessageBatchRepository, jobs: readonly SendJob[]): Promise<BatchResult> {
  const now = new Date();
  const counts = new Map<number, number>();
  const rows = jobs.map(({ message }) => {
    const position = (counts.get(message.conversationId) ?? 0) + 1;
    counts.set(message.conversationId, position);
    return { ...message, position };
  });
  const known = new Map<number, number[]>();
  for (const job of jobs) if (job.audience) known.set(job.message.conversationId, [...job.audience]);
  const unknown = [...counts.keys()].filter((id) => !known.has(id));
  let committed;
  try {
    committed = await repo.commit(rows, counts, unknown, now, federationPart(jobs));
  } catch (error) {
    // Alone in its batch, a send to a conversation deleted meanwhile gets a clear answer.
    if (jobs.length === 1 && !(await repo.conversationExists(rows[0]!.conversationId))) {
      throw new ConversationGone('This conversation no longer exists');
    }
    throw error;
  }

  const views = rows.map((row, i) => {
    const seq = committed.lastSeqs.get(row.conversationId)! - counts.get(row.conversationId)! + row.position;
    const job = jobs[i]!;
    const view = toMessageView({ ...row, seq, createdAt: now, editedAt: null, deletedAt: null, sender: job.sender, file: null }, job.ref);
    return { ...view, file: job.file };
  });
  const events: StoredEvent[] = views.map((view, i) => ({
    seq: committed.eventSeqs[i]!,
    type: 'message.created',
    conversationId: rows[i]!.conversationId,
    userId: null,
    payload: { message: view },
    createdAt: now,
  }));
  return { views, events, members: new Map([...known, ...committed.members]), destinations: committed.destinations };
}
