// Who is online: anyone with a live connection (WebSocket, legacy TCP) or API use in the last few
// minutes. Kept in memory: it is a property of this running server, not of the data.
const RECENT_MS = 5 * 60_000;

export class Presence {
  private readonly lastSeen = new Map<number, number>();
  private readonly connections = new Map<number, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** API use. Cheap: called on every authenticated request. */
  touch(userId: number): void {
    this.lastSeen.set(userId, this.now());
  }

  /** A live connection opened; returns true if the user just came online through it. */
  connect(userId: number): boolean {
    const count = (this.connections.get(userId) ?? 0) + 1;
    this.connections.set(userId, count);
    this.touch(userId);
    return count === 1;
  }

  /** A live connection closed; returns true if it was the user's last one. */
  disconnect(userId: number): boolean {
    const count = (this.connections.get(userId) ?? 1) - 1;
    if (count <= 0) this.connections.delete(userId);
    else this.connections.set(userId, count);
    this.touch(userId);
    return count <= 0;
  }

  isConnected(userId: number): boolean {
    return this.connections.has(userId);
  }

  onlineUserIds(): number[] {
    const cutoff = this.now() - RECENT_MS;
    const online = new Set(this.connections.keys());
    for (const [userId, seen] of this.lastSeen) {
      if (seen > cutoff) online.add(userId);
      else if (!this.connections.has(userId)) this.lastSeen.delete(userId);
    }
    return [...online];
  }
}
