// A batch's txnId comes from its events, so a retry — in the same process or after a restart — sends
// the same txnId for the same batch without storing it first.
import { describe, expect, it } from 'vitest';
import { txnIdFor } from '../../src/federation/delivery.js';

const batch = (...ids: string[]) => ids.map((eventId) => ({ eventId }));

describe('txnIdFor', () => {
  it('is the same for the same events in the same order', () => {
    expect(txnIdFor(batch('01A', '01B'))).toBe(txnIdFor(batch('01A', '01B')));
  });

  it('differs when the batch differs: grown, reordered, or split differently', () => {
    const ids = new Set([txnIdFor(batch('01A', '01B')), txnIdFor(batch('01A', '01B', '01C')), txnIdFor(batch('01B', '01A')), txnIdFor(batch('01A01B'))]);
    expect(ids.size).toBe(4);
  });

  it('is a valid txnId for the receiving realm', () => {
    const full = batch(...Array.from({ length: 50 }, (_, i) => `01M8BVQT26906C5C2HH8DCF${String(i).padStart(3, '0')}`));
    expect(txnIdFor(full)).toMatch(/^[A-Za-z0-9._-]{1,128}$/);
  });
});
