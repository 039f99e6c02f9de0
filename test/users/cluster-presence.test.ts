// Presence across instances, on a real Redis: the transitions count instances, not connections, and an
// instance that dies without a word (SIGKILL: no disconnects, no close) has its users announced
// offline by a survivor once its registry entry expires.
import { afterAll, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { ClusterPresence } from '../../src/features/users/cluster-presence.js';
import { describeRedis, redisClient, uniquePrefix } from '../helpers/redis.js';

describeRedis('ClusterPresence', () => {
  const clients: Redis[] = [];
  const presences: ClusterPresence[] = [];
  afterAll(async () => {
    for (const p of presences) await p.close().catch(() => {});
    clients.forEach((c) => c.disconnect());
  });
  const instance = (prefix: string, id: string, now: () => number) => {
    const c = redisClient();
    clients.push(c);
    const p = new ClusterPresence(c, prefix, id, () => {}, now);
    presences.push(p);
    const heard: string[] = [];
    p.onChange((user, online) => heard.push(`${user} ${online ? 'online' : 'offline'}`));
    return { p, heard };
  };
  const settle = () => new Promise((r) => setTimeout(r, 100));

  it('announces the first connection anywhere and the last one, once each', async () => {
    const prefix = uniquePrefix();
    const a = instance(prefix, 'a', Date.now);
    const b = instance(prefix, 'b', Date.now);
    await Promise.all([a.p.heartbeat(), b.p.heartbeat()]);
    a.p.connect(7);
    a.p.connect(7); // a second tab on the same instance
    await settle();
    b.p.connect(7);
    await settle();
    a.p.disconnect(7);
    a.p.disconnect(7);
    await settle();
    expect(await b.p.onlineUserIds()).toContain(7);
    b.p.disconnect(7);
    await settle();
    expect([...a.heard, ...b.heard]).toEqual(['7 online', '7 offline']);
  });

  it('a survivor announces the users of an instance that died once its entry expires', async () => {
    const prefix = uniquePrefix();
    let now = Date.now();
    const dying = instance(prefix, 'dying', () => now);
    const survivor = instance(prefix, 'survivor', () => now);
    await Promise.all([dying.p.heartbeat(), survivor.p.heartbeat()]);
    dying.p.connect(42);
    await settle();
    expect(await survivor.p.onlineUserIds()).toContain(42);
    now += 20_000; // the dying instance stops renewing (its timer is never run here again)
    await survivor.p.heartbeat();
    expect(survivor.heard).toEqual(['42 offline']);
    expect(await survivor.p.onlineUserIds()).not.toContain(42);
  });
});
