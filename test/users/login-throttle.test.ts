import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src/features/users/login-throttle.js';

const options = { pairFailures: 3, pairWindowMs: 60_000, freeFailures: 2, wideWindowMs: 600_000, delayStepMs: 100, maxDelayMs: 500 };

describe('LoginThrottle', () => {
  it('locks a pair after its failures, for the rest of the window only', () => {
    let now = 0;
    const t = new LoginThrottle(options, () => now);
    for (let i = 0; i < 3; i++) t.failed('1.1.1.1', 'bob');
    expect(t.lockedFor('1.1.1.1', 'bob')).toBe(60);
    expect(t.lockedFor('2.2.2.2', 'bob')).toBe(0);
    expect(t.lockedFor('1.1.1.1', 'ann')).toBe(0);
    now = 60_001;
    expect(t.lockedFor('1.1.1.1', 'bob')).toBe(0);
  });

  it('slows a username and an address beyond the free failures, capped', () => {
    const t = new LoginThrottle(options, () => 0);
    expect(t.delayMs('9.9.9.9', 'bob')).toBe(0);
    for (let i = 0; i < 4; i++) t.failed(`1.1.1.${i}`, 'bob');
    expect(t.delayMs('9.9.9.9', 'bob')).toBe(200);
    for (let i = 0; i < 20; i++) t.failed('5.5.5.5', `u${i}`);
    expect(t.delayMs('5.5.5.5', 'bob')).toBe(500);
  });

  it('a success clears the pair', () => {
    const t = new LoginThrottle(options, () => 0);
    t.failed('1.1.1.1', 'bob');
    t.failed('1.1.1.1', 'bob');
    t.succeeded('1.1.1.1', 'bob');
    t.failed('1.1.1.1', 'bob');
    expect(t.lockedFor('1.1.1.1', 'bob')).toBe(0);
  });
});
