// The board at district scale, in one process: one observation recorded into a 5,000-site × 72-standard board
// against classifying the cell it touches, and against the same on a 500-site board; moving the board to the next
// day against rebuilding it; the heap a million observations take; the re-inspection schedule. Run with --expose-gc.
import { listStandards } from '@chuangwen/checklists';
import { districtFramework } from '@chuangwen/checklists/district';
import { createRandom, generateDistrict, instantAfter } from '@chuangwen/fixtures';
import type { Observation, Site } from '@chuangwen/model';
import { ComplianceBoard, classify, scopeKey } from '@chuangwen/rules';
import { medianRound, report, type Timing, time } from './harness.js';

const OBSERVATIONS = Number(process.env.BENCH_OBSERVATIONS ?? 1_000_000);
const FROM = '2026-01-01';
const ASOF = '2026-07-01T12:00:00+08:00';
const located = listStandards(districtFramework);
const codes = located.map((l) => l.standard.code);
const standardOf = new Map(located.map((l) => [l.standard.code, l.standard]));
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heapMiB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** A district of `sites` sites (50 per unit) and its observations over 180 days, as parsed JSON, ids tagged. */
function district(sites: number, observations: number, seed: number, tag = '') {
  const d = generateDistrict({
    seed,
    streets: Math.max(1, sites / 500),
    unitsPerStreet: 10,
    sitesPerUnit: 50,
    observations,
    standardCodes: codes,
    from: FROM,
  });
  const tagged = d.observations.map((o) => ({ ...o, id: `${tag}${o.id}` }));
  return JSON.parse(JSON.stringify({ units: d.units, sites: d.sites, observations: tagged })) as {
    units: { id: string; parentId?: string }[];
    sites: Site[];
    observations: Observation[];
  };
}

// The heap a board keeps per million observations: recorded in chunks that are then dropped, so what stays is the
// board's own (the numbers, the ids it keeps to explain a cell later, the cells and roll-ups).
const chunk = 100_000;
const shape = district(5000, 0, 3);
/** Builds the big board in a function, so no chunk of observations outlives it on the stack. */
function buildBig() {
  const board = new ComplianceBoard({
    framework: districtFramework,
    asOf: ASOF,
    sites: shape.sites,
    units: shape.units,
  });
  for (let done = 0; done < OBSERVATIONS; done += chunk)
    board.recordAll(
      district(5000, Math.min(chunk, OBSERVATIONS - done), 100 + done / chunk, `c${done / chunk}-`)
        .observations,
    );
  return board;
}
const before = heapMiB();
const big = buildBig();
const boardMiB = heapMiB() - before;
console.log(
  `heap held by a 5,000-site board of ${OBSERVATIONS.toLocaleString('en')} observations: ${boardMiB.toFixed(0)} MiB (${((boardMiB * 1e6) / OBSERVATIONS).toFixed(0)} MiB per million; target ≤ 250)`,
);

// The 500-site board with a tenth of the observations: the same density per cell.
const small = district(500, OBSERVATIONS / 10, 4);
const smallBoard = new ComplianceBoard({
  framework: districtFramework,
  asOf: ASOF,
  sites: small.sites,
  units: small.units,
});
smallBoard.recordAll(small.observations);

