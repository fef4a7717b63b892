import {
  DateSchema,
  DateTimeSchema,
  IdSchema,
  StandardCodeSchema,
  TextSchema,
  WorkingGroupKindSchema,
} from '@chuangwen/model';
import { z } from 'zod';
import { COMPLIANCE_CLASSES, type ComplianceClass } from './classes.js';
import { ArchiveCountsSchema, MeetingsByMonthSchema } from './fact-groups.js';
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

/** A class set by decision over the one the evidence gives, with who decided it, when and why. */
export const ClassOverrideSchema = z.strictObject({
  class: ComplianceClassSchema,
  reason: TextSchema,
  by: IdSchema,
  at: DateTimeSchema,
});
/** A class set by decision. */
export interface ClassOverride extends z.infer<typeof ClassOverrideSchema> {}

/**
 * The facts of a campaign that events record, kept as summaries and counters: never every record. Its size grows with
 * units, standards and meetings only, never with problems or observations. The class of each standard and the months of
 * missed supervision are not facts anyone records: they are derived from the evidence and the meetings at the moment of
 * judgement ({@link DerivedFacts}).
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
  /** Classes set by decision over the evidence's, by standard code; every view shows them beside the derived class. */
  overrides: z.record(StandardCodeSchema, ClassOverrideSchema).default({}),
  /** The rectification ledger as counters. */
  ledger: LedgerCountersSchema.default(emptyLedger),
  /** Meetings and supervision recorded, for the cadence, by the month they were held in. */
  meetings: MeetingsByMonthSchema.default({}),
  workingGroupsRated: z.array(WorkingGroupKindSchema).default([]),
  unannouncedWindowChecks: z.int().min(0).default(0),
  /** Archive items held, by the standard's major item, its code and category (how many media reports, photos, …). */
  archive: ArchiveCountsSchema.default({}),
  archiveSubmitted: z.boolean().default(false),
  lastResult: AssessmentResultSchema.optional(),
  selfEvaluationDone: z.boolean().default(false),
  summaryMeetingHeld: z.boolean().default(false),
  unitsAppraised: z.array(IdSchema).default([]),
  accountabilityDecided: z.boolean().default(false),
});
/** The facts of a campaign that phase readiness is judged on. */
export interface CampaignFacts extends z.infer<typeof CampaignFactsSchema> {}

/**
 * What readiness reads beside the recorded facts, derived at the moment of judgement: the class of each standard (the
 * board's, with overrides applied) and the months whose supervision cadence was missed and not caught up.
 */
export interface DerivedFacts {
  standards: Readonly<Record<string, ComplianceClass>>;
  missedMonths: readonly string[];
}

/** The facts readiness is judged on: the recorded ones and the derived ones. */
export type ReadinessFacts = CampaignFacts & DerivedFacts;

/** Facts of a campaign that has just begun: nothing done yet. */
export function emptyFacts(): CampaignFacts {
  return CampaignFactsSchema.parse({});
}
