// Who is online: anyone with a live connection (WebSocket, legacy TCP) or API use in the last few
// minutes. Kept in memory: it is a property of the running servers, not of the data. Several instances
// share it through Redis (cluster-presence.ts).
export const RECENT_MS = 5 * 60_000;

/** What the services need of presence, on one instance or across many. */
export interface PresenceTracker {
  /** Called when a user comes online (first live connection) or goes offline (last one closed). */
  onChange(listener: (userId: number, online: boolean) => void): void;
  /** API use. Cheap: called on every authenticated request. */
  touch(userId: number): void;
  connect(userId: number): void;
  disconnect(userId: number): void;
  /** Whether the user has a live connection to this instance. */
  isConnected(userId: number): boolean;
  onlineUserIds(): Promise<number[]>;
  close(): Promise<void>;
}

/** This instance's connections and API use. */
export class Presence implements PresenceTracker {
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

  async onlineUserIds(): Promise<number[]> {
    return this.localOnlineUserIds();
  }

  async close(): Promise<void> {}

  /** Connected users of this instance. */
  connectedUserIds(): number[] {
    return [...this.connections.keys()];
  }

  localOnlineUserIds(): number[] {
    const cutoff = this.now() - RECENT_MS;
    const online = new Set(this.connections.keys());
    for (const [userId, seen] of this.lastSeen) {
      if (seen > cutoff) online.add(userId);
      else if (!this.connections.has(userId)) this.lastSeen.delete(userId);
    }
    return [...online];
  }
}
