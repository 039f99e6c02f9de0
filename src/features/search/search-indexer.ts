// Keeps the search index whole across SEARCH=off and upgrades. With SEARCH=on and an index that is
// not marked ready, it rebuilds in the background: small batches, each one write transaction that
// reads the messages and writes their words, so sends interleave and none is missed (a message
// appended after a batch's read is indexed by its own append). With SEARCH=off it marks the index not
// ready, so switching back on rebuilds it.
import type { Database } from '../../db/database.js';
import { indexText } from '../../shared/search-text.js';
import type { SearchIndex } from './search-index.js';
import type { SearchStateRepository } from './search-state.repository.js';

const BATCH = 500;

export interface IndexerLog {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export class SearchIndexer {
  private stopped = false;
  private running: Promise<void> | null = null;
  private complete = false;

  constructor(
    private readonly db: Database,
    private readonly index: SearchIndex,
    private readonly state: SearchStateRepository,
    private readonly enabled: boolean,
    private readonly log: IndexerLog,
  ) {}

  /** False while a rebuild is under way (results may lack older messages). */
  get ready(): boolean {
    return this.complete;
  }

  async start(): Promise<void> {
    if (!this.enabled) {
      await this.db.write((tx) => this.state.setReady(tx, false));
      return;
    }
    if (await this.state.ready()) {
      this.complete = true;
      return;
    }
    this.running = this.rebuild().catch((error: unknown) => {
      if (!this.stopped) this.log.error({ err: error }, 'search index rebuild failed; it starts again at the next start');
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async rebuild(): Promise<void> {
    const started = Date.now();
    let from = { conversationId: 0, seq: 0 };
    let count = 0;
    let first = true;
    let lastLog = started;
    this.log.info({}, 'search index: rebuilding from the stored messages');
    for (;;) {
      if (this.stopped) return;
      const done = await this.db.write(async (tx) => {
        if (first) await this.index.clear(tx);
        const rows = await this.index.batch(tx, from, BATCH);
        await this.index.putMany(
          tx,
          rows.map((r) => ({ id: r.id, conversationId: r.conversationId, seq: r.seq, words: indexText(r.text) })),
        );
        const last = rows[rows.length - 1];
        if (last) from = { conversationId: last.conversationId, seq: last.seq };
        count += rows.length;
        if (rows.length < BATCH) await this.state.setReady(tx, true);
        return rows.length < BATCH;
      });
      first = false;
      if (done) break;
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now();
        this.log.info({ messages: count }, 'search index: rebuilding');
      }
      // Let waiting sends and reads have the database between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.complete = true;
    this.log.info({ messages: count, ms: Date.now() - started }, 'search index: ready');
  }
}