// New observations to record, each into a cell of its board, and the cell's observations for classify.
const rng = createRandom(9);
const fresh = (sites: readonly Site[], n: number, tag: string): Observation[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${tag}${i}`,
    standardRef: codes[rng.int(0, codes.length - 1)]!,
    scope: { kind: 'site', siteId: sites[rng.int(0, sites.length - 1)]!.id },
    observedAt: instantAfter('2026-06-01', rng.next() * 29),
    method: 'covertInspection',
    source: 'supervisionCheck',
    outcome: rng.chance(0.3) ? 'fail' : 'pass',
    violationCount: 0,
    evidence: [],
  }));
const N = 20_000;
const bigFresh = Array.from({ length: 7 }, (_, r) => fresh(shape.sites, N, `b${r}-`));
const smallFresh = Array.from({ length: 7 }, (_, r) => fresh(small.sites, N, `s${r}-`));
// classify on each touched cell of the small district (a few observations each, like the board's cells).
const byCell = new Map<string, Observation[]>();
for (const o of small.observations) {
  const key = `${o.standardRef}|${scopeKey(o.scope)}`;
  const list = byCell.get(key) ?? [];
  list.push(o);
  byCell.set(key, list);
}
const classifyInputs = smallFresh[0]!.map((o) => ({
  standard: standardOf.get(o.standardRef!)!,
  observations: [...(byCell.get(`${o.standardRef}|${scopeKey(o.scope)}`) ?? []), o],
  asOf: ASOF,
}));

const timings: Timing[] = [];
for (let round = 0; round < 7; round++) {
  timings.push(
    time(
      'record one observation, 5,000-site board',
      () => {
        for (const o of bigFresh[round]!) big.record(o);
      },
      1,
      0,
    ),
  );
  timings.push(
    time(
      'record one observation, 500-site board',
      () => {
        for (const o of smallFresh[round]!) smallBoard.record(o);
      },
      1,
      0,
    ),
  );
  timings.push(
    time(
      'classify the cell it touches',
      () => {
        for (const input of classifyInputs) classify(input).class;
      },
      1,
      round === 0 ? 1 : 0,
    ),
  );
}
const median = (name: string): Timing => medianRound(timings, name);
const recordRows = [
  'classify the cell it touches',
  'record one observation, 5,000-site board',
  'record one observation, 500-site board',
].map(median);
report(
  `${N.toLocaleString('en')} observations recorded, per batch (Node ${process.version})`,
  recordRows,
  'classify the cell it touches',
);
const [one, bigRecord, smallRecord] = recordRows.map((r) => r.medianMs) as [number, number, number];
console.log(
  `record / classify one cell: ${(bigRecord / one).toFixed(2)}x (target ≤ 5x); 5,000 sites / 500 sites: ${(bigRecord / smallRecord).toFixed(2)}x (target ≤ 1.5x)`,
);

// Moving to the next day re-judges only what falls due; a rebuild records everything again.
const days = Array.from({ length: 7 }, (_, i) =>
  new Date(Date.parse(ASOF) + (i + 1) * 86_400_000).toISOString(),
);
const dayTimings: Timing[] = days.map((day, i) => time(`at(next day) #${i + 1}`, () => big.at(day), 1, 0));
const rebuild = (() => {
  const all: Observation[] = [];
  for (let done = 0; done < OBSERVATIONS / 5; done += chunk)
    all.push(...district(5000, chunk, 100 + done / chunk, `c${done / chunk}-`).observations);
  return time(
    'rebuild a fifth of it (new board, record every observation)',
    () =>
      new ComplianceBoard({
        framework: districtFramework,
        asOf: days[0]!,
        sites: shape.sites,
        units: shape.units,
      }).recordAll(all),
    3,
    0,
  );
})();
const atMedian = dayTimings.map((t) => t.medianMs).sort((a, b) => a - b)[3]!;
const rebuildFull = rebuild.medianMs * 5;
console.log(
  `\nat(next day): median ${atMedian.toFixed(1)} ms over 7 days; rebuild of the whole board ≈ ${rebuildFull.toFixed(0)} ms (5 × a fifth, ${rebuild.medianMs.toFixed(0)} ms)`,
);
console.log(`at(next day) / rebuild: ${(atMedian / rebuildFull).toFixed(4)} (target ≤ 0.1)`);

const schedule = time('lapsing(14): the re-inspection schedule', () => big.lapsing(14), 5, 1);
console.log(
  `lapsing(14): ${big.lapsing(14).length.toLocaleString('en')} cells, ${schedule.medianMs.toFixed(1)} ms`,
);
