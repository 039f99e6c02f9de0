// The windowed list's arithmetic: offsets from measured heights and estimates, and which rows a
// viewport needs.
import { describe, expect, it } from 'vitest';
import { rowAt, RowHeights, visibleRange } from '../src/lib/windowing';

describe('RowHeights', () => {
  it('uses the estimate until a row is measured, and says when a measurement changes anything', () => {
    const heights = new RowHeights(50);
    expect(Array.from(heights.offsets(['a', 'b', 'c']))).toEqual([0, 50, 100, 150]);
    expect(heights.set('b', 80)).toBe(true);
    expect(heights.version).toBe(1);
    expect(heights.set('b', 80)).toBe(false);
    expect(heights.set('c', 50)).toBe(false);
    expect(heights.version).toBe(1);
    expect(Array.from(heights.offsets(['a', 'b', 'c']))).toEqual([0, 50, 130, 180]);
  });
});

describe('visibleRange', () => {
  const heights = new RowHeights(100);
  const keys = Array.from({ length: 10_000 }, (_, i) => `m${i}`);
  const offsets = heights.offsets(keys);

  it('renders only the rows in and around the viewport of a 10,000-row list', () => {
    const { start, end } = visibleRange(offsets, 500_000, 800, 200);
    expect(start).toBe(4998);
    expect(end).toBe(5011);
    expect(end - start).toBeLessThan(20);
  });

  it('clamps at both ends and handles an empty list', () => {
    expect(visibleRange(offsets, 0, 800, 200)).toEqual({ start: 0, end: 11 });
    expect(visibleRange(offsets, 10_000 * 100 - 800, 800, 200)).toEqual({ start: 9990, end: 10_000 });
    expect(visibleRange(new Float64Array([0]), 0, 800, 200)).toEqual({ start: 0, end: 0 });
  });

  it('finds the row under any pixel', () => {
    const mixed = new RowHeights(10);
    mixed.set('b', 30);
    const o = mixed.offsets(['a', 'b', 'c']); // 0, 10, 40, 50
    expect([rowAt(o, -5), rowAt(o, 0), rowAt(o, 9.9), rowAt(o, 10), rowAt(o, 39), rowAt(o, 40), rowAt(o, 500)]).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });
});
