// Failed-login throttling as OWASP recommends: the pair (address, username) that keeps failing is
// locked for a short while; a username or an address as a whole is only slowed down, never blocked.
// So an attacker cannot lock a user out of their own account from elsewhere, nor lock out everyone
// behind a shared address, and a correct password from an address that has not failed is never refused.
// The counters are shared by every instance of the realm when Redis is configured (window-counter.ts).
import { memoryCounters, type WindowCounter, type WindowCounterFactory } from '../../shared/window-counter.js';

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
  private readonly byPair: WindowCounter;
  private readonly byUser: WindowCounter;
  private readonly byIp: WindowCounter;

  constructor(
    private readonly o: LoginThrottleOptions,
    now: () => number = Date.now,
    counters: WindowCounterFactory = memoryCounters,
  ) {
    this.byPair = counters('login-pair', { max: o.pairFailures, windowMs: o.pairWindowMs, now });
    // The wide counters keep enough history to compute the delay, never to refuse.
    const depth = o.freeFailures + Math.ceil(o.maxDelayMs / o.delayStepMs);
    this.byUser = counters('login-user', { max: depth, windowMs: o.wideWindowMs, now });
    this.byIp = counters('login-ip', { max: depth, windowMs: o.wideWindowMs, now });
  }

  /** Seconds this pair must wait before it may try again (0: it may). */
  lockedFor(ip: string, username: string): Promise<number> {
    return this.byPair.retryAfter(pair(ip, username));
  }

  /** How long to hold this attempt before answering: grows with the username's and the address's failures. */
  async delayMs(ip: string, username: string): Promise<number> {
    const extra = (n: number) => Math.max(0, n - this.o.freeFailures) * this.o.delayStepMs;
    const [byUser, byIp] = await Promise.all([this.byUser.count(username), this.byIp.count(ip)]);
    return Math.min(this.o.maxDelayMs, extra(byUser) + extra(byIp));
  }

  async failed(ip: string, username: string): Promise<void> {
    await Promise.all([this.byPair.record(pair(ip, username)), this.byUser.record(username), this.byIp.record(ip)]);
  }

  succeeded(ip: string, username: string): Promise<void> {
    return this.byPair.reset(pair(ip, username));
  }
}

const pair = (ip: string, username: string) => `${ip}\u0000${username}`;
