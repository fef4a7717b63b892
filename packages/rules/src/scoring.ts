import {
  type FrameworkEdition,
  gradeFor,
  listStandards,
  type NegativePenalty,
  type Standard,
} from '@chuangwen/checklists';
import type { Observation, Rectification } from '@chuangwen/model';
import { scopeKey } from './board.js';
import { passLineOf } from './classify.js';
import { type AssessableObservation, scanEvidence } from './evidence.js';
import { type ClassificationPolicy, DEFAULT_POLICY } from './policy.js';
import { daysBetween, shanghaiDate, toMs } from './time.js';

/** A negative-list event that happened, by the code of the rule it triggers. */
export interface NegativeEvent {
  ruleCode: string;
  occurredOn: string;
}

/** What {@link scoreFramework} needs. */
export interface ScoreInput {
  framework: FrameworkEdition;
  observations: readonly Observation[];
  asOf: string;
  policy?: ClassificationPolicy;
  /** Scores of the companion assessments the prerequisites name, by prerequisite code. */
  prerequisiteScores?: Readonly<Record<string, number>>;
  negativeEvents?: readonly NegativeEvent[];
  /** Distinctive-work bonus claimed; capped by the edition. */
  distinctiveBonus?: number;
}

/** The score of one standard: the mean of its scopes' scores, or null when no scope has valid evidence. */
export interface StandardScore {
  code: string;
  itemCode: string;
  maxPoints: number;
  points: number | null;
  scopesScored: number;
}

/** A sanction from the negative list, kept apart from the additive score. */
export interface Sanction {
  ruleCode: string;
  occurredOn: string;
  penalty: NegativePenalty;
}

/** The score of a framework: additive points per standard and item, gated by prerequisites, with negative-list penalties apart. */
export interface FrameworkScore {
  asOf: string;
  standards: Record<string, StandardScore>;
  items: Record<string, { code: string; maxPoints: number; points: number; unscored: string[] }>;
  /** The sum of standard scores (unscored standards count zero). */
  additive: number;
  maxPoints: number;
  /** additive ÷ maxPoints. */
  scoreRate: number;
  /** Standards with no valid evidence, so no score yet. */
  unscored: string[];
  prerequisites: { code: string; minimumScore: number; actual: number | null; passed: boolean }[];
  /** True when a prerequisite failed: the total does not count. */
  gated: boolean;
  /** Points deducted by negative-list events in their windows. */
  negativeDeductions: number;
  /** Sanctions beyond points (suspension, revocation), in their windows. */
  sanctions: Sanction[];
  bonus: number;
  /** 0 when gated; otherwise additive − deductions (not below 0) + bonus. */
  total: number;
}

/** Points an assessable observation earns under a standard's declared rule. */
export function pointsFor(
  standard: Standard,
  evidence: AssessableObservation,
  passed: boolean,
  passLine: number | undefined,
): number {
  const rule = standard.scoring;
  const max = standard.points;
  switch (rule.kind) {
    case 'stateDescription':
      return max * gradeFor(rule.bands, evidence.violationCount ?? (passed ? 0 : 1)).coefficient;
    case 'countThreshold':
      return Math.max(
        0,
        max - (evidence.violationCount ?? (passed ? 0 : rule.required)) * rule.deductionPerShortfall,
      );
    case 'ratio': {
      const rate = evidence.measuredRate ?? (passed ? 1 : 0);
      if (rate >= rule.fullAt) return max;
      return rate >= rule.passAt ? (max * rate) / rule.fullAt : 0;
    }
    case 'survey': {
      const line = passLine ?? rule.passLine;
      const rate = evidence.measuredRate ?? (passed ? line : 0);
      return rate >= line ? max : (max * rate) / line;
    }
    case 'binary':
      return passed ? max : 0;
  }
}

function monthsBefore(asOf: string, date: string): number {
  return daysBetween(date, asOf) / 30.4375;
}

