import { type RuleMeasure, SCORING_RULE_KIND_LABELS, type ScoringRule } from '@chuangwen/checklists';
import type { BilingualText } from '@chuangwen/model';
import type { Reason } from './classes.js';
import type { AssessableObservation, Judgement, JudgementContext } from './judgement.js';
import { say } from './messages.js';

// Fixed texts are shared, frozen, so classifying a million cells does not build a million copies of them.
export const NO_EVIDENCE: BilingualText = Object.freeze(say('noValidEvidence'));

/** Why a pass did not stand: the measure, against the rule's threshold, in words an office uses. */
function thresholdMessage(
  rule: ScoringRule,
  o: AssessableObservation,
  j: Judgement,
  context: JudgementContext,
) {
  if (j.measure === 'score' && (j.points ?? 0) <= 0) return say('scoredZero');
  switch (rule.kind) {
    case 'countThreshold':
      return say('countBelowRequired', {
        counted: o.measuredCount,
        required: context.required ?? rule.required,
      });
    case 'ratio':
      return say('rateBelowPassLine', { rate: o.measuredRate ?? 0, passAt: rule.passAt });
    case 'incidence':
      return say('incidenceAboveLimit', { rate: o.measuredRate ?? 0, maxRate: rule.maxRate });
    case 'noOccurrence':
      return say('occurrencesFound', { found: o.violationCount });
    case 'stateDescription':
      return say('gradeBelowPass', { grade: j.grade, pass: rule.passGrade ?? rule.bands[1]!.grade });
    default:
      return say('noPoints');
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
          message: say('surveyAtPassLine', { rate: latest.measuredRate, line }),
          observationIds: ids,
        }
      : latest.outcome === 'pass' || latest.measuredRate < line
        ? {
            rule: 'surveyBelowPassLine',
            message: say('surveyBelowPassLine', { rate: latest.measuredRate, line }),
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
const LATEST_PASSES: BilingualText = Object.freeze(say('latestPasses'));
const LATEST_FAILS: BilingualText = Object.freeze(say('latestFails'));

function failing(latest: AssessableObservation): Reason {
  return { rule: 'latestFails', message: LATEST_FAILS, observationIds: [latest.id] };
}

/** The reason for a deciding observation that lacks the measure its rule reads: it is not scored, never full marks. */
export function missingMeasureReason(
  rule: ScoringRule,
  latest: AssessableObservation,
  missing: RuleMeasure,
): Reason {
  return {
    rule: 'measureMissing',
    message: say('measureMissing', { measure: missing, rule: SCORING_RULE_KIND_LABELS[rule.kind] }),
    observationIds: [latest.id],
  };
}
