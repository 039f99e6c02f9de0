// A minimal observable: state objects call changed(); views re-render through useObservable. Changes
// within one task are batched into one notification.
import { useEffect, useState } from 'preact/hooks';

export class Observable {
  private readonly listeners = new Set<() => void>();
  private scheduled = false;

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected changed(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      for (const listener of [...this.listeners]) listener();
    });
  }
}

/** Re-renders the calling component whenever `source` changes. */
export function useObservable(source: Observable | null | undefined): void {
  const [, setTick] = useState(0);
  useEffect(() => source?.subscribe(() => setTick((n) => n + 1)), [source]);
}
