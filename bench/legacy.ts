// Issue 5 benchmark: `send` round trips per second over the legacy TCP protocol, against the seed's own
// Python server (extracted from the seed at run time into a temp dir, never committed) running the same
// workload in the same run: 1 connection in sequence, and 16 connections in parallel.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { extractSeed } from '../tools/seed-code.js';
import { freePort, startRealm } from './lib/processes.js';
import { heading, note, record } from './lib/report.js';

const SECONDS = Number(process.env.BENCH_DURATION_S ?? 5);

/** A connection that sends one command at a time and waits for its \r\n\r\n-framed reply. */
class Line {
  private buffer = '';
  private resolve: ((reply: string) => void) | null = null;
  readonly ready: Promise<void>;
  private readonly socket: net.Socket;

  constructor(port: number) {
    this.socket = net.connect(port, '127.0.0.1');
    this.socket.setNoDelay(true);
    this.socket.setEncoding('latin1');
    this.ready = new Promise((r, j) => {
      this.socket.once('connect', () => r());
      this.socket.once('error', j);
    });
    this.socket.on('data', (d: string) => {
      this.buffer += d;
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end >= 0 && this.resolve) {
        const reply = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 4);
        const r = this.resolve;
        this.resolve = null;
        r(reply);
      }
    });
  }

  command(line: string): Promise<string> {
    return new Promise((resolve) => {
      this.resolve = resolve;
      this.socket.write(line);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Round trips per second of `send` over `connections` parallel connections for SECONDS. */
async function sendRate(port: number, tokens: string[], to: string, connections: number): Promise<{ rate: number; errors: number }> {
  const lines = Array.from({ length: connections }, () => new Line(port));
  await Promise.all(lines.map((l) => l.ready));
  let count = 0;
  let errors = 0;
  const until = Date.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    lines.map(async (line, i) => {
      const token = tokens[i % tokens.length]!;
      while (Date.now() < until) {
        const reply = await line.command(`send ${token} ${to} hello gimana kabarnya son \r\n`);
        if (reply.includes('"OK"')) count++;
        else errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const l of lines) l.close();
  return { rate: count / seconds, errors };
}

async function tokensFor(port: number, count: number, login: (i: number) => string): Promise<string[]> {
  const line = new Line(port);
  await line.ready;
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) tokens.push(JSON.parse(await line.command(login(i))).tokenid as string);
  line.close();
  return tokens;
}

async function startSeedServer(): Promise<{ port: number; stop: () => void }> {
  const dir = extractSeed('server');
  const port = await freePort();
  // The seed binds 0.0.0.0:8889; bind it to loopback on a free port instead, so it cannot collide.
  const file = path.join(dir, 'server_thread_chat.py');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace("bind(('0.0.0.0',8889))", `bind(('127.0.0.1',${port}))`));
  // Its logging.warning per command goes to stderr; discard it like a daemon would.
  const child = spawn('python3', [file], { cwd: dir, stdio: ['ignore', 'ignore', 'ignore'] });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    stop: () => {
      child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function legacyBenchmark(): Promise<void> {
  heading('Legacy TCP `send` round trips vs the seed’s Python server (issues 5 and 11)');
  const seed = await startSeedServer();
  let seed1: number;
  let seed16: number;
  try {
    const seedTokens = await tokensFor(seed.port, 16, () => 'auth messi surabaya \r\n');
    seed1 = (await sendRate(seed.port, seedTokens, 'henderson', 1)).rate;
    seed16 = (await sendRate(seed.port, seedTokens, 'henderson', 16)).rate;
  } finally {
    seed.stop();
  }

  record({ name: 'seed Python server, 1 connection', value: seed1, unit: 'sends/s' });
  record({ name: 'seed Python server, 16 connections', value: seed16, unit: 'sends/s' });
  // Issue 11's targets: 16 connections ≥ 1.5× the seed; 1 connection ≥ 0.5× at NORMAL (FULL reported).
  for (const synchronous of ['NORMAL', 'FULL'] as const) {
    const legacyPort = await freePort();
    const realm = await startRealm({ LEGACY_TCP_PORT: String(legacyPort), LEGACY_TCP_HOST: '127.0.0.1', SQLITE_SYNCHRONOUS: synchronous });
    try {
      const line = new Line(legacyPort);
      await line.ready;
      await line.command('register henderson surabaya Jordan_Henderson Inggris\r\n');
      line.close();
      const tokens = await tokensFor(legacyPort, 16, (i) => `register sender${i} surabaya Sender_${i} Indonesia\r\n`);
      await sendRate(legacyPort, tokens, 'henderson', 16); // warm-up
      const one = await sendRate(legacyPort, tokens, 'henderson', 1);
      const sixteen = await sendRate(legacyPort, tokens, 'henderson', 16);
      record({
        name: `legacy adapter, 1 connection, ${synchronous}`,
        value: one.rate,
        unit: 'sends/s',
        baseline: { name: 'seed', value: seed1 },
        ...(synchronous === 'NORMAL' ? { target: '≥ 0.5× seed', pass: one.rate >= 0.5 * seed1 } : {}),
      });
      record({
        name: `legacy adapter, 16 connections, ${synchronous}`,
        value: sixteen.rate,
        unit: 'sends/s',
        baseline: { name: 'seed', value: seed16 },
        target: '≥ 1.5× seed',
        pass: sixteen.rate >= 1.5 * seed16,
      });
      note(`errors: ${one.errors + sixteen.errors}`);
    } finally {
      await realm.cleanup();
    }
  }
  note('the seed keeps messages in memory (lost on restart); the adapter commits each send to SQLite (WAL) before answering it');
}
