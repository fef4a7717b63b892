// classify against a hand-written loop (the floor) and json-rules-engine (what a developer might reach for), on the
// same generated standard-site histories, in one process. The histories go through JSON first, as a service reads them
// from a database or a request; all three contenders read times with the same parser (toMs), so the ratios measure
// the rules, the explanations and the engine, not date parsing.
import { generateHistories, type History } from '@chuangwen/fixtures';
import { classify, DEFAULT_POLICY, toMs } from '@chuangwen/rules';
import { Engine } from 'json-rules-engine';
import { medianRound, report, type Timing, time } from './harness.js';

const COUNT = Number(process.env.BENCH_HISTORIES ?? 1_000_000);
const ASOF = '2026-06-30T12:00:00+08:00';
const asOfMs = toMs(ASOF);
const DAY = 86_400_000;
const policy = DEFAULT_POLICY;

/** One hand-written pass over a history: the latest valid evidence and the failures in the rebound window. */
function handScan(h: History) {
  const passLine = h.standard.scoring.kind === 'survey' ? h.standard.scoring.passLine : undefined;
  const windowStart = asOfMs - policy.reboundWindowDays * DAY;
  let latestAt = -Infinity;
  let latestPass = false;
  let latestId = '';
  let latestSelf = false;
  let hasValid = false;
  let checkerAt = -Infinity;
  let checkerPass = true;
  let checkerId = '';
  let failures = 0;
  let lastFailure = -Infinity;
  for (const o of h.observations) {
    const at = toMs(o.observedAt);
    if (at > asOfMs || o.outcome === 'notAssessable') continue;
    const ok =
      passLine !== undefined && o.measuredRate !== undefined
        ? o.measuredRate >= passLine
        : o.outcome === 'pass';
    if (!ok && at >= windowStart) {
      failures++;
      if (at > lastFailure) lastFailure = at;
    }
    if (at + policy.validityDays[o.method] * DAY < asOfMs) continue;
    if (
      !hasValid ||
      at > latestAt ||
      (at === latestAt && ((latestPass && !ok) || (latestPass === ok && o.id < latestId)))
    ) {
      hasValid = true;
      latestAt = at;
      latestPass = ok;
      latestId = o.id;
      latestSelf = o.source === 'selfCheck';
    }
    if (
      o.source !== 'selfCheck' &&
      (at > checkerAt ||
        (at === checkerAt && ((checkerPass && !ok) || (checkerPass === ok && o.id < checkerId))))
    ) {
      checkerAt = at;
      checkerPass = ok;
      checkerId = o.id;
    }
  }
  // A self-check pass does not clear a checker's finding that still stands.
  if (hasValid && latestPass && latestSelf && checkerAt > -Infinity && !checkerPass) latestPass = false;
  return { hasValid, latestPass, failures, lastFailure };
}

const relapsed = (h: History, lastFailure: number) =>
  h.closures.some((c) => toMs(c.closedAt) <= asOfMs && lastFailure > toMs(c.closedAt));

/** The four rules by hand, without explanations or actions: the floor. */
function floor(h: History): string {
  const { hasValid, latestPass, failures, lastFailure } = handScan(h);
  if (!hasValid) return 'undetermined';
  if (!latestPass) return 'nonCompliant';
  if (failures === 0) return 'compliant';
  if (relapsed(h, lastFailure) || failures >= policy.reboundFailures) return 'reboundProne';
  if (h.standard.kind === 'behaviourOrder' && failures >= policy.behaviourReboundFailures)
    return 'reboundProne';
  return 'compliant';
}

/** The facts a json-rules-engine user would compute before handing the decision to the engine. */
function facts(h: History) {
  const { hasValid, latestPass, failures, lastFailure } = handScan(h);
  return {
    hasValid,
    latestFails: hasValid && !latestPass,
    failures,
    relapse: relapsed(h, lastFailure),
    behaviour: h.standard.kind === 'behaviourOrder',
  };
}

