// A FIFO async mutex. SQLite has one writer; serialising our own writes here keeps a transaction from
// ever seeing another request's statements interleaved on the shared connection.
export class Mutex {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  /** Callers waiting for the lock (not counting the holder). */
  get queued(): number {
    return this.waiting;
  }

  /** Waits for the lock; the returned function releases it (once; later calls do nothing). */
  async acquire(): Promise<() => void> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    this.waiting++;
    await previous;
    this.waiting--;
    let released = false;
    return () => {
      if (!released) {
        released = true;
        release();
      }
    };
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
