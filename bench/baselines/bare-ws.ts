// Baseline: a bare `ws` server. A client's text frame "broadcast:<payload>" makes it send <payload> to
// every connected socket.
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    const text = String(data);
    if (!text.startsWith('broadcast:')) return;
    const frame = Buffer.from(text.slice('broadcast:'.length));
    for (const client of wss.clients) client.send(frame, { binary: false });
  });
});
wss.on('listening', () => {
  const address = wss.address();
  process.stdout.write(`LISTENING ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => wss.close(() => process.exit(0)));
