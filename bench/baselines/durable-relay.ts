// Baseline for the message path: the durable floor. A bare `ws` relay that stores every message with
// one better-sqlite3 INSERT (WAL; synchronous from argv, NORMAL by default) before it acks the sender and
// forwards the message to the receiver — what any durable chat server must do at least, and nothing else.
// Clients connect with ?user=<name> and send {"type":"send","data":{"to","text","clientTxnId"}}, the
// same frame Realm Chat takes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { WebSocketServer, type WebSocket } from 'ws';

const synchronous = process.argv[2] === 'FULL' ? 'FULL' : 'NORMAL';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'durable-relay-'));
const db = new Database(path.join(dir, 'relay.db'));
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${synchronous}`);
db.exec(
  'CREATE TABLE message (id INTEGER PRIMARY KEY, sender TEXT NOT NULL, recipient TEXT NOT NULL, text TEXT NOT NULL, clientTxnId TEXT NOT NULL, createdAt TEXT NOT NULL)',
);
const insert = db.prepare('INSERT INTO message (sender, recipient, text, clientTxnId, createdAt) VALUES (?, ?, ?, ?, ?)');

const sockets = new Map<string, WebSocket>();
const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
wss.on('connection', (socket, request) => {
  const user = new URL(request.url ?? '/', 'http://x').searchParams.get('user') ?? '';
  sockets.set(user, socket);
  socket.send(JSON.stringify({ type: 'ready', data: {} }));
  socket.on('message', (raw) => {
    const frame = JSON.parse(String(raw)) as { type: string; data: { to: string; text: string; clientTxnId: string } };
    if (frame.type !== 'send') return;
    const { to, text, clientTxnId } = frame.data;
    const createdAt = new Date().toISOString();
    const id = Number(insert.run(user, to, text, clientTxnId, createdAt).lastInsertRowid);
    const message = { id, sender: user, text, createdAt };
    socket.send(JSON.stringify({ type: 'ack', data: { clientTxnId, message } }));
    sockets.get(to)?.send(JSON.stringify({ type: 'message.created', data: { message } }));
  });
  socket.on('close', () => sockets.get(user) === socket && sockets.delete(user));
});
wss.on('listening', () => {
  const address = wss.address();
  process.stdout.write(`LISTENING ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => {
  wss.close(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
});