/** Scores a framework from its evidence by the declared rules of each standard. Pure; time is `asOf`. */
export function scoreFramework(input: ScoreInput): FrameworkScore {
  const { framework } = input;
  const policy = input.policy ?? DEFAULT_POLICY;
  const asOf = toMs(input.asOf);
  const byStandard = new Map<string, Map<string, Observation[]>>();
  for (const o of input.observations) {
    let scopes = byStandard.get(o.standardRef);
    if (!scopes) {
      scopes = new Map();
      byStandard.set(o.standardRef, scopes);
    }
    const key = scopeKey(o.scope);
    const list = scopes.get(key);
    if (list) list.push(o);
    else scopes.set(key, [o]);
  }
  const result: FrameworkScore = {
    asOf: input.asOf,
    standards: {},
    items: {},
    additive: 0,
    maxPoints: 0,
    scoreRate: 0,
    unscored: [],
    prerequisites: [],
    gated: false,
    negativeDeductions: 0,
    sanctions: [],
    bonus: 0,
    total: 0,
  };
  for (const { standard, item } of listStandards(framework)) {
    const passLine = passLineOf(standard, policy);
    let sum = 0;
    let scored = 0;
    for (const observations of byStandard.get(standard.code)?.values() ?? []) {
      const scan = scanEvidence(observations, asOf, policy, passLine);
      if (!scan.latest) continue;
      sum += pointsFor(standard, scan.latest, scan.latestPasses, passLine);
      scored += 1;
    }
    const points = scored > 0 ? sum / scored : null;
    result.standards[standard.code] = {
      code: standard.code,
      itemCode: item.code,
      maxPoints: standard.points,
      points,
      scopesScored: scored,
    };
    result.items[item.code] ??= {
      code: item.code,
      maxPoints: 0,
      points: 0,
      unscored: [],
    };
    const itemScore = result.items[item.code]!;
    itemScore.maxPoints += standard.points;
    itemScore.points += points ?? 0;
    if (points === null) {
      itemScore.unscored.push(standard.code);
      result.unscored.push(standard.code);
    }
    result.additive += points ?? 0;
    result.maxPoints += standard.points;
  }
  result.scoreRate = result.maxPoints > 0 ? result.additive / result.maxPoints : 0;
  for (const p of framework.prerequisites) {
    const actual = input.prerequisiteScores?.[p.code] ?? null;
    const passed = actual !== null && actual >= p.minimumScore;
    result.prerequisites.push({ code: p.code, minimumScore: p.minimumScore, actual, passed });
    if (!passed) result.gated = true;
  }
  const today = shanghaiDate(asOf);
  for (const event of input.negativeEvents ?? []) {
    const rule = framework.negativeList.find((r) => r.code === event.ruleCode);
    const age = monthsBefore(today, event.occurredOn);
    if (!rule || age < 0 || age > rule.triggerWindowMonths) continue;
    if (rule.penalty.kind === 'deductPoints') result.negativeDeductions += rule.penalty.points;
    else result.sanctions.push({ ruleCode: rule.code, occurredOn: event.occurredOn, penalty: rule.penalty });
  }
  result.bonus = Math.min(Math.max(input.distinctiveBonus ?? 0, 0), framework.distinctiveBonus?.cap ?? 0);
  result.total = result.gated ? 0 : Math.max(0, result.additive - result.negativeDeductions) + result.bonus;
  return result;
}

/** The score now and the score if every open rectification closes by its deadline. */
export interface ScoreProjection {
  current: FrameworkScore;
  projected: FrameworkScore;
  /** projected.additive − current.additive. */
  gain: number;
  /** Rectifications assumed closed: open, not escalated, with a deadline. */
  assumedClosed: string[];
  /** Open rectifications left out, and why: escalated ones are beyond the street's power; some have no deadline. */
  excluded: { id: string; reason: 'escalated' | 'noDeadline' }[];
}

/**
 * A what-if projection: the score if every open rectification closes by its deadline, each closure counted as a
 * passing check with no violations at its standard and scope. Escalated problems are not counted as fixed.
 */
export function projectScore(
  input: ScoreInput & { rectifications: readonly Rectification[] },
): ScoreProjection {
  const current = scoreFramework(input);
  const assumedClosed: string[] = [];
  const excluded: ScoreProjection['excluded'] = [];
  const synthetic: Observation[] = [];
  for (const r of input.rectifications) {
    if (r.status === 'closed') continue;
    if (r.status === 'escalated') {
      excluded.push({ id: r.id, reason: 'escalated' });
      continue;
    }
    if (r.deadline === undefined) {
      excluded.push({ id: r.id, reason: 'noDeadline' });
      continue;
    }
    assumedClosed.push(r.id);
    synthetic.push({
      id: `projected:${r.id}`,
      standardRef: r.standardRef,
      scope: r.scope,
      observedAt: new Date(toMs(input.asOf)).toISOString(),
      method: 'fieldInspection',
      source: 'supervisionCheck',
      outcome: 'pass',
      violationCount: 0,
      measuredRate: 1,
      evidence: [],
    });
  }
  const projected = scoreFramework({ ...input, observations: [...input.observations, ...synthetic] });
  return { current, projected, gain: projected.additive - current.additive, assumedClosed, excluded };
}
