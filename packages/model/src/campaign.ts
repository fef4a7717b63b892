import { z } from 'zod';
import { AppraisalOutcomeSchema, UnitAppraisalSchema } from './appraisals.js';
import { ArchiveDocumentSchema } from './archive.js';
import { AssessmentRoundSchema } from './assessment-rounds.js';
import { WorkingCalendarSchema } from './calendar.js';
import { HonourSchema, JurisdictionSchema } from './jurisdiction.js';
import { CadenceObligationSchema, MeetingSchema } from './meetings.js';
import { ObservationSchema } from './observations.js';
import { OrganisationSchema } from './organisation.js';
import { PhaseSchema } from './phases.js';
import {
  type BilingualText,
  DateSchema,
  ExtensionsSchema,
  IdSchema,
  NameSchema,
  RateSchema,
  StandardCodeSchema,
  TextSchema,
} from './primitives.js';
import { RectificationSchema } from './rectifications.js';
import { EditionIdSchema, HolderIdSchema } from './references.js';
import { SiteSchema } from './sites.js';
import { GoalMetricSchema, SurveyResponseSchema } from './surveys.js';
import { TaskAssignmentSchema } from './tasks.js';
import { UnitSchema } from './units.js';

/** The version of the campaign document format this package reads and writes; older documents are migrated. */
export const CAMPAIGN_SCHEMA_VERSION = 3;

/** Measurable goals: target rates (0 to 1) for the survey metrics, and the goals in words. */
export const GoalsSchema = z.strictObject({
  targetRates: z.partialRecord(GoalMetricSchema, RateSchema).default({}),
  statements: z.array(TextSchema).default([]),
});
/** Measurable goals. */
export interface Goals extends z.infer<typeof GoalsSchema> {}

/** The planned dates of one phase, both inclusive. */
export const PhasePlanSchema = z.strictObject({
  phase: PhaseSchema,
  start: DateSchema,
  end: DateSchema,
});
/** The planned dates of one phase. */
export interface PhasePlan extends z.infer<typeof PhasePlanSchema> {}

/** A line of the campaign budget (创建经费), in yuan. */
export const BudgetLineSchema = z.strictObject({
  id: IdSchema,
  purpose: NameSchema,
  /** The amount, in yuan. / 金额（元） */
  amountYuan: z.number().min(0),
  /** The fiscal year the line belongs to. / 所属预算年度 */
  fiscalYear: z.int().min(2000).max(2100).optional(),
  /** The working group or unit that spends it. / 使用该经费的工作小组或单位 */
  holderId: HolderIdSchema.optional(),
});
/** A line of the campaign budget. */
export interface BudgetLine extends z.infer<typeof BudgetLineSchema> {}

/** A standard of a framework edition that this campaign tracks, listed so references can be checked. */
export const TrackedStandardSchema = z.strictObject({
  code: StandardCodeSchema,
  /** The edition the standard belongs to; the main edition when left out. / 标准所属的测评体系版本；未写时为主版本 */
  editionId: EditionIdSchema.optional(),
  title: NameSchema.optional(),
});
/** A standard this campaign tracks. */
export interface TrackedStandard extends z.infer<typeof TrackedStandardSchema> {}

/** The part a framework edition plays in a campaign: the main assessment, or one run beside it with its own score. */
export const FrameworkRoleSchema = z.enum(['main', 'companion']);
/** The part a framework edition plays in a campaign. */
export type FrameworkRole = z.infer<typeof FrameworkRoleSchema>;

/**
 * A framework edition (测评体系) the campaign is assessed against: the main one, or a companion assessment such as the
 * 未成年人思想道德建设 assessment that runs beside it, each with its own score.
 */
export const CampaignFrameworkSchema = z.strictObject({
  editionId: IdSchema,
  role: FrameworkRoleSchema,
  name: NameSchema.optional(),
});
/** A framework edition the campaign is assessed against. */
export interface CampaignFramework extends z.infer<typeof CampaignFrameworkSchema> {}

/**
 * A whole campaign (创建全国文明城市/城区/县城) as one document: who runs it and for which honour, against which
 * framework editions, with what organisation, units, sites, tasks and supervision cadence, and every record it has
 * gathered. Collections may be left out when empty.
 */
export const CampaignSchema = z.strictObject({
  schemaVersion: z.literal(CAMPAIGN_SCHEMA_VERSION),
  id: IdSchema,
  title: NameSchema,
  jurisdiction: JurisdictionSchema,
  /** The honour the campaign works for (全国文明城市, 全国文明城区, …). / 创建目标称号（全国文明城市、全国文明城区等） */
  honour: HonourSchema,
  theme: NameSchema.optional(),
  guidingPrinciple: TextSchema.optional(),
  /**
   * The framework editions the campaign is assessed against: exactly one main edition, and any companions.
   * / 创建工作所对照的测评体系版本：恰好一个主版本，另可有同步测评体系
   */
  frameworks: z.array(CampaignFrameworkSchema).min(1),
  goals: GoalsSchema.default({ targetRates: {}, statements: [] }),
  timeline: z.array(PhasePlanSchema).default([]),
  budget: z.array(BudgetLineSchema).default([]),
  /**
   * The supervision cadence (督查频次) the campaign holds itself to, checked month by month.
   * / 创建工作自定的督查频次，按月检查
   */
  cadence: z.array(CadenceObligationSchema).default([]),
  /**
   * The working-day calendar time limits in working days or hours are counted on (the State Council's schedule, a
   * province's and the office's own days); without one they cannot be counted. / 按工作日或工作小时计算期限所用的工作日日历（国务院办公厅节假日安排及省级、本单位的安排）；未填写时无法按工作日计算期限
   */
  calendar: WorkingCalendarSchema.optional(),
  organisation: OrganisationSchema,
  units: z.array(UnitSchema).default([]),
  sites: z.array(SiteSchema).default([]),
  /**
   * When given, every standard reference in the document must be one of these codes.
   * / 填写时，文件中引用的每个测评标准都必须是其中之一
   */
  standards: z.array(TrackedStandardSchema).optional(),
  tasks: z.array(TaskAssignmentSchema).default([]),
  observations: z.array(ObservationSchema).default([]),
  rectifications: z.array(RectificationSchema).default([]),
  meetings: z.array(MeetingSchema).default([]),
  archive: z.array(ArchiveDocumentSchema).default([]),
  surveyResponses: z.array(SurveyResponseSchema).default([]),
  appraisals: z.array(UnitAppraisalSchema).default([]),
  assessmentRounds: z.array(AssessmentRoundSchema).default([]),
  appraisalOutcomes: z.array(AppraisalOutcomeSchema).default([]),
  extensions: ExtensionsSchema.optional(),
});
/** A whole campaign, as validated. */
export interface Campaign extends z.infer<typeof CampaignSchema> {}
/** A whole campaign as it may be written, with empty collections left out. */
export type CampaignInput = z.input<typeof CampaignSchema>;

/** The main framework edition of a campaign. */
export function mainEditionId(campaign: Pick<Campaign, 'frameworks'>): string {
  return (campaign.frameworks.find((f) => f.role === 'main') ?? campaign.frameworks[0]!).editionId;
}

/** Labels of the framework roles. */
export const FRAMEWORK_ROLE_LABELS: Record<FrameworkRole, BilingualText> = {
  main: { 'zh-CN': '主测评体系', en: 'Main framework' },
  companion: { 'zh-CN': '同步测评体系', en: 'Companion framework' },
};
