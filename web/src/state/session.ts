// The signed-in user: the session token and profile, kept in localStorage so a reload stays signed in.
import { api, call, setToken, type Me } from '../api/client';

const KEY = 'realm-chat.session';

export interface Session {
  token: string;
  user: Me;
}

export function loadSession(): Session | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
    if (parsed && typeof parsed.token === 'string' && parsed.user?.username) {
      setToken(parsed.token);
      return parsed;
    }
  } catch {
    // A damaged entry: signed out.
  }
  return null;
}

export function saveSession(session: Session | null): void {
  setToken(session?.token ?? null);
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
}

export async function login(username: string, password: string): Promise<Session> {
  const session = await call(api.POST('/api/v1/auth/login', { body: { username, password } }));
  saveSession(session);
  return session;
}

export async function register(username: string, password: string, displayName: string, invite: string): Promise<Session> {
  const body = { username, password, ...(displayName ? { displayName } : {}), ...(invite ? { invite } : {}) };
  const session = await call(api.POST('/api/v1/auth/register', { body }));
  saveSession(session);
  return session;
}

/**
 * Signs out here and forgets what this browser kept for the user (unsent messages, drafts, the resume
 * point): on a shared computer the next person must not find them. The language choice stays.
 */
export async function logout(username: string): Promise<void> {
  try {
    await call(api.POST('/api/v1/auth/logout', {}));
  } catch {
    // Signed out locally either way.
  }
  saveSession(null);
  const mine = [`realm-chat.outbox.${username}`, `realm-chat.seq.${username}`];
  const drafts = `realm-chat.draft.${username}.`;
  for (const key of Object.keys(localStorage)) if (mine.includes(key) || key.startsWith(drafts)) localStorage.removeItem(key);
}
