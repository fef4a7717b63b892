import {
  effectivePoints,
  type FrameworkEdition,
  listStandards,
  type NegativePenalty,
} from '@chuangwen/checklists';
import { roundScore } from '@chuangwen/checklists/internal';
import type { Observation, Rectification, Site } from '@chuangwen/model';
import { contextOf } from './classify.js';
import { scanEvidence } from './evidence.js';
import { judge } from './judgement.js';
import { type ClassificationPolicy, DEFAULT_POLICY } from './policy.js';
import { scopeKey } from './scope-key.js';
import { daysBetween, shanghaiDate, toMs } from './time.js';

/** A negative-list event that happened, by the code of the rule it triggers. */
export interface NegativeEvent {
  ruleCode: string;
  occurredOn: string;
}

/** What {@link scoreFramework} needs. */
export interface ScoreInput {
  framework: FrameworkEdition;
  /** Observations; those of another edition (`editionId` set to another) are left out. */
  observations: readonly Observation[];
  asOf: string;
  policy?: ClassificationPolicy;
  /** Sites, for thresholds that depend on the site type. */
  sites?: readonly Pick<Site, 'id' | 'siteType'>[];
  /** Scores of the companion assessments the prerequisites name, by prerequisite code. */
  prerequisiteScores?: Readonly<Record<string, number>>;
  negativeEvents?: readonly NegativeEvent[];
  /** Distinctive-work bonus claimed; capped by the edition. */
  distinctiveBonus?: number;
}

/** The score of one standard: the mean of its scopes' scores, rounded to the edition's precision. */
export interface StandardScore {
  code: string;
  itemCode: string;
  /** The points the standard is worth; null where the edition publishes no weights. */
  maxPoints: number | null;
  /** null when no scope has valid evidence that its rule can read. */
  points: number | null;
  scopesScored: number;
  /** Scopes whose deciding observation lacks the measure the rule reads: not scored, never full marks. */
  scopesMissingMeasure: number;
}

/** A sanction from the negative list, kept apart from the additive score. */
export interface Sanction {
  ruleCode: string;
  occurredOn: string;
  penalty: NegativePenalty;
}

/** Points and maximum of a tier (an item or a group of items). */
export interface TierScore {
  code: string;
  maxPoints: number;
  points: number;
  unscored: string[];
}

