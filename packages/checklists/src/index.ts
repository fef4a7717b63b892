/**
 * Versioned assessment frameworks (测评体系), special-rectification checklists, civility observation sheets, site
 * types and archive inventories: schemas, authoring, validation, edition diff and record migration. The bundled
 * sample content lives in `@chuangwen/checklists/district`, so this entry stays small.
 *
 * @packageDocumentation
 */

export type { ArchiveInventory, InventoryEntry } from './archive-inventory.js';
export { ArchiveInventorySchema, archiveInventory, InventoryEntrySchema } from './archive-inventory.js';
export type { CheckItem, Checklist, ChecklistInput, ChecklistSection, ResponseType } from './checklist.js';
export { CheckItemSchema, ChecklistSchema, ChecklistSectionSchema, ResponseTypeSchema } from './checklist.js';
export type { Behaviour, CivilityTally, ObservationSheet, Polarity } from './civility-sheet.js';
export {
  BehaviourSchema,
  CivilityTallySchema,
  ObservationSheetSchema,
  PolaritySchema,
} from './civility-sheet.js';
export type { DiffEntry, EditionDiff } from './diff.js';
export { diffEditions, isEmptyDiff } from './diff.js';
export type {
  FrameworkEdition,
  FrameworkEditionInput,
  ItemGroup,
  LocatedStandard,
  MaterialWindowRule,
  MethodPool,
  NegativeListRule,
  NegativePenalty,
  PointsIndex,
  Prerequisite,
  SamplingQuota,
  Tier,
  TierNames,
} from './framework.js';
export {
  FrameworkEditionSchema,
  ItemGroupSchema,
  listStandards,
  MaterialWindowRuleSchema,
  MethodPoolSchema,
  NegativeListRuleSchema,
  NegativePenaltySchema,
  PointsIndexSchema,
  PrerequisiteSchema,
  SamplingQuotaSchema,
  standardsByCode,
  standardsFor,
  TierNamesSchema,
  tierName,
} from './framework.js';
export type { CompetitionGroup, EditionGroup } from './groups.js';
export {
  appliesTo,
  COMPETITION_GROUPS,
  CompetitionGroupSchema,
  EditionGroupSchema,
  groupsOf,
} from './groups.js';
export type { ChecklistJsonSchemaName } from './json-schema.js';
export { CHECKLIST_JSON_SCHEMA_SOURCES, checklistJsonSchemas } from './json-schema.js';
export type { EnumName, LabelledValue } from './labels.js';
export {
  COMPETITION_GROUP_LABELS,
  ENUM_LABELS,
  label,
  labels,
  POLARITY_LABELS,
  SITE_CATEGORY_LABELS,
} from './labels.js';
export type { EditionMapping, MigratableRecords, MigrationResult, UnmappedRecord } from './migrate.js';
export { mappingFromDiff, migrateRecords } from './migrate.js';
export { effectivePoints } from './points.js';
export type { GradeBand, RuleMeasure, ScoringRule, ScoringRuleKind } from './scoring-rules.js';
export {
  DEFAULT_STATE_BANDS,
  GradeBandSchema,
  gradeFor,
  RULE_MEASURES,
  SCORING_RULE_KIND_LABELS,
  SCORING_RULE_KINDS,
  ScoringRuleSchema,
  stateDescription,
} from './scoring-rules.js';
export type { SiteCategory, SiteType, SiteTypeCatalogue } from './site-types.js';
export { SiteCategorySchema, SiteTypeCatalogueSchema, SiteTypeSchema } from './site-types.js';
export type {
  AssessmentItem,
  Content,
  Indicator,
  SiteThreshold,
  Standard,
  StandardInput,
  StandardKind,
  StandardPart,
} from './standards.js';
export {
  AssessmentItemSchema,
  ContentSchema,
  DEFAULT_SURVEY_PASS_LINE,
  defaultKind,
  defaultRule,
  IndicatorSchema,
  RULES_FOR_KIND,
  SiteThresholdSchema,
  STANDARD_KIND_LABELS,
  STANDARD_KINDS,
  StandardKindSchema,
  StandardPartSchema,
  StandardSchema,
} from './standards.js';
export { CodeSchema, DisplayCodeSchema } from './text.js';
export type { ValidateChecklistOptions } from './validate-checklist.js';
export { checkChecklistIntegrity, defineChecklist, validateChecklist } from './validate-checklist.js';
export type { ValidateFrameworkOptions } from './validate-framework.js';
export { checkFrameworkIntegrity, defineFramework, validateFramework } from './validate-framework.js';
