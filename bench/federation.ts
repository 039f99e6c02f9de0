// Issue 6 benchmarks, two realms on loopback, each its own process:
// (1) cross-realm private messages from 20 pairs — delivered events/s with senders going flat out, and
//     REST-send-on-A → WebSocket-receive-on-B latency at 500 msgs/s offered — next to the same workload
//     within one realm, measured in the same run;
// (2) realm B stopped, 10,000 messages queued on A, B started again: time until A's queue is empty and
//     B has every message, next to the time the same 10,000 sends take within one realm.
import http from 'node:http';
import WebSocket from 'ws';
import { register } from './lib/api.js';
import { freePort, startRealm, type Running } from './lib/processes.js';
import { heading, note, percentile, record } from './lib/report.js';

const PAIRS = 20;
const SECONDS = Number(process.env.BENCH_DURATION_S ?? 10);
const OFFERED = 500;
const QUEUED = 10_000;
const UNLIMITED = { WS_FRAMES_PER_SECOND: '100000', FEDERATION_ALLOW_PRIVATE: 'true', FEDERATION_RETRY_BASE_MS: '1000' };

interface Realms {
  a: Running;
  b: Running;
  portB: number;
  envB: Record<string, string>;
  adminA: string;
}

async function startTwoRealms(): Promise<Realms> {
  const [portA, portB] = [await freePort(), await freePort()];
  const [urlA, urlB] = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
  const envB = { ...UNLIMITED, REALM_ID: 'realm-b', REALM_URL: urlB, REALM_PEERS: `realm-a=${urlA}` };
  const a = await startRealm({ ...UNLIMITED, REALM_ID: 'realm-a', REALM_URL: urlA, REALM_PEERS: `realm-b=${urlB}` }, { port: portA });
  const b = await startRealm(envB, { port: portB });
  const adminA = await register(a.url, 'admin_a'); // the first user of a realm administers it
  const deadline = Date.now() + 30_000;
  while ((await federationStatus(a.url, adminA)).peers.length === 0) {
    if (Date.now() > deadline) throw new Error(`realm-a did not peer with realm-b:\n${a.output()}`);
    await sleep(100);
  }
  return { a, b, portB, envB, adminA };
}

interface PeerStatus {
  peer: string;
  queueDepth: number;
  lastError: string | null;
}

async function federationStatus(url: string, admin: string): Promise<{ peers: PeerStatus[] }> {
  const res = await fetch(`${url}/api/v1/admin/federation`, { headers: { authorization: `Bearer ${admin}` } });
  return (await res.json()) as { peers: PeerStatus[] };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function registerMany(url: string, prefix: string, count: number): Promise<string[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => register(url, `${prefix}${i}`)));
}

