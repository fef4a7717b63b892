// The board at district scale, in one process: the heap a million observations take; one observation recorded into a
// 5,000-site × 72-standard board against classifying the cell it touches, and against the same on a 500-site board;
// moving the board to the next day against rebuilding it (both measured); the re-inspection schedule. Everything timed
// runs warmed; every touched cell's class is checked against `classify` on its observations, and the board moved
// forward day by day against the rebuilt one, cell by cell. Run with --expose-gc. Writes results/board.json.
import { isDeepStrictEqual } from 'node:util';
import { listStandards } from '@chuangwen/checklists';
import { districtFramework } from '@chuangwen/checklists/district';
import { createRandom, generateDistrict, instantAfter } from '@chuangwen/fixtures';
import type { Observation, Site } from '@chuangwen/model';
import { ComplianceBoard, classify, scopeKey } from '@chuangwen/rules';
import { median, Results, since, size } from './results.js';

const results = new Results('board', 'npm run build && npm run board -w @chuangwen/benchmarks');
const OBSERVATIONS = size(results, 'BENCH_OBSERVATIONS', 1_000_000);
const BATCH = size(results, 'BENCH_BATCH', 20_000);
const ROUNDS = 7;
const FROM = '2026-01-01';
const ASOF = '2026-07-01T12:00:00+08:00';
const located = listStandards(districtFramework);
const codes = located.map((l) => l.standard.code);
const standardOf = new Map(located.map((l) => [l.standard.code, l.standard]));
const n = (value: number) => value.toLocaleString('en');
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
const cellOf = (o: Observation) => `${o.standardRef}|${scopeKey(o.scope)}`;

