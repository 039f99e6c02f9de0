// What a bearer may do. A login session has every scope; a personal access token has those its owner
// chose. read: GET requests and receiving events; write: everything that changes state; admin: the
// admin API (and only for an administrator's token — the scope grants nothing by itself).
export const SCOPES = ['read', 'write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export const ALL_SCOPES: readonly Scope[] = SCOPES;

/** Stored as a space-separated list; unknown words (from a newer version) are ignored. */
export function parseScopes(stored: string): Scope[] {
  const words = new Set(stored.split(/\s+/));
  return SCOPES.filter((scope) => words.has(scope));
}

export function formatScopes(scopes: readonly Scope[]): string {
  return SCOPES.filter((scope) => scopes.includes(scope)).join(' ');
}

/** The scope an HTTP request needs by its method: reading is safe, everything else writes. */
export function scopeForMethod(method: string): Scope {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? 'read' : 'write';
}
