import type { AssessmentMethod } from '@chuangwen/model';

/**
 * The numbers behind classification. Every one is local practice, not national rule, so every one can be changed:
 * pass a partial policy to {@link definePolicy}.
 */
export interface ClassificationPolicy {
  /** How many days an assessable observation stays valid evidence, by method (inclusive bound). */
  validityDays: Record<AssessmentMethod, number>;
  /** How far back failures count towards a rebound. */
  reboundWindowDays: number;
  /** Failures inside the window that make a passing standard rebound-prone. */
  reboundFailures: number;
  /** Failures inside the window that make a passing behaviour / order standard rebound-prone. */
  behaviourReboundFailures: number;
  /** Survey pass line for survey standards whose rule does not set one. */
  defaultSurveyPassLine: number;
  /** Days a lead unit gets to fix a non-compliant standard, for the suggested deadline. */
  rectificationDays: number;
  /** Days within which the responsible units should run a mock inspection of an undetermined standard. */
  mockInspectionDays: number;
  /** How often a rebound-prone standard is re-checked, in days. */
  recheckEveryDays: number;
  /**
   * Whether a unit's self-check pass clears a checker's or an assessor's failing finding that is still valid. By
   * default it does not: a finding stands until someone other than the unit checks again (复查) or it is corrected.
   */
  selfChecksClearFindings: boolean;
}

/** The default policy: evidence valid 90 days for field, covert and simulated checks, 180 for surveys and inquiries, 365 for document review; a 180-day rebound window. */
export const DEFAULT_POLICY: Readonly<ClassificationPolicy> = Object.freeze({
  validityDays: Object.freeze({
    fieldInspection: 90,
    covertInspection: 90,
    simulatedVerification: 90,
    overallObservation: 90,
    survey: 180,
    documentReview: 365,
    briefing: 365,
    inquiry: 180,
    onlineMediaCheck: 365,
  }),
  reboundWindowDays: 180,
  reboundFailures: 2,
  behaviourReboundFailures: 1,
  defaultSurveyPassLine: 0.85,
  rectificationDays: 30,
  mockInspectionDays: 14,
  recheckEveryDays: 14,
  selfChecksClearFindings: false,
});

/** A policy with some numbers changed; everything not given keeps its default. */
export type PolicyOverrides = Partial<Omit<ClassificationPolicy, 'validityDays'>> & {
  validityDays?: Partial<Record<AssessmentMethod, number>>;
};

/** Builds a complete policy from the defaults and the numbers given. */
export function definePolicy(overrides: PolicyOverrides = {}): ClassificationPolicy {
  return {
    ...DEFAULT_POLICY,
    ...overrides,
    validityDays: { ...DEFAULT_POLICY.validityDays, ...overrides.validityDays },
  };
}
