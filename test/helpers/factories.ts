// Small factories for test data, driven through the public API (ctx.newUser(), ctx.newGroup()).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export interface TestUser {
  username: string;
  token: string;
  auth: { authorization: string };
}

let counter = 0;

export function uniqueName(prefix = 'user'): string {
  counter += 1;
  return `${prefix}${process.pid % 1000}_${counter}`;
}

export class Factory {
  constructor(readonly app: FastifyInstance) {}

  async newUser(username = uniqueName(), extra: { displayName?: string; country?: string } = {}): Promise<TestUser> {
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { username, password: 'password123', ...extra },
    });
    if (res.statusCode !== 201) throw new Error(`register ${username}: ${res.statusCode} ${res.body}`);
    const token = res.json().token as string;
    return { username, token, auth: { authorization: `Bearer ${token}` } };
  }

  async newGroup(owner: TestUser, name = uniqueName('group'), visibility: 'public' | 'invite' = 'public'): Promise<string> {
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/v1/groups',
      headers: owner.auth,
      payload: { name, visibility },
    });
    if (res.statusCode !== 201) throw new Error(`create group ${name}: ${res.statusCode} ${res.body}`);
    return name;
  }

  async dm(from: TestUser, to: string, text: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method: 'POST',
      url: `/api/v1/direct/${to}/messages`,
      headers: { ...from.auth, ...headers },
      payload: { text },
    });
  }

  async groupSend(from: TestUser, group: string, text: string): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method: 'POST',
      url: `/api/v1/groups/${group}/messages`,
      headers: from.auth,
      payload: { text },
    });
  }

  get(user: TestUser | null, url: string): Promise<LightMyRequestResponse> {
    return this.app.inject({ method: 'GET', url, headers: user ? user.auth : {} });
  }

  call(user: TestUser | null, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: user ? user.auth : {},
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  }
}
