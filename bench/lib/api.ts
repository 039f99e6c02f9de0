// Small HTTP client helpers for setting up benchmark data through the public API.
import type autocannon from 'autocannon';

export async function register(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'bench-password' }),
  });
  if (res.status !== 201) throw new Error(`register ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

export async function post(url: string, token: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

export interface DmPair {
  token: string;
  to: string;
}

/** `count` senders, each with a recipient of their own: distinct DMs, like that many people chatting. */
export async function dmPairs(url: string, count: number, prefix = ''): Promise<DmPair[]> {
  const pairs: DmPair[] = [];
  for (let i = 0; i < count; i++) {
    const token = await register(url, `${prefix}sender${i}`);
    await register(url, `${prefix}receiver${i}`);
    pairs.push({ token, to: `${prefix}receiver${i}` });
  }
  return pairs;
}

/** An autocannon request that gives each connection one pair and sends `body()` as a DM. */
export function dmSendRequest(pairs: readonly DmPair[], body: () => string): autocannon.Request {
  let next = 0;
  return {
    method: 'POST',
    setupRequest: (req, context) => {
      const ctx = context as { pair?: DmPair };
      ctx.pair ??= pairs[next++ % pairs.length]!;
      return {
        ...req,
        path: `/api/v1/direct/${ctx.pair.to}/messages`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.pair.token}` },
        body: body(),
      };
    },
  };
}
