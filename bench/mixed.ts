// Issue 25 benchmark: the mixed load of a realm with a couple of hundred active people — 200 keep-alive
// connections, 100 users, BENCH_MIXED_S (30) s, requests drawn from the mix in bench/lib/mixed-load.ts
// (sends, histories, inbox, conversation list, search, edits, small uploads, read markers), the load
// generator in its own process. Targets: p50 ≤ 25 ms, p99 ≤ 250 ms, ≥ 1,500 req/s, no errors, no timeouts,
// for BENCH_MIXED_RATE (1600) requests/s offered on a schedule; then the same connections with no pause
// (the baseline was taken that way: 200 connections in a closed loop can only show p50 ≈ 200 ÷
// throughput, so its latency targets are read on the paced run). Run at SQLITE_SYNCHRONOUS=FULL (the
// default) and NORMAL, and on PostgreSQL (BENCH_MIXED_DATABASES picks); BENCH_MIXED_PROFILE=<dir> profiles
// the server from after the fixture.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { post, register } from './lib/api.js';
import { realmOnChosenDatabase } from './lib/database-choice.js';
import { cpuMsOf, root, rssOf, type Running } from './lib/processes.js';
import { heading, note, record } from './lib/report.js';

const SECONDS = Number(process.env.BENCH_MIXED_S ?? 30);
const CONNECTIONS = 200;
const USERS = 100;
// Requests per second offered in the paced run (bench/lib/mixed-load.ts): the target rate plus a margin.
const RATE = Number(process.env.BENCH_MIXED_RATE ?? 1600);

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: Record<string, number>;
  timeouts: number;
  perOp: Record<string, { count: number; p50: number; p99: number }>;
}

/** 100 users, each with 5 DM partners and 2 of 5 groups of 40, histories to read. */
export async function fixture(url: string): Promise<string> {
  const names = Array.from({ length: USERS }, (_, i) => `mix${i}`);
  const tokens: string[] = [];
  for (let i = 0; i < USERS; i += 10) tokens.push(...(await Promise.all(names.slice(i, i + 10).map((n) => register(url, n)))));
  const groups = Array.from({ length: 5 }, (_, g) => `mixgroup${g}`);
  for (const [g, name] of groups.entries()) await post(`${url}/api/v1/groups`, tokens[g]!, { name });
  const users = names.map((username, i) => ({
    username,
    token: tokens[i]!,
    peers: [1, 2, 3, 4, 5].map((d) => names[(i + d * 7) % USERS]!),
    groups: [groups[i % 5]!, groups[(i + 1) % 5]!],
  }));
  for (const user of users) {
    await Promise.all(user.groups.map((g) => post(`${url}/api/v1/groups/${g}/join`, user.token, {})));
  }
  // 20 users at a time: the fixture's own keep-alive connections must leave room under the server's
  // per-address cap (MAX_CONNECTIONS_PER_IP, 256) for the generator's 200.
  for (let i = 0; i < USERS; i += 20)
    await Promise.all(
      users.slice(i, i + 20).map(async (user) => {
        for (let n = 0; n < 10; n++)
          await post(`${url}/api/v1/direct/${user.peers[n % 5]}/messages`, user.token, { text: `history ${n} from ${user.username}` });
        for (let n = 0; n < 5; n++)
          await post(`${url}/api/v1/groups/${user.groups[n % 2]}/messages`, user.token, { text: `group history ${n} from ${user.username}` });
      }),
    );
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'realm-mixed-')), 'users.json');
  fs.writeFileSync(file, JSON.stringify(users));
  return file;
}

export function runLoad(url: string, fixtureFile: string, seconds: number, rate: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', 'bench/lib/mixed-load.ts', url, fixtureFile, String(CONNECTIONS), String(seconds), String(rate)];
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult) : reject(new Error(`load generator exited ${code}`)),
    );
  });
}

/** One run of the load, its figures recorded; `rate` 0 is the closed loop (saturation). */
async function loadRun(realm: Running, users: string, label: string, rate: number): Promise<void> {
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(realm.pid))), 500);
  const cpuBefore = cpuMsOf(realm.pid);
  const result = await runLoad(realm.url, users, SECONDS, rate);
  const cpuMs = cpuMsOf(realm.pid) - cpuBefore;
  clearInterval(sampler);
  const errors = Object.values(result.errors).reduce((a, b) => a + b, 0);
  if (rate > 0)
    record({
      name: `mixed load, ${label}, ${rate} req/s offered: answered`,
      value: result.rps,
      unit: 'req/s',
      target: '≥ 1,500 req/s, p50 ≤ 25 ms, p99 ≤ 250 ms, 0 errors, 0 timeouts',
      pass: result.rps >= 1500 && result.p50 <= 25 && result.p99 <= 250 && errors === 0 && result.timeouts === 0,
    });
  else
    record({
      name: `mixed load, ${label}, closed loop (saturation): answered`,
      value: result.rps,
      unit: 'req/s',
      baseline: { name: 'issue 25 baseline (a5c7cfe, the same closed loop)', value: 158 },
    });
  note(
    `    p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms; errors ${errors}, timeouts ${result.timeouts}; ` +
      `server CPU ${(cpuMs / result.requests).toFixed(2)} ms/request; peak RSS ${(peakRss / 1048576).toFixed(0)} MB`,
  );
  for (const [op, s] of Object.entries(result.perOp)) note(`      ${op}: ${s.count} requests, p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms`);
  if (errors > 0) {
    note(`    errors: ${JSON.stringify(result.errors)}`);
    note(`    server said:\n${realm.output().split('\n').slice(-15).join('\n')}`);
  }
}

async function measure(kind: 'full' | 'normal' | 'postgres'): Promise<void> {
  const { label, start, restart } = realmOnChosenDatabase({}, kind);
  let realm = await start();
  try {
    const users = await fixture(realm.url);
    const profileDir = process.env.BENCH_MIXED_PROFILE;
    if (profileDir) {
      await realm.stop();
      realm = await restart(realm, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
    }
    await runLoad(realm.url, users, 3, 0); // warm-up
    await loadRun(realm, users, label, RATE);
    await loadRun(realm, users, label, 0);
  } finally {
    await realm.cleanup();
  }
}

export async function mixedBenchmark(): Promise<void> {
  heading(`Mixed load: ${CONNECTIONS} connections, ${USERS} users, ${SECONDS} s (issue 25)`);
  const wanted = (process.env.BENCH_MIXED_DATABASES ?? 'full,normal,postgres').split(',');
  for (const kind of ['full', 'normal', 'postgres'] as const) if (wanted.includes(kind)) await measure(kind);
}
