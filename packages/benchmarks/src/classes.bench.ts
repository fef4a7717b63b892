// Classes for a million recorded standard-site histories: the board's index path (cellClass over each cell's numbers)
// and the board path (a ComplianceBoard re-judging every cell) against a hand-written loop over numeric timestamps
// applying the same four rules, and json-rules-engine given facts from that loop. Every history is recorded once,
// outside the timing, as a service keeps them; all contenders must agree on every history before anything is timed.
import type { FrameworkEdition, Standard } from '@chuangwen/checklists';
import { generateHistories, type History } from '@chuangwen/fixtures';
import type { Observation } from '@chuangwen/model';
import {
  type CellHistory,
  ComplianceBoard,
  cellClass,
  classify,
  DEFAULT_POLICY,
  toMs,
} from '@chuangwen/rules';
import { cellRules, judgedCode } from '@chuangwen/rules/internal';
import { Engine } from 'json-rules-engine';
import { medianRound, report, type Timing, time } from './harness.js';

const COUNT = Number(process.env.BENCH_HISTORIES ?? 1_000_000);
const ASOF = '2026-06-30T12:00:00+08:00';
const asOf = toMs(ASOF);
const DAY = 86_400_000;
const policy = DEFAULT_POLICY;

/** One observation as a hand-written service would keep it once read: numbers and flags. */
interface Row {
  at: number;
  validUntil: number;
  pass: boolean;
  assessable: boolean;
  selfCheck: boolean;
}
interface NumericHistory {
  rows: Row[];
  closures: number[];
  behaviour: boolean;
}

const passes = (h: History, o: Observation) => {
  const rate = o.outcome === 'notAssessable' ? undefined : o.measuredRate;
  return h.standard.scoring.kind === 'survey' && rate !== undefined
    ? rate >= h.standard.scoring.passLine
    : o.outcome === 'pass';
};

/** The hand-written loop: latest valid evidence, failures in the window, the four rules. Returns the class only. */
function floorScan(h: NumericHistory) {
  const windowStart = asOf - policy.reboundWindowDays * DAY;
  let has = false;
  let latestAt = Number.NEGATIVE_INFINITY;
  let latestPass = false;
  let latestSelf = false;
  let checkerAt = Number.NEGATIVE_INFINITY;
  let checkerPass = true;
  let failures = 0;
  let lastFailure = Number.NEGATIVE_INFINITY;
  for (const r of h.rows) {
    if (r.at > asOf || !r.assessable) continue;
    if (!r.pass && r.at >= windowStart) {
      failures++;
      if (r.at > lastFailure) lastFailure = r.at;
    }
    if (r.validUntil < asOf) continue;
    if (!has || r.at > latestAt || (r.at === latestAt && latestPass && !r.pass)) {
      has = true;
      latestAt = r.at;
      latestPass = r.pass;
      latestSelf = r.selfCheck;
    }
    if (!r.selfCheck && (r.at > checkerAt || (r.at === checkerAt && checkerPass && !r.pass))) {
      checkerAt = r.at;
      checkerPass = r.pass;
    }
  }
  // A self-check pass does not clear a checker's finding that still stands.
  if (latestPass && latestSelf && checkerAt > Number.NEGATIVE_INFINITY && !checkerPass) latestPass = false;
  return { has, latestPass, failures, relapse: h.closures.some((c) => c <= asOf && lastFailure > c) };
}
function floor(h: NumericHistory): string {
  const { has, latestPass, failures, relapse } = floorScan(h);
  if (!has) return 'undetermined';
  if (!latestPass) return 'nonCompliant';
  if (failures === 0) return 'compliant';
  if (relapse || failures >= policy.reboundFailures) return 'reboundProne';
  if (h.behaviour && failures >= policy.behaviourReboundFailures) return 'reboundProne';
  return 'compliant';
}

