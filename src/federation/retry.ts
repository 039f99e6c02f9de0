// Retry schedule for deliveries to a peer: exponential backoff with full jitter, capped, forever.

/** Delay before retry number `attempt` (1-based): uniform in [0, min(cap, base·2^(attempt-1))]. */
export function fullJitterDelay(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(Math.max(attempt, 1) - 1, 30));
  return Math.floor(random() * ceiling);
}

/** Retry-After (seconds or an HTTP date) in ms, if present and sane (≤ 1 hour). */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(ms) || ms < 0) return null;
  return Math.min(ms, 3600_000);
}

/** Whether an HTTP status means "try again later" rather than "this will never work". */
export function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
