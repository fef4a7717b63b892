/**
 * The campaign domain model of 创建全国文明城市/城区/县城 as zod schemas: jurisdiction and honour, organisation, units
 * at every level, sites, tasks, observations, rectifications with their lead and supporting units, meetings and
 * cadence, archive and material requirements, surveys, assessment rounds, appraisals and their outcomes, with
 * validation that reports located, bilingual issues and migrates documents written by earlier versions.
 *
 * @packageDocumentation
 */

export type {
  AppraisalGrade,
  AppraisalOutcome,
  AppraisalOutcomeKind,
  Period,
  ScoreEntry,
  UnitAppraisal,
} from './appraisals.js';
export {
  APPRAISAL_OUTCOME_KINDS,
  AppraisalGradeSchema,
  AppraisalOutcomeKindSchema,
  AppraisalOutcomeSchema,
  PeriodSchema,
  SANCTION_KINDS,
  ScoreEntrySchema,
  UnitAppraisalSchema,
} from './appraisals.js';
export type {
  ArchiveCategory,
  ArchiveDocument,
  MaterialRequirement,
  MaterialRequirementInput,
} from './archive.js';
export {
  ARCHIVE_CATEGORIES,
  ArchiveCategorySchema,
  ArchiveDocumentSchema,
  MaterialRequirementSchema,
} from './archive.js';
export type { RectificationArea } from './areas.js';
export { RECTIFICATION_AREAS, RectificationAreaSchema } from './areas.js';
export type {
  AssessmentRound,
  JurisdictionResult,
  RoundKind,
  ScorePart,
  UnitResult,
} from './assessment-rounds.js';
export {
  AssessmentRoundSchema,
  JurisdictionResultSchema,
  ROUND_KINDS,
  RoundKindSchema,
  ScorePartSchema,
  UnitResultSchema,
} from './assessment-rounds.js';
export type {
  CalendarCoverage,
  CalendarDay,
  CalendarLayer,
  CalendarLayerInput,
  CalendarLevel,
  CalendarYear,
  OfficeHours,
  OfficeHoursPeriod,
  WorkingCalendar,
  WorkingCalendarInput,
} from './calendar.js';
export {
  CALENDAR_COVERAGES,
  CALENDAR_LEVELS,
  CalendarCoverageSchema,
  CalendarDaySchema,
  CalendarLayerSchema,
  CalendarLevelSchema,
  CalendarYearSchema,
  OfficeHoursPeriodSchema,
  OfficeHoursSchema,
  WorkingCalendarSchema,
} from './calendar.js';
export type {
  BudgetLine,
  Campaign,
  CampaignFramework,
  CampaignInput,
  FrameworkRole,
  Goals,
  PhasePlan,
  TrackedStandard,
} from './campaign.js';
export {
  BudgetLineSchema,
  CAMPAIGN_SCHEMA_VERSION,
  CampaignFrameworkSchema,
  CampaignSchema,
  FrameworkRoleSchema,
  GoalsSchema,
  mainEditionId,
  PhasePlanSchema,
  TrackedStandardSchema,
} from './campaign.js';
export type {
  CategoryEntry,
  CategoryRef,
  CategoryTable,
  CategoryTableInput,
  ProblemChannel,
} from './channels.js';
export {
  CategoryCodeSchema,
  CategoryEntrySchema,
  CategoryRefSchema,
  CategoryTableSchema,
  ExternalNumberSchema,
  PROBLEM_CHANNELS,
  ProblemChannelSchema,
} from './channels.js';
export { ContentError } from './content-error.js';
export type { PlainRead } from './forbidden-keys.js';