// New observations to record, each into a cell of its board: one untimed batch, then one per timed round.
const shape = district(5000, 0, 3);
const small = district(500, OBSERVATIONS / 10, 4);
const rng = createRandom(9);
const fresh = (sites: readonly Site[], count: number, tag: string): Observation[] =>
  Array.from({ length: count }, (_, i) => ({
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
const bigFresh = Array.from({ length: ROUNDS + 1 }, (_, r) => fresh(shape.sites, BATCH, `b${r}-`));
const smallFresh = Array.from({ length: ROUNDS + 1 }, (_, r) => fresh(small.sites, BATCH, `s${r}-`));
// The observations of every touched cell, kept to check the board's classes against classify afterwards.
const touched = new Set([...bigFresh.flat(), ...smallFresh.flat()].map(cellOf));
const evidence = new Map<string, Observation>();
const keep = (list: readonly Observation[]) => {
  for (const o of list) if (touched.has(cellOf(o))) evidence.set(o.id, o);
};
keep(small.observations);
for (const list of [...bigFresh, ...smallFresh]) keep(list);

// The 500-site board with a tenth of the observations (the same density per cell), built first: it warms recording.
const smallBoard = new ComplianceBoard({
  framework: districtFramework,
  asOf: ASOF,
  sites: small.sites,
  units: small.units,
});
smallBoard.recordAll(small.observations);

/**
 * Builds the big board from chunks generated one at a time and then dropped, so what stays on the heap is the board's
 * own; a rebuild (with the batches recorded since) also keeps the observations of the touched cells for the check.
 * Returns the board and the time spent building it (the constructor and every `recordAll`, generation excluded).
 */
function build(asOf: string, after: readonly Observation[][] = []) {
  const chunk = 100_000;
  let ms = 0;
  let start = process.hrtime.bigint();
  const board = new ComplianceBoard({
    framework: districtFramework,
    asOf,
    sites: shape.sites,
    units: shape.units,
  });
  ms += since(start);
  for (let done = 0; done < OBSERVATIONS; done += chunk) {
    const list = district(
      5000,
      Math.min(chunk, OBSERVATIONS - done),
      100 + done / chunk,
      `c${done / chunk}-`,
    ).observations;
    if (after.length > 0) keep(list);
    start = process.hrtime.bigint();
    board.recordAll(list);
    ms += since(start);
  }
  start = process.hrtime.bigint();
  for (const list of after) board.recordAll(list);
  ms += since(start);
  return { board, ms };
}
const before = heapMiB();
const { board: big, ms: firstBuildMs } = build(ASOF);
const boardMiB = heapMiB() - before;

// The inputs classify is timed on: each touched cell of the small district with the new observation, prepared untimed.
const byCell = new Map<string, Observation[]>();
for (const o of small.observations) {
  const list = byCell.get(cellOf(o)) ?? [];
  list.push(o);
  byCell.set(cellOf(o), list);
}
const inputs = smallFresh.map((list) =>
  list.map((o) => ({
    standard: standardOf.get(o.standardRef!)!,
    observations: [...(byCell.get(cellOf(o)) ?? []), o],
    asOf: ASOF,
  })),
);
const recordBig: number[] = [];
const recordSmall: number[] = [];
const classifyOne: number[] = [];
for (let round = 0; round <= ROUNDS; round++) {
  let start = process.hrtime.bigint();
  for (const input of inputs[round]!) classify(input).class;
  const classified = since(start);
  start = process.hrtime.bigint();
  for (const o of bigFresh[round]!) big.record(o);
  const bigMs = since(start);
  start = process.hrtime.bigint();
  for (const o of smallFresh[round]!) smallBoard.record(o);
  const smallMs = since(start);
  if (round === 0) continue;
  classifyOne.push(classified);
  recordBig.push(bigMs);
  recordSmall.push(smallMs);
}
// Moving to the next day re-judges only what falls due; a rebuild records everything again at that moment.
const days = Array.from({ length: ROUNDS }, (_, i) =>
  new Date(Date.parse(ASOF) + (i + 1) * 86_400_000).toISOString(),
);
const atMs = days.map((day) => {
  const start = process.hrtime.bigint();
  big.at(day);
  return since(start);
});
const lapsingMs: number[] = [];
let lapsing = 0;
for (let i = 0; i < 6; i++) {
  const start = process.hrtime.bigint();
  lapsing = big.lapsing(14).length;
  if (i > 0) lapsingMs.push(since(start));
}
const { board: rebuilt, ms: rebuildMs } = build(days.at(-1)!, [...bigFresh]);
if (!isDeepStrictEqual(rebuilt.snapshot(), big.snapshot()))
  throw new Error('the board moved forward day by day differs from the board rebuilt at that day');
console.log('the board moved forward day by day equals the board rebuilt on the last day, cell by cell');

// Every touched cell of both boards: the class kept by delta is the class classify gives on the cell's observations.
let checked = 0;
for (const board of [big, smallBoard])
  for (const key of touched) {
    const [code, scope] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
    const cls = board.cellClass(code, scope);
    if (cls === undefined) continue;
    const explained = board.explain(code, scope, (id) => evidence.get(id));
    if (explained?.class !== cls) throw new Error(`the board disagrees with classify at ${key}`);
    checked += 1;
  }
console.log(`${n(checked)} touched cells agree with classify`);

results.table('board', {
  en: `The board at district scale: the 72 standards of the sample district framework, ${n(OBSERVATIONS)} observations on 5,000 sites, a tenth of them on 500`,
  'zh-CN': `区级规模的判定板：示例城区测评体系的 72 条标准，5,000 个点位上 ${n(OBSERVATIONS)} 条测评记录，500 个点位上其十分之一`,
});
results.figure({
  id: 'heap',
  measure: {
    en: 'heap the 5,000-site board keeps, per million observations (built in chunks that are then dropped)',
    'zh-CN': '5,000 个点位的判定板占用的堆内存，按每百万条测评记录计（分块建立，各块随后释放）',
  },
  value: (boardMiB * 1e6) / OBSERVATIONS,
  unit: 'MiB',
  basis: {
    en: `${boardMiB.toFixed(0)} MiB for ${n(OBSERVATIONS)} observations`,
    'zh-CN': `${n(OBSERVATIONS)} 条测评记录占 ${boardMiB.toFixed(0)} MiB`,
  },
  target: { comparison: '<=', value: 250, source: 'issue 14' },
});
const perObservation = (ms: number) => ((ms * 1000) / BATCH).toFixed(1);
const bigRecord = median(recordBig);
const smallRecord = median(recordSmall);
const one = median(classifyOne);
results.figure({
  id: 'record-vs-classify',
  measure: {
    en: 'one observation recorded into the 5,000-site board, against classifying the cell it touches',
    'zh-CN': '向 5,000 个点位的判定板登记一条测评记录，对比对其所在的格做一次分类',
  },
  value: bigRecord / one,
  unit: 'x',
  basis: {
    en: `${perObservation(bigRecord)} µs vs ${perObservation(one)} µs: medians of ${ROUNDS} batches of ${n(BATCH)}, warmed`,
    'zh-CN': `${perObservation(bigRecord)} 微秒对 ${perObservation(one)} 微秒：${ROUNDS} 批（每批 ${n(BATCH)} 条）的中位数，已预热`,
  },
  target: { comparison: '<=', value: 5, source: 'issue 14' },
});
results.figure({
  id: 'record-big-vs-small',
  measure: {
    en: 'the same on the 5,000-site board against the 500-site board',
    'zh-CN': '同样的登记，5,000 个点位的判定板对比 500 个点位的',
  },
  value: bigRecord / smallRecord,
  unit: 'x',
  basis: {
    en: `${perObservation(bigRecord)} µs vs ${perObservation(smallRecord)} µs`,
    'zh-CN': `${perObservation(bigRecord)} 微秒对 ${perObservation(smallRecord)} 微秒`,
  },
  target: { comparison: '<=', value: 1.5, source: 'issue 14' },
});
const atMedian = median(atMs);
results.figure({
  id: 'next-day-vs-rebuild',
  measure: {
    en: '`at(next day)` against rebuilding the board at that day (a new board, every observation recorded)',
    'zh-CN': '`at(次日)` 对比在该日重建判定板（新建判定板，登记全部测评记录）',
  },
  value: atMedian / rebuildMs,
  unit: 'x',
  basis: {
    en: `${atMedian.toFixed(1)} ms (median of ${ROUNDS} days) vs ${n(Math.round(rebuildMs))} ms, both measured (the first build took ${n(Math.round(firstBuildMs))} ms)`,
    'zh-CN': `${atMedian.toFixed(1)} 毫秒（${ROUNDS} 天的中位数）对 ${n(Math.round(rebuildMs))} 毫秒，均为实测（首次建立用时 ${n(Math.round(firstBuildMs))} 毫秒）`,
  },
  target: { comparison: '<=', value: 0.1, source: 'issue 14' },
});
results.figure({
  id: 'lapsing',
  measure: {
    en: '`lapsing(14)`, the re-inspection schedule',
    'zh-CN': '`lapsing(14)`，复查计划',
  },
  value: median(lapsingMs),
  unit: 'ms',
  basis: {
    en: `${n(lapsing)} cells; median of 5, warmed`,
    'zh-CN': `${n(lapsing)} 格；5 次的中位数，已预热`,
  },
});

results.write();
