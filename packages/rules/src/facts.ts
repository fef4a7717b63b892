import {
  ArchiveCategorySchema,
  DateSchema,
  IdSchema,
  StandardCodeSchema,
  WorkingGroupKindSchema,
} from '@chuangwen/model';
import { z } from 'zod';
import { COMPLIANCE_CLASSES } from './classes.js';
import { emptyLedger, LedgerCountersSchema } from './ledger-counters.js';

/** A compliance class, as a schema. */
export const ComplianceClassSchema = z.enum(COMPLIANCE_CLASSES);

/** The result of the official (or a mock) assessment. */
export const AssessmentResultSchema = z.strictObject({
  passed: z.boolean(),
  score: z.number().optional(),
  on: DateSchema,
  official: z.boolean(),
});
/** The result of the official (or a mock) assessment. */
export interface AssessmentResult extends z.infer<typeof AssessmentResultSchema> {}

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * The facts of a campaign that phase readiness is judged on, kept as summaries and counters that events update: never
 * every record. Its size grows with units and standards only, never with problems or observations (a campaign of 1,000
 * units and 3,000 standards stays well under 256 KB).
 */
export const CampaignFactsSchema = z.strictObject({
  leadingGroupFormed: z.boolean().default(false),
  officeFormed: z.boolean().default(false),
  workingGroupsStaffed: z.array(WorkingGroupKindSchema).default([]),
  mobilizationMeetingHeld: z.boolean().default(false),
  implementationPlanIssued: z.boolean().default(false),
  workPlanIssued: z.boolean().default(false),
  publicityLaunched: z.boolean().default(false),
  /** Lead (牵头) and responsible (责任) units by id. */
  unitRoles: z.record(IdSchema, z.enum(['lead', 'responsible'])).default({}),
  /** Units that have formed their campaign team. */
  teamsFormed: z.array(IdSchema).default([]),
  /** Units that have submitted their own plan. */
  plansSubmitted: z.array(IdSchema).default([]),
  /** The current class of each standard (from the board). */
  standards: z.record(StandardCodeSchema, ComplianceClassSchema).default({}),
  /** The rectification ledger as counters. */
  ledger: LedgerCountersSchema.default(emptyLedger),
  /** Months (`YYYY-MM`) with a missed supervision obligation not yet caught up. */
  missedMonths: z.array(Month).default([]),
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
export interface CampaignFacts extends z.infer<typeof CampaignFactsSchema> {}

/** Facts of a campaign that has just begun: nothing done yet. */
export function emptyFacts(): CampaignFacts {
  return CampaignFactsSchema.parse({});
}
