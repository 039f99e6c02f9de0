// Issue 25 benchmark: every read a client's screens make, 32 keep-alive connections each for
// BENCH_DURATION_S (5) s, each next to a bare Fastify route that parses the same Authorization header and
// answers a JSON body of the same size, measured in the same run. Targets: each ≥ 0.25× its baseline and
// p99 ≤ 25 ms; the conversation list of a user in 500 conversations within 1.5× of one in 5.
// BENCH_DATABASE=postgres runs the realm on PostgreSQL (BENCH_POSTGRES_URL, default the local server).
// BENCH_READS_ONLY=<regex> runs the reads whose names match; BENCH_READS_PROFILE=<dir> restarts the realm
// after the fixture is made with --cpu-prof writing there, so the profile holds only the reads.
import autocannon from 'autocannon';
import { chatFixture, type ChatFixture } from './lib/chat-fixture.js';
import { realmOnChosenDatabase } from './lib/database-choice.js';
import { cpuMsOf, startScript, type Running } from './lib/processes.js';
import { heading, note, record } from './lib/report.js';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_DURATION_S ?? 5);

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => void autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))));
}

interface Read {
  name: string;
  path: string;
  token: string;
}

function reads(f: ChatFixture): Read[] {
  const partner = f.partners[0]!;
  const t = f.readerToken;
  return [
    { name: 'GET /me', path: '/api/v1/me', token: t },
    { name: 'GET /conversations', path: '/api/v1/conversations', token: t },
    { name: 'DM history, newest 50', path: `/api/v1/direct/${partner.username}/messages?limit=50`, token: t },
    { name: 'DM history, oldest 50 (after=0)', path: `/api/v1/direct/${partner.username}/messages?after=0&limit=50`, token: t },
    { name: 'group history, newest 50', path: `/api/v1/groups/${f.group}/messages?limit=50`, token: t },
    { name: 'group history, 50 before seq 150', path: `/api/v1/groups/${f.group}/messages?before=150&limit=50`, token: t },
    { name: 'GET /inbox', path: '/api/v1/inbox', token: partner.token },
    { name: 'thread', path: `/api/v1/messages/${f.threadRoot}/thread`, token: t },
    { name: 'one message', path: `/api/v1/messages/${f.threadRoot}`, token: t },
    { name: 'GET /mentions', path: '/api/v1/mentions', token: t },
    { name: 'pins', path: `/api/v1/conversations/group:${f.group}/pins`, token: t },
    { name: 'group members', path: `/api/v1/groups/${f.group}/members`, token: t },
    { name: 'group', path: `/api/v1/groups/${f.group}`, token: t },
    { name: 'my groups', path: '/api/v1/groups?mine=true', token: t },
    { name: 'user lookup', path: `/api/v1/users/${partner.username}`, token: t },
    { name: 'user search ?q=', path: '/api/v1/users?q=partner1', token: t },
    { name: 'file metadata', path: `/api/v1/files/${f.fileId}/meta`, token: t },
    { name: 'presence', path: '/api/v1/presence', token: t },
    { name: 'my sessions', path: '/api/v1/me/sessions', token: t },
  ];
}

async function load(url: string, path: string, token: string, seconds: number): Promise<autocannon.Result> {
  return run({ url: `${url}${path}`, connections: CONNECTIONS, duration: seconds, headers: { authorization: `Bearer ${token}` } });
}

async function bodySize(url: string, path: string, token: string): Promise<number> {
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.arrayBuffer()).byteLength;
}

export async function readsBenchmark(): Promise<void> {
  const { label, start, restart } = realmOnChosenDatabase();
  heading(`Reads every screen makes, ${CONNECTIONS} connections, ${SECONDS} s each (issue 25; ${label})`);
  const bare = await startScript('bench/baselines/bare-fastify.ts');
  let realm: Running | null = null;
  try {
    realm = await start();
    const fixture = await chatFixture(realm.url);
    note('fixture: a reader with 19 DMs of 60 messages and a 20-member group of 300 messages; users in 5 and 500 groups');
    const profileDir = process.env.BENCH_READS_PROFILE;
    if (profileDir) {
      await realm.stop();
      realm = await restart(realm, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
    }
    const only = process.env.BENCH_READS_ONLY ? new RegExp(process.env.BENCH_READS_ONLY) : null;
    await run({ url: `${bare.url}/json/2000`, connections: CONNECTIONS, duration: 1, headers: { authorization: 'Bearer warm-up-token-000000' } });
    for (const read of reads(fixture).filter((r) => !only || only.test(r.name))) {
      const bytes = await bodySize(realm.url, read.path, read.token);
      await load(realm.url, read.path, read.token, 1); // warm-up
      const base = await load(bare.url, `/json/${bytes}`, 'bench-baseline-token-0000000000', Math.max(2, Math.round(SECONDS / 2)));
      const cpuBefore = cpuMsOf(realm.pid);
      const got = await load(realm.url, read.path, read.token, SECONDS);
      const cpuPerRequest = (cpuMsOf(realm.pid) - cpuBefore) / Math.max(1, got.requests.total);
      const ratio = got.requests.average / base.requests.average;
      const errors = got.errors + got.timeouts + got.non2xx;
      record({
        name: `${read.name} (${bytes} B)`,
        value: got.requests.average,
        unit: 'req/s',
        baseline: { name: 'bare route, same body size', value: base.requests.average },
        target: '≥ 0.25×, p99 ≤ 25 ms, 0 errors',
        pass: ratio >= 0.25 && got.latency.p99 <= 25 && errors === 0,
      });
      note(
        `    p50 ${got.latency.p50} ms, p99 ${got.latency.p99} ms (bare p99 ${base.latency.p99} ms); server CPU ${cpuPerRequest.toFixed(3)} ms per request${errors ? `; errors ${errors}` : ''}`,
      );
    }
    if (only && !only.test('conversation list page')) return;
    // The same page (5 conversations) for a user in 5 and for one in 500: what a page costs must not
    // grow with the conversations beyond it (no per-conversation work, no sort of everything).
    const few = await load(realm.url, '/api/v1/conversations?limit=5', fixture.few.token, SECONDS);
    const many = await load(realm.url, '/api/v1/conversations?limit=5', fixture.many.token, SECONDS);
    record({
      name: 'conversation list page of 5, user in 500 conversations (latency p50)',
      value: many.latency.p50,
      unit: 'ms',
      baseline: { name: 'user in 5', value: Math.max(few.latency.p50, 0.5) },
      target: '≤ 1.5×',
      pass: many.latency.p50 <= 1.5 * Math.max(few.latency.p50, 0.5),
    });
    note(`    req/s: in 500 → ${many.requests.average.toFixed(0)}, in 5 → ${few.requests.average.toFixed(0)}`);
    const all = await load(realm.url, '/api/v1/conversations?limit=500', fixture.many.token, SECONDS);
    note(`    the whole list of 500 (limit=500): ${all.requests.average.toFixed(0)} req/s, p50 ${all.latency.p50} ms, p99 ${all.latency.p99} ms`);
  } finally {
    await realm?.cleanup();
    await bare.cleanup();
  }
}
