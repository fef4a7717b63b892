import { gradeFor, RULE_MEASURES, type RuleMeasure, type ScoringRule } from '@chuangwen/checklists';
import type { Observation } from '@chuangwen/model';

/** An assessable observation: one that passes or fails. */
export type AssessableObservation = Observation & { outcome: 'pass' | 'fail' };

/** What a standard's rule needs beside the observation: its points, and thresholds that depend on the place. */
export interface JudgementContext {
  /** The points the standard is worth; `null` where the edition publishes no weights. */
  maxPoints: number | null;
  /** The survey pass line, for a survey rule whose line comes from the policy or the edition. */
  passLine?: number | undefined;
  /** The count required at this place (a site type threshold), over the rule's own. */
  required?: number | undefined;
}

/** How the rule reads one observation: whether it passes, the points it earns, and what decided. */
export interface Judgement {
  /** The inspector's pass, confirmed by the rule's measure; a rule never turns a fail into a pass. */
  passes: boolean;
  /** Points earned, unrounded; `null` when the measure is missing or the standard has no known points. */
  points: number | null;
  /** The measure the rule reads, or `score` when the assessor's own score decided the points. */
  measure: RuleMeasure | 'score';
  /** The measure the rule needs and the observation lacks: the points are unscored, never full marks. */
  missing?: RuleMeasure;
  /** For state description: the grade earned (the assessor's, or the one the violations give). */
  grade?: string;
  /** The outcome said pass, but the measure does not reach the rule's threshold (or scores nothing). */
  belowThreshold: boolean;
}

/** The measured value the rule reads, or undefined when the observation does not carry it. */
function measured(rule: ScoringRule, o: AssessableObservation): number | undefined {
  switch (RULE_MEASURES[rule.kind]) {
    case 'violationCount':
      return o.violationCount;
    case 'measuredCount':
      return o.measuredCount;
    case 'measuredRate':
      return o.measuredRate;
    default:
      return undefined;
  }
}

/** What the rule makes of the measure: whether it was there to read, whether it meets, the share of the points. */
interface Applied {
  read: boolean;
  meets: boolean;
  share: number;
  grade: string | undefined;
}

// Classifying a million histories judges millions of observations: the scan reuses one result instead of allocating.
const SCRATCH: Applied = { read: false, meets: false, share: 0, grade: undefined };

function set(out: Applied, meets: boolean, share: number, grade?: string): Applied {
  out.read = true;
  out.meets = meets;
  out.share = share;
  out.grade = grade;
  return out;
}

/** Whether the measure meets the rule, and the share of the points it earns (0 to 1); `read` false when it is missing. */
function apply(
  rule: ScoringRule,
  o: AssessableObservation,
  value: number | undefined,
  context: JudgementContext,
  out: Applied,
): Applied {
  out.read = false;
  out.grade = undefined;
  switch (rule.kind) {
    case 'binary':
      return set(out, o.outcome === 'pass', o.outcome === 'pass' ? 1 : 0);
    case 'noOccurrence': {
      const none = value === undefined ? o.outcome === 'pass' : value === 0;
      return set(out, none, none ? 1 : 0);
    }
    case 'stateDescription': {
      const bandIndex =
        o.grade !== undefined
          ? rule.bands.findIndex((b) => b.grade === o.grade)
          : value === undefined
            ? -1
            : rule.bands.indexOf(gradeFor(rule.bands, value));
      if (bandIndex < 0) return out;
      const band = rule.bands[bandIndex]!;
      const passIndex =
        rule.passGrade === undefined ? 1 : rule.bands.findIndex((b) => b.grade === rule.passGrade);
      return set(out, bandIndex <= passIndex && band.coefficient > 0, band.coefficient, band.grade);
    }
    case 'countThreshold': {
      if (value === undefined) return out;
      const required = context.required ?? rule.required;
      const shortfall = Math.max(0, required - value);
      const max = context.maxPoints ?? 0;
      const share =
        max > 0 ? Math.max(0, max - shortfall * rule.deductionPerShortfall) / max : shortfall === 0 ? 1 : 0;
      return set(out, value >= required, share);
    }
    case 'ratio':
      if (value === undefined) return out;
      if (value >= rule.fullAt) return set(out, true, 1);
      return value >= rule.passAt ? set(out, value > 0, value / rule.fullAt) : set(out, false, 0);
    case 'survey': {
      if (value === undefined) return out;
      const line = context.passLine ?? rule.passLine;
      return value >= line ? set(out, true, 1) : set(out, false, line > 0 ? value / line : 0);
    }
    case 'incidence':
      if (value === undefined) return out;
      return value <= rule.maxRate ? set(out, true, 1) : set(out, false, 0);
  }
}

/** The points an observation earns and whether its pass stands, from what the rule made of it. */
function verdict(o: AssessableObservation, applied: Applied, max: number | null) {
  let points: number | null = null;
  if (o.score !== undefined) points = max === null ? o.score : Math.min(o.score, max);
  else if (applied.read && max !== null) points = max * applied.share;
  const meets = applied.read ? applied.meets : true;
  const scoresNothing = points !== null && points <= 0 && (max === null || max > 0);
  return { points, passes: o.outcome === 'pass' && meets && !scoresNothing };
}

/**
 * Reads one observation by the standard's declared rule. The rule's measure must reach its threshold for a pass to
 * stand (a count below the required number, a ratio below its line, a grade below the pass band, any occurrence of a
 * "no occurrence" rule all fail), the assessor's own score or grade is honoured over a derived one, a measure the
 * rule needs but the observation lacks leaves the points unscored, and a pass that scores nothing is no pass. Pure.
 */
export function judge(rule: ScoringRule, o: AssessableObservation, context: JudgementContext): Judgement {
  const applied = apply(rule, o, measured(rule, o), context, {
    read: false,
    meets: false,
    share: 0,
    grade: undefined,
  });
  const { points, passes } = verdict(o, applied, context.maxPoints);
  const judgement: Judgement = {
    passes,
    points,
    measure: o.score !== undefined ? 'score' : RULE_MEASURES[rule.kind],
    belowThreshold: o.outcome === 'pass' && !passes,
  };
  if (!applied.read && o.score === undefined) judgement.missing = RULE_MEASURES[rule.kind];
  if (applied.grade !== undefined) judgement.grade = applied.grade;
  return judgement;
}

/** Just whether an observation passes under the rule: the evidence scan asks this of every observation. */
export function passesRule(rule: ScoringRule, o: AssessableObservation, context: JudgementContext): boolean {
  if (o.outcome !== 'pass') return false;
  if (rule.kind === 'binary' && o.score === undefined) return true;
  const applied = apply(rule, o, measured(rule, o), context, SCRATCH);
  let points: number | null = null;
  const max = context.maxPoints;
  if (o.score !== undefined) points = max === null ? o.score : Math.min(o.score, max);
  else if (applied.read && max !== null) points = max * applied.share;
  return (
    (applied.read ? applied.meets : true) && !(points !== null && points <= 0 && (max === null || max > 0))
  );
}
