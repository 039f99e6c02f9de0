// A connection-level round-robin load balancer (what nginx's `stream` proxy does), for `npm run bench
// scale`: each client connection goes to the next backend, bytes are piped both ways, so HTTP
// keep-alive connections and WebSockets stay on the instance they reached. Arguments: backend ports.
import net from 'node:net';

const backends = process.argv.slice(2).map(Number);
let next = 0;
const server = net.createServer((client) => {
  const port = backends[next++ % backends.length]!;
  const upstream = net.connect(port, '127.0.0.1');
  client.setNoDelay(true);
  upstream.setNoDelay(true);
  client.pipe(upstream).pipe(client);
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on('error', close);
  upstream.on('error', close);
  client.on('close', close);
  upstream.on('close', close);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as net.AddressInfo;
  process.stdout.write(`LISTENING http://127.0.0.1:${address.port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