function engine(): Engine {
  const e = new Engine([], { allowUndefinedFacts: false });
  const fact = (name: string, operator: string, value: unknown) => ({ fact: name, operator, value });
  const valid = [fact('hasValid', 'equal', true), fact('latestFails', 'equal', false)];
  e.addRule({
    name: 'undetermined',
    priority: 4,
    conditions: { all: [fact('hasValid', 'equal', false)] },
    event: { type: 'undetermined' },
  });
  e.addRule({
    name: 'nonCompliant',
    priority: 3,
    conditions: { all: [fact('latestFails', 'equal', true)] },
    event: { type: 'nonCompliant' },
  });
  e.addRule({
    name: 'reboundProne',
    priority: 2,
    conditions: {
      all: [
        ...valid,
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
  e.addRule({
    name: 'compliant',
    priority: 1,
    conditions: {
      all: [
        ...valid,
        fact('failures', 'lessThan', policy.reboundFailures),
        fact('relapse', 'equal', false),
        {
          any: [
            fact('behaviour', 'equal', false),
            fact('failures', 'lessThan', policy.behaviourReboundFailures),
          ],
        },
      ],
    },
    event: { type: 'compliant' },
  });
  return e;
}

console.log(`generating ${COUNT.toLocaleString('en')} standard-site histories …`);
const histories: History[] = generateHistories({ seed: 11, count: COUNT, asOf: ASOF }).map((h) =>
  JSON.parse(JSON.stringify(h)),
);
const observations = histories.reduce((n, h) => n + h.observations.length, 0);

// Same answers first: all three must agree on every history, or the timings mean nothing.
const rulesEngine = engine();
const classes = histories.map(
  (h) =>
    classify({ standard: h.standard, observations: h.observations, closures: h.closures, asOf: ASOF }).class,
);
for (let i = 0; i < histories.length; i++)
  if (floor(histories[i]!) !== classes[i]) throw new Error(`floor disagrees on history ${i}`);
const agreeSample = histories.slice(0, 20_000);
for (let i = 0; i < agreeSample.length; i++) {
  const { events } = await rulesEngine.run(facts(agreeSample[i]!));
  if (events[0]?.type !== classes[i]) throw new Error(`json-rules-engine disagrees on history ${i}`);
}
const counts: Record<string, number> = {};
for (const c of classes) counts[c] = (counts[c] ?? 0) + 1;
console.log(
  `${observations.toLocaleString('en')} observations; classes: ${JSON.stringify(counts)}; all contenders agree`,
);

const runClassify = (list: History[]) => () => {
  for (const h of list)
    classify({ standard: h.standard, observations: h.observations, closures: h.closures, asOf: ASOF });
};
// Reasons and actions are built when first read; this variant reads them all, as a UI showing every cell would.
const runExplained = (list: History[]) => () => {
  let n = 0;
  for (const h of list) {
    const r = classify({
      standard: h.standard,
      observations: h.observations,
      closures: h.closures,
      asOf: ASOF,
    });
    n += r.reasons.length + r.actions.length;
  }
  return n;
};
const tenth = histories.slice(0, Math.floor(COUNT / 10));
const timings: Timing[] = [];
for (let round = 0; round < 3; round++) {
  timings.push(
    time(
      'floor',
      () => {
        for (const h of histories) floor(h);
      },
      1,
      round === 0 ? 1 : 0,
    ),
  );
  timings.push(time('classify', runClassify(histories), 1, round === 0 ? 1 : 0));
  timings.push(time('classify, reasons and actions read', runExplained(histories), 1, round === 0 ? 1 : 0));
  timings.push(time('classify, 1/10 of the data', runClassify(tenth), 3, round === 0 ? 1 : 0));
}
const start = process.hrtime.bigint();
for (const h of histories) {
  const { events } = await rulesEngine.run(facts(h));
  if (events.length !== 1) throw new Error('one event per history');
}
const engineMs = Number(process.hrtime.bigint() - start) / 1e6;

// The same three contenders on 10,000 histories classified 100 times over: a working set that stays in the CPU cache,
// so the ratios show the cost of the rules themselves rather than of walking a large heap.
const hot = histories.slice(0, 10_000);
const passes = Math.max(1, Math.floor(COUNT / hot.length));
for (let round = 0; round < 3; round++) {
  timings.push(
    time(
      'floor, cache-resident',
      () => {
        for (let p = 0; p < passes; p++) for (const h of hot) floor(h);
      },
      1,
      round === 0 ? 1 : 0,
    ),
  );
  timings.push(
    time(
      'classify, cache-resident',
      () => {
        for (let p = 0; p < passes; p++)
          for (const h of hot)
            classify({
              standard: h.standard,
              observations: h.observations,
              closures: h.closures,
              asOf: ASOF,
            });
      },
      1,
      round === 0 ? 1 : 0,
    ),
  );
}
const hotStart = process.hrtime.bigint();
for (let p = 0; p < passes; p++) for (const h of hot) await rulesEngine.run(facts(h));
const hotEngineMs = Number(process.hrtime.bigint() - hotStart) / 1e6;

const median = (name: string): Timing => medianRound(timings, name);
const rows = [
  median('floor'),
  median('classify'),
  median('classify, reasons and actions read'),
  median('classify, 1/10 of the data'),
  {
    name: 'json-rules-engine (facts + engine.run)',
    medianMs: engineMs,
    minMs: engineMs,
    maxMs: engineMs,
    runs: 1,
  },
];
report(`${COUNT.toLocaleString('en')} distinct histories (Node ${process.version})`, rows, 'floor');
const hotRows = [
  median('floor, cache-resident'),
  median('classify, cache-resident'),
  {
    name: 'json-rules-engine, cache-resident',
    medianMs: hotEngineMs,
    minMs: hotEngineMs,
    maxMs: hotEngineMs,
    runs: 1,
  },
];
report(
  `${(passes * hot.length).toLocaleString('en')} classifications of ${hot.length.toLocaleString('en')} cache-resident histories`,
  hotRows,
  'floor, cache-resident',
);
const c = rows[1]!.medianMs;
const hc = hotRows[1]!.medianMs;
console.log(
  `\nclassify / floor: ${(c / rows[0]!.medianMs).toFixed(2)}x distinct, ${(hc / hotRows[0]!.medianMs).toFixed(2)}x cache-resident (target ≤ 2x)`,
);
console.log(
  `json-rules-engine / classify: ${(engineMs / c).toFixed(1)}x distinct, ${(hotEngineMs / hc).toFixed(1)}x cache-resident (target ≥ 50x)`,
);
console.log(
  `json-rules-engine / floor: ${(engineMs / rows[0]!.medianMs).toFixed(1)}x distinct (the most any implementation could reach)`,
);
console.log(
  `classify with every explanation read / floor: ${(rows[2]!.medianMs / rows[0]!.medianMs).toFixed(2)}x; json-rules-engine / that: ${(engineMs / rows[2]!.medianMs).toFixed(1)}x`,
);
console.log(`10x the data costs ${(c / rows[3]!.medianMs).toFixed(2)}x the time (target ≤ 11x)`);
