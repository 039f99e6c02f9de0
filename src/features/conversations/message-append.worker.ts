// Worker thread that owns the message writer's SQLite connection: each request is one batch of sends,
// committed in one transaction by the SQLite append module. The commit (and its fsync under FULL)
// runs here, beside the event loop. The main thread holds the database write lock while a batch is
// here, so this connection never races the Prisma writer.
import { workerData } from 'node:worker_threads';
import { serveRequests } from '../../shared/worker-rpc.js';
import { SqliteMessageAppender } from './message-append.sqlite.js';
import { openAppendConnection } from './message-store.sqlite-inline.js';
import type { AppendRequest, AppendResult } from './message-store.js';

const { file, synchronous, busyTimeoutMs } = workerData as { file: string; synchronous: 'NORMAL' | 'FULL'; busyTimeoutMs: number };
const appender = new SqliteMessageAppender(openAppendConnection(file, synchronous, busyTimeoutMs));

serveRequests<AppendRequest, AppendResult>(async (request) => appender.append(request));
