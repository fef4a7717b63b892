import type { Standard } from '@chuangwen/checklists';
import type { Observation } from '@chuangwen/model';
import { actionsFor } from './actions.js';
import type { Classification, ComplianceClass, Reason } from './classes.js';
import { scanEvidence } from './evidence.js';
import { type ClassificationPolicy, DEFAULT_POLICY } from './policy.js';
import { momentOf, toMs } from './time.js';

/** The parts of a standard classification reads: its declared kind and rule decide, never its code. */
export type ClassifiedStandard = Pick<
  Standard,
  'code' | 'kind' | 'methods' | 'scoring' | 'materialRequirements'
>;

/** A closed rectification of the standard at the same scope: a failure after it is a relapse. */
export interface Closure {
  id: string;
  closedAt: string;
}

/** What {@link classify} needs: the standard, its observations (at one scope), the moment, and optionally more. */
export interface ClassifyInput {
  standard: ClassifiedStandard;
  observations: readonly Observation[];
  /** The moment of judgement, an ISO instant or date. Nothing here reads the clock. */
  asOf: string;
  policy?: ClassificationPolicy;
  closures?: readonly Closure[];
  /** The standard's lead units, who own the follow-up work. */
  leadUnitIds?: readonly string[];
}

const NO_EVIDENCE = Object.freeze({
  'zh-CN': '没有有效的测评依据（无记录、已过期或无法测评）',
  en: 'no valid evidence: none recorded, all expired or not assessable',
});

const pct = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** The pass line a standard's survey evidence is read against, or undefined for other kinds. */
export function passLineOf(standard: ClassifiedStandard, policy: ClassificationPolicy): number | undefined {
  if (standard.kind !== 'survey') return undefined;
  return standard.scoring.kind === 'survey' ? standard.scoring.passLine : policy.defaultSurveyPassLine;
}

/**
 * Classifies one standard from its evidence as 达标 compliant, 未达标 non-compliant, 未知可否达标 undetermined or
 * 易反弹 rebound-prone, with the rule that fired, the observations it used, and the work the class demands.
 * A pure function of its input: the same input always gives the same result, whatever the order of observations.
 */
export function classify(input: ClassifyInput): Classification {
  const { standard } = input;
  const policy = input.policy ?? DEFAULT_POLICY;
  const passLine = passLineOf(standard, policy);
  const moment = momentOf(input.asOf);
  const { latest, latestPasses, failuresInWindow, future, notAssessable, expired } = scanEvidence(
    input.observations,
    moment.ms,
    policy,
    passLine,
  );

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
    if (!latest) {
      reasons.push({ rule: 'noValidEvidence', message: NO_EVIDENCE, observationIds: [] });
    } else if (!latestPasses) {
      if (passLine !== undefined && latest.measuredRate !== undefined) {
        reasons.push({
          rule: 'surveyBelowPassLine',
          message: {
            'zh-CN': `问卷测得 ${pct(latest.measuredRate)}，低于合格线 ${pct(passLine)}`,
            en: `survey measured ${pct(latest.measuredRate)}, below the pass line of ${pct(passLine)}`,
          },
          observationIds: [latest.id],
        });
      } else {
        reasons.push({
          rule: 'latestFails',
          message: {
            'zh-CN': `最近一次有效测评（${latest.observedAt}）不合格`,
            en: `the latest valid observation (${latest.observedAt}) fails`,
          },
          observationIds: [latest.id],
        });
      }
    } else if (rebound) reasons.push(rebound);
    else {
      reasons.push(
        passLine !== undefined && latest.measuredRate !== undefined
          ? {
              rule: 'surveyAtPassLine',
              message: {
                'zh-CN': `问卷测得 ${pct(latest.measuredRate)}，达到合格线 ${pct(passLine)}`,
                en: `survey measured ${pct(latest.measuredRate)}, at or above the pass line of ${pct(passLine)}`,
              },
              observationIds: [latest.id],
            }
          : {
              rule: 'latestPasses',
              message: {
                'zh-CN': `最近一次有效测评（${latest.observedAt}）合格，近期无反复`,
                en: `the latest valid observation (${latest.observedAt}) passes, with no recent relapse`,
              },
              observationIds: [latest.id],
            },
      );
    }
    if (future.length > 0) {
      reasons.push({
        rule: 'futureIgnored',
        message: {
          'zh-CN': `忽略 ${future.length} 条晚于判定时间的记录`,
          en: `ignored ${future.length} observation(s) dated after the moment of judgement`,
        },
        observationIds: [...future].sort(),
      });
    }
    if (notAssessable.length > 0) {
      reasons.push({
        rule: 'notAssessableIgnored',
        message: {
          'zh-CN': `${notAssessable.length} 条记录无法测评，不作为依据`,
          en: `${notAssessable.length} observation(s) not assessable, not counted as evidence`,
        },
        observationIds: [...notAssessable].sort(),
      });
    }
    if (expired.length > 0) {
      reasons.push({
        rule: 'expiredIgnored',
        message: {
          'zh-CN': `${expired.length} 条记录已超过有效期`,
          en: `${expired.length} observation(s) older than their validity`,
        },
        observationIds: [...expired].sort(),
      });
    }
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
        en: `${failures.length} failures in the last ${days} days; passing now but prone to rebound`,
      },
      observationIds: failures.map((f) => f.id).sort(),
    };
  }
  if (input.standard.kind === 'behaviourOrder' && failures.length >= policy.behaviourReboundFailures) {
    return {
      rule: 'behaviourFailure',
      message: {
        'zh-CN': `行为秩序类标准近 ${days} 天内出现过不合格`,
        en: `a behaviour or order standard that failed within the last ${days} days`,
      },
      observationIds: failures.map((f) => f.id).sort(),
    };
  }
  return undefined;
}
