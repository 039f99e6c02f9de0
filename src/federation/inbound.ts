// Receiving transactions: checks that the authenticated origin speaks for itself only, caps the batch,
// answers a repeated txnId with the stored answer, and applies each event once, in order. Runs of
// private messages are applied together so they share group commits.
import { AppError, badRequest } from '../shared/errors.js';
import type { Applier } from './apply.js';
import { FederationEvent, MAX_EVENTS_PER_TXN, Transaction, type EventResult } from './events.js';
import type { InboundJournal } from './inbound-journal.js';

export class InboundService {
  constructor(
    private readonly self: string,
    private readonly journal: InboundJournal,
    private readonly applier: Applier,
  ) {}

  async receive(origin: string, txnId: string, body: unknown): Promise<{ results: EventResult[] }> {
    if (!/^[A-Za-z0-9._-]{1,128}$/.test(txnId)) throw badRequest('txnId must be 1–128 characters of A-Z a-z 0-9 . _ -');
    const stored = await this.journal.responseFor(origin, txnId);
    if (stored) return JSON.parse(stored) as { results: EventResult[] };

    const parsed = Transaction.safeParse(body);
    if (!parsed.success) {
      const tooMany = Array.isArray((body as { events?: unknown })?.events) && (body as { events: unknown[] }).events.length > MAX_EVENTS_PER_TXN;
      throw badRequest(tooMany ? `At most ${MAX_EVENTS_PER_TXN} events per transaction` : `Malformed transaction: ${parsed.error.issues[0]?.message ?? ''}`);
    }
    const txn = parsed.data;
    if (txn.origin !== origin) throw new AppError('forbidden', `Signed by ${origin} but claims to come from ${txn.origin}`);
    if (txn.destination !== this.self) throw new AppError('forbidden', `Addressed to ${txn.destination}, not ${this.self}`);
    // Every event must be the origin's own before any is applied.
    const events = txn.events.map((raw) => ({ raw, parsed: FederationEvent.safeParse(raw) }));
    for (const { raw, parsed: p } of events) {
      const claimed = (raw as { origin?: unknown })?.origin;
      if ((p.success ? p.data.origin : claimed) !== origin) {
        throw new AppError('forbidden', `An event claims to come from ${String(claimed)}, but the transaction is signed by ${origin}`);
      }
    }

    const results: EventResult[] = new Array(events.length);
    let i = 0;
    while (i < events.length) {
      const entry = events[i]!;
      if (!entry.parsed.success) {
        const id = String((entry.raw as { id?: unknown })?.id ?? `#${i}`);
        const issue = entry.parsed.error.issues[0];
        results[i] = { id, status: 'rejected', reason: `malformed event: ${issue ? `${issue.path.join('.') || 'event'}: ${issue.message}` : ''}` };
        i++;
        continue;
      }
      // Consecutive private messages go in together: they land in the same group commit, in order.
      let j = i;
      while (j < events.length && events[j]!.parsed.success && events[j]!.parsed.data!.type === 'dm.message') j++;
      if (j > i + 1) {
        const run = await this.applier.applyDmRun(
          origin,
          events.slice(i, j).map((e) => e.parsed.data as Extract<FederationEvent, { type: 'dm.message' }>),
        );
        run.forEach((r, k) => (results[i + k] = r));
        i = j;
        continue;
      }
      results[i] = await this.applier.apply(origin, entry.parsed.data);
      i++;
    }
    const response = { results };
    this.journal.storeResponse(origin, txnId, JSON.stringify(response));
    return response;
  }
}
