// Messages typed but not yet confirmed by the server. Each has a clientTxnId (the WebSocket send's
// idempotency key), is kept in localStorage so a reload or a crash of the tab does not lose it, and is
// sent again after every reconnect until the server acks it: the server stores a clientTxnId once, so
// resending is safe. Pure apart from the Storage it is given, so it is unit-tested directly.

export interface OutboxTarget {
  /** `to` for a DM (user or user@realm), `group` for a group. */
  to?: string;
  group?: string;
}

export interface OutboxItem {
  clientTxnId: string;
  conversation: string;
  target: OutboxTarget;
  text?: string;
  fileId?: string;
  fileName?: string;
  replyTo?: string;
  createdAt: string;
  /** queued: waits for the socket; sent: on the wire, no answer yet; failed: refused, needs the user. */
  state: 'queued' | 'sent' | 'failed';
  error?: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The most unsent messages kept: beyond it the oldest failed ones go first. */
const MAX_ITEMS = 500;

export class Outbox {
  private list: OutboxItem[];

  constructor(
    private readonly storage: Store,
    private readonly key: string,
    private readonly onChange: () => void = () => {},
  ) {
    this.list = load(storage, key);
    // After a reload nothing is on the wire any more.
    for (const item of this.list) if (item.state === 'sent') item.state = 'queued';
  }

  items(conversation?: string): readonly OutboxItem[] {
    return conversation ? this.list.filter((i) => i.conversation === conversation) : this.list;
  }

  add(item: Omit<OutboxItem, 'state' | 'createdAt' | 'clientTxnId'> & { clientTxnId?: string }): OutboxItem {
    const full: OutboxItem = { ...item, clientTxnId: item.clientTxnId ?? newTxnId(), createdAt: new Date().toISOString(), state: 'queued' };
    this.list.push(full);
    while (this.list.length > MAX_ITEMS) {
      const failed = this.list.findIndex((i) => i.state === 'failed');
      this.list.splice(failed === -1 ? 0 : failed, 1);
    }
    this.save();
    return full;
  }

  /** What to put on the wire now: the queued items (at most `limit`), oldest first (they become `sent`). */
  takeQueued(limit = Infinity): OutboxItem[] {
    const ready = this.list.filter((i) => i.state === 'queued').slice(0, limit);
    for (const item of ready) item.state = 'sent';
    if (ready.length) this.save();
    return ready;
  }

  /**
   * After a reconnect: whatever was on the wire without an answer goes again (the server answers a
   * clientTxnId it already stored with the first message, so nothing is stored twice).
   */
  requeueSent(): void {
    let any = false;
    for (const item of this.list)
      if (item.state === 'sent') {
        item.state = 'queued';
        any = true;
      }
    if (any) this.save();
  }

  /** The server stored it (ack): it leaves the outbox. */
  acked(clientTxnId: string): OutboxItem | undefined {
    const at = this.list.findIndex((i) => i.clientTxnId === clientTxnId);
    if (at === -1) return undefined;
    const [item] = this.list.splice(at, 1);
    this.save();
    return item;
  }

  /** The server refused it for good (forbidden, too long…): kept for the user to retry or discard. */
  failed(clientTxnId: string, error: string): void {
    const item = this.list.find((i) => i.clientTxnId === clientTxnId);
    if (!item) return;
    item.state = 'failed';
    item.error = error;
    this.save();
  }

  /** A temporary refusal (rate limited): back in the queue for the next flush. */
  requeue(clientTxnId: string): void {
    const item = this.list.find((i) => i.clientTxnId === clientTxnId);
    if (!item) return;
    item.state = 'queued';
    delete item.error;
    this.save();
  }

  discard(clientTxnId: string): void {
    this.list = this.list.filter((i) => i.clientTxnId !== clientTxnId);
    this.save();
  }

  private save(): void {
    try {
      if (this.list.length) this.storage.setItem(this.key, JSON.stringify(this.list));
      else this.storage.removeItem(this.key);
    } catch {
      // Storage full or unavailable (private mode): the outbox still works for this page's life.
    }
    this.onChange();
  }
}

function load(storage: Store, key: string): OutboxItem[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isItem) : [];
  } catch {
    return [];
  }
}

function isItem(value: unknown): value is OutboxItem {
  const v = value as OutboxItem;
  return !!v && typeof v.clientTxnId === 'string' && typeof v.conversation === 'string' && typeof v.target === 'object' && v.target !== null;
}

/** 128 random bits, URL-safe: unique per message across devices and reloads. */
export function newTxnId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
