// Secrets never reach the log: every key that names a credential (authorization, cookie, token,
// password, secret, api key), at any depth of any object logged, has its value replaced. A rule on key
// names rather than a list of paths, so a new log call (a plugin logging its options at trace, say)
// cannot leak one by being forgotten.
const SECRET_KEY = /authorization|cookie|passw(or)?d|secret|token|api[-_]?key|signature|private[-_]?key/i;
const MAX_DEPTH = 8;

export const REDACTED = '[redacted]';

// Log keys come from code, so there are few of them: each is judged once (bounded, in case a caller
// logs an object keyed by data).
const judged = new Map<string, boolean>();

export function isSecretKey(key: string): boolean {
  let secret = judged.get(key);
  if (secret === undefined) {
    secret = SECRET_KEY.test(key);
    if (judged.size < 10_000) judged.set(key, secret);
  }
  return secret;
}

/**
 * `value` with every secret-named key redacted. Objects without any are returned as they are (no copy
 * on the common path); Errors are kept as Errors (their serializer needs them) with own fields scrubbed.
 */
export function redactSecrets<T>(value: T, depth = 0, seen?: WeakSet<object>): T {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (seen?.has(value)) return value;
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value) || value instanceof Date) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue;
      seen ??= new WeakSet();
      seen.add(value);
      const next = redactSecrets(item, depth + 1, seen);
      if (next !== item) (copy ??= [...value])[i] = next;
    }
    return (copy ?? value) as T;
  }
  let changed: Record<string, unknown> | null = null;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const item = (value as Record<string, unknown>)[key];
    let next = item;
    if (isSecretKey(key)) {
      if (item !== undefined && item !== null) next = REDACTED;
    } else if (item !== null && typeof item === 'object') {
      // The cycle guard is made only when there is something to descend into (most lines are flat).
      seen ??= new WeakSet();
      seen.add(value);
      next = redactSecrets(item, depth + 1, seen);
    }
    if (next !== item) {
      changed ??= {};
      changed[key] = next;
    }
  }
  if (!changed) return value;
  if (value instanceof Error) {
    return Object.assign(Object.create(Object.getPrototypeOf(value)), value, { message: value.message, stack: value.stack }, changed) as T;
  }
  return { ...(value as Record<string, unknown>), ...changed } as T;
}
