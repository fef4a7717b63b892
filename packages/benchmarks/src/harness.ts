/** A timing of one contender: the median and spread of its runs, in milliseconds. */
export interface Timing {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

/**
 * One contender's timing across interleaved rounds: the round with the median time, with the spread of all rounds and
 * how many there were. Rounds interleave contenders, so each contender has one timing per round in `timings`.
 */
export function medianRound(timings: readonly Timing[], name: string): Timing {
  const runs = timings.filter((t) => t.name === name).sort((a, b) => a.medianMs - b.medianMs);
  return {
    ...runs[Math.floor(runs.length / 2)]!,
    minMs: runs[0]!.minMs,
    maxMs: runs.at(-1)!.maxMs,
    runs: runs.length,
  };
}

/**
 * Times `fn` after `warmup` untimed calls: `runs` timed calls, reported by their median, which resists the noise
 * of a shared machine. Contenders are interleaved by the caller so drift hits all of them alike.
 */
export function time(name: string, fn: () => unknown, runs = 7, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    name,
    medianMs: samples[Math.floor(samples.length / 2)]!,
    minMs: samples[0]!,
    maxMs: samples.at(-1)!,
    runs,
  };
}

/** Times several contenders round-robin, so each sees the same machine conditions. */
export function compare(contenders: Record<string, () => unknown>, rounds = 5, perRound = 3): Timing[] {
  const all = new Map<string, number[]>();
  for (const [name, fn] of Object.entries(contenders)) {
    fn();
    all.set(name, []);
  }
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(contenders)) {
      for (let i = 0; i < perRound; i++) {
        const start = process.hrtime.bigint();
        fn();
        all.get(name)!.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  }
  return [...all].map(([name, samples]) => {
    samples.sort((a, b) => a - b);
    return {
      name,
      medianMs: samples[Math.floor(samples.length / 2)]!,
      minMs: samples[0]!,
      maxMs: samples.at(-1)!,
      runs: samples.length,
    };
  });
}

/** Prints timings as a table with each contender's ratio to the baseline. */
export function report(title: string, timings: Timing[], baseline: string): void {
  const base = timings.find((t) => t.name === baseline)!;
  console.log(`\n${title}`);
  console.log(`| contender | median ms | min ms | max ms | runs | ratio to ${baseline} |`);
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const t of timings) {
    console.log(
      `| ${t.name} | ${t.medianMs.toFixed(1)} | ${t.minMs.toFixed(1)} | ${t.maxMs.toFixed(1)} | ${t.runs} | ${(t.medianMs / base.medianMs).toFixed(2)}x |`,
    );
  }
}