function engine(): Engine {
  const e = new Engine([], { allowUndefinedFacts: false });
  const fact = (name: string, operator: string, value: unknown) => ({ fact: name, operator, value });
  const valid = [fact('has', 'equal', true), fact('latestPass', 'equal', true)];
  e.addRule({
    name: 'undetermined',
    priority: 4,
    conditions: { all: [fact('has', 'equal', false)] },
    event: { type: 'undetermined' },
  });
  e.addRule({
    name: 'nonCompliant',
    priority: 3,
    conditions: { all: [fact('has', 'equal', true), fact('latestPass', 'equal', false)] },
    event: { type: 'nonCompliant' },
  });
  e.addRule({
    name: 'reboundProne',
    priority: 2,
    conditions: {
      all: [
        ...valid,
        fact('failures', 'greaterThan', 0),
        {
          any: [
            fact('failures', 'greaterThanInclusive', policy.reboundFailures),
            fact('relapse', 'equal', true),
            {
              all: [
                fact('behaviour', 'equal', true),
                fact('failures', 'greaterThanInclusive', policy.behaviourReboundFailures),
              ],
            },
          ],
        },
      ],
    },
    event: { type: 'reboundProne' },
  });
  e.addRule({ name: 'compliant', priority: 1, conditions: { all: valid }, event: { type: 'compliant' } });
  return e;
}

console.log(`generating ${COUNT.toLocaleString('en')} standard-site histories …`);
const histories = generateHistories({ seed: 11, count: COUNT, asOf: ASOF }).map(
  (h) => JSON.parse(JSON.stringify(h)) as History,
);
// Recorded once: the floor's rows, the index's cells, and a board of every history (one cell per history).
const numeric: NumericHistory[] = histories.map((h) => ({
  rows: h.observations.map((o) => ({
    at: toMs(o.observedAt),
    validUntil: toMs(o.observedAt) + policy.validityDays[o.method] * DAY,
    pass: o.outcome !== 'notAssessable' && passes(h, o),
    assessable: o.outcome !== 'notAssessable',
    selfCheck: o.source === 'selfCheck',
  })),
  closures: h.closures.map((c) => toMs(c.closedAt)),
  behaviour: h.standard.kind === 'behaviourOrder',
}));
const cells: CellHistory[] = numeric.map((n, i) => ({
  data: n.rows.flatMap((r) => [r.at, r.validUntil, judgedCode(r.assessable, r.pass, r.selfCheck)]),
  ids: histories[i]!.observations.map((o) => o.id),
  closures: n.closures,
}));
const rulesOf = new Map(
  ['facility', 'behaviourOrder', 'document', 'survey'].map((k) => [
    k,
    cellRules(policy, k === 'behaviourOrder'),
  ]),
);
const cellRulesOf = histories.map((h) => rulesOf.get(h.standard.kind)!);

// The same histories on a board: a framework of the four generated standards, one site per history.
const standards = [...new Map(histories.map((h) => [h.standard.code, h.standard])).values()];
const framework = {
  id: 'bench',
  name: { 'zh-CN': '基准测试' },
  version: '1',
  issuedBy: 'bench',
  effectiveFrom: '2026-01-01',
  items: [
    {
      code: 'G',
      name: { 'zh-CN': '基准' },
      contents: [
        {
          code: 'G.0',
          text: { 'zh-CN': '基准' },
          standards: standards.map(
            (s) =>
              ({
                text: { 'zh-CN': s.code },
                parts: [],
                siteTypes: [],
                siteThresholds: [],
                veto: false,
                ...s,
              }) as unknown as Standard,
          ),
        },
      ],
    },
  ],
} as unknown as FrameworkEdition;
const board = new ComplianceBoard({ framework, asOf: ASOF });
histories.forEach((h, i) => {
  board.recordAll(
    h.observations.map((o) => ({
      ...o,
      standardRef: h.standard.code,
      scope: { kind: 'site', siteId: `s${i}` },
    })),
  );
  for (const c of h.closures)
    board.recordRectification({
      id: c.id,
      standardRef: h.standard.code,
      scope: { kind: 'site', siteId: `s${i}` },
      description: '基准',
      reportedAt: c.closedAt,
      status: 'closed',
      closedAt: c.closedAt,
      evidence: ['d'],
      supportingUnitIds: [],
      guarantorUnitIds: [],
      returnedCount: 0,
      repeatCount: 0,
    });
});

