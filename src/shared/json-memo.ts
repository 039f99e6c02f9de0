// JSON text kept with the object it encodes, for objects a response repeats from a cache (a rendered
// message): the response writer then copies the text instead of encoding the object again. An object
// with a memo must not be changed afterwards; the test suite's response validation compares every memo
// with the object it stands for (plugins/response-serializer.ts).
const memos = new WeakMap<object, string>();
const roots = new WeakSet<object>();

/** Keeps `json` as the encoding of `value` (which must equal JSON.stringify(value) when parsed). */
export function memoJson<T extends object>(value: T, json: string): T {
  memos.set(value, json);
  return value;
}

export function memoOf(value: object): string | undefined {
  return memos.get(value);
}

/** Marks a response body that holds objects with memos: the response writer walks it (stringifyMemo). */
export function withMemos<T extends object>(body: T): T {
  roots.add(body);
  return body;
}

export function hasMemos(body: unknown): boolean {
  return typeof body === 'object' && body !== null && roots.has(body);
}

/** JSON.stringify, except that an object with a memo is written as its memo. */
export function stringifyMemo(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const memo = memos.get(value);
  if (memo !== undefined) return memo;
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stringifyMemo(v))).join(',')}]`;
  const parts: string[] = [];
  for (const [key, v] of Object.entries(value)) if (v !== undefined && typeof v !== 'function') parts.push(`${JSON.stringify(key)}:${stringifyMemo(v)}`);
  return `{${parts.join(',')}}`;
}
