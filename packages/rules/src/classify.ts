import type { Standard } from '@chuangwen/checklists';
import type { Observation } from '@chuangwen/model';
import { actionsFor } from './actions.js';
import type { Classification, ComplianceClass, Reason } from './classes.js';
import { scanEvidence } from './evidence.js';
import { type JudgementContext, judge } from './judgement.js';
import { type ClassificationPolicy, DEFAULT_POLICY } from './policy.js';
import { count, latestReason, missingMeasureReason, NO_EVIDENCE } from './reasons.js';
import { momentOf, toMs } from './time.js';

/** The parts of a standard classification reads: its declared kind and rule decide, never its code. */
export type ClassifiedStandard = Pick<
  Standard,
  'code' | 'kind' | 'methods' | 'scoring' | 'materialRequirements'
> &
  Partial<Pick<Standard, 'points' | 'siteThresholds'>>;

/** A closed rectification of the standard at the same scope: a failure after it is a relapse. */
export interface Closure {
  id: string;
  closedAt: string;
}

/** What {@link classify} needs: the standard, its observations (at one scope), the moment, and optionally more. */
export interface ClassifyInput {
  standard: ClassifiedStandard;
  observations: readonly Observation[];
  /** The moment of judgement, an ISO instant or date; an unreadable one throws a RangeError. Nothing here reads the clock. */
  asOf: string;
  policy?: ClassificationPolicy;
  closures?: readonly Closure[];
  /** The units responsible for the standard at this scope (the site's unit, the task's lead units): they own the work. */
  responsibleUnitIds?: readonly string[];
  /** The standard's points where a tier above declares them (`effectivePoints`); by default its own, if any. */
  maxPoints?: number | null;
  /** The site type of the scope, for thresholds that depend on it ("5 ads per 300 m" on main roads). */
  siteType?: string;
}

/** The pass line a standard's survey evidence is read against, or undefined for other kinds. */
export function passLineOf(standard: ClassifiedStandard, policy: ClassificationPolicy): number | undefined {
  if (standard.kind !== 'survey') return undefined;
  return standard.scoring.kind === 'survey' ? standard.scoring.passLine : policy.defaultSurveyPassLine;
}

/** What the standard's rule needs to read an observation at this scope. */
export function contextOf(
  standard: ClassifiedStandard,
  policy: ClassificationPolicy,
  maxPoints?: number | null,
  siteType?: string,
): JudgementContext {
  const threshold =
    siteType === undefined
      ? undefined
      : standard.siteThresholds?.find((t) => t.siteType === siteType)?.required;
  return {
    maxPoints: maxPoints === undefined ? (standard.points ?? null) : maxPoints,
    passLine: passLineOf(standard, policy),
    required: threshold,
  };
}

/**
 * Classifies one standard from its evidence as 达标 compliant, 未达标 non-compliant, 未知可否达标 undetermined or
 * 易反弹 rebound-prone, with the rule that fired, the observations it used, and the work the class demands. Evidence is
 * read through the standard's declared scoring rule, so a standard is never compliant while it scores nothing.
 * A pure function of its input: the same input always gives the same result, whatever the order of observations.
 */
export function classify(input: ClassifyInput): Classification {
  const { standard } = input;
  const policy = input.policy ?? DEFAULT_POLICY;
  const moment = momentOf(input.asOf);
  const context = contextOf(standard, policy, input.maxPoints, input.siteType);
  const scan = scanEvidence(input.observations, moment.ms, policy, standard.scoring, context);
  const { latest, latestPasses, failuresInWindow, future, notAssessable, expired } = scan;

  let verdict: ComplianceClass;
  let rebound: Reason | undefined;
  if (!latest) verdict = 'undetermined';
  else if (!latestPasses) verdict = 'nonCompliant';
  else {
    rebound = reboundReason(input, moment.ms, failuresInWindow, policy);
    verdict = rebound ? 'reboundProne' : 'compliant';
  }
  const explain = (): Reason[] => {
    const reasons: Reason[] = [];
    if (!latest) reasons.push({ rule: 'noValidEvidence', message: NO_EVIDENCE, observationIds: [] });
    else {
      const judgement = judge(standard.scoring, latest, context);
      reasons.push(
        rebound && latestPasses ? rebound : latestReason(standard.scoring, latest, judgement, context),
      );
      // A pass whose measure is missing earns no points: say so, since the class alone would hide it.
      if (judgement.missing && latestPasses)
        reasons.push(missingMeasureReason(standard.scoring, latest, judgement.missing));
    }
    const setAside = (rule: Reason['rule'], ids: readonly string[], zh: string, en: string) => {
      if (ids.length > 0)
        reasons.push({ rule, message: { 'zh-CN': zh, en }, observationIds: [...ids].sort() });
    };
    setAside(
      'futureIgnored',
      future,
      `忽略 ${future.length} 条晚于判定时间的记录`,
      `ignored ${future.length} observation(s) dated after the moment of judgement`,
    );
    setAside(
      'notAssessableIgnored',
      notAssessable,
      `${notAssessable.length} 条记录无法测评，不作为依据`,
      `${notAssessable.length} observation(s) not assessable, not counted as evidence`,
    );
    setAside(
      'expiredIgnored',
      expired,
      `${expired.length} 条记录已超过有效期`,
      `${expired.length} observation(s) older than their validity`,
    );
    return reasons;
  };
  return {
    standardCode: standard.code,
    class: verdict,
    reasons: explain(),
    actions: actionsFor(verdict, input, policy, moment),
  };
}

/** With the latest valid evidence passing: the reason it is rebound-prone (failures recur, relapse after closure, a behaviour standard failed), or undefined. */
function reboundReason(
  input: ClassifyInput,
  asOf: number,
  failures: readonly { id: string; at: number }[],
  policy: ClassificationPolicy,
): Reason | undefined {
  if (failures.length === 0) return undefined;
  const days = policy.reboundWindowDays;
  for (const closure of input.closures ?? []) {
    const closedAt = toMs(closure.closedAt);
    if (closedAt > asOf) continue;
    const after = failures.filter((f) => f.at > closedAt);
    if (after.length > 0) {
      return {
        rule: 'relapseAfterClosure',
        message: {
          'zh-CN': `整改 ${closure.id} 销号后再次出现不合格（回潮）`,
          en: `failed again after rectification ${closure.id} was closed (relapse)`,
        },
        observationIds: after.map((f) => f.id).sort(),
      };
    }
  }
  if (failures.length >= policy.reboundFailures) {
    return {
      rule: 'repeatedFailures',
      message: {
        'zh-CN': `近 ${days} 天内不合格 ${failures.length} 次，虽最近合格但易反弹`,
        en: `${count(failures.length, 'failure')} in the last ${count(days, 'day')}; passing now but prone to rebound`,
      },
      observationIds: failures.map((f) => f.id).sort(),
    };
  }
  if (input.standard.kind === 'behaviourOrder' && failures.length >= policy.behaviourReboundFailures) {
    return {
      rule: 'behaviourFailure',
      message: {
        'zh-CN': `行为秩序类标准近 ${days} 天内出现过不合格`,
        en: `a behaviour or order standard that failed within the last ${count(days, 'day')}`,
      },
      observationIds: failures.map((f) => f.id).sort(),
    };
  }
  return undefined;
}
