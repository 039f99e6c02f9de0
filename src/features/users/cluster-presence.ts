// Presence across the instances of one realm (REDIS_URL). Each instance counts its own connections
// (Presence) and keeps the set of its connected users in Redis, refreshed by a heartbeat; a registry
// of live instances says whose sets count. API use ("seen") is one shared sorted set, written at most
// every SEEN_WRITE_MS per user.
//
// A user goes online when their first connection anywhere opens and offline when their last one
// anywhere closes. Redis counts, per user, the instances that have them (HINCRBY is atomic, so two
// instances racing cannot both miss, or both make, the transition): 0→1 announces "online", 1→0
// "offline". A SIGKILLed instance never decrements: the first instance to see its registry entry
// expire (INSTANCE_TTL_MS) removes it and decrements for each of its users, announcing who went
// offline. Redis failing degrades to this instance's own view.
import type { Redis } from 'ioredis';
import { Presence, RECENT_MS, type PresenceTracker } from './presence.js';

const HEARTBEAT_MS = 5000;
const INSTANCE_TTL_MS = 15_000;
/** An instance's user set outlives its registry entry, so whoever removes a dead instance can read it. */
const SET_TTL_MS = 4 * INSTANCE_TTL_MS;
const SEEN_WRITE_MS = 30_000;

export class ClusterPresence implements PresenceTracker {
  private readonly local: Presence;
  private readonly listeners: Array<(userId: number, online: boolean) => void> = [];
  private readonly seenWritten = new Map<number, number>();
  /** Announcements run one at a time, in the order the connections changed. */
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly timer: NodeJS.Timeout;
  private readonly keys: { instances: string; seen: string; counts: string; own: string; of: (id: string) => string };

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly instanceId: string,
    private readonly onError: (error: unknown) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.local = new Presence(now);
    const of = (id: string) => `${prefix}:presence:conn:${id}`;
    this.keys = { instances: `${prefix}:presence:instances`, seen: `${prefix}:presence:seen`, counts: `${prefix}:presence:count`, own: of(instanceId), of };
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
    this.closed = true;
    await this.redis.zrem(this.keys.instances, this.instanceId).catch(this.onError);
    await this.removeInstance(this.instanceId).catch(this.onError);
  }

  private async announce(userId: number, online: boolean): Promise<void> {
    if (this.closed) return;
    let transition = true;
    try {
      const member = String(userId);
      // The set is the guard: the count moves only when this instance's membership changed.
      const changed = online ? await this.redis.sadd(this.keys.own, member) : await this.redis.srem(this.keys.own, member);
      if (online) await this.redis.pexpire(this.keys.own, SET_TTL_MS);
      if (changed === 1) {
        const count = await this.redis.hincrby(this.keys.counts, member, online ? 1 : -1);
        if (!online && count <= 0) await this.redis.hdel(this.keys.counts, member);
        transition = online ? count === 1 : count <= 0;
      } else {
        transition = online; // counted already (the heartbeat re-added it): a repeated "online" is harmless
      }
    } catch (error) {
      this.onError(error);
    }
    if (transition) this.emit(userId, online);
  }

  private emit(userId: number, online: boolean): void {
    for (const listener of this.listeners) listener(userId, online);
  }

  private async liveInstances(): Promise<string[]> {
    return this.redis.zrangebyscore(this.keys.instances, this.now(), '+inf');
  }

  /** Renews this instance's entry and set, and removes instances whose entry expired (they died). Every HEARTBEAT_MS. */
  async heartbeat(): Promise<void> {
    try {
      const now = this.now();
      const results = await this.redis
        .multi()
        .exists(this.keys.own)
        .zadd(this.keys.instances, now + INSTANCE_TTL_MS, this.instanceId)
        .pexpire(this.keys.own, SET_TTL_MS)
        .exec();
      const known = results?.[0]?.[1];
      const users = this.local.connectedUserIds().map(String);
      // Redis lost this instance's set (a restart): count its users again.
      if (Number(known) === 0) {
        for (const u of users) if ((await this.redis.sadd(this.keys.own, u)) === 1) await this.redis.hincrby(this.keys.counts, u, 1);
        if (users.length > 0) await this.redis.pexpire(this.keys.own, SET_TTL_MS);
      }
      for (const dead of await this.redis.zrangebyscore(this.keys.instances, '-inf', now)) {
        // Whoever removes the entry cleans up after it; the others skip it.
        if ((await this.redis.zrem(this.keys.instances, dead)) === 1) await this.removeInstance(dead);
      }
    } catch (error) {
      this.onError(error);
    }
  }

  /** Uncounts an instance's users (it left or died), announcing those now offline everywhere. */
  private async removeInstance(id: string): Promise<void> {
    const key = this.keys.of(id);
    for (const u of await this.redis.smembers(key)) {
      if ((await this.redis.srem(key, u)) !== 1) continue; // uncounted meanwhile
      const count = await this.redis.hincrby(this.keys.counts, u, -1);
      if (count > 0) continue;
      await this.redis.hdel(this.keys.counts, u);
      // Announced by this instance for users it does not have itself (it has them: still online).
      if (id !== this.instanceId && !this.local.isConnected(Number(u))) this.emit(Number(u), false);
    }
  }
}