function openSocket(url: string, token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/api/v1/ws`, { headers: { authorization: `Bearer ${token}` } });
    ws.once('message', () => resolve(ws)); // "ready"
    ws.once('error', reject);
  });
}

/** Sends over keep-alive connections; resolves with the HTTP status (0 on a network error). */
function sender(baseUrl: string, connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const base = new URL(baseUrl);
  const send = (token: string, to: string, text: string) =>
    new Promise<number>((resolve) => {
      const body = JSON.stringify({ text });
      const req = http.request(
        {
          host: base.hostname,
          port: base.port,
          path: `/api/v1/direct/${to}/messages`,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', () => resolve(0));
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}

/** A workload: senders[i] on `sendUrl` writes to `to[i]`, whose socket is sockets[i]. */
interface Pairs {
  label: string;
  sendUrl: string;
  senders: string[];
  to: string[];
  sockets: WebSocket[];
}

/** Every message.created frame stamped by this benchmark, with the time it arrived. */
function listen(pairs: Pairs, onFrame: (stamp: number, now: number) => void): () => void {
  const handlers = pairs.sockets.map((s) => {
    const h = (data: WebSocket.RawData) => {
      const text = String(data);
      if (!text.startsWith('{"type":"message.created"')) return;
      const stamp = Number(/"text":"t=([\d.]+)/.exec(text)?.[1]);
      if (stamp) onFrame(stamp, performance.now());
    };
    s.on('message', h);
    return h;
  });
  return () => pairs.sockets.forEach((s, i) => s.off('message', handlers[i]!));
}

/** Open loop at `rate` msgs/s round-robin over the pairs, whatever the answers do. Latencies in ms. */
async function latencyRun(pairs: Pairs, rate: number, seconds: number): Promise<{ sent: number; latencies: number[]; failed: number }> {
  const latencies: number[] = [];
  const stop = listen(pairs, (stamp, now) => latencies.push(now - stamp));
  const http = sender(pairs.sendUrl, PAIRS * 2);
  const started = performance.now();
  let count = 0;
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.floor(((performance.now() - started) / 1000) * rate) - count;
      for (let k = 0; k < due; k++) {
        const i = count++ % PAIRS;
        inFlight.push(http.send(pairs.senders[i]!, pairs.to[i]!, `t=${performance.now()} latency`).then((s) => void (s === 201 || failed++)));
      }
      if (performance.now() - started >= seconds * 1000) {
        clearInterval(timer);
        resolve();
      }
    }, 2);
  });
  await Promise.all(inFlight);
  await waitFor(() => latencies.length >= count - failed, 10_000);
  stop();
  http.close();
  return { sent: count, latencies: latencies.sort((x, y) => x - y), failed };
}

/**
 * Closed loop: every pair keeps `depth` sends in flight for `seconds`. Delivered events/s = messages that
 * reached their socket, over the time from the first send to the last arrival (a backlog counts).
 */
async function throughputRun(pairs: Pairs, seconds: number, depth = 4): Promise<{ sent: number; received: number; rate: number }> {
  let received = 0;
  let last = 0;
  const stop = listen(pairs, (_stamp, now) => {
    received++;
    last = now;
  });
  const http = sender(pairs.sendUrl, PAIRS * depth);
  const started = performance.now();
  let sent = 0;
  const loop = async (i: number) => {
    while (performance.now() - started < seconds * 1000) {
      if ((await http.send(pairs.senders[i]!, pairs.to[i]!, `t=${performance.now()} throughput`)) === 201) sent++;
    }
  };
  await Promise.all(Array.from({ length: PAIRS * depth }, (_, k) => loop(k % PAIRS)));
  await waitFor(() => received >= sent, 60_000);
  stop();
  http.close();
  return { sent, received, rate: received / ((last - started) / 1000) };
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** `count` sends spread over the pairs from `connections` concurrent loops; the time they took, in ms. */
async function sendMany(pairs: Pairs, count: number, connections = 64): Promise<{ ms: number; ok: number }> {
  const http = sender(pairs.sendUrl, connections);
  let next = 0;
  let ok = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count) {
        const i = next++ % PAIRS;
        if ((await http.send(pairs.senders[i]!, pairs.to[i]!, `queued ${i}`)) === 201) ok++;
      }
    }),
  );
  http.close();
  return { ms: performance.now() - started, ok };
}

export async function federationBenchmark(): Promise<void> {
  heading('Federation: two realms on loopback (issue 6)');
  const realms = await startTwoRealms();
  const { a } = realms;
  let b = realms.b;
  try {
    const senders = await registerMany(a.url, 'fs', PAIRS);
    const remoteReceivers = await registerMany(b.url, 'fr', PAIRS);
    const localReceivers = await registerMany(a.url, 'lr', PAIRS);
    const cross: Pairs = {
      label: 'cross-realm',
      sendUrl: a.url,
      senders,
      to: remoteReceivers.map((_, i) => `fr${i}@realm-b`),
      sockets: await Promise.all(remoteReceivers.map((t) => openSocket(b.url, t))),
    };
    const local: Pairs = {
      label: 'one realm',
      sendUrl: a.url,
      senders,
      to: localReceivers.map((_, i) => `lr${i}`),
      sockets: await Promise.all(localReceivers.map((t) => openSocket(a.url, t))),
    };

    // Warm-up, not measured: conversations and shadow users exist, code paths are compiled.
    for (const pairs of [local, cross]) await latencyRun(pairs, OFFERED, 2);

    const tLocal = await throughputRun(local, SECONDS);
    const tCross = await throughputRun(cross, SECONDS);
    note(
      `flat out, ${PAIRS} pairs × 4 in flight for ${SECONDS} s: one realm ${tLocal.sent} sent / ${tLocal.received} received; cross-realm ${tCross.sent} sent / ${tCross.received} received`,
    );
    record({ name: 'delivered events/s within one realm (REST on A → WebSocket on A)', value: tLocal.rate, unit: 'events/s' });
    record({
      name: 'delivered events/s across realms (REST on A → WebSocket on B)',
      value: tCross.rate,
      unit: 'events/s',
      baseline: { name: 'within one realm', value: tLocal.rate },
      target: '≥ 2,000 events/s',
      pass: tCross.rate >= 2000,
    });

    const lLocal = await latencyRun(local, OFFERED, SECONDS);
    const lCross = await latencyRun(cross, OFFERED, SECONDS);
    note(
      `at ${OFFERED} msgs/s offered for ${SECONDS} s: one realm ${lLocal.sent} sent, ${lLocal.latencies.length} received; cross-realm ${lCross.sent} sent, ${lCross.latencies.length} received (${lCross.failed} refused)`,
    );
    record({ name: 'latency p50 within one realm', value: percentile(lLocal.latencies, 50), unit: 'ms' });
    record({ name: 'latency p99 within one realm', value: percentile(lLocal.latencies, 99), unit: 'ms' });
    record({
      name: 'latency p50 across realms',
      value: percentile(lCross.latencies, 50),
      unit: 'ms',
      baseline: { name: 'within one realm', value: percentile(lLocal.latencies, 50) },
    });
    const p99 = percentile(lCross.latencies, 99);
    record({
      name: 'latency p99 across realms',
      value: p99,
      unit: 'ms',
      baseline: { name: 'within one realm', value: percentile(lLocal.latencies, 99) },
      target: '≤ 50 ms',
      pass: p99 <= 50,
    });
    for (const s of [...cross.sockets, ...local.sockets]) s.terminate();

    // (2) The outage: B is stopped, A queues, B comes back.
    const localBaseline = await sendMany(local, QUEUED);
    const unreadBefore = await countUnread(b.url, remoteReceivers);
    await b.stop();
    const queued = await sendMany({ ...cross, sockets: [] }, QUEUED);
    const depth = (await federationStatus(a.url, realms.adminA)).peers[0]!.queueDepth;
    note(`realm-b stopped; ${queued.ok} of ${QUEUED} sends to it accepted by realm-a in ${(queued.ms / 1000).toFixed(1)} s, queue depth ${depth}`);
    const restart = performance.now();
    b = await startRealm(realms.envB, { port: realms.portB, dataDir: b.dataDir! });
    const ready = performance.now() - restart;
    const drained = await waitFor(async () => (await federationStatus(a.url, realms.adminA)).peers[0]!.queueDepth === 0, 120_000);
    const drainMs = performance.now() - restart;
    const arrived = (await countUnread(b.url, remoteReceivers)) - unreadBefore;
    note(
      `realm-b ready ${(ready / 1000).toFixed(1)} s after start; queue ${drained ? 'empty' : 'NOT empty'}; ${arrived} new messages at realm-b (expected ${queued.ok})`,
    );
    record({ name: `same ${QUEUED} sends within one realm (baseline)`, value: localBaseline.ms / 1000, unit: 's' });
    record({
      name: `${QUEUED} queued messages: realm-b start → all delivered`,
      value: drainMs / 1000,
      unit: 's',
      baseline: { name: 'within one realm', value: localBaseline.ms / 1000 },
      target: '≤ 15 s',
      pass: drained && drainMs <= 15_000,
    });
  } finally {
    await b.cleanup();
    await a.cleanup();
  }
}

/** Unread messages of each receiver, over all its conversations (marks nothing read). */
async function countUnread(url: string, tokens: string[]): Promise<number> {
  let total = 0;
  for (const token of tokens) {
    const res = await fetch(`${url}/api/v1/conversations`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { conversations: { unread: number }[] };
    total += body.conversations.reduce((n, c) => n + c.unread, 0);
  }
  return total;
}
