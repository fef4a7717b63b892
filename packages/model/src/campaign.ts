import { z } from 'zod';
import { AccountabilityActionSchema, UnitAppraisalSchema } from './appraisals.js';
import { ArchiveDocumentSchema } from './archive.js';
import { MeetingSchema } from './meetings.js';
import { ObservationSchema } from './observations.js';
import { OrganisationSchema } from './organisation.js';
import { PhaseSchema } from './phases.js';
import {
  type BilingualText,
  DateSchema,
  DivisionCodeSchema,
  ExtensionsSchema,
  IdSchema,
  NameSchema,
  RateSchema,
  StandardCodeSchema,
  TextSchema,
} from './primitives.js';
import { RectificationSchema } from './rectifications.js';
import { SiteSchema } from './sites.js';
import { GoalMetricSchema, SurveyResponseSchema } from './surveys.js';
import { TaskAssignmentSchema } from './tasks.js';
import { UnitSchema } from './units.js';

/** The version of the campaign document format this package reads and writes. */
export const CAMPAIGN_SCHEMA_VERSION = 1;

/** Levels of jurisdiction that run a campaign. */
export const JurisdictionLevelSchema = z.enum(['district', 'street', 'community']);
/** The level of a jurisdiction. */
export type JurisdictionLevel = z.infer<typeof JurisdictionLevelSchema>;

/** The district, street or community that runs the campaign. */
export const JurisdictionSchema = z.strictObject({
  name: NameSchema,
  level: JurisdictionLevelSchema,
  divisionCode: DivisionCodeSchema.optional(),
});
/** The district, street or community that runs the campaign. */
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

/** Measurable goals: target rates (0 to 1) for the survey metrics, and the goals in words. */
export const GoalsSchema = z.strictObject({
  targetRates: z.partialRecord(GoalMetricSchema, RateSchema).default({}),
  statements: z.array(TextSchema).default([]),
});
/** Measurable goals. */
export type Goals = z.infer<typeof GoalsSchema>;

/** The planned dates of one phase, both inclusive. */
export const PhasePlanSchema = z.strictObject({
  phase: PhaseSchema,
  start: DateSchema,
  end: DateSchema,
});
/** The planned dates of one phase. */
export type PhasePlan = z.infer<typeof PhasePlanSchema>;

/** A line of the campaign budget (创建经费), in yuan. */
export const BudgetLineSchema = z.strictObject({
  id: IdSchema,
  purpose: NameSchema,
  amountYuan: z.number().min(0),
  fiscalYear: z.int().min(2000).max(2100).optional(),
  /** The working group or unit that spends it. */
  holderId: IdSchema.optional(),
});
/** A line of the campaign budget. */
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

/** A standard of the framework edition that this campaign tracks, listed so references can be checked. */
export const StandardRefSchema = z.strictObject({
  code: StandardCodeSchema,
  title: NameSchema.optional(),
});
/** A standard this campaign tracks. */
export type StandardRef = z.infer<typeof StandardRefSchema>;

/**
 * A whole campaign (创建全国文明城市/城区) as one document: who runs it, against which framework edition, with what
 * organisation, units, sites and tasks, and every record it has gathered. Collections may be left out when empty.
 */
export const CampaignSchema = z.strictObject({
  schemaVersion: z.literal(CAMPAIGN_SCHEMA_VERSION),
  id: IdSchema,
  title: NameSchema,
  jurisdiction: JurisdictionSchema,
  theme: NameSchema.optional(),
  guidingPrinciple: TextSchema.optional(),
  /** The id of the framework edition (测评体系) the campaign is measured against. */
  frameworkEditionId: IdSchema,
  goals: GoalsSchema.default({ targetRates: {}, statements: [] }),
  timeline: z.array(PhasePlanSchema).default([]),
  budget: z.array(BudgetLineSchema).default([]),
  organisation: OrganisationSchema,
  units: z.array(UnitSchema).default([]),
  sites: z.array(SiteSchema).default([]),
  /** When given, every standard reference in the document must be one of these codes. */
  standards: z.array(StandardRefSchema).optional(),
  tasks: z.array(TaskAssignmentSchema).default([]),
  observations: z.array(ObservationSchema).default([]),
  rectifications: z.array(RectificationSchema).default([]),
  meetings: z.array(MeetingSchema).default([]),
  archive: z.array(ArchiveDocumentSchema).default([]),
  surveyResponses: z.array(SurveyResponseSchema).default([]),
  appraisals: z.array(UnitAppraisalSchema).default([]),
  accountabilityActions: z.array(AccountabilityActionSchema).default([]),
  extensions: ExtensionsSchema.optional(),
});
/** A whole campaign, as validated. */
export type Campaign = z.infer<typeof CampaignSchema>;
/** A whole campaign as it may be written, with empty collections left out. */
export type CampaignInput = z.input<typeof CampaignSchema>;

/** Labels of the jurisdiction levels. */
export const JURISDICTION_LEVEL_LABELS: Record<JurisdictionLevel, BilingualText> = {
  district: { 'zh-CN': '区', en: 'District' },
  street: { 'zh-CN': '街道', en: 'Street' },
  community: { 'zh-CN': '社区', en: 'Community' },
};
