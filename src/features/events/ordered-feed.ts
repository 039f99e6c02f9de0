// Delivers the committed event stream to this instance's sockets in seq order, exactly once, when
// several instances append to one database. Events this instance committed arrive in memory; the
// others' arrive as wake-ups ("seq S committed") and are read from the database. Why this is enough:
// appends hold one cluster-wide lock while they take stream seqs and commit (message-append.postgres.ts),
// so once S is known committed, every seq below S is final — committed or never to be. A read of
// "events after my cursor" then returns exactly what precedes S, gaps (rolled-back seqs) included.
//
// Other instances' events usually arrive whole over the bus too (redis-event-bus.ts), so in steady
// state nothing is read: an event that arrives ahead of a missing seq waits GAP_GRACE_MS for it (two
// instances' publishes race each other over Redis) before the gap is read from the database.
import type { BusMessage } from './event-bus.js';

type EventMessage = Extract<BusMessage, { kind: 'event' }>;

export interface FeedSource {
  /**
   * Committed events after `seq`, oldest first, with their audience as of now, reading at most
   * `limit` rows; `lastSeq`: the last row read (an event may be read and not delivered, e.g. about a
   * conversation deleted since), so the feed moves past it.
   */
  after(seq: number, limit: number): Promise<{ events: EventMessage[]; lastSeq: number }>;
  /** The highest seq committed. */
  lastSeq(): Promise<number>;
}

const PAGE = 500;
const GAP_GRACE_MS = 25;
/** A failed read (the database unreachable) is retried after this, doubling per failure up to the cap. */
const RETRY_MS = 100;
const MAX_RETRY_MS = 2000;
/** Reads of the stream position after an unannounced commit: about a minute of retries at most. */
const RESYNC_ATTEMPTS = 12;
/** Events held waiting for a gap; beyond this they are dropped and read back from the database. */
const MAX_HELD = 10_000;

export class OrderedFeed {
  /** Highest seq delivered. */
  private cursor: number;
  /** Highest seq known to be committed. */
  private target: number;
  private catchingUp = false;
  /** Events committed here that could not go out yet (a gap before them is being read). */
  private held: EventMessage[] = [];
  private gapTimer: NodeJS.Timeout | null = null;
  /** Reads that failed in a row: the next retry waits longer. */
  private failures = 0;
  private resyncing: Promise<void> | null = null;

  constructor(
    private readonly source: FeedSource,
    private readonly deliver: (message: EventMessage) => void,
    startSeq: number,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.cursor = startSeq;
    this.target = startSeq;
  }

  get position(): number {
    return this.cursor;
  }

  /** A committed event, whole: committed by this instance, or carried from another over the bus. */
  offer(message: EventMessage): void {
    const seq = message.event.seq;
    if (seq <= this.cursor) return;
    if (!this.catchingUp && seq === this.cursor + 1) {
      this.cursor = seq;
      this.target = Math.max(this.target, seq);
      this.deliver(message);
      if (this.held.length > 0) {
        this.deliverHeld();
        if (this.held.length > 0) this.scheduleGapRead();
      }
      return;
    }
    if (this.held.length >= MAX_HELD) this.held = [];
    this.held.push(message);
    if (this.catchingUp) {
      this.target = Math.max(this.target, seq);
      return;
    }
    this.scheduleGapRead();
  }

  /** A gap before a held event: give the missing one a moment to arrive over the bus, then read it. */
  private scheduleGapRead(): void {
    if (this.gapTimer) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      const highest = this.held.reduce((max, m) => Math.max(max, m.event.seq), 0);
      if (highest > this.cursor) this.wake(highest);
    }, GAP_GRACE_MS);
    this.gapTimer.unref();
  }

  /** Another instance committed events up to `seq`. */
  wake(seq: number): void {
    if (seq <= this.target && (this.catchingUp || seq <= this.cursor)) return;
    this.target = Math.max(this.target, seq);
    if (!this.catchingUp) void this.catchUp();
  }

  private async catchUp(): Promise<void> {
    this.catchingUp = true;
    try {
      while (this.cursor < this.target) {
        // What this instance committed itself is in memory: no read needed while it is next in line.
        if (this.deliverHeld()) continue;
        const page = await this.source.after(this.cursor, PAGE);
        if (page.lastSeq <= this.cursor) break; // the target's events are not visible (yet): retried below
        for (const message of page.events) {
          if (message.event.seq <= this.cursor) continue;
          this.cursor = message.event.seq;
          this.deliver(message);
        }
        this.cursor = Math.max(this.cursor, page.lastSeq);
      }
      this.failures = 0;
    } catch (error) {
      this.failures++;
      this.onError(error);
    } finally {
      this.catchingUp = false;
      this.held = this.held.filter((m) => m.event.seq > this.cursor);
      this.deliverHeld();
      const wait = Math.min(MAX_RETRY_MS, RETRY_MS * 2 ** Math.min(this.failures, 5));
      if (this.held.length > 0 || this.cursor < this.target) setTimeout(() => this.retry(), wait).unref();
    }
  }

  /**
   * Events may have committed that nobody announced (a connection lost during COMMIT: the committer
   * could not tell): read the stream's position from the database, retrying for about a minute while it
   * does not answer, and catch up to it. Later announcements repair the same gap anyway; this makes it
   * prompt when none come.
   */
  resync(): Promise<void> {
    this.resyncing ??= (async () => {
      for (let attempt = 0, wait = RETRY_MS; attempt < RESYNC_ATTEMPTS; attempt++, wait = Math.min(MAX_RETRY_MS * 4, wait * 2)) {
        try {
          return this.wake(await this.source.lastSeq());
        } catch (error) {
          this.onError(error);
          await new Promise((resolve) => setTimeout(resolve, wait).unref());
        }
      }
    })().finally(() => (this.resyncing = null));
    return this.resyncing;
  }

  private retry(): void {
    if (!this.catchingUp && this.target > this.cursor) void this.catchUp();
  }

  /** Delivers held events that are next in line (seq = cursor + 1); true if any went out. */
  private deliverHeld(): boolean {
    let any = false;
    this.held.sort((a, b) => a.event.seq - b.event.seq);
    while (this.held.length > 0 && this.held[0]!.event.seq <= this.cursor + 1) {
      const next = this.held.shift()!;
      if (next.event.seq <= this.cursor) continue;
      this.cursor = next.event.seq;
      this.deliver(next);
      any = true;
    }
    return any;
  }
}