export type { UnitHierarchy } from './hierarchy.js';
export { rollUp, unitHierarchy } from './hierarchy.js';
export type { HolidayCnLayerOptions, HolidayCnYear } from './holiday-cn.js';
export { HolidayCnYearSchema, validateHolidayCnLayer, validateHolidayCnYear } from './holiday-cn.js';
export type { IntegrityOptions } from './integrity.js';
export { checkCampaignIntegrity } from './integrity.js';
export { ISSUE_CODES } from './issue-codes.js';
export type {
  CustomIssueMessages,
  IssueCode,
  PathSegment,
  ValidationIssue,
  ValidationResult,
} from './issues.js';
export { CUSTOM_ISSUE_PREFIX, formatPath } from './issues.js';
export type { JsonSchemaDocument, JsonSchemaName } from './json-schema.js';
export {
  JSON_SCHEMA_KEYWORDS,
  JSON_SCHEMA_SOURCES,
  modelJsonSchemas,
  toJsonSchemaDocument,
} from './json-schema.js';
export type { JsonTextLimits } from './json-text.js';
export { JSON_TEXT_LIMITS, parseJsonText } from './json-text.js';
export type { Honour, Jurisdiction, JurisdictionLevel } from './jurisdiction.js';
export {
  HONOURS,
  HonourSchema,
  JURISDICTION_LEVELS,
  JurisdictionLevelSchema,
  JurisdictionSchema,
} from './jurisdiction.js';
export type { EnumLabels, EnumName, LabelledValue, Labeller } from './labels.js';
export { defineLabels, ENUM_LABELS, label, labels } from './labels.js';
export type { CadenceObligation, Meeting, MeetingKind } from './meetings.js';
export { CadenceObligationSchema, MEETING_KINDS, MeetingKindSchema, MeetingSchema } from './meetings.js';
export { CAMPAIGN_MIGRATIONS, migrateCampaign } from './migrations.js';
export type {
  AssessedObservation,
  AssessmentMethod,
  NotAssessableObservation,
  NotAssessableReason,
  Observation,
  ObservationOutcome,
  ObservationSource,
  Scope,
  ScopeKind,
} from './observations.js';
export {
  ASSESSMENT_METHODS,
  AssessedObservationSchema,
  AssessmentMethodSchema,
  NotAssessableObservationSchema,
  NotAssessableReasonSchema,
  OBSERVATION_SOURCES,
  ObservationSchema,
  ObservationSourceSchema,
  responsibleUnitOf,
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
export { formatPercent } from './percent.js';
export type { Phase } from './phases.js';
export { PHASES, PhaseSchema } from './phases.js';
export type {
  BilingualText,
  Extensions,
  Grade,
  Id,
  IsoDate,
  IsoDateTime,
  Locale,
  LocalizedText,
  StandardCode,
} from './primitives.js';
export {
  DateSchema,
  DateTimeSchema,
  DivisionCodeSchema,
  ExtensionsSchema,
  GradeSchema,
  IdSchema,
  LOCALES,
  LocalizedTextSchema,
  localize,
  NameSchema,
  RateSchema,
  Sha256Schema,
  SiteTypeCodeSchema,
  StandardCodeSchema,
  TextSchema,
  UriSchema,
} from './primitives.js';
export type { CaptureLocation, MediaProvenance, MediaSource } from './provenance.js';
export {
  CaptureLocationSchema,
  correctedCaptureMs,
  MEDIA_SOURCES,
  MediaProvenanceSchema,
  MediaSourceSchema,
} from './provenance.js';
export type {
  Rectification,
  RectificationStatus,
  UnitAttribution,
  UnitsAsWritten,
} from './rectifications.js';
export {
  leadUnitsOf,
  RECTIFICATION_STATUSES,
  RectificationSchema,
  RectificationStatusSchema,
  UNIT_ATTRIBUTIONS,
  UnitAttributionSchema,
  UnitsAsWrittenSchema,
  unitsNamed,
} from './rectifications.js';
export {
  DocumentIdSchema,
  EditionIdSchema,
  HolderIdSchema,
  ObservationIdSchema,
  PersonIdSchema,
  RectificationIdSchema,
  RoundIdSchema,
  SiteIdSchema,
  StandardRefSchema,
  UnitIdSchema,
} from './references.js';
export type { Coordinates, Datum, Site, SiteSelection } from './sites.js';
export { CoordinatesSchema, DatumSchema, SiteSchema, SiteSelectionSchema, siteTypesOf } from './sites.js';
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
export type {
  HotlineRequestType,
  HotlineStep,
  HotlineTicket,
  Satisfaction,
  TicketState,
  UrbanCase,
  UrbanCaseKind,
  UrbanCaseStep,
} from './tickets.js';
export {
  HOTLINE_REQUEST_TYPES,
  HotlineRequestTypeSchema,
  HotlineStepSchema,
  HotlineTicketSchema,
  PlatformCategorySchema,
  SATISFACTION_LEVELS,
  SatisfactionSchema,
  TICKET_STATES,
  TicketStateSchema,
  URBAN_CASE_KINDS,
  UrbanCaseKindSchema,
  UrbanCaseSchema,
  UrbanCaseStepSchema,
} from './tickets.js';
export type { DeadlineRule, DeadlineUnit, TimeLimit } from './time-limits.js';
export {
  DEADLINE_UNITS,
  DeadlineRuleSchema,
  DeadlineUnitSchema,
  deadlineUnit,
  TimeLimitSchema,
} from './time-limits.js';
export type { Unit, UnitKind } from './units.js';
export { UNIT_KINDS, UnitKindSchema, UnitSchema, unitKindLabel } from './units.js';
export type { ValidateCampaignOptions, ValidateWithSchemaOptions } from './validate.js';
export { validateCampaign, validateWithSchema } from './validate.js';
