// Baseline: a bare Fastify route returning a constant, in its own process.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/send', async () => ({ ok: true }));
app.get('/', async () => ({ ok: true }));
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`LISTENING http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
