/** An injected clock: the demo decides what time it is, so every run prints the same report. */
export class Clock {
  private ms: number;

  constructor(start: string) {
    this.ms = Date.parse(start);
  }

  /** The current instant, ISO with the Asia/Shanghai offset. */
  now(): string {
    return `${new Date(this.ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
  }

  /** The current calendar date in Asia/Shanghai. */
  today(): string {
    return this.now().slice(0, 10);
  }

  /** Moves to a date (at 09:00) or by minutes; never backwards. */
  set(date: string): this {
    const next = Date.parse(`${date}T09:00:00+08:00`);
    if (next < this.ms) throw new Error(`the clock cannot go back to ${date}`);
    this.ms = next;
    return this;
  }

  tick(minutes = 5): string {
    this.ms += minutes * 60_000;
    return this.now();
  }
}
