// Issue 2 benchmark: private-message sends over REST, 64 keep-alive connections for 10 s, against a
// bare Fastify route returning a constant, measured in the same run (autocannon); then a single
// sequential client; then a check that every acknowledged message was committed.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import http from 'node:http';
import path from 'node:path';
import { dmPairs, dmSendRequest } from './lib/api.js';
import { startRealm, startScript } from './lib/processes.js';
import { heading, note, percentile, record } from './lib/report.js';

const CONNECTIONS = 64;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const TEXT = JSON.stringify({ text: 'hello from the benchmark, a message of ordinary length' });

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
    void instance;
  });
}

/** One client, one keep-alive connection, one send after another: per-send latency in ms. */
async function sequentialSends(url: string, token: string, count: number): Promise<{ median: number; p99: number; ok: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const target = new URL(url);
  const send = () =>
    new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(TEXT) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(TEXT);
    });
  for (let i = 0; i < 200; i++) await send();
  const times: number[] = [];
  let ok = 200;
  for (let i = 0; i < count; i++) {
    const t = process.hrtime.bigint();
    const status = await send();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (status === 201) ok++;
  }
  agent.destroy();
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99), ok };
}

export async function restSendBenchmark(): Promise<void> {
  heading('REST private-message send (issue 2)');

  const bare = await startScript('bench/baselines/bare-fastify.ts');
  let bareResult: autocannon.Result;
  try {
    await run({ url: `${bare.url}/send`, method: 'POST', connections: CONNECTIONS, duration: 2, body: TEXT, headers: { 'content-type': 'application/json' } });
    bareResult = await run({
      url: `${bare.url}/send`,
      method: 'POST',
      connections: CONNECTIONS,
      duration: DURATION_S,
      body: TEXT,
      headers: { 'content-type': 'application/json' },
    });
  } finally {
    await bare.cleanup();
  }

  const realm = await startRealm();
  try {
    // 64 senders, each with their own recipient: 64 distinct DMs, like 64 people chatting.
    const pairs = await dmPairs(realm.url, CONNECTIONS);
    const requests = [dmSendRequest(pairs, () => TEXT)];
    const warm = await run({ url: realm.url, connections: CONNECTIONS, duration: 2, requests });
    const load = await run({ url: realm.url, connections: CONNECTIONS, duration: DURATION_S, requests });

    const single = pairs[0]!;
    const sequential = await sequentialSends(`${realm.url}/api/v1/direct/${single.to}/messages`, single.token, 3000);

    const ratio = load.requests.average / bareResult.requests.average;
    record({ name: 'bare Fastify constant route', value: bareResult.requests.average, unit: 'req/s' });
    note(`bare Fastify latency p50 ${bareResult.latency.p50} ms, p99 ${bareResult.latency.p99} ms`);
    record({
      name: `DM send, ${CONNECTIONS} connections`,
      value: load.requests.average,
      unit: 'msgs/s',
      baseline: { name: 'bare Fastify', value: bareResult.requests.average },
      target: '≥ 0.35× bare',
      pass: ratio >= 0.35,
    });
    record({ name: 'DM send latency p50', value: load.latency.p50, unit: 'ms' });
    record({ name: 'DM send latency p99', value: load.latency.p99, unit: 'ms', target: '≤ 25 ms', pass: load.latency.p99 <= 25 });
    record({ name: 'single sequential client, median per send', value: sequential.median, unit: 'ms', target: '≤ 1 ms', pass: sequential.median <= 1 });
    note(`single sequential client p99 ${sequential.p99.toFixed(2)} ms`);
    note(`errors ${load.errors}, timeouts ${load.timeouts}, non-2xx ${load.non2xx}`);

    // Every acknowledged (2xx) send must be in the database. Read the file after the server exits;
    // sends still in flight when autocannon stopped may be committed without being counted.
    await realm.stop();
    const acked = warm['2xx'] + load['2xx'] + sequential.ok;
    const db = new Database(path.join(realm.dataDir!, 'chat.db'), { readonly: true });
    const stored = Number((db.prepare('SELECT COUNT(*) AS n FROM "Message"').get() as { n: number }).n);
    db.close();
    // Two autocannon runs may each leave up to one request per connection unanswered at their end.
    const durable = stored >= acked && stored <= acked + CONNECTIONS * 2;
    record({ name: 'acknowledged sends found committed', value: stored, unit: 'rows', target: `all ${acked} acknowledged`, pass: durable });
  } finally {
    await realm.cleanup();
  }
}
