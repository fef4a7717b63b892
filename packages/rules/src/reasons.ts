import { type RuleMeasure, SCORING_RULE_KIND_LABELS, type ScoringRule } from '@chuangwen/checklists';
import type { BilingualText } from '@chuangwen/model';
import type { Reason } from './classes.js';
import type { AssessableObservation, Judgement, JudgementContext } from './judgement.js';

const pct = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** A count with its noun in English: "1 day", "3 days". */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// Fixed texts are shared, frozen, so classifying a million cells does not build a million copies of them.
export const NO_EVIDENCE: BilingualText = Object.freeze({
  'zh-CN': '没有有效的测评记录（无记录、已过期或无法测评）',
  en: 'no valid observation: none recorded, all expired or not assessable',
});

const MEASURE_NAMES: Record<RuleMeasure, BilingualText> = {
  violationCount: { 'zh-CN': '违规例数', en: 'a violation count' },
  measuredCount: { 'zh-CN': '实测数量', en: 'a measured count' },
  measuredRate: { 'zh-CN': '实测比率', en: 'a measured rate' },
  outcome: { 'zh-CN': '测评结论', en: 'an outcome' },
};

/** Why a pass did not stand: the measure, against the rule's threshold, in words an office uses. */
function thresholdMessage(
  rule: ScoringRule,
  o: AssessableObservation,
  j: Judgement,
  context: JudgementContext,
) {
  if (j.measure === 'score' && (j.points ?? 0) <= 0)
    return { 'zh-CN': '测评得分为 0，不能判定为达标', en: 'the assessor scored it 0, so it cannot pass' };
  switch (rule.kind) {
    case 'countThreshold': {
      const required = context.required ?? rule.required;
      return {
        'zh-CN': `实测数量 ${o.measuredCount}，少于要求的 ${required}`,
        en: `counted ${o.measuredCount}, fewer than the ${required} required`,
      };
    }
    case 'ratio':
      return {
        'zh-CN': `实测比率 ${pct(o.measuredRate ?? 0)}，低于达标线 ${pct(rule.passAt)}`,
        en: `measured ${pct(o.measuredRate ?? 0)}, below the pass line of ${pct(rule.passAt)}`,
      };
    case 'incidence':
      return {
        'zh-CN': `不文明现象发生率 ${pct(o.measuredRate ?? 0)}，高于上限 ${pct(rule.maxRate)}`,
        en: `incidence ${pct(o.measuredRate ?? 0)}, above the limit of ${pct(rule.maxRate)}`,
      };
    case 'noOccurrence':
      return {
        'zh-CN': `发现 ${o.violationCount} 例，本标准要求无此类现象`,
        en: `${o.violationCount} occurrence(s) found where none is allowed`,
      };
    case 'stateDescription': {
      const pass = rule.passGrade ?? rule.bands[1]!.grade;
      return {
        'zh-CN': `评定等级 ${j.grade}，低于达标等级 ${pass}或得分为 0`,
        en: `graded ${j.grade}, below the pass grade ${pass} or scoring nothing`,
      };
    }
    default:
      return { 'zh-CN': '按计分规则得分为 0', en: 'the scoring rule gives it no points' };
  }
}

/** The reason a latest observation's class rests on, read through the standard's rule. */
export function latestReason(
  rule: ScoringRule,
  latest: AssessableObservation,
  j: Judgement,
  context: JudgementContext,
): Reason {
  const ids = [latest.id];
  if (rule.kind === 'survey' && latest.measuredRate !== undefined) {
    const line = context.passLine ?? rule.passLine;
    return j.passes
      ? {
          rule: 'surveyAtPassLine',
          message: {
            'zh-CN': `问卷测得 ${pct(latest.measuredRate)}，达到合格线 ${pct(line)}`,
            en: `survey measured ${pct(latest.measuredRate)}, at or above the pass line of ${pct(line)}`,
          },
          observationIds: ids,
        }
      : latest.outcome === 'pass' || latest.measuredRate < line
        ? {
            rule: 'surveyBelowPassLine',
            message: {
              'zh-CN': `问卷测得 ${pct(latest.measuredRate)}，低于合格线 ${pct(line)}`,
              en: `survey measured ${pct(latest.measuredRate)}, below the pass line of ${pct(line)}`,
            },
            observationIds: ids,
          }
        : failing(latest);
  }
  if (j.belowThreshold)
    return {
      rule: 'belowThreshold',
      message: thresholdMessage(rule, latest, j, context),
      observationIds: ids,
    };
  if (!j.passes) return failing(latest);
  return { rule: 'latestPasses', message: LATEST_PASSES, observationIds: ids };
}

// The deciding observation is named by id; its date is the observation's own, so the text stays one shared constant.
const LATEST_PASSES: BilingualText = Object.freeze({
  'zh-CN': '最近一次有效测评合格，近期无反复',
  en: 'the latest valid observation passes, with no recent relapse',
});
const LATEST_FAILS: BilingualText = Object.freeze({
  'zh-CN': '最近一次有效测评不合格',
  en: 'the latest valid observation fails',
});

function failing(latest: AssessableObservation): Reason {
  return { rule: 'latestFails', message: LATEST_FAILS, observationIds: [latest.id] };
}

/** The reason for a deciding observation that lacks the measure its rule reads: it is not scored, never full marks. */
export function missingMeasureReason(
  rule: ScoringRule,
  latest: AssessableObservation,
  missing: RuleMeasure,
): Reason {
  const ruleName = SCORING_RULE_KIND_LABELS[rule.kind];
  return {
    rule: 'measureMissing',
    message: {
      'zh-CN': `该记录缺少${MEASURE_NAMES[missing]['zh-CN']}，"${ruleName['zh-CN']}"规则据此计分，本次不计分（不按满分计）`,
      en: `the observation lacks ${MEASURE_NAMES[missing].en}, which the ${ruleName.en.toLowerCase()} rule reads: not scored, never full marks`,
    },
    observationIds: [latest.id],
  };
}
