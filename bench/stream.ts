// Issue 11's message-path workload: 25 sender→receiver pairs over WebSocket, at most 16 messages in
// flight per sender (sent, not yet received), 100-byte texts, 1 s warm-up then BENCH_DURATION_S (10) s;
// and one pair in ping-pong. The baseline is the durable floor (bench/baselines/durable-relay.ts: bare
// `ws` + one better-sqlite3 INSERT per message), measured in the same run. Reported: msgs/s, p50/p99
// latency, server CPU per message (all threads, from /proc) and RSS.
import fs from 'node:fs';
import WebSocket from 'ws';
import { register } from './lib/api.js';
import { rssOf, startRealm, startScript, type Running } from './lib/processes.js';
import { heading, note, percentile, record } from './lib/report.js';

const PAIRS = 25;
const IN_FLIGHT = 16;
const TEXT_BYTES = 100;
const MB = 1024 * 1024;

export interface Target {
  name: string;
  server: Running;
  /** Every process serving the target (several instances): CPU and RSS are summed over them. */
  pids?: number[];
  /** Opens user i's socket; resolves once the server said it is ready. */
  open(i: number): Promise<WebSocket>;
  /** How user i is addressed in a send. */
  address(i: number): string;
}

/** CPU seconds (user + system, every thread) the process has used. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

export function openSocket(url: string, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('message', () => resolve(ws)); // "ready"
    ws.once('error', reject);
  });
}

function text(stamp: number, seq: number): string {
  const head = `${stamp}|${seq}|`;
  return head + 'x'.repeat(TEXT_BYTES - head.length);
}

let txn = 0;
const sendFrame = (to: string, body: string) => JSON.stringify({ type: 'send', data: { to, text: body, clientTxnId: `b${process.pid}-${++txn}` } });

/**
 * Receives `message.created` frames on `socket` sent by others and hands their send time over. Every
 * frame is parsed, as a real client parses what it receives (Realm Chat also sends a sender the copy
 * of their own message, which the floor does not: docs/websocket.md says why).
 */
function onMessage(socket: WebSocket, self: string, handle: (sentAt: number) => void): void {
  socket.on('message', (raw) => {
    const frame = JSON.parse(String(raw)) as { type: string; data: { message?: { text: string; sender: string } } };
    if (frame.type !== 'message.created' || !frame.data.message || frame.data.message.sender === self) return;
    handle(Number(frame.data.message.text.split('|')[0]));
  });
}

