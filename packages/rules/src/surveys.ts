import { GOAL_METRICS, type GoalMetric, type SurveyResponse } from '@chuangwen/model';
import { inOneLine } from '@chuangwen/model/internal';
import { say } from './messages.js';

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** A proportion with its Wilson score interval. */
export interface RateEstimate {
  yes: number;
  n: number;
  /** yes ÷ n, or null when nobody answered. */
  rate: number | null;
  low: number | null;
  high: number | null;
}

/** The Wilson score interval of `yes` out of `n` (95% by default); better than the normal interval near 0 and 1 and for small samples. */
export function wilsonInterval(yes: number, n: number, z = Z95): RateEstimate {
  if (n <= 0) return { yes, n, rate: null, low: null, high: null };
  const p = yes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { yes, n, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** A goal metric's rate, against its target when the campaign sets one. */
export interface GoalRate extends RateEstimate {
  metric: GoalMetric;
  target: number | null;
  /** The rate reaches the target. */
  met: boolean | null;
  /** Even the low end of the interval reaches the target. */
  confidentlyMet: boolean | null;
}

/** Awareness, support, participation and satisfaction rates from survey responses, with 95% Wilson intervals. */
export function surveyRates(
  responses: readonly SurveyResponse[],
  targets: Partial<Record<GoalMetric, number>> = {},
  z = Z95,
): Record<GoalMetric, GoalRate> {
  const out = {} as Record<GoalMetric, GoalRate>;
  for (const metric of GOAL_METRICS) {
    let yes = 0;
    let n = 0;
    for (const r of responses) {
      const answer = r.goals[metric];
      if (answer === undefined) continue;
      n += 1;
      if (answer) yes += 1;
    }
    const estimate = wilsonInterval(yes, n, z);
    const target = targets[metric] ?? null;
    out[metric] = {
      metric,
      ...estimate,
      target,
      met: target === null || estimate.rate === null ? null : estimate.rate >= target,
      confidentlyMet: target === null || estimate.low === null ? null : estimate.low >= target,
    };
  }
  return out;
}

/**
 * The sample size needed to estimate a proportion within `margin` (0.03 = ±3 points) at the given confidence, with
 * `expected` the rate you expect (0.5, the default, is the safe worst case) and, when known, the population size
 * for the finite-population correction.
 */
export function requiredSampleSize(
  margin: number,
  options: { expected?: number; population?: number; z?: number } = {},
): number {
  if (!(margin > 0 && margin < 1)) throw new RangeError(inOneLine(say('marginOutOfRange')));
  const p = options.expected ?? 0.5;
  const z = options.z ?? Z95;
  const n0 = (z * z * p * (1 - p)) / (margin * margin);
  const n =
    options.population !== undefined && options.population > 0
      ? n0 / (1 + (n0 - 1) / options.population)
      : n0;
  return Math.ceil(n);
}

/** Whether a sample is large enough for a margin, and how many more responses are needed if not. */
export interface SampleSizeReport {
  /** The responses in hand. */
  n: number;
  /** The responses the margin needs (with the finite-population correction when a population is given). */
  required: number;
  enough: boolean;
  /** How many more responses are needed; 0 when enough. */
  shortBy: number;
}

/** Whether a sample is large enough for a margin, and how many more responses are needed if not. */
export function sampleSizeReport(
  n: number,
  margin: number,
  options: { expected?: number; population?: number; z?: number } = {},
): SampleSizeReport {
  const required = requiredSampleSize(margin, options);
  return { n, required, enough: n >= required, shortBy: Math.max(0, required - n) };
}
