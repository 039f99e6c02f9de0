// Failed-login throttling as OWASP recommends: the pair (address, username) that keeps failing is
// locked for a short while; a username or an address as a whole is only slowed down, never blocked.
// So an attacker cannot lock a user out of their own account from elsewhere, nor lock out everyone
// behind a shared address, and a correct password from an address that has not failed is never refused.
import { WindowLimiter } from '../../shared/window-limiter.js';

export interface LoginThrottleOptions {
  /** Failures of one (address, username) pair within `pairWindowMs` before it is locked. */
  pairFailures: number;
  pairWindowMs: number;
  /** Failures of a username (or an address) within `wideWindowMs` that cost nothing. */
  freeFailures: number;
  wideWindowMs: number;
  /** Added per failure beyond the free ones, up to `maxDelayMs`, before an answer. */
  delayStepMs: number;
  maxDelayMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: Omit<LoginThrottleOptions, 'pairFailures'> = {
  pairWindowMs: 60_000,
  freeFailures: 10,
  wideWindowMs: 15 * 60_000,
  delayStepMs: 100,
  maxDelayMs: 2000,
};

export class LoginThrottle {
  private readonly byPair: WindowLimiter;
  private readonly byUser: WindowLimiter;
  private readonly byIp: WindowLimiter;

  constructor(
    private readonly o: LoginThrottleOptions,
    now: () => number = Date.now,
  ) {
    this.byPair = new WindowLimiter(o.pairFailures, o.pairWindowMs, 100_000, now);
    // The wide counters keep enough history to compute the delay, never to refuse.
    const depth = o.freeFailures + Math.ceil(o.maxDelayMs / o.delayStepMs);
    this.byUser = new WindowLimiter(depth, o.wideWindowMs, 100_000, now);
    this.byIp = new WindowLimiter(depth, o.wideWindowMs, 100_000, now);
  }

  /** Seconds this pair must wait before it may try again (0: it may). */
  lockedFor(ip: string, username: string): number {
    return this.byPair.retryAfter(pair(ip, username));
  }

  /** How long to hold this attempt before answering: grows with the username's and the address's failures. */
  delayMs(ip: string, username: string): number {
    const extra = (n: number) => Math.max(0, n - this.o.freeFailures) * this.o.delayStepMs;
    return Math.min(this.o.maxDelayMs, extra(this.byUser.count(username)) + extra(this.byIp.count(ip)));
  }

  failed(ip: string, username: string): void {
    this.byPair.record(pair(ip, username));
    this.byUser.record(username);
    this.byIp.record(ip);
  }

  succeeded(ip: string, username: string): void {
    this.byPair.reset(pair(ip, username));
  }
}

const pair = (ip: string, username: string) => `${ip}\u0000${username}`;
