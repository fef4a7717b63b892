// The four rules written by hand, and given to json-rules-engine, over the same raw standard-site histories the
// library reads: the contenders of the classification benchmarks and of their agreement test. Every contender starts
// from a history as JSON gives it (ISO strings, outcomes, rates) and reads times with the same parser (toMs).
import type { FrameworkEdition, Standard } from '@chuangwen/checklists';
import { generateHistories, type History } from '@chuangwen/fixtures';
import { ComplianceBoard, type ComplianceClass, DEFAULT_POLICY, toMs } from '@chuangwen/rules';
import { Engine } from 'json-rules-engine';

export const ASOF = '2026-06-30T12:00:00+08:00';
export const ASOF_MS = toMs(ASOF);
const DAY = 86_400_000;
const policy = DEFAULT_POLICY;
const WINDOW_MS = policy.reboundWindowDays * DAY;

/** Generated standard-site histories passed through JSON, as a service reads them from a database or a request. */
export function rawHistories(count: number, seed = 11): History[] {
  return generateHistories({ seed, count, asOf: ASOF }).map((h) => JSON.parse(JSON.stringify(h)) as History);
}

/**
 * The floor: the four rules by hand in one flat loop over the raw observations, allocating nothing, returning only the
 * class. What a developer who needs only the class at one moment would write, and the least any implementation costs.
 */
export function floor(h: History, asOf = ASOF_MS): ComplianceClass {
  const scoring = h.standard.scoring;
  const passLine = scoring.kind === 'survey' ? scoring.passLine : -1;
  const windowStart = asOf - WINDOW_MS;
  const obs = h.observations;
  let has = false;
  let latestAt = Number.NEGATIVE_INFINITY;
  let latestPass = false;
  let latestSelf = false;
  let checkerAt = Number.NEGATIVE_INFINITY;
  let checkerPass = true;
  let failures = 0;
  let lastFailure = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < obs.length; i++) {
    const o = obs[i]!;
    if (o.outcome === 'notAssessable') continue;
    const at = toMs(o.observedAt);
    if (at > asOf) continue;
    const rate = o.measuredRate;
    const ok = passLine >= 0 && rate !== undefined ? rate >= passLine : o.outcome === 'pass';
    if (!ok && at >= windowStart) {
      failures++;
      if (at > lastFailure) lastFailure = at;
    }
    if (at + policy.validityDays[o.method] * DAY < asOf) continue;
    if (!has || at > latestAt || (at === latestAt && latestPass && !ok)) {
      has = true;
      latestAt = at;
      latestPass = ok;
      latestSelf = o.source === 'selfCheck';
    }
    if (o.source !== 'selfCheck' && (at > checkerAt || (at === checkerAt && checkerPass && !ok))) {
      checkerAt = at;
      checkerPass = ok;
    }
  }
  if (!has) return 'undetermined';
  // A self-check pass does not clear a checker's finding that still stands.
  if (!latestPass || (latestSelf && checkerAt > Number.NEGATIVE_INFINITY && !checkerPass))
    return 'nonCompliant';
  if (failures === 0) return 'compliant';
  if (failures >= policy.reboundFailures) return 'reboundProne';
  if (h.standard.kind === 'behaviourOrder' && failures >= policy.behaviourReboundFailures)
    return 'reboundProne';
  const closures = h.closures;
  for (let i = 0; i < closures.length; i++) {
    const closedAt = toMs(closures[i]!.closedAt);
    if (closedAt <= asOf && lastFailure > closedAt) return 'reboundProne';
  }
  return 'compliant';
}

/** What the engine's facts are computed from: one pass over a raw history. */
interface Scan {
  has: boolean;
  /** The latest valid evidence passes and no checker's finding still stands against it. */
  passes: boolean;
  failures: number;
  relapse: boolean;
}

/** One pass over a raw history, returning what the rules read as an object (the engine's base fact). */
function scan(h: History, asOf = ASOF_MS): Scan {
  const scoring = h.standard.scoring;
  const passLine = scoring.kind === 'survey' ? scoring.passLine : -1;
  let has = false;
  let latestAt = Number.NEGATIVE_INFINITY;
  let latestPass = false;
  let latestSelf = false;
  let checkerAt = Number.NEGATIVE_INFINITY;
  let checkerPass = true;
  let failures = 0;
  let lastFailure = Number.NEGATIVE_INFINITY;
  for (const o of h.observations) {
    if (o.outcome === 'notAssessable') continue;
    const at = toMs(o.observedAt);
    if (at > asOf) continue;
    const ok =
      passLine >= 0 && o.measuredRate !== undefined ? o.measuredRate >= passLine : o.outcome === 'pass';
    if (!ok && at >= asOf - WINDOW_MS) {
      failures++;
      lastFailure = Math.max(lastFailure, at);
    }
    if (at + policy.validityDays[o.method] * DAY < asOf) continue;
    if (!has || at > latestAt || (at === latestAt && latestPass && !ok)) {
      has = true;
      latestAt = at;
      latestPass = ok;
      latestSelf = o.source === 'selfCheck';
    }
    if (o.source !== 'selfCheck' && (at > checkerAt || (at === checkerAt && checkerPass && !ok))) {
      checkerAt = at;
      checkerPass = ok;
    }
  }
  const passes = latestPass && !(latestSelf && checkerAt > Number.NEGATIVE_INFINITY && !checkerPass);
  const relapse = h.closures.some((c) => {
    const closedAt = toMs(c.closedAt);
    return closedAt <= asOf && lastFailure > closedAt;
  });
  return { has, passes, failures, relapse };
}

