import {
  type CompetitionGroup,
  effectivePoints,
  type FrameworkEdition,
  standardsFor,
} from '@chuangwen/checklists';
import { roundScore } from '@chuangwen/checklists/internal';
import type { AssessmentMethod, Observation, Site } from '@chuangwen/model';
import { contextOf } from './classify.js';
import { scanEvidence } from './evidence.js';
import { judge } from './judgement.js';
import { inMaterialWindow, type MaterialWindow, materialWindow } from './material-window.js';
import { type ClassificationPolicy, DEFAULT_POLICY } from './policy.js';
import { scopeKey } from './scope-key.js';
import {
  type CompanionWeight,
  combine,
  companionWeights,
  judgePrerequisites,
  type NegativeEvent,
  negativeList,
  type PrerequisiteResult,
  type Sanction,
} from './score-gates.js';
import { daysBetween, shanghaiDate, toMs } from './time.js';

/** What {@link scoreFramework} needs. */
export interface ScoreInput {
  framework: FrameworkEdition;
  /** Observations; those of another edition (`editionId` set to another) are left out. */
  observations: readonly Observation[];
  asOf: string;
  policy?: ClassificationPolicy;
  /** Sites, for thresholds that depend on the site type (a site of two types is read at the one the standard names). */
  sites?: readonly (Pick<Site, 'id' | 'siteType'> & { otherSiteTypes?: readonly string[] | undefined })[];
  /** The competition group scored, where the edition covers several: only the standards for it count. */
  group?: CompetitionGroup;
  /** Scores of the companion assessments the prerequisites name, by prerequisite code. */
  prerequisiteScores?: Readonly<Record<string, number>>;
  /** Whether each yes/no prerequisite (提名资格, 成效显著) is met, by prerequisite code. */
  prerequisitesMet?: Readonly<Record<string, boolean>>;
  /** Scores of the method pools no standard fills, scored as a whole (部门意见), capped at the pool's points. */
  methodScores?: Readonly<Partial<Record<AssessmentMethod, number>>>;
  /**
   * The day of the assessment: document-review evidence then counts when dated inside the edition's material window
   * for it (the year ending a month before), however long ago, and not outside it, rather than by its validity at
   * `asOf`.
   */
  assessmentOn?: string;
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

/** Points and maximum of a tier (an item or a group of items). */
export interface TierScore {
  code: string;
  maxPoints: number;
  points: number;
  unscored: string[];
}

/** The points one method scored: its standards' (by their main method) or, for a pool scored whole, the score given. */
export interface MethodScore {
  method: AssessmentMethod;
  maxPoints: number;
  points: number;
  /** A pool no standard fills, scored as a whole (部门意见). */
  whole: boolean;
}

/** The score of a framework: additive points per standard, item and group, gated by prerequisites, with negative-list penalties apart. */
export interface FrameworkScore {
  asOf: string;
  editionId: string;
  /** The group scored, where one was given. */
  group?: CompetitionGroup;
  standards: Record<string, StandardScore>;
  items: Record<string, TierScore>;
  /** Categories above the items (测评类别), where the edition declares them. */
  groups: Record<string, TierScore>;
  /**
   * The split by method (材料审核, 实地考察, 问卷调查, 部门意见 …): each standard in its main method's pool, and the
   * pools scored whole. Where the edition declares pools, each pool's maximum is its declared points.
   */
  methods: Partial<Record<AssessmentMethod, MethodScore>>;
  /** The sum of standard scores (unscored standards count zero). */
  additive: number;
  /** Points of the pools scored as a whole, as given. */
  wholePools: number;
  /** The sum of the known maximum points (standards and pools scored whole). */
  maxPoints: number;
  /** (additive + wholePools) ÷ maxPoints, to four places (得分率). */
  scoreRate: number;
  /** Standards with no valid evidence that their rule can read, so no score yet. */
  unscored: string[];
  /** The conditions to apply (申报条件), scored and yes/no. */
  prerequisites: PrerequisiteResult[];
  /** True when a prerequisite failed: the total does not count. */
  gated: boolean;
  /** Points deducted by negative-list events in their windows. */
  negativeDeductions: number;
  /** Sanctions beyond points (suspension, revocation), in their windows. */
  sanctions: Sanction[];
  bonus: number;
  /** The edition's own total: 0 when gated; otherwise additive + wholePools − deductions (not below 0) + bonus. */
  total: number;
  /** Companion assessments that weigh in the combined total (the minors' assessment at 20%). */
  companions: CompanionWeight[];
  /**
   * The combined total: the own total weighed with the companions' scores (0 when gated); equal to `total` where no
   * companion weighs, null while a weighted companion's score is missing.
   */
  combinedTotal: number | null;
  /** The material window document-review evidence was read in, where `assessmentOn` was given. */
  materialWindow?: MaterialWindow;
}

/** Scopes of each standard's observations, of this edition only (document reviews outside the window left out). */
function byStandardAndScope(
  framework: FrameworkEdition,
  observations: readonly Observation[],
  window: MaterialWindow | undefined,
) {
  const out = new Map<string, Map<string, Observation[]>>();
  for (const o of observations) {
    if (o.standardRef === undefined || (o.editionId !== undefined && o.editionId !== framework.id)) continue;
    if (window && o.method === 'documentReview' && !inMaterialWindow(o.observedAt, window)) continue;
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

/** The policy, with document reviews valid back to the start of the material window where one applies. */
function windowPolicy(policy: ClassificationPolicy, window: MaterialWindow | undefined, asOf: string) {
  if (!window) return policy;
  const days = Math.max(
    policy.validityDays.documentReview,
    daysBetween(window.from, shanghaiDate(toMs(asOf))) + 1,
  );
  return { ...policy, validityDays: { ...policy.validityDays, documentReview: days } };
}

/**
 * Scores a framework from its evidence by the declared rule of each standard, rounded to the edition's precision:
 * per standard, item, category and method, for one group where the edition covers several; gated by the conditions
 * to apply; with negative-list penalties apart, the pools scored whole added, and the companions weighed into a
 * combined total. A standard's points come from the tiers where the edition weighs them. Pure; time is `asOf`.
 */
export function scoreFramework(input: ScoreInput): FrameworkScore {
  const { framework } = input;
  const window =
    input.assessmentOn === undefined
      ? undefined
      : materialWindow(input.assessmentOn, framework.materialWindow);
  const policy = windowPolicy(input.policy ?? DEFAULT_POLICY, window, input.asOf);
  const asOf = toMs(input.asOf);
  const round = (v: number) => roundScore(v, framework.precision);
  const byStandard = byStandardAndScope(framework, input.observations, window);
  const sites = new Map((input.sites ?? []).map((s) => [s.id, s]));
  const maxima = effectivePoints(framework);
  const result: FrameworkScore = {
    asOf: input.asOf,
    editionId: framework.id,
    ...(input.group === undefined ? {} : { group: input.group }),
    standards: {},
    items: {},
    groups: {},
    methods: {},
    additive: 0,
    wholePools: 0,
    maxPoints: 0,
    scoreRate: 0,
    unscored: [],
    prerequisites: [],
    gated: false,
    negativeDeductions: 0,
    sanctions: [],
    bonus: 0,
    total: 0,
    companions: [],
    combinedTotal: 0,
    ...(window ? { materialWindow: window } : {}),
  };
  const methods = new Map<AssessmentMethod, MethodScore>();
  const methodOf = (method: AssessmentMethod) => {
    let m = methods.get(method);
    if (!m) {
      m = { method, maxPoints: 0, points: 0, whole: false };
      methods.set(method, m);
    }
    return m;
  };
  for (const { standard, item } of standardsFor(framework, input.group)) {
    const max = maxima.get(standard.code) ?? null;
    let sum = 0;
    let scored = 0;
    let missing = 0;
    for (const observations of byStandard.get(standard.code)?.values() ?? []) {
      const first = observations[0]!;
      const site = first.scope.kind === 'site' ? sites.get(first.scope.siteId) : undefined;
      const siteType =
        site === undefined
          ? undefined
          : ([site.siteType, ...(site.otherSiteTypes ?? [])].find((t) => standard.siteTypes.includes(t)) ??
            site.siteType);
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
    const method = methodOf(standard.methods[0]!);
    method.maxPoints += max ?? 0;
    method.points += points ?? 0;
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
  for (const pool of framework.methodPools ?? []) {
    const m = methods.get(pool.method);
    if (m) {
      m.maxPoints = pool.points;
      continue;
    }
    // A pool no standard fills (部门意见) is scored as a whole, from the score given for it.
    const given = input.methodScores?.[pool.method];
    const points = given === undefined ? 0 : Math.min(Math.max(given, 0), pool.points);
    methods.set(pool.method, { method: pool.method, maxPoints: pool.points, points, whole: true });
    result.wholePools += points;
    result.maxPoints += pool.points;
  }
  for (const m of methods.values()) {
    m.points = round(m.points);
    m.maxPoints = round(m.maxPoints);
    result.methods[m.method] = m;
  }
  result.additive = round(result.additive);
  result.wholePools = round(result.wholePools);
  result.maxPoints = round(result.maxPoints);
  result.scoreRate =
    result.maxPoints > 0 ? roundScore((result.additive + result.wholePools) / result.maxPoints, 4) : 0;
  result.prerequisites = judgePrerequisites(framework, input.prerequisiteScores, input.prerequisitesMet);
  result.gated = result.prerequisites.some((p) => !p.passed);
  const negative = negativeList(framework, input.negativeEvents ?? [], shanghaiDate(asOf));
  result.negativeDeductions = round(negative.deductions);
  result.sanctions = negative.sanctions;
  result.bonus = round(
    Math.min(Math.max(input.distinctiveBonus ?? 0, 0), framework.distinctiveBonus?.cap ?? 0),
  );
  result.total = result.gated
    ? 0
    : round(Math.max(0, result.additive + result.wholePools - result.negativeDeductions) + result.bonus);
  result.companions = companionWeights(framework, input.prerequisiteScores);
  const combined = result.gated ? 0 : combine(result.total, result.companions);
  result.combinedTotal = combined === null ? null : round(combined);
  return result;
}