// Same answers first.
const rulesEngine = engine();
const counts: Record<string, number> = {};
for (let i = 0; i < histories.length; i++) {
  const expected = floor(numeric[i]!);
  counts[expected] = (counts[expected] ?? 0) + 1;
  const h = histories[i]!;
  if (cellClass(cells[i]!, asOf, cellRulesOf[i]!) !== expected)
    throw new Error(`index path disagrees on history ${i}`);
  if (board.cellClass(h.standard.code, `site:s${i}`) !== expected)
    throw new Error(`board disagrees on history ${i}`);
  if (
    i < 50_000 &&
    classify({ standard: h.standard, observations: h.observations, closures: h.closures, asOf: ASOF })
      .class !== expected
  )
    throw new Error(`classify disagrees on history ${i}`);
}
for (let i = 0; i < 20_000; i++) {
  const { events } = await rulesEngine.run({ ...floorScan(numeric[i]!), behaviour: numeric[i]!.behaviour });
  if (events[0]?.type !== floor(numeric[i]!)) throw new Error(`json-rules-engine disagrees on history ${i}`);
}
console.log(`classes: ${JSON.stringify(counts)}; floor, index path, board and json-rules-engine agree`);

const earlier = new Date(asOf - DAY).toISOString();
const timings: Timing[] = [];
for (let round = 0; round < 5; round++) {
  const warm = round === 0 ? 1 : 0;
  timings.push(
    time(
      'floor: hand-written loop, numeric timestamps',
      () => {
        for (const h of numeric) floor(h);
      },
      1,
      warm,
    ),
  );
  timings.push(
    time(
      'index path: cellClass',
      () => {
        for (let i = 0; i < cells.length; i++) cellClass(cells[i]!, asOf, cellRulesOf[i]!);
      },
      1,
      warm,
    ),
  );
  // Moving the board back re-judges every cell: class, next change, lapse, and the roll-ups.
  timings.push(
    time(
      'board path: every cell re-judged (at, back and forth)',
      () => {
        board.at(earlier);
        board.at(ASOF);
      },
      1,
      warm,
    ),
  );
}
const start = process.hrtime.bigint();
for (const n of numeric) await rulesEngine.run({ ...floorScan(n), behaviour: n.behaviour });
const engineMs = Number(process.hrtime.bigint() - start) / 1e6;

const median = (name: string): Timing => medianRound(timings, name);
const rows = [
  median('floor: hand-written loop, numeric timestamps'),
  median('index path: cellClass'),
  median('board path: every cell re-judged (at, back and forth)'),
  {
    name: 'json-rules-engine (facts from the floor loop + engine.run)',
    medianMs: engineMs,
    minMs: engineMs,
    maxMs: engineMs,
    runs: 1,
  },
];
report(
  `${COUNT.toLocaleString('en')} recorded histories (Node ${process.version})`,
  rows,
  'floor: hand-written loop, numeric timestamps',
);
const [f, index, boardRow] = rows.map((r) => r.medianMs) as [number, number, number];
console.log(`\nindex path / floor: ${(index / f).toFixed(2)}x (target ≤ 3x)`);
console.log(
  `board path (two full re-judgements) / floor: ${(boardRow / 2 / f).toFixed(2)}x per re-judgement`,
);
console.log(`json-rules-engine / index path: ${(engineMs / index).toFixed(0)}x (target ≥ 100x)`);
