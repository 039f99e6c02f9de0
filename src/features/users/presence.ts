// Who is online: anyone with a live connection (WebSocket, legacy TCP) or API use in the last few
// minutes. Kept in memory: it is a property of this running server, not of the data.
const RECENT_MS = 5 * 60_000;

export class Presence {
  private readonly lastSeen = new Map<number, number>();
  private readonly connections = new Map<number, number>();
  private readonly listeners: Array<(userId: number, online: boolean) => void> = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Called when a user's first live connection opens (true) or their last one closes (false). */
  onChange(listener: (userId: number, online: boolean) => void): void {
    this.listeners.push(listener);
  }

  /** API use. Cheap: called on every authenticated request. */
  touch(userId: number): void {
    this.lastSeen.set(userId, this.now());
  }

  /** A live connection opened; returns true if the user just came online through it. */
  connect(userId: number): boolean {
    const count = (this.connections.get(userId) ?? 0) + 1;
    this.connections.set(userId, count);
    this.touch(userId);
    if (count === 1) for (const listener of this.listeners) listener(userId, true);
    return count === 1;
  }

  /** A live connection closed; returns true if it was the user's last one. */
  disconnect(userId: number): boolean {
    const count = (this.connections.get(userId) ?? 1) - 1;
    if (count <= 0) this.connections.delete(userId);
    else this.connections.set(userId, count);
    this.touch(userId);
    if (count <= 0) for (const listener of this.listeners) listener(userId, false);
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
