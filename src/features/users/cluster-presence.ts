// Presence across the instances of one realm (REDIS_URL). Each instance counts its own connections
// (Presence) and keeps the set of its connected users in Redis, refreshed by a heartbeat; a registry
// of live instances says whose sets count, so a SIGKILLed instance's users drop out within
// INSTANCE_TTL_MS. API use ("seen") is one shared sorted set, written at most every SEEN_WRITE_MS per user.
//
// A user goes online when their first connection anywhere opens and offline when their last one
// anywhere closes: an instance announces "online" only if no other live instance has the user, and
// "offline" only if none still has them. Two instances racing may both announce (a repeat is harmless);
// an announcement is never skipped by both. Redis failing degrades to this instance's own view.
import type { Redis } from 'ioredis';
import { Presence, RECENT_MS, type PresenceTracker } from './presence.js';

const HEARTBEAT_MS = 5000;
const INSTANCE_TTL_MS = 15_000;
const SEEN_WRITE_MS = 30_000;

export class ClusterPresence implements PresenceTracker {
  private readonly local: Presence;
  private readonly listeners: Array<(userId: number, online: boolean) => void> = [];
  private readonly seenWritten = new Map<number, number>();
  /** Announcements run one at a time, in the order the connections changed. */
  private chain: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;
  private readonly keys: { instances: string; seen: string; own: string; of: (id: string) => string };

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly instanceId: string,
    private readonly onError: (error: unknown) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.local = new Presence(now);
    const of = (id: string) => `${prefix}:presence:conn:${id}`;
    this.keys = { instances: `${prefix}:presence:instances`, seen: `${prefix}:presence:seen`, own: of(instanceId), of };
    this.local.onChange((userId, online) => {
      this.chain = this.chain.then(() => this.announce(userId, online)).catch(onError);
    });
    this.timer = setInterval(() => void this.heartbeat(), HEARTBEAT_MS);
    this.timer.unref();
    void this.heartbeat();
  }

  onChange(listener: (userId: number, online: boolean) => void): void {
    this.listeners.push(listener);
  }

  touch(userId: number): void {
    this.local.touch(userId);
    const now = this.now();
    if (now - (this.seenWritten.get(userId) ?? 0) < SEEN_WRITE_MS) return;
    this.seenWritten.set(userId, now);
    if (this.seenWritten.size > 100_000) this.seenWritten.clear();
    this.redis.zadd(this.keys.seen, now, String(userId)).catch(this.onError);
  }

  connect(userId: number): void {
    this.local.connect(userId);
  }

  disconnect(userId: number): void {
    this.local.disconnect(userId);
  }

  isConnected(userId: number): boolean {
    return this.local.isConnected(userId);
  }

  async onlineUserIds(): Promise<number[]> {
    try {
      const now = this.now();
      const live = await this.liveInstances();
      const [connected, seen] = await Promise.all([
        live.length > 0 ? this.redis.sunion(...live.map(this.keys.of)) : Promise.resolve([] as string[]),
        this.redis.zrangebyscore(this.keys.seen, now - RECENT_MS, '+inf'),
      ]);
      this.redis.zremrangebyscore(this.keys.seen, '-inf', now - RECENT_MS).catch(this.onError);
      return [...new Set([...connected, ...seen, ...this.local.localOnlineUserIds().map(String)])].map(Number);
    } catch (error) {
      this.onError(error);
      return this.local.localOnlineUserIds();
    }
  }

  /** Leaves the cluster: this instance's users are no longer counted (their sockets are closing). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.chain;
    await this.redis.multi().zrem(this.keys.instances, this.instanceId).del(this.keys.own).exec().catch(this.onError);
  }

  private async announce(userId: number, online: boolean): Promise<void> {
    let elsewhere = false;
    try {
      // Online: checked before adding, so two instances racing both see "nowhere" and both announce.
      // Offline: removed first, so two instances racing both see "nowhere" and both announce.
      if (online) {
        elsewhere = await this.connectedElsewhere(userId);
        await this.redis.multi().sadd(this.keys.own, String(userId)).pexpire(this.keys.own, INSTANCE_TTL_MS).exec();
      } else {
        await this.redis.srem(this.keys.own, String(userId));
        elsewhere = await this.connectedElsewhere(userId);
      }
    } catch (error) {
      this.onError(error);
    }
    if (elsewhere) return;
    for (const listener of this.listeners) listener(userId, online);
  }

  private async connectedElsewhere(userId: number): Promise<boolean> {
    const others = (await this.liveInstances()).filter((id) => id !== this.instanceId);
    if (others.length === 0) return false;
    const pipeline = this.redis.pipeline();
    for (const id of others) pipeline.sismember(this.keys.of(id), String(userId));
    const results = (await pipeline.exec()) ?? [];
    return results.some(([error, found]) => !error && Number(found) === 1);
  }

  private async liveInstances(): Promise<string[]> {
    return this.redis.zrangebyscore(this.keys.instances, this.now(), '+inf');
  }

  /** Renews this instance's entry and rewrites its set (so a restarted Redis learns it again). */
  private async heartbeat(): Promise<void> {
    const now = this.now();
    const users = this.local.connectedUserIds().map(String);
    const tx = this.redis
      .multi()
      .zadd(this.keys.instances, now + INSTANCE_TTL_MS, this.instanceId)
      .zremrangebyscore(this.keys.instances, '-inf', now);
    tx.del(this.keys.own);
    if (users.length > 0) tx.sadd(this.keys.own, ...users).pexpire(this.keys.own, INSTANCE_TTL_MS);
    await tx.exec().catch(this.onError);
  }
}
