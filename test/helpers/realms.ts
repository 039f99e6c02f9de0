// Several realms in one test process, each on its own loopback port and database (a SQLite file, or
// a scratch PostgreSQL database in the `postgres` project), peered with each other. REALM_URL must be the URL peers sign requests for, so ports are chosen before building.
import net from 'node:net';
import { buildApp } from '../../src/app.js';
import { freshDataDir, postgresFor, TEST_PASSWORD_PARAMS, testConfig } from './app.js';
import { Factory } from './factories.js';
import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface TestRealm {
  id: string;
  url: string;
  port: number;
  app: FastifyInstance;
  f: Factory;
  dataDir: string;
  close(): Promise<void>;
  /** PostgreSQL mode: drops the realm's scratch database (after close; a restart on dataDir keeps it). */
  dropDatabase(): Promise<void>;
}

export const FEDERATION_TEST_ENV = {
  FEDERATION_ALLOW_PRIVATE: 'true',
  FEDERATION_RETRY_BASE_MS: '50',
  FEDERATION_RETRY_MAX_MS: '400',
  FEDERATION_TIMEOUT_MS: '3000',
};

/** A realm listening on `port` whose public URL is `publicUrl` (a proxy in front of it, or itself). */
export async function startRealm(
  id: string,
  options: { port?: number; publicUrl?: string; env?: Record<string, string>; dataDir?: string } = {},
): Promise<TestRealm> {
  const port = options.port ?? (await freePort());
  const url = options.publicUrl ?? `http://127.0.0.1:${port}`;
  const dataDir = options.dataDir ?? freshDataDir();
  const database = await postgresFor(options.env ?? {}, dataDir);
  const config = testConfig(dataDir, { REALM_ID: id, REALM_URL: url, ...FEDERATION_TEST_ENV, ...database.env });
  const app = await buildApp({ config, passwordParams: TEST_PASSWORD_PARAMS });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    id,
    url,
    port,
    app,
    f: new Factory(app),
    dataDir,
    async close() {
      await app.close();
    },
    dropDatabase: database.drop,
  };
}

/** Peers every realm with every other (by admin call, so the keys are pinned before the test starts). */
export async function peerAll(realms: readonly TestRealm[]): Promise<void> {
  for (const a of realms) for (const b of realms) if (a !== b) await a.app.services.federation.peers.add(b.url, 'admin', b.id);
}

export async function startRealms(ids: readonly string[]): Promise<TestRealm[]> {
  const realms = await Promise.all(ids.map((id) => startRealm(id)));
  await peerAll(realms);
  return realms;
}

export async function closeRealms(realms: readonly TestRealm[]): Promise<void> {
  for (const r of realms) {
    await r.close();
    await r.dropDatabase();
    fs.rmSync(r.dataDir, { recursive: true, force: true });
  }
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
