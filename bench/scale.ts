// Issue 12 benchmark (`npm run bench scale`): what PostgreSQL and a second instance cost. The same two
// workloads on four set-ups, in one run: SQLite, one instance (the baseline every ratio is against);
// PostgreSQL, one instance; PostgreSQL, one instance behind the load balancer; PostgreSQL + Redis, two
// instances behind the load balancer. Workloads: REST DM sends (64 keep-alive connections, 16 sender →
// receiver pairs) and issue 11's WebSocket stream (25 pairs × 16 in flight). Then the cross-instance
// delivery latency (sent through instance 1, received on instance 2) next to same-instance delivery.
// The load balancer is bench/baselines/tcp-balancer.ts: round-robin per connection, like nginx's
// `stream` proxy. PostgreSQL: BENCH_POSTGRES_URL (default the local server); Redis: BENCH_REDIS_URL.
// On a 2-core machine a second instance cannot add throughput: the figures say what it costs.
import autocannon from 'autocannon';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from '../tools/scratch-postgres.js';
import WebSocket from 'ws';
import { register } from './lib/api.js';
import { startRealm, startScript, type Running } from './lib/processes.js';
import { heading, note, percentile, record } from './lib/report.js';
import { openSocket, stream, type Target } from './stream.js';

const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const REST_PAIRS = 16;
const WS_USERS = 52; // stream(): 25 pairs, plus 2 spare
const MB = 1024 * 1024;

interface Setup {
  name: string;
  /** Where clients connect: an instance, or the balancer in front of them. */
  entry: string;
  instances: Running[];
  cleanup(): Promise<void>;
}

async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  return createScratchDatabase(POSTGRES_URL, `rc_bench_${process.pid}_${Date.now().toString(36)}`);
}

async function sqliteSetup(): Promise<Setup> {
  const server = await startRealm({ WS_FRAMES_PER_SECOND: '1000000' });
  return { name: 'SQLite, 1 instance', entry: server.url, instances: [server], cleanup: () => server.cleanup() };
}

export async function postgresSetup(count: number, balanced: boolean): Promise<Setup> {
  const db = await scratchDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'realm-bench-scale-'));
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    WS_FRAMES_PER_SECOND: '1000000',
    ...(count > 1 ? { REDIS_URL, REDIS_PREFIX: `rc-bench:${process.pid}:${Date.now().toString(36)}` } : {}),
  };
  // The first instance migrates the new database; the others start on it together.
  const instances = [await startRealm(env, { dataDir })];
  instances.push(...(await Promise.all(Array.from({ length: count - 1 }, () => startRealm(env, { dataDir })))));
  const balancer = balanced
    ? await startScript(
        'bench/baselines/tcp-balancer.ts',
        instances.map((i) => new URL(i.url).port),
      )
    : null;
  return {
    name: `PostgreSQL${count > 1 ? ' + Redis' : ''}, ${count} instance${count > 1 ? 's' : ''}${balanced ? ' behind the balancer' : ''}`,
    entry: balancer?.url ?? instances[0]!.url,
    instances,
    async cleanup() {
      await balancer?.stop();
      for (const i of instances) await i.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      await db.drop();
    },
  };
}

async function registerAll(url: string, prefix: string, count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i += 8)
    tokens.push(...(await Promise.all(Array.from({ length: Math.min(8, count - i) }, (_, j) => register(url, `${prefix}${i + j}`)))));
  return tokens;
}

