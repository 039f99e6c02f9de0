// The arithmetic of a windowed list: only the rows near the viewport are in the DOM, the rest are two
// spacers whose heights come from rows measured earlier (or an estimate for rows never shown). Pure,
// so it is unit-tested directly.

export class RowHeights {
  private readonly measured = new Map<string, number>();
  /** Bumped whenever a measurement changes a height: offsets computed before are stale. */
  version = 0;

  constructor(private readonly estimate: number) {}

  /** Records a row's rendered height; true when it differs from what was assumed. */
  set(key: string, height: number): boolean {
    const before = this.measured.get(key) ?? this.estimate;
    this.measured.set(key, height);
    const changed = Math.abs(before - height) >= 0.5;
    if (changed) this.version++;
    return changed;
  }

  get(key: string): number {
    return this.measured.get(key) ?? this.estimate;
  }

  /** offsets[i] is the top of row i; offsets[n] the total height. */
  offsets(keys: readonly string[]): Float64Array {
    const offsets = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) offsets[i + 1] = offsets[i]! + this.get(keys[i]!);
    return offsets;
  }
}

/** The rows [start, end) to render for a viewport at `top` of height `height`, with `overscan` px around it. */
export function visibleRange(offsets: Float64Array, top: number, height: number, overscan: number): { start: number; end: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const start = Math.max(0, rowAt(offsets, top - overscan));
  const end = Math.min(count, rowAt(offsets, top + height + overscan) + 1);
  return { start, end: Math.max(end, start) };
}

/** The row containing pixel `y` (clamped to the first and last rows). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (offsets[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}
