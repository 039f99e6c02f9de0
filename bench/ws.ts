// Issue 4 benchmarks: (1) send→receive latency, REST in and WebSocket out; (2) fan-out of one message to
// a 1,000-member group against a bare `ws` broadcast to 1,000 sockets; (3) RSS per idle socket.
import http from 'node:http';
import WebSocket from 'ws';
import { post, register } from './lib/api.js';
import { rssOf, startRealm, startScript } from './lib/processes.js';
import { heading, note, percentile, record } from './lib/report.js';

const MB = 1024 * 1024;

function open(url: string, token?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    if (!token) ws.once('open', () => resolve(ws));
    else ws.once('message', () => resolve(ws)); // "ready"
    ws.once('error', reject);
  });
}

async function openMany(count: number, make: (i: number) => Promise<WebSocket>, parallel = 100): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (let i = 0; i < count; i += parallel) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(parallel, count - i) }, (_, j) => make(i + j)))));
  }
  return sockets;
}

async function registerMany(url: string, prefix: string, count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i += 20) {
    tokens.push(...(await Promise.all(Array.from({ length: Math.min(20, count - i) }, (_, j) => register(url, `${prefix}${i + j}`)))));
  }
  return tokens;
}

async function latency(url: string): Promise<void> {
  const PAIRS = 50;
  const RATE = 1000;
  const SECONDS = Number(process.env.BENCH_DURATION_S ?? 10);
  const senders = await registerMany(url, 'lat_s', PAIRS);
  const receivers = await registerMany(url, 'lat_r', PAIRS);
  const wsUrl = `${url.replace('http', 'ws')}/api/v1/ws`;
  const sockets = await openMany(PAIRS, (i) => open(wsUrl, receivers[i]));
  const latencies: number[] = [];
  let sent = 0;
  for (const s of sockets) {
    s.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.type !== 'message.created') return;
      const stamp = Number(/^t=([\d.]+)/.exec(frame.data.message.text)?.[1]);
      if (stamp) latencies.push(performance.now() - stamp);
    });
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: PAIRS });
  const sendOne = (i: number) =>
    new Promise<void>((resolve) => {
      const body = JSON.stringify({ text: `t=${performance.now()} benchmark message` });
      const target = new URL(`${url}/api/v1/direct/lat_r${i}/messages`);
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${senders[i]}`, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve());
        },
      );
      req.on('error', () => resolve());
      req.end(body);
    });
  // Open loop: sends at the offered rate, round-robin over the pairs, whatever the answers do.
  const run = async (seconds: number) => {
    const started = performance.now();
    let count = 0;
    const inFlight: Promise<void>[] = [];
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const due = Math.floor(((performance.now() - started) / 1000) * RATE) - count;
        for (let k = 0; k < due; k++) inFlight.push(sendOne(count++ % PAIRS));
        if (performance.now() - started >= seconds * 1000) {
          clearInterval(timer);
          resolve();
        }
      }, 5);
    });
    await Promise.all(inFlight);
    await new Promise((r) => setTimeout(r, 500));
    return count;
  };
  // Warm-up at the same rate, not measured: DMs exist, code paths are compiled.
  await run(2);
  latencies.length = 0;
  sent = await run(SECONDS);
  for (const s of sockets) s.terminate();
  agent.destroy();
  latencies.sort((a, b) => a - b);
  note(`sent ${sent} messages in ${SECONDS} s (${(sent / SECONDS).toFixed(0)} msgs/s offered), received ${latencies.length} on WebSocket`);
  record({ name: 'send→receive latency p50', value: percentile(latencies, 50), unit: 'ms' });
  record({ name: 'send→receive latency p99', value: percentile(latencies, 99), unit: 'ms', target: '≤ 15 ms', pass: percentile(latencies, 99) <= 15 });
}

/** Times `rounds` broadcasts: from the trigger until the last of `sockets` has the frame. */
async function timeBroadcast(
  sockets: WebSocket[],
  trigger: (round: number) => Promise<unknown>,
  isTheFrame: (data: string, round: number) => boolean,
  rounds: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let pending = sockets.length;
    const done = new Promise<void>((resolve) => {
      for (const s of sockets) {
        const onMessage = (data: WebSocket.RawData) => {
          if (!isTheFrame(String(data), round)) return;
          s.off('message', onMessage);
          if (--pending === 0) resolve();
        };
        s.on('message', onMessage);
      }
    });
    const t = performance.now();
    await trigger(round);
    await done;
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 100));
  }
  return times;
}

export async function wsBenchmark(): Promise<void> {
  heading('WebSocket: latency, fan-out, memory (issue 4)');
  const realm = await startRealm({ WS_FRAMES_PER_SECOND: '1000' });
  const bare = await startScript('bench/baselines/bare-ws.ts');
  try {
    await latency(realm.url);

    const MEMBERS = 1000;
    const ROUNDS = 10;
    const tokens = await registerMany(realm.url, 'fan', MEMBERS);
    const group = 'everyone';
    await post(`${realm.url}/api/v1/groups`, tokens[0]!, { name: group });
    for (let i = 1; i < MEMBERS; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, MEMBERS - i) }, (_, j) =>
          post(`${realm.url}/api/v1/groups/${group}/members`, tokens[0]!, { username: `fan${i + j}` }),
        ),
      );
    }
    const wsUrl = `${realm.url.replace('http', 'ws')}/api/v1/ws`;
    const realmSockets = await openMany(MEMBERS, (i) => open(wsUrl, tokens[i]));
    // The exact frame members receive, so the bare server broadcasts the same bytes.
    let sampleFrame = '';
    realmSockets[0]!.on('message', (d) => {
      if (!sampleFrame && String(d).includes('fan-out round 0 ')) sampleFrame = String(d);
    });
    const text = (round: number) => `fan-out round ${round} ${'x'.repeat(100)}`;
    const realmTimes = await timeBroadcast(
      realmSockets,
      (round) => post(`${realm.url}/api/v1/groups/${group}/messages`, tokens[1]!, { text: text(round) }),
      (data, round) => data.includes(`"type":"message.created"`) && data.includes(`fan-out round ${round} `),
      ROUNDS,
    );

    const bareSockets = await openMany(MEMBERS, () => open(bare.url));
    const bareTimes = await timeBroadcast(
      bareSockets,
      async (round) => bareSockets[0]!.send(`broadcast:${sampleFrame.replace('fan-out round 0 ', `fan-out round ${round} `)}`),
      (data, round) => data.includes(`fan-out round ${round} `),
      ROUNDS,
    );
    for (const s of bareSockets) s.terminate();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    record({ name: `bare ws broadcast to ${MEMBERS} sockets (median of ${ROUNDS})`, value: median(bareTimes), unit: 'ms' });
    record({
      name: `group message to ${MEMBERS} members, REST send → last socket (median of ${ROUNDS})`,
      value: median(realmTimes),
      unit: 'ms',
      baseline: { name: 'bare ws', value: median(bareTimes) },
      target: '≤ 3× bare',
      pass: median(realmTimes) <= 3 * median(bareTimes),
    });

    for (const s of realmSockets) s.terminate();
  } finally {
    await bare.cleanup();
    await realm.cleanup();
  }
  await memory();
}

/**
 * RSS per idle authenticated socket, on a fresh server: the marginal cost of 4,000 more sockets on top of
 * 1,000 (both points measured the same way once the heap settled), 5,000 open in the end. A difference
 * against an empty server would mostly measure when the GC last ran.
 */
async function memory(): Promise<void> {
  const USERS = 200;
  const FIRST = 1000;
  const SOCKETS = 5000;
  const realm = await startRealm();
  try {
    const tokens = await registerMany(realm.url, 'mem', USERS);
    const wsUrl = `${realm.url.replace('http', 'ws')}/api/v1/ws`;
    const settle = async () => {
      await new Promise((r) => setTimeout(r, 3000));
      const samples: number[] = [];
      for (let i = 0; i < 10; i++) {
        samples.push(rssOf(realm.pid));
        await new Promise((r) => setTimeout(r, 100));
      }
      return samples.sort((a, b) => a - b)[5]!;
    };
    const first = await openMany(FIRST, (i) => open(wsUrl, tokens[i % USERS]));
    const before = await settle();
    const more = await openMany(SOCKETS - FIRST, (i) => open(wsUrl, tokens[i % USERS]));
    const after = await settle();
    const perSocket = (after - before) / (SOCKETS - FIRST) / 1024;
    note(
      `RSS ${(before / MB).toFixed(1)} MiB with ${FIRST} sockets, ${(after / MB).toFixed(1)} MiB with ${SOCKETS} idle authenticated sockets (${USERS} users)`,
    );
    record({ name: 'RSS per idle authenticated socket', value: perSocket, unit: 'KiB', target: '≤ 40 KiB', pass: perSocket <= 40 });
    for (const s of [...first, ...more]) s.terminate();
  } finally {
    await realm.cleanup();
  }
}
