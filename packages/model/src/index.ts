/**
 * The campaign domain model of 创建全国文明城市/城区 as zod schemas: organisation, units, sites, tasks, observations,
 * rectifications, meetings, archive, surveys and appraisals, with validation that reports located, bilingual issues.
 *
 * @packageDocumentation
 */

export type {
  AccountabilityAction,
  AccountabilityKind,
  AppraisalGrade,
  Period,
  ScoreEntry,
  UnitAppraisal,
} from './appraisals.js';
export {
  ACCOUNTABILITY_KINDS,
  AccountabilityActionSchema,
  AccountabilityKindSchema,
  AppraisalGradeSchema,
  PeriodSchema,
  ScoreEntrySchema,
  UnitAppraisalSchema,
} from './appraisals.js';
export type { ArchiveCategory, ArchiveDocument } from './archive.js';
export { ARCHIVE_CATEGORIES, ArchiveCategorySchema, ArchiveDocumentSchema } from './archive.js';
export type {
  BudgetLine,
  Campaign,
  CampaignInput,
  Goals,
  Jurisdiction,
  JurisdictionLevel,
  PhasePlan,
  StandardRef,
} from './campaign.js';
export {
  BudgetLineSchema,
  CAMPAIGN_SCHEMA_VERSION,
  CampaignSchema,
  GoalsSchema,
  JurisdictionLevelSchema,
  JurisdictionSchema,
  PhasePlanSchema,
  StandardRefSchema,
} from './campaign.js';
export type { IntegrityOptions } from './integrity.js';
export { checkCampaignIntegrity } from './integrity.js';
export type {
  CustomIssueMessages,
  IssueCode,
  PathSegment,
  ValidationIssue,
  ValidationResult,
} from './issues.js';
export {
  CUSTOM_ISSUE_PREFIX,
  findForbiddenKeys,
  formatPath,
  issueAt,
  toPointer,
  toValidationIssues,
} from './issues.js';
export type { JsonSchemaDocument, JsonSchemaName } from './json-schema.js';
export { JSON_SCHEMA_SOURCES, modelJsonSchemas, toJsonSchemaDocument } from './json-schema.js';
export type { EnumName, LabelledValue } from './labels.js';
export { ENUM_LABELS, label, labels } from './labels.js';
export type { Meeting, MeetingKind } from './meetings.js';
export { MEETING_KINDS, MeetingKindSchema, MeetingSchema } from './meetings.js';
export type {
  AssessmentMethod,
  NotAssessableReason,
  Observation,
  ObservationOutcome,
  ObservationSource,
  Scope,
} from './observations.js';
export {
  ASSESSMENT_METHODS,
  AssessmentMethodSchema,
  NotAssessableReasonSchema,
  ObservationSchema,
  ObservationSourceSchema,
  ScopeSchema,
} from './observations.js';
export type {
  Contact,
  LeadingGroup,
  Office,
  Organisation,
  Person,
  WorkingGroup,
  WorkingGroupKind,
} from './organisation.js';
export {
  BUILT_IN_WORKING_GROUP_KINDS,
  ContactSchema,
  LeadingGroupSchema,
  OfficeSchema,
  OrganisationSchema,
  PersonSchema,
  WorkingGroupKindSchema,
  WorkingGroupSchema,
} from './organisation.js';
export type { Phase } from './phases.js';
export { PHASES, PhaseSchema } from './phases.js';
export type {
  BilingualText,
  Extensions,
  Id,
  IsoDate,
  IsoDateTime,
  Locale,
  StandardCode,
} from './primitives.js';
export {
  DateSchema,
  DateTimeSchema,
  DivisionCodeSchema,
  ExtensionsSchema,
  IdSchema,
  LOCALES,
  NameSchema,
  RateSchema,
  Sha256Schema,
  StandardCodeSchema,
  TextSchema,
  UriSchema,
} from './primitives.js';
export type { Rectification, RectificationStatus } from './rectifications.js';
export { RECTIFICATION_STATUSES, RectificationSchema, RectificationStatusSchema } from './rectifications.js';
export type { Coordinates, Datum, Site, SiteSelection } from './sites.js';
export { CoordinatesSchema, DatumSchema, SiteSchema, SiteSelectionSchema } from './sites.js';
export type { GoalMetric, StandardAnswer, SurveyChannel, SurveyResponse } from './surveys.js';
export {
  GOAL_METRICS,
  GoalMetricSchema,
  StandardAnswerSchema,
  SurveyChannelSchema,
  SurveyResponseSchema,
} from './surveys.js';
export type { Deadline, Frequency, StandingDuty, TaskAssignment } from './tasks.js';
export { DeadlineSchema, FrequencySchema, StandingDutySchema, TaskAssignmentSchema } from './tasks.js';
export type { Unit, UnitKind } from './units.js';
export { UNIT_KINDS, UnitKindSchema, UnitSchema } from './units.js';
export type { ValidateCampaignOptions, ValidateWithSchemaOptions } from './validate.js';
export { validateCampaign, validateWithSchema } from './validate.js';
