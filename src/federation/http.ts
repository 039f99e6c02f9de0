// Outgoing HTTP to peers, bounded: a deadline, a maximum response size, no redirects followed, and —
// unless FEDERATION_ALLOW_PRIVATE — connections only to public addresses, checked at connect time
// (a DNS answer that changes after the peer was added cannot redirect us inward).
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';
import { isPrivateAddress } from './ssrf.js';

export interface PeerResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface RequestOptions {
  method: string;
  url: string;
  /** Headers, or a function making them for each attempt (a signature must not be sent twice). */
  headers?: Record<string, string> | (() => Record<string, string>);
  body?: Buffer | string;
  timeoutMs: number;
  maxResponseBytes: number;
  allowPrivate: boolean;
  /** Stream the body to this consumer instead of buffering it (file fetches). */
  sink?: (response: http.IncomingMessage) => Promise<void>;
}

const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 4);
    const list = addresses as dns.LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad) return callback(new Error(`refusing to connect to ${hostname} (${bad.address}): not a public address`), '', 4);
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
};

export class PeerRequestError extends Error {
  override name = 'PeerRequestError';
}

// Connections to peers are kept open between requests: a delivery loop sends one transaction after
// another, and a new TCP (and TLS) handshake for each was a large part of its cycle. Idle sockets are
// closed after 4 s, before a peer's server would (Node's default keep-alive timeout is 5 s).
const agentOptions = { keepAlive: true, maxSockets: 16, maxFreeSockets: 4, timeout: 4000 };
const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };

/**
 * One request to a peer. A kept-alive connection the peer closed just as we reused it fails with
 * ECONNRESET; that case is retried once, on a new connection, with fresh headers (signatures carry a
 * nonce). Repeating is safe: every federation request is idempotent.
 */
export async function peerRequest(options: RequestOptions): Promise<PeerResponse> {
  try {
    return await requestOnce(options);
  } catch (error) {
    if (error instanceof StaleConnectionError) return requestOnce(options);
    throw error;
  }
}

class StaleConnectionError extends Error {}

function requestOnce(options: RequestOptions): Promise<PeerResponse> {
  const url = new URL(options.url);
  const transport = url.protocol === 'https:' ? https : http;
  // Node does not call `lookup` for an IP literal, so a literal is judged here, before connecting.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivate && net.isIP(literal) && isPrivateAddress(literal)) {
    return Promise.reject(new PeerRequestError(`refusing to connect to ${literal}: not a public address`));
  }
  return new Promise((outerResolve, outerReject) => {
    // A whole-request deadline for API calls; file downloads only get the inactivity timeout.
    const deadline = options.sink
      ? null
      : setTimeout(() => req.destroy(new PeerRequestError(`no complete answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    const resolve = (r: PeerResponse) => {
      if (deadline) clearTimeout(deadline);
      outerResolve(r);
    };
    const reject = (e: unknown) => {
      if (deadline) clearTimeout(deadline);
      outerReject(e);
    };
    const req = transport.request(
      url,
      {
        method: options.method,
        headers: {
          ...(typeof options.headers === 'function' ? options.headers() : options.headers),
          ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}),
        },
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
        agent: transport === https ? agents.https : agents.http,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          return reject(new PeerRequestError(`peer answered a redirect (${status}); redirects are not followed`));
        }
        if (options.sink && status === 200) {
          options.sink(res).then(() => resolve({ status, headers: res.headers, body: Buffer.alloc(0) }), reject);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxResponseBytes) {
            req.destroy(new PeerRequestError(`peer response larger than ${options.maxResponseBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ status, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    // And the address actually connected to is checked again, whatever the name resolved to.
    if (!options.allowPrivate) {
      req.on('socket', (socket) => {
        const check = () => {
          if (!socket.remoteAddress || isPrivateAddress(socket.remoteAddress))
            req.destroy(new PeerRequestError(`refusing ${socket.remoteAddress ?? 'an unknown address'}: not a public address`));
        };
        if (socket.connecting) socket.prependOnceListener('connect', check);
        else check();
      });
    }
    req.setTimeout(options.timeoutMs, () => req.destroy(new PeerRequestError(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (req.reusedSocket && error.code === 'ECONNRESET') return reject(new StaleConnectionError(error.message));
      reject(error);
    });
    req.end(options.body);
  });
}
