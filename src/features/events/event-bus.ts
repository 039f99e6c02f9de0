// The one path from committed state changes to live connections (WebSocket hub, later Redis pub/sub).
// Publishers call it only after the database commit, so nothing is pushed that did not commit.

/** A row of the event stream, as stored. `payload` is the JSON the viewers get (after mapping). */
export interface StoredEvent {
  seq: number;
  type: string;
  conversationId: number | null;
  userId: number | null;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export type BusMessage =
  /** A stored event for these user ids. */
  | { kind: 'event'; event: StoredEvent; audience: readonly number[] }
  /** Not stored (typing, presence): delivered to whoever is connected now. */
  | { kind: 'ephemeral'; type: string; data: Record<string, unknown>; audience: readonly number[] }
  /** These sessions ended (logout, password change): their live connections must close. */
  | { kind: 'sessions.revoked'; sessionIds: readonly string[] }
  /** Federation events were queued for these peers: the instance driving each delivers them. */
  | { kind: 'federation.wake'; destinations: readonly string[] }
  /** These users' profiles changed: every instance forgets its cached copies. */
  | { kind: 'users.changed'; users: ReadonlyArray<{ id: number; handle: string }> }
  /** A peer was added, removed or changed its key: every instance reloads its peers. */
  | { kind: 'peers.changed' }
  /** This realm's signing keys were rotated (in the shared DATA_DIR): every instance reloads them. */
  | { kind: 'keys.rotated' };

export interface EventBus {
  publish(message: BusMessage): void;
  subscribe(listener: (message: BusMessage) => void): () => void;
  /** Whether the bus can carry events now (readiness: Redis answers). */
  healthy(): Promise<boolean>;
  /**
   * A commit's outcome was unknown (the connection was lost during COMMIT), so its events may not have
   * been announced: read what the database holds and deliver what was missed. A single process has
   * nothing to do: its sockets get such events at their next resume.
   */
  resync(): void;
}

/** Single-process bus. A listener that throws must not stop delivery to the others. */
export class LocalEventBus implements EventBus {
  private readonly listeners = new Set<(message: BusMessage) => void>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => {}) {}

  publish(message: BusMessage): void {
    for (const listener of this.listeners) {
      try {
        listener(message);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  subscribe(listener: (message: BusMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async healthy(): Promise<boolean> {
    return true;
  }

  resync(): void {}
}
