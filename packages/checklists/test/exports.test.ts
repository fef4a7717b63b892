import { describe, expect, it } from 'vitest';
import * as district from '../src/district/index.js';
import * as api from '../src/index.js';

// The documented public API of each entry: a change here is a deliberate change to the package (and a changeset).
const MAIN = [
  'ArchiveInventorySchema',
  'AssessmentItemSchema',
  'BehaviourSchema',
  'CHECKLIST_JSON_SCHEMA_SOURCES',
  'CHECKLIST_MESSAGES',
  'CheckItemSchema',
  'ChecklistSchema',
  'ChecklistSectionSchema',
  'CivilityTallySchema',
  'CodeSchema',
  'CompetitionGroupSchema',
  'ContentError',
  'ContentSchema',
  'DEFAULT_STATE_BANDS',
  'FrameworkEditionSchema',
  'GradeBandSchema',
  'GradeSchema',
  'IndicatorSchema',
  'InventoryEntrySchema',
  'LocalizedTextSchema',
  'NegativeListRuleSchema',
  'NegativePenaltySchema',
  'ObservationSheetSchema',
  'PolaritySchema',
  'PrerequisiteSchema',
  'RECTIFICATION_AREAS',
  'RULES_FOR_KIND',
  'RectificationAreaSchema',
  'ResponseTypeSchema',
  'STANDARD_KINDS',
  'ScoringRuleSchema',
  'SiteCategorySchema',
  'SiteThresholdSchema',
  'SiteTypeCatalogueSchema',
  'SiteTypeCodeSchema',
  'SiteTypeSchema',
  'StandardKindSchema',
  'StandardPartSchema',
  'StandardSchema',
  'archiveInventory',
  'checkChecklistIntegrity',
  'checkFrameworkIntegrity',
  'checklistJsonSchemas',
  'contentsOf',
  'defineChecklist',
  'defineFramework',
  'diffEditions',
  'gradeFor',
  'isEmptyDiff',
  'listStandards',
  'mappingFromDiff',
  'migrateRecords',
  'standardsByCode',
  'stateDescription',
  'validateChecklist',
  'validateFramework',
];
const DISTRICT = [
  'civilitySheet',
  'districtArchiveInventory',
  'districtFramework',
  'rectificationChecklists',
  'siteTypeCatalogue',
];

describe('public API', () => {
  it('exports exactly the documented names from each entry', () => {
    expect(Object.keys(api).sort()).toEqual([...MAIN].sort());
    expect(Object.keys(district).sort()).toEqual([...DISTRICT].sort());
  });
});
