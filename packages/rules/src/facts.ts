import {
  ArchiveCategorySchema,
  DateSchema,
  IdSchema,
  RectificationStatusSchema,
  StandardCodeSchema,
  WorkingGroupKindSchema,
} from '@chuangwen/model';
import { z } from 'zod';
import { COMPLIANCE_CLASSES } from './classes.js';

/** A compliance class, as a schema. */
export const ComplianceClassSchema = z.enum(COMPLIANCE_CLASSES);

/** A unit's part in mobilisation: its role and whether it formed its team and submitted its plan. */
export const UnitFactsSchema = z.strictObject({
  role: z.enum(['lead', 'responsible']),
  teamFormed: z.boolean().default(false),
  planSubmitted: z.boolean().default(false),
});
/** A unit's part in mobilisation. */
export type UnitFacts = z.infer<typeof UnitFactsSchema>;

/** What readiness needs to know of a rectification. */
export const RectificationFactsSchema = z.strictObject({
  standardRef: StandardCodeSchema.optional(),
  status: RectificationStatusSchema,
  leadUnitId: IdSchema.optional(),
  deadline: DateSchema.optional(),
});
/** What readiness needs to know of a rectification. */
export type RectificationFacts = z.infer<typeof RectificationFactsSchema>;

/** The result of the official (or a mock) assessment. */
export const AssessmentResultSchema = z.strictObject({
  passed: z.boolean(),
  score: z.number().optional(),
  on: DateSchema,
  official: z.boolean(),
});
/** The result of the official (or a mock) assessment. */
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;

/**
 * The facts of a campaign that phase readiness is judged on, as a host supplies them: summaries, not every record.
 * Kept small on purpose (a campaign of 100 units and 300 standards persists in well under 64 KB).
 */
export const CampaignFactsSchema = z.strictObject({
  leadingGroupFormed: z.boolean().default(false),
  officeFormed: z.boolean().default(false),
  workingGroupsStaffed: z.array(WorkingGroupKindSchema).default([]),
  mobilizationMeetingHeld: z.boolean().default(false),
  implementationPlanIssued: z.boolean().default(false),
  workPlanIssued: z.boolean().default(false),
  publicityLaunched: z.boolean().default(false),
  /** Lead and responsible units by id. */
  units: z.record(IdSchema, UnitFactsSchema).default({}),
  /** The current class of each standard (from the board). */
  standards: z.record(StandardCodeSchema, ComplianceClassSchema).default({}),
  rectifications: z.record(IdSchema, RectificationFactsSchema).default({}),
  /** Months (`YYYY-MM`) with a missed supervision obligation not yet caught up. */
  missedCadenceMonths: z.array(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)).default([]),
  workingGroupsRated: z.array(WorkingGroupKindSchema).default([]),
  unannouncedWindowChecks: z.int().min(0).default(0),
  /** Archive items held, by standard code and category (how many media reports, photos, …). */
  archive: z.record(StandardCodeSchema, z.partialRecord(ArchiveCategorySchema, z.int().min(0))).default({}),
  archiveSubmitted: z.boolean().default(false),
  lastResult: AssessmentResultSchema.optional(),
  selfEvaluationDone: z.boolean().default(false),
  summaryMeetingHeld: z.boolean().default(false),
  unitsAppraised: z.array(IdSchema).default([]),
  accountabilityDecided: z.boolean().default(false),
});
/** The facts of a campaign that phase readiness is judged on. */
export type CampaignFacts = z.infer<typeof CampaignFactsSchema>;

/** Facts of a campaign that has just begun: nothing done yet. */
export function emptyFacts(): CampaignFacts {
  return CampaignFactsSchema.parse({});
}
