// Child processes for benchmarks: the real server (built dist/main.js, as `npm start` runs it) and
// baselines. Servers run in their own process so the load generator does not share their event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..');

export interface Running {
  child: ChildProcess;
  url: string;
  pid: number;
  dataDir?: string;
  output(): string;
  /** Stops the process (SIGTERM, then SIGKILL after 15 s). */
  stop(): Promise<void>;
  /** Stops it and deletes its data dir. */
  cleanup(): Promise<void>;
}

function waitForListening(child: ChildProcess, out: () => string, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start in time:\n${out()}`)), timeoutMs);
    const check = () => {
      const m = pattern.exec(out());
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${out()}`));
    });
  });
}

function capture(child: ChildProcess): () => string {
  let out = '';
  const keep = (d: Buffer) => {
    out += d.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => out;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHttp(url: string, child: ChildProcess, out: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${out()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`did not start in time:\n${out()}`);
}

/**
 * The Realm Chat server from dist/ on a fresh data dir (or `options.dataDir`, to restart one), on a
 * free port (or `options.port`). `npm run build` must have run.
 */
export async function startRealm(env: Record<string, string> = {}, options: { port?: number; dataDir?: string; nodeArgs?: string[] } = {}): Promise<Running> {
  if (!fs.existsSync(path.join(root, 'dist', 'main.js'))) throw new Error('dist/main.js missing: run `npm run build`');
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'realm-bench-'));
  const port = options.port ?? (await freePort());
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the servers of a benchmark.
  const nodeArgs = options.nodeArgs ?? (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'dist/main.js'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      LEGACY_TCP_PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_SENDS_PER_MINUTE: '100000000',
      RATE_LIMIT_REQUESTS_PER_MINUTE: '100000000',
      RATE_LIMIT_REGISTER_PER_HOUR: '100000000',
      RATE_LIMIT_UPLOADS_PER_MINUTE: '100000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = capture(child);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/readyz`, child, output, 120_000);
  const stop = stopper(child);
  return {
    child,
    url,
    pid: child.pid!,
    dataDir,
    output,
    stop,
    async cleanup() {
      await stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A TypeScript file under bench/ run as its own process; it prints "LISTENING <url>". */
export async function startScript(file: string, args: string[] = []): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = capture(child);
  const url = await waitForListening(child, output, /LISTENING (\S+)/, 60_000);
  const stop = stopper(child);
  return { child, url, pid: child.pid!, output, stop, cleanup: stop };
}

/** Resident set size of a process, in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
