// Baseline: a bare Fastify route returning a constant, in its own process. GET /json/<bytes> stands in
// for a read: it parses the same Authorization header a client sends and answers a JSON body of about
// that many bytes (built once per size), so a read endpoint is compared with the cost of HTTP itself.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/send', async () => ({ ok: true }));
app.get('/', async () => ({ ok: true }));

const bodies = new Map<number, string>();
function bodyOf(bytes: number): string {
  let body = bodies.get(bytes);
  if (!body) {
    const item = { id: '01JBENCHMARKMESSAGE0000000', seq: 1, sender: 'someone', text: 'a message of an ordinary length for a chat' };
    const items: unknown[] = [];
    while (JSON.stringify({ items }).length < bytes) items.push({ ...item, seq: items.length + 1 });
    body = JSON.stringify({ items });
    bodies.set(bytes, body);
  }
  return body;
}
app.get<{ Params: { bytes: string } }>('/json/:bytes', async (request, reply) => {
  const auth = request.headers.authorization;
  if (!auth?.startsWith('Bearer ') || auth.length < 20) return reply.code(401).send({ error: 'unauthorized' });
  return reply.type('application/json; charset=utf-8').send(bodyOf(Math.min(Number(request.params.bytes) || 2, 5_000_000)));
});

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`LISTENING http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
