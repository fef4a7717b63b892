// The sample's calendar and its dice: fixed dates and a seeded generator, so every run seeds the same record.

/** The moment the sample is shown at: mid-June, in the special rectification phase, with deadlines passed. */
export const SAMPLE_AS_OF = '2026-06-15T12:00:00+08:00';

const DAY_MS = 86_400_000;

/** A date `days` after `start` (`YYYY-MM-DD`), in Asia/Shanghai. */
export function dayAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** An instant on a date, at an hour (and minute) of the Shanghai working day. */
export function at(date: string, hour = 10, minute = 0): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
}

/** A seeded generator (mulberry32): the same seed gives the same sample. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (n: number) => Math.floor(next() * n),
  };
}

/** The generator's type. */
export type Dice = ReturnType<typeof seeded>;