/** REST DM sends/s: each request from a random sender of REST_PAIRS to their receiver. */
async function restSends(setup: Setup): Promise<{ rate: number; p99: number; errors: number }> {
  const senders = await registerAll(setup.entry, 'rs', REST_PAIRS);
  await registerAll(setup.entry, 'rr', REST_PAIRS);
  const body = JSON.stringify({ text: 'hello from the scale benchmark, a message of ordinary length' });
  const options = (duration: number): autocannon.Options => ({
    url: setup.entry,
    connections: 64,
    duration,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const i = Math.floor(Math.random() * REST_PAIRS);
          return {
            ...req,
            path: `/api/v1/direct/rr${i}/messages`,
            body,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${senders[i]}` },
          };
        },
      },
    ],
  });
  const run = (o: autocannon.Options) => new Promise<autocannon.Result>((resolve, reject) => void autocannon(o, (e, r) => (e ? reject(e) : resolve(r))));
  await run(options(2));
  const result = await run(options(DURATION_S));
  return { rate: result.requests.average, p99: result.latency.p99, errors: result.non2xx + result.errors };
}

async function wsStream(setup: Setup): Promise<{ rate: number; p50: number; p99: number; cpuMsPerMsg: number; rss: number }> {
  const tokens = await registerAll(setup.entry, 'ws', WS_USERS);
  const ws = `${setup.entry.replace('http', 'ws')}/api/v1/ws`;
  const target: Target = {
    name: setup.name,
    server: setup.instances[0]!,
    pids: setup.instances.map((i) => i.pid),
    open: (i) => openSocket(ws, { authorization: `Bearer ${tokens[i]}` }),
    address: (i) => `ws${i}`,
  };
  return stream(target, DURATION_S);
}

/** Paced sends through instance 1 to a receiver on `receiverUrl`: delivery latency in ms. */
export async function deliveryLatency(senderUrl: string, receiverUrl: string, tag: string): Promise<{ p50: number; p99: number; count: number }> {
  const [from, to] = await Promise.all([register(senderUrl, `${tag}s`), register(senderUrl, `${tag}r`)]);
  const sender = await openSocket(`${senderUrl.replace('http', 'ws')}/api/v1/ws`, { authorization: `Bearer ${from}` });
  const receiver = await openSocket(`${receiverUrl.replace('http', 'ws')}/api/v1/ws`, { authorization: `Bearer ${to}` });
  const latencies: number[] = [];
  receiver.on('message', (raw) => {
    const frame = JSON.parse(String(raw)) as { type: string; data?: { message?: { text: string } } };
    if (frame.type === 'message.created') latencies.push(performance.now() - Number(frame.data!.message!.text.split('|')[0]));
  });
  let n = 0;
  const send = () => sender.send(JSON.stringify({ type: 'send', data: { to: `${tag}r`, text: `${performance.now()}|latency`, clientTxnId: `${tag}-${++n}` } }));
  const timer = setInterval(send, 5); // 200 msgs/s: a paced load, latency not throughput
  await new Promise((r) => setTimeout(r, Math.min(DURATION_S, 5) * 1000));
  clearInterval(timer);
  await new Promise((r) => setTimeout(r, 500));
  for (const s of [sender, receiver]) (s as WebSocket).terminate();
  const sorted = latencies.slice(200).sort((a, b) => a - b); // after a warm-up of 1 s
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), count: latencies.length };
}

export async function scaleBenchmark(): Promise<void> {
  heading(`Scale-out: REST DM sends (64 connections) and the WebSocket stream, ${DURATION_S} s each`);
  const results: Array<{ name: string; rest: Awaited<ReturnType<typeof restSends>>; ws: Awaited<ReturnType<typeof wsStream>> }> = [];
  const setups: Array<() => Promise<Setup>> = [sqliteSetup, () => postgresSetup(1, false), () => postgresSetup(1, true), () => postgresSetup(2, true)];
  for (const make of setups) {
    const setup = await make();
    try {
      const rest = await restSends(setup);
      const ws = await wsStream(setup);
      results.push({ name: setup.name, rest, ws });
      note(
        `${setup.name}: REST ${rest.rate.toFixed(0)} sends/s (p99 ${rest.p99} ms, ${rest.errors} errors); ` +
          `WebSocket ${ws.rate.toFixed(0)} msgs/s (p50 ${ws.p50.toFixed(1)} ms, p99 ${ws.p99.toFixed(1)} ms, ${ws.cpuMsPerMsg.toFixed(3)} ms CPU/msg, RSS ${(ws.rss / MB).toFixed(0)} MB)`,
      );
    } finally {
      await setup.cleanup();
    }
  }
  const base = results[0]!;
  for (const r of results.slice(1)) {
    record({ name: `REST sends, ${r.name}`, value: r.rest.rate, unit: 'sends/s', baseline: { name: base.name, value: base.rest.rate } });
    record({ name: `WebSocket stream, ${r.name}`, value: r.ws.rate, unit: 'msgs/s', baseline: { name: base.name, value: base.ws.rate } });
    record({ name: `CPU per message, ${r.name}`, value: r.ws.cpuMsPerMsg, unit: 'ms', baseline: { name: base.name, value: base.ws.cpuMsPerMsg } });
  }

  heading('Cross-instance delivery latency (200 msgs/s, WebSocket in and out)');
  const setup = await postgresSetup(2, false);
  try {
    const [one, two] = setup.instances.map((i) => i.url) as [string, string];
    const same = await deliveryLatency(one, one, 'same');
    const cross = await deliveryLatency(one, two, 'cross');
    record({ name: 'p50, sent on 1, received on 2', value: cross.p50, unit: 'ms', baseline: { name: 'received on 1', value: same.p50 } });
    record({ name: 'p99, sent on 1, received on 2', value: cross.p99, unit: 'ms', baseline: { name: 'received on 1', value: same.p99 } });
    note(`${cross.count} cross-instance and ${same.count} same-instance deliveries measured`);
  } finally {
    await setup.cleanup();
  }
}
