/**
 * A min-queue of items by instant (a binary heap), with stale entries skipped rather than removed: an item's current
 * instant is asked of `keyOf`, and an entry whose instant no longer matches is dropped when met. Pushing is O(log n);
 * taking everything due by a moment is O(k log n) for the k due; listing what falls due before a moment walks only the
 * part of the heap at or below it.
 */
export class TimeQueue<T> {
  private readonly at: number[] = [];
  private readonly items: T[] = [];

  constructor(private readonly keyOf: (item: T) => number) {}

  /** How many entries the queue holds, stale ones included. */
  get size(): number {
    return this.at.length;
  }

  /** Queues an item at its current instant; an infinite instant is never due and is not queued. */
  push(item: T): void {
    const when = this.keyOf(item);
    if (!Number.isFinite(when)) return;
    let i = this.at.length;
    this.at.push(when);
    this.items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.at[parent]! <= when) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns every live item due at or before `moment`, each once, earliest first. */
  takeDue(moment: number): T[] {
    const out: T[] = [];
    const seen = new Set<T>();
    while (this.at.length > 0 && this.at[0]! <= moment) {
      const when = this.at[0]!;
      const item = this.pop();
      if (this.keyOf(item) === when && !seen.has(item)) {
        seen.add(item);
        out.push(item);
      }
    }
    return out;
  }

  /** Every live item due at or before `moment`, without removing any, in no particular order. */
  dueBy(moment: number): T[] {
    const out: T[] = [];
    const seen = new Set<T>();
    const stack = this.at.length > 0 ? [0] : [];
    while (stack.length > 0) {
      const i = stack.pop()!;
      const when = this.at[i]!;
      if (when > moment) continue;
      const item = this.items[i]!;
      if (this.keyOf(item) === when && !seen.has(item)) {
        seen.add(item);
        out.push(item);
      }
      const left = 2 * i + 1;
      if (left < this.at.length) stack.push(left);
      if (left + 1 < this.at.length) stack.push(left + 1);
    }
    return out;
  }

  /**
   * Drops stale entries once they outnumber live ones, so the queue stays proportional to what is queued. Amortised
   * O(1) per push: it runs only after the queue has doubled.
   */
  compact(live: number): void {
    if (this.at.length <= 2 * live + 64) return;
    const keep: T[] = [];
    const seen = new Set<T>();
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i]!;
      if (this.keyOf(item) === this.at[i] && !seen.has(item)) {
        seen.add(item);
        keep.push(item);
      }
    }
    this.at.length = 0;
    this.items.length = 0;
    for (const item of keep) this.push(item);
  }

  private pop(): T {
    const top = this.items[0]!;
    const lastAt = this.at.pop()!;
    const lastItem = this.items.pop()!;
    if (this.at.length > 0) {
      this.at[0] = lastAt;
      this.items[0] = lastItem;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < this.at.length && this.at[left]! < this.at[least]!) least = left;
        if (right < this.at.length && this.at[right]! < this.at[least]!) least = right;
        if (least === i) break;
        this.swap(i, least);
        i = least;
      }
    }
    return top;
  }

  private swap(a: number, b: number): void {
    const at = this.at[a]!;
    this.at[a] = this.at[b]!;
    this.at[b] = at;
    const item = this.items[a]!;
    this.items[a] = this.items[b]!;
    this.items[b] = item;
  }
}