/** The score of a framework: additive points per standard, item and group, gated by prerequisites, with negative-list penalties apart. */
export interface FrameworkScore {
  asOf: string;
  editionId: string;
  standards: Record<string, StandardScore>;
  items: Record<string, TierScore>;
  /** Groups above the items, where the edition declares them. */
  groups: Record<string, TierScore>;
  /** The sum of standard scores (unscored standards count zero). */
  additive: number;
  /** The sum of the known maximum points. */
  maxPoints: number;
  /** additive ÷ maxPoints, to four places (得分率). */
  scoreRate: number;
  /** Standards with no valid evidence that their rule can read, so no score yet. */
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

function monthsBefore(asOf: string, date: string): number {
  return daysBetween(date, asOf) / 30.4375;
}

/** Scopes of each standard's observations, of this edition only. */
function byStandardAndScope(framework: FrameworkEdition, observations: readonly Observation[]) {
  const out = new Map<string, Map<string, Observation[]>>();
  for (const o of observations) {
    if (o.standardRef === undefined || (o.editionId !== undefined && o.editionId !== framework.id)) continue;
    let scopes = out.get(o.standardRef);
    if (!scopes) {
      scopes = new Map();
      out.set(o.standardRef, scopes);
    }
    const key = scopeKey(o.scope);
    const list = scopes.get(key);
    if (list) list.push(o);
    else scopes.set(key, [o]);
  }
  return out;
}

/**
 * Scores a framework from its evidence by the declared rule of each standard, rounded to the edition's precision.
 * A standard's points come from the tiers where the edition weighs them. Pure; time is `asOf`.
 */
export function scoreFramework(input: ScoreInput): FrameworkScore {
  const { framework } = input;
  const policy = input.policy ?? DEFAULT_POLICY;
  const asOf = toMs(input.asOf);
  const round = (v: number) => roundScore(v, framework.precision);
  const byStandard = byStandardAndScope(framework, input.observations);
  const siteTypes = new Map((input.sites ?? []).map((s) => [s.id, s.siteType]));
  const maxima = effectivePoints(framework);
  const result: FrameworkScore = {
    asOf: input.asOf,
    editionId: framework.id,
    standards: {},
    items: {},
    groups: {},
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
    const max = maxima.get(standard.code) ?? null;
    let sum = 0;
    let scored = 0;
    let missing = 0;
    for (const observations of byStandard.get(standard.code)?.values() ?? []) {
      const first = observations[0]!;
      const siteType = first.scope.kind === 'site' ? siteTypes.get(first.scope.siteId) : undefined;
      const context = contextOf(standard, policy, max, siteType);
      const scan = scanEvidence(observations, asOf, policy, standard.scoring, context);
      if (!scan.latest) continue;
      const judgement = judge(standard.scoring, scan.latest, context);
      if (judgement.points === null) {
        if (judgement.missing) missing += 1;
        continue;
      }
      sum += judgement.points;
      scored += 1;
    }
    const points = scored > 0 ? round(sum / scored) : null;
    result.standards[standard.code] = {
      code: standard.code,
      itemCode: item.code,
      maxPoints: max,
      points,
      scopesScored: scored,
      scopesMissingMeasure: missing,
    };
    const itemScore = result.items[item.code] ?? { code: item.code, maxPoints: 0, points: 0, unscored: [] };
    result.items[item.code] = itemScore;
    itemScore.maxPoints += max ?? 0;
    itemScore.points += points ?? 0;
    if (points === null) {
      itemScore.unscored.push(standard.code);
      result.unscored.push(standard.code);
    }
  }
  for (const item of Object.values(result.items)) {
    item.points = round(item.points);
    item.maxPoints = round(item.maxPoints);
    result.additive += item.points;
    result.maxPoints += item.maxPoints;
  }
  for (const group of framework.itemGroups) {
    const members = group.itemCodes.map((c) => result.items[c]).filter((i) => i !== undefined);
    result.groups[group.code] = {
      code: group.code,
      maxPoints: round(members.reduce((s, i) => s + i.maxPoints, 0)),
      points: round(members.reduce((s, i) => s + i.points, 0)),
      unscored: members.flatMap((i) => i.unscored),
    };
  }
  result.additive = round(result.additive);
  result.maxPoints = round(result.maxPoints);
  result.scoreRate = result.maxPoints > 0 ? roundScore(result.additive / result.maxPoints, 4) : 0;
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
  result.negativeDeductions = round(result.negativeDeductions);
  result.bonus = round(
    Math.min(Math.max(input.distinctiveBonus ?? 0, 0), framework.distinctiveBonus?.cap ?? 0),
  );
  result.total = result.gated
    ? 0
    : round(Math.max(0, result.additive - result.negativeDeductions) + result.bonus);
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
  /** Open rectifications left out, and why: escalated ones are beyond the street's power; some have no deadline or standard. */
  excluded: { id: string; reason: 'escalated' | 'noDeadline' | 'noStandard' }[];
}

/**
 * A what-if projection: the score if every open rectification closes by its deadline, each closure counted as a
 * passing check at its standard and scope that meets the rule in full. Escalated problems are not counted as fixed.
 */
export function projectScore(
  input: ScoreInput & { rectifications: readonly Rectification[] },
): ScoreProjection {
  const current = scoreFramework(input);
  const assumedClosed: string[] = [];
  const excluded: ScoreProjection['excluded'] = [];
  const synthetic: Observation[] = [];
  const maxima = effectivePoints(input.framework);
  const at = new Date(toMs(input.asOf)).toISOString();
  for (const r of input.rectifications) {
    if (r.status === 'closed') continue;
    if (r.status === 'escalated') excluded.push({ id: r.id, reason: 'escalated' });
    else if (r.deadline === undefined) excluded.push({ id: r.id, reason: 'noDeadline' });
    else if (r.standardRef === undefined) excluded.push({ id: r.id, reason: 'noStandard' });
    else {
      assumedClosed.push(r.id);
      const max = maxima.get(r.standardRef);
      synthetic.push({
        id: `projected:${r.id}`,
        standardRef: r.standardRef,
        scope: r.scope,
        observedAt: at,
        method: 'fieldInspection',
        source: 'supervisionCheck',
        outcome: 'pass',
        evidence: [],
        ...(max === null || max === undefined ? {} : { score: max }),
      });
    }
  }
  const projected = scoreFramework({ ...input, observations: [...input.observations, ...synthetic] });
  return {
    current,
    projected,
    gain: roundScore(projected.additive - current.additive, input.framework.precision),
    assumedClosed,
    excluded,
  };
}