export async function stream(target: Target, seconds: number): Promise<{ rate: number; p50: number; p99: number; cpuMsPerMsg: number; rss: number }> {
  const senders = await Promise.all(Array.from({ length: PAIRS }, (_, i) => target.open(i)));
  const receivers = await Promise.all(Array.from({ length: PAIRS }, (_, i) => target.open(PAIRS + i)));
  let measuring = false;
  let stopped = false;
  let received = 0;
  const latencies: number[] = [];
  senders.forEach((socket, i) => {
    // A sender reads what it gets too (its acks, and Realm Chat's copy of its own message).
    socket.on('message', (raw) => JSON.parse(String(raw)) as unknown);
    const to = target.address(PAIRS + i);
    let seq = 0;
    const sendOne = () => !stopped && socket.send(sendFrame(to, text(performance.now(), ++seq)));
    onMessage(receivers[i]!, to, (sentAt) => {
      if (measuring) {
        received++;
        latencies.push(performance.now() - sentAt);
      }
      sendOne();
    });
    for (let k = 0; k < IN_FLIGHT; k++) sendOne();
  });
  await new Promise((r) => setTimeout(r, 1000)); // warm-up
  const pids = target.pids ?? [target.server.pid];
  const cpuOf = () => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const cpuBefore = cpuOf();
  measuring = true;
  const started = performance.now();
  let rss = 0;
  const sampler = setInterval(
    () =>
      (rss = Math.max(
        rss,
        pids.reduce((sum, pid) => sum + rssOf(pid), 0),
      )),
    250,
  );
  await new Promise((r) => setTimeout(r, seconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuOf() - cpuBefore;
  clearInterval(sampler);
  stopped = true;
  await new Promise((r) => setTimeout(r, 500));
  for (const s of [...senders, ...receivers]) s.terminate();
  latencies.sort((a, b) => a - b);
  return { rate: received / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), cpuMsPerMsg: (cpu * 1000) / Math.max(1, received), rss };
}

async function pingPong(target: Target, seconds: number): Promise<number> {
  const a = await target.open(2 * PAIRS);
  const b = await target.open(2 * PAIRS + 1);
  let count = 0;
  let measuring = false;
  let stopped = false;
  let seq = 0;
  onMessage(b, target.address(2 * PAIRS + 1), () => {
    if (measuring) count++;
    if (!stopped) b.send(sendFrame(target.address(2 * PAIRS), text(performance.now(), ++seq)));
  });
  onMessage(a, target.address(2 * PAIRS), () => {
    if (measuring) count++;
    if (!stopped) a.send(sendFrame(target.address(2 * PAIRS + 1), text(performance.now(), ++seq)));
  });
  a.send(sendFrame(target.address(2 * PAIRS + 1), text(performance.now(), ++seq)));
  await new Promise((r) => setTimeout(r, 1000));
  measuring = true;
  const started = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  measuring = false;
  stopped = true;
  const rate = count / ((performance.now() - started) / 1000);
  a.terminate();
  b.terminate();
  return rate;
}

async function floor(): Promise<Target> {
  const server = await startScript('bench/baselines/durable-relay.ts', ['NORMAL']);
  return { name: 'durable floor (ws + better-sqlite3, NORMAL)', server, open: (i) => openSocket(`${server.url}/?user=u${i}`, {}), address: (i) => `u${i}` };
}

async function realm(synchronous: 'NORMAL' | 'FULL'): Promise<Target> {
  const server = await startRealm({ SQLITE_SYNCHRONOUS: synchronous, WS_FRAMES_PER_SECOND: '1000000' });
  const users = 2 * PAIRS + 2;
  const tokens: string[] = [];
  for (let i = 0; i < users; i += 13)
    tokens.push(...(await Promise.all(Array.from({ length: Math.min(13, users - i) }, (_, j) => register(server.url, `st${i + j}`)))));
  const ws = server.url.replace('http', 'ws') + '/api/v1/ws';
  return { name: `Realm Chat, ${synchronous}`, server, open: (i) => openSocket(ws, { authorization: `Bearer ${tokens[i]}` }), address: (i) => `st${i}` };
}

export async function streamBenchmark(): Promise<void> {
  const seconds = Number(process.env.BENCH_DURATION_S ?? 10);
  heading(`Message path: ${PAIRS} pairs × ${IN_FLIGHT} in flight, ${TEXT_BYTES}-byte texts, ${seconds} s; ping-pong`);
  const base = await floor();
  const floorStream = await stream(base, seconds);
  const floorPing = await pingPong(base, seconds);
  const floorIdle = rssOf(base.server.pid);
  await base.server.cleanup();
  note(
    `floor: ${floorStream.rate.toFixed(0)} msgs/s, p50 ${floorStream.p50.toFixed(1)} ms, p99 ${floorStream.p99.toFixed(1)} ms, ${floorStream.cpuMsPerMsg.toFixed(3)} ms CPU/msg, RSS ${(floorStream.rss / MB).toFixed(0)} MB (idle ${(floorIdle / MB).toFixed(0)} MB); ping-pong ${floorPing.toFixed(0)} msgs/s`,
  );
  for (const synchronous of ['NORMAL', 'FULL'] as const) {
    const target = await realm(synchronous);
    const idle = rssOf(target.server.pid);
    const s = await stream(target, seconds);
    const p = await pingPong(target, seconds);
    await target.server.cleanup();
    const floorName = 'durable floor';
    record({
      name: `stream, ${synchronous}`,
      value: s.rate,
      unit: 'msgs/s',
      baseline: { name: floorName, value: floorStream.rate },
      target: synchronous === 'NORMAL' ? '≥ 0.5×' : '≥ 0.4×',
      pass: s.rate / floorStream.rate >= (synchronous === 'NORMAL' ? 0.5 : 0.4),
    });
    record({
      name: `stream latency p50 / p99, ${synchronous}`,
      value: s.p99,
      unit: 'ms (p99)',
      baseline: { name: `${floorName} p99`, value: floorStream.p99 },
    });
    note(`p50 ${s.p50.toFixed(1)} ms (floor ${floorStream.p50.toFixed(1)} ms)`);
    record({
      name: `server CPU per message, ${synchronous}`,
      value: s.cpuMsPerMsg,
      unit: 'ms',
      baseline: { name: floorName, value: floorStream.cpuMsPerMsg },
      target: '≤ 4×',
      pass: s.cpuMsPerMsg <= 4 * floorStream.cpuMsPerMsg,
    });
    record({
      name: `ping-pong, ${synchronous}`,
      value: p,
      unit: 'msgs/s',
      baseline: { name: floorName, value: floorPing },
      ...(synchronous === 'NORMAL' ? { target: '≥ 0.5×', pass: p / floorPing >= 0.5 } : {}),
    });
    record({
      name: `RSS under the stream, ${synchronous}`,
      value: s.rss / MB,
      unit: 'MB',
      baseline: { name: floorName, value: floorStream.rss / MB },
      target: '≤ 150 MB',
      pass: s.rss <= 150 * MB,
    });
    record({
      name: `RSS idle, ${synchronous}`,
      value: idle / MB,
      unit: 'MB',
      baseline: { name: `${floorName} after its run`, value: floorIdle / MB },
      target: '≤ 100 MB',
      pass: idle <= 100 * MB,
    });
  }
}