/** The four rules over a scan: a loop that returns a result object and calls a closure per history. */
export function floorWithScan(h: History): ComplianceClass {
  const { has, passes, failures, relapse } = scan(h);
  if (!has) return 'undetermined';
  if (!passes) return 'nonCompliant';
  if (failures === 0) return 'compliant';
  if (relapse || failures >= policy.reboundFailures) return 'reboundProne';
  if (h.standard.kind === 'behaviourOrder' && failures >= policy.behaviourReboundFailures)
    return 'reboundProne';
  return 'compliant';
}

/**
 * json-rules-engine as its documentation sets it up: the raw history is the one runtime fact; the facts the rules
 * read are dynamic facts computed from it through the almanac, which caches the scan they share for the run; four
 * rules with priorities, one event each. `engine.run` is asynchronous, one run per history.
 */
export function rulesEngine(): Engine {
  const e = new Engine([], { allowUndefinedFacts: false });
  e.addFact('scan', async (_params, almanac) => scan(await almanac.factValue<History>('history')));
  const fromScan =
    <K extends keyof Scan>(key: K) =>
    async (_params: unknown, almanac: { factValue<T>(id: string): Promise<T> }) =>
      (await almanac.factValue<Scan>('scan'))[key];
  e.addFact('hasValidEvidence', fromScan('has'));
  e.addFact('latestPasses', fromScan('passes'));
  e.addFact('failuresInWindow', fromScan('failures'));
  e.addFact('relapse', fromScan('relapse'));
  e.addFact(
    'behaviourOrder',
    async (_params, almanac) =>
      (await almanac.factValue<History>('history')).standard.kind === 'behaviourOrder',
  );
  const fact = (name: string, operator: string, value: unknown) => ({ fact: name, operator, value });
  const valid = [fact('hasValidEvidence', 'equal', true), fact('latestPasses', 'equal', true)];
  e.addRule({
    name: 'undetermined',
    priority: 4,
    conditions: { all: [fact('hasValidEvidence', 'equal', false)] },
    event: { type: 'undetermined' },
  });
  e.addRule({
    name: 'nonCompliant',
    priority: 3,
    conditions: { all: [fact('hasValidEvidence', 'equal', true), fact('latestPasses', 'equal', false)] },
    event: { type: 'nonCompliant' },
  });
  const rebound = {
    any: [
      fact('failuresInWindow', 'greaterThanInclusive', policy.reboundFailures),
      fact('relapse', 'equal', true),
      {
        all: [
          fact('behaviourOrder', 'equal', true),
          fact('failuresInWindow', 'greaterThanInclusive', policy.behaviourReboundFailures),
        ],
      },
    ],
  };
  e.addRule({
    name: 'reboundProne',
    priority: 2,
    conditions: { all: [...valid, fact('failuresInWindow', 'greaterThan', 0), rebound] },
    event: { type: 'reboundProne' },
  });
  e.addRule({
    name: 'compliant',
    priority: 1,
    conditions: {
      all: [...valid, { any: [fact('failuresInWindow', 'equal', 0), { not: rebound }] }],
    },
    event: { type: 'compliant' },
  });
  return e;
}

/** The engine's class for one raw history: the type of the one event it fires. */
export async function engineClass(engine: Engine, h: History): Promise<string | undefined> {
  const { events } = await engine.run({ history: h });
  return events.length === 1 ? events[0]!.type : `${events.length} events`;
}

/** The index of the first history where two lists of classes differ, or -1 when they agree on every one. */
export function firstDisagreement(a: readonly unknown[], b: readonly unknown[]): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** The same histories on a board at `asOf`: a framework of the generated standards, one site (one cell) per history. */
export function boardOf(histories: readonly History[], asOf = ASOF): ComplianceBoard {
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
  const board = new ComplianceBoard({ framework, asOf });
  histories.forEach((h, i) => {
    const scope = { kind: 'site' as const, siteId: `s${i}` };
    board.recordAll(h.observations.map((o) => ({ ...o, standardRef: h.standard.code, scope })));
    for (const c of h.closures)
      board.recordRectification({
        id: c.id,
        standardRef: h.standard.code,
        scope,
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
  return board;
}

/** The board's class of each history, in order. */
export const boardClasses = (board: ComplianceBoard, histories: readonly History[]) =>
  histories.map((h, i) => board.cellClass(h.standard.code, `site:s${i}`));
