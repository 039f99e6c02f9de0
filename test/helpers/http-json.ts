// JSON over real HTTP (fetch) for tests against servers in child processes.

export async function post(url: string, body: unknown, token?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as any };
}

/** The texts of a direct conversation, oldest first (up to 200). */
export async function texts(url: string, token: string, other: string): Promise<string[]> {
  const res = await fetch(`${url}/api/v1/direct/${other}/messages?limit=200`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { messages?: Array<{ text: string }> };
  return (body.messages ?? []).map((m) => m.text).reverse();
}
