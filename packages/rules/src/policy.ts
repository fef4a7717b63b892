import { ASSESSMENT_METHODS, AssessmentMethodSchema, validateWithSchema } from '@chuangwen/model';
import { valueOrThrow } from '@chuangwen/model/internal';
import { z } from 'zod';

const days = z.int().min(1).max(3650);
const count = z.int().min(1).max(100);

/**
 * The numbers behind classification. Every one is local practice, not national rule, so every one can be changed:
 * pass a partial policy to {@link definePolicy}.
 */
export const ClassificationPolicySchema = z.strictObject({
  /** How many days an assessable observation stays valid evidence, by method (inclusive bound). */
  validityDays: z.record(AssessmentMethodSchema, days),
  /** How far back failures count towards a rebound. */
  reboundWindowDays: days,
  /** Failures inside the window that make a passing standard rebound-prone. */
  reboundFailures: count,
  /** Failures inside the window that make a passing behaviour / order standard rebound-prone. */
  behaviourReboundFailures: count,
  /** Survey pass line for survey standards whose rule does not set one, a share between 0 and 1. */
  defaultSurveyPassLine: z.number().min(0).max(1),
  /** Days a lead unit gets to fix a non-compliant standard, for the suggested deadline. */
  rectificationDays: days,
  /** Days within which the responsible units should run a mock inspection of an undetermined standard. */
  mockInspectionDays: days,
  /** How often a rebound-prone standard is re-checked, in days. */
  recheckEveryDays: days,
  /**
   * Whether a unit's self-check pass clears a checker's or an assessor's failing finding that is still valid. By
   * default it does not: a finding stands until someone other than the unit checks again (复查) or it is corrected.
   */
  selfChecksClearFindings: z.boolean(),
});
/** The numbers behind classification. */
export interface ClassificationPolicy extends z.infer<typeof ClassificationPolicySchema> {}

/** A policy with some numbers changed; everything not given keeps its default. */
export const PolicyOverridesSchema = ClassificationPolicySchema.partial().extend({
  validityDays: z.partialRecord(AssessmentMethodSchema, days).optional(),
});
/** A policy with some numbers changed. */
export type PolicyOverrides = z.input<typeof PolicyOverridesSchema>;

/** The default policy: evidence valid 90 days for field, covert and simulated checks, 180 for surveys and inquiries, 365 for document review and department opinions; a 180-day rebound window. */
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
    departmentOpinion: 365,
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

/**
 * Builds a complete policy from the defaults and the numbers given. Throws a `ContentError` naming each wrong value
 * (a negative number of days, a pass line above 1, a misspelt key or method), since a policy is written in code.
 */
export function definePolicy(overrides: PolicyOverrides = {}): ClassificationPolicy {
  const given = valueOrThrow('classification policy', validateWithSchema(PolicyOverridesSchema, overrides));
  const validityDays = { ...DEFAULT_POLICY.validityDays };
  for (const method of ASSESSMENT_METHODS) {
    const value = given.validityDays?.[method];
    if (value !== undefined) validityDays[method] = value;
  }
  const policy: ClassificationPolicy = { ...DEFAULT_POLICY, validityDays };
  for (const [key, value] of Object.entries(given))
    if (key !== 'validityDays' && value !== undefined) Object.assign(policy, { [key]: value });
  return policy;
}
