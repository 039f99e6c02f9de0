// Worker thread that commits message batches on its own SQLite connection, so Prisma's per-query
// work and the commit's fsync run beside the HTTP event loop instead of on it. The main thread holds
// the write lock while a batch is here, so this connection never races the main writer.
import { workerData } from 'node:worker_threads';
import { openWriterClient, type Synchronous } from '../../db/database.js';
import { serveRequests } from '../../shared/worker-rpc.js';
import { persistBatch, type BatchResult, type SendJob } from './message-batch.js';
import { MessageBatchRepository } from './message-batch.repository.js';

const { file, synchronous } = workerData as { file: string; synchronous: Synchronous };
const repo = new MessageBatchRepository(await openWriterClient(file, synchronous));

serveRequests<SendJob[], BatchResult>((jobs) => persistBatch(repo, jobs));
