// The mixed load's generator, in a process of its own (the server must not share its event loop, nor
// its CPU accounting): CONNECTIONS keep-alive connections, each a loop of requests drawn from the mix of
// what a realm's people do, for SECONDS. Prints one JSON line with the figures, per operation too.
//   node --import tsx bench/lib/mixed-load.ts <url> <fixture.json> <connections> <seconds> [rate]
// With a rate (requests/s offered in all), each connection sends on a schedule (people do not click the
// instant their last answer arrives) and a request's latency counts from when it was due, so a server
// that falls behind shows it in the latency instead of slowing the generator down (no coordinated
// omission). Without one (0), every connection sends again as soon as it is answered: the saturation
// throughput, whose latency is only connections ÷ throughput (Little's law).
import fs from 'node:fs';
import http from 'node:http';

interface User {
  username: string;
  token: string;
  peers: string[];
  groups: string[];
}

const [url, fixtureFile, connectionsArg, secondsArg, rateArg] = process.argv.slice(2);
const users = JSON.parse(fs.readFileSync(fixtureFile!, 'utf8')) as User[];
const CONNECTIONS = Number(connectionsArg);
const SECONDS = Number(secondsArg);
const RATE = Number(rateArg ?? 0);
const TIMEOUT_MS = 30_000;
const target = new URL(url!);
const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

/** The mix (issue 25): what share of requests each operation is. */
const MIX: Array<[string, number]> = [
  ['dm send', 30],
  ['group send', 15],
  ['dm history', 15],
  ['group history', 5],
  ['inbox', 10],
  ['conversations', 10],
  ['user search', 5],
  ['me', 4],
  ['edit own message', 3],
  ['file upload', 2],
  ['mark read', 1],
];
const TOTAL = MIX.reduce((n, [, w]) => n + w, 0);

function pick<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)]!;
}

function draw(): string {
  let r = Math.random() * TOTAL;
  for (const [name, weight] of MIX) if ((r -= weight) < 0) return name;
  return MIX[0]![0];
}

interface Request {
  method: string;
  path: string;
  body?: Buffer;
  type?: string;
  ok: number[];
}

/** Message ids each user sent, for edits. */
const sent = new Map<string, string[]>();

function requestFor(op: string, user: User): Request {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const text = `a message from ${user.username} at ${Date.now()}, of an ordinary length for a chat`;
  switch (op) {
    case 'dm send':
      return { method: 'POST', path: `/api/v1/direct/${pick(user.peers)}/messages`, body: json({ text }), type: 'application/json', ok: [201] };
    case 'group send':
      return { method: 'POST', path: `/api/v1/groups/${pick(user.groups)}/messages`, body: json({ text }), type: 'application/json', ok: [201] };
    case 'dm history':
      return { method: 'GET', path: `/api/v1/direct/${pick(user.peers)}/messages?limit=50`, ok: [200] };
    case 'group history':
      return { method: 'GET', path: `/api/v1/groups/${pick(user.groups)}/messages?limit=50`, ok: [200] };
    case 'inbox':
      return { method: 'GET', path: '/api/v1/inbox', ok: [200] };
    case 'conversations':
      return { method: 'GET', path: '/api/v1/conversations', ok: [200] };
    case 'user search':
      return { method: 'GET', path: `/api/v1/users?q=${pick(['mix', 'user1', 'user2', 'x'])}`, ok: [200] };
    case 'me':
      return { method: 'GET', path: '/api/v1/me', ok: [200] };
    case 'edit own message': {
      const mine = sent.get(user.username);
      if (!mine || mine.length === 0) return requestFor('dm send', user);
      return { method: 'PATCH', path: `/api/v1/messages/${pick(mine)}`, body: json({ text: `${text} (edited)` }), type: 'application/json', ok: [200] };
    }
    case 'file upload': {
      const boundary = `----mix${Date.now()}`;
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="note.txt"\r\nContent-Type: text/plain\r\n\r\n`),
        Buffer.alloc(2048, 'x'),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return { method: 'POST', path: `/api/v1/direct/${pick(user.peers)}/files`, body, type: `multipart/form-data; boundary=${boundary}`, ok: [201] };
    }
    default:
      return {
        method: 'POST',
        path: `/api/v1/conversations/dm:${pick(user.peers)}/read`,
        body: json({ upToSeq: 1_000_000 }),
        type: 'application/json',
        ok: [200],
      };
  }
}

function send(user: User, req: Request): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const r = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: req.path,
        method: req.method,
        agent,
        headers: {
          authorization: `Bearer ${user.token}`,
          ...(req.body ? { 'content-type': req.type!, 'content-length': req.body.length } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    r.setTimeout(TIMEOUT_MS, () => r.destroy(new Error('timeout')));
    r.on('error', reject);
    r.end(req.body);
  });
}

const latencies = new Map<string, number[]>(MIX.map(([name]) => [name, []]));
const errors = new Map<string, number>();
let timeouts = 0;
const end = Date.now() + SECONDS * 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function loop(i: number): Promise<void> {
  // Each connection's requests are due every CONNECTIONS / RATE seconds, the connections spread over it.
  const interval = RATE > 0 ? (1000 * CONNECTIONS) / RATE : 0;
  let due = performance.now() + (interval * i) / CONNECTIONS;
  while (Date.now() < end) {
    if (interval > 0) {
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
    }
    const user = users[(i + Math.floor(Math.random() * users.length)) % users.length]!;
    const op = draw();
    const req = requestFor(op, user);
    const started = interval > 0 ? due : performance.now();
    due += interval;
    try {
      const res = await send(user, req);
      latencies.get(op)!.push(performance.now() - started);
      if (!req.ok.includes(res.status)) errors.set(`${op} ${res.status}`, (errors.get(`${op} ${res.status}`) ?? 0) + 1);
      else if (op === 'dm send' || op === 'group send') {
        // A real client reads what it gets: the sent message's id, for a later edit.
        const id = (JSON.parse(res.body) as { id: string }).id;
        const mine = sent.get(user.username) ?? [];
        mine.push(id);
        if (mine.length > 20) mine.shift();
        sent.set(user.username, mine);
      } else JSON.parse(res.body);
    } catch (error) {
      if ((error as Error).message === 'timeout') timeouts++;
      else errors.set(`${op} ${(error as Error).message}`, (errors.get(`${op} ${(error as Error).message}`) ?? 0) + 1);
    }
  }
}

const pct = (sorted: number[], p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
const started = Date.now();
await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => loop(i)));
const seconds = (Date.now() - started) / 1000;
const all = [...latencies.values()].flat().sort((a, b) => a - b);
const perOp = Object.fromEntries(
  [...latencies].map(([name, list]) => {
    list.sort((a, b) => a - b);
    return [name, { count: list.length, p50: pct(list, 50), p99: pct(list, 99) }];
  }),
);
process.stdout.write(
  `${JSON.stringify({ requests: all.length, seconds, rps: all.length / seconds, p50: pct(all, 50), p99: pct(all, 99), errors: Object.fromEntries(errors), timeouts, perOp })}\n`,
);
agent.destroy();
