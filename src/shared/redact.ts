// Secrets never reach the log: every key that names a credential (authorization, cookie, token,
// password, secret, api key), at any depth of any object logged, has its value replaced. A rule on key
// names rather than a list of paths, so a new log call (a plugin logging its options at trace, say)
// cannot leak one by being forgotten.
const SECRET_KEY = /authorization|cookie|passw(or)?d|secret|token|api[-_]?key|signature|private[-_]?key/i;
const MAX_DEPTH = 8;

export const REDACTED = '[redacted]';

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/**
 * `value` with every secret-named key redacted. Objects without any are returned as they are (no copy
 * on the common path); Errors are kept as Errors (their serializer needs them) with own fields scrubbed.
 */
export function redactSecrets<T>(value: T, depth = 0, seen = new WeakSet<object>()): T {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (seen.has(value)) return value;
  seen.add(value);
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value) || value instanceof Date) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, i) => {
      const next = redactSecrets(item, depth + 1, seen);
      if (next !== item) (copy ??= [...value])[i] = next;
    });
    return (copy ?? value) as T;
  }
  let changed: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value)) {
    const next = isSecretKey(key) && item !== undefined && item !== null ? REDACTED : redactSecrets(item, depth + 1, seen);
    if (next !== item) {
      changed ??= {};
      changed[key] = next;
    }
  }
  if (!changed) return value;
  if (value instanceof Error)
    return Object.assign(Object.create(Object.getPrototypeOf(value)), value, { message: value.message, stack: value.stack }, changed) as T;
  return { ...(value as Record<string, unknown>), ...changed } as T;
}
