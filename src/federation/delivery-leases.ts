// Who drives each peer's delivery loop. A single instance drives them all. Instances sharing one
// PostgreSQL database take a lease per destination: a session-level advisory lock on a connection of
// their own. The lock lives as long as that connection, so an instance that dies (even SIGKILLed) lets
// go of its destinations the moment PostgreSQL sees the connection close, and another instance's next
// sweep takes them over; a graceful shutdown closes the connection after its loops have stopped.
import type pg from 'pg';

export interface DeliveryLeases {
  /** Whether every instance drives every destination (a single instance). */
  readonly exclusive: boolean;
  holds(destination: string): boolean;
  /** Takes the destination's lease if no other instance holds it; true if this instance holds it now. */
  acquire(destination: string): Promise<boolean>;
  release(destination: string): Promise<void>;
  close(): Promise<void>;
}

export class SingleInstanceLeases implements DeliveryLeases {
  readonly exclusive = true;
  holds(): boolean {
    return true;
  }
  async acquire(): Promise<boolean> {
    return true;
  }
  async release(): Promise<void> {}
  async close(): Promise<void> {}
}

/** The advisory-lock namespace of delivery leases ('RC'); the destination is hashed into the second key. */
const LEASE_CLASS = 0x5243;

export class PostgresLeases implements DeliveryLeases {
  readonly exclusive = false;
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly held = new Set<string>();
  /** One attempt per destination at a time: a session's advisory locks count re-entries. */
  private readonly attempts = new Map<string, Promise<boolean>>();
  private closed = false;

  constructor(
    private readonly connect: () => pg.Client,
    /** The lease connection broke: these destinations are no longer this instance's to drive. */
    private readonly onLost: (destinations: string[]) => void,
  ) {}

  holds(destination: string): boolean {
    return this.held.has(destination);
  }

  acquire(destination: string): Promise<boolean> {
    if (this.held.has(destination)) return Promise.resolve(true);
    if (this.closed) return Promise.resolve(false);
    let attempt = this.attempts.get(destination);
    if (!attempt) {
      attempt = this.tryLock(destination).finally(() => this.attempts.delete(destination));
      this.attempts.set(destination, attempt);
    }
    return attempt;
  }

  async release(destination: string): Promise<void> {
    if (!this.held.delete(destination) || !this.client) return;
    await this.client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LEASE_CLASS, destination]).catch(() => {});
  }

  async close(): Promise<void> {
    this.closed = true;
    this.held.clear();
    const client = this.client ?? (await this.connecting?.catch(() => null)) ?? null;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async tryLock(destination: string): Promise<boolean> {
    const client = await this.connection();
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok', [LEASE_CLASS, destination]);
    if (rows[0]?.ok && this.client === client && !this.closed) this.held.add(destination);
    return this.held.has(destination);
  }

  private connection(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = this.connect();
      const lost = () => this.lost(client);
      client.on('error', lost);
      client.on('end', lost);
      await client.connect();
      this.client = client;
      return client;
    })().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    const gone = [...this.held];
    this.held.clear();
    client.end().catch(() => {});
    if (!this.closed && gone.length > 0) this.onLost(gone);
  }
}
