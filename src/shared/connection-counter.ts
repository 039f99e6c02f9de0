// Open connections per key (a client address), with a cap: the HTTP server and the legacy TCP server
// each keep one, so one host cannot hold all their sockets.
export class ConnectionCounter {
  private readonly open = new Map<string, number>();

  /** @param max connections per key; 0 = no cap. */
  constructor(private readonly max: number) {}

  /** Counts a new connection for `key`, or returns false (and counts nothing) when it is over the cap. */
  tryOpen(key: string): boolean {
    const count = this.open.get(key) ?? 0;
    if (this.max > 0 && count >= this.max) return false;
    this.open.set(key, count + 1);
    return true;
  }

  close(key: string): void {
    const left = (this.open.get(key) ?? 1) - 1;
    if (left <= 0) this.open.delete(key);
    else this.open.set(key, left);
  }

  countOf(key: string): number {
    return this.open.get(key) ?? 0;
  }
}
