// Checks `npm start` makes before it writes anything, so an operator's mistake gets one clear line
// naming what is wrong and what to do, not a stack trace from deep inside a library.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Config } from './config.js';
import { ensurePrivateDir } from './shared/private-files.js';

export class StartupError extends Error {
  constructor(
    message: string,
    /** sysexits: 69 unavailable (port taken), 73 cannot create (data dir). */
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function probe(port: number, host: string): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(null)));
  });
}

/** The HTTP and legacy TCP ports can be bound (0 = any free port: nothing to check). */
export async function checkPortsFree(config: Config): Promise<void> {
  const wanted = [
    { name: 'PORT', port: config.port, host: config.host },
    { name: 'LEGACY_TCP_PORT', port: config.legacyTcpPort, host: config.legacyTcpHost },
  ].filter((p) => p.port > 0);
  for (const { name, port, host } of wanted) {
    const error = await probe(port, host);
    if (!error) continue;
    const why =
      error.code === 'EADDRINUSE'
        ? 'is already in use by another process (another Realm Chat?): stop it or choose another port'
        : error.code === 'EACCES'
          ? 'needs privileges this user lacks (ports below 1024): choose a port above 1024'
          : `cannot be opened (${error.code ?? error.message})`;
    throw new StartupError(`${name}=${port} on ${host} ${why}. Nothing was written.`, 69);
  }
}

/** Creates DATA_DIR (0700) if needed and checks this user can create files in it. */
export function prepareDataDir(dataDir: string): void {
  const probeFile = path.join(dataDir, `.write-test-${process.pid}`);
  try {
    ensurePrivateDir(dataDir);
    fs.writeFileSync(probeFile, '');
    fs.rmSync(probeFile);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new StartupError(
      `DATA_DIR=${dataDir} is not writable by this user (${code}): fix its owner or permissions, or set DATA_DIR to a writable directory.`,
      73,
    );
  }
}
