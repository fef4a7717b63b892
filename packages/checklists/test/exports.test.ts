import { describe, expect, it } from 'vitest';
import * as district from '../src/district/index.js';
import * as api from '../src/index.js';
import * as internal from '../src/internal.js';

// The documented public API of each entry: a change here is a deliberate change to the package (and a changeset).
const MAIN = [
  'ArchiveInventorySchema',
  'AssessmentItemSchema',
  'BehaviourSchema',
  'CHECKLIST_JSON_SCHEMA_SOURCES',
  'COMPETITION_GROUPS',
  'COMPETITION_GROUP_LABELS',
  'CheckItemSchema',
  'ChecklistSchema',
  'ChecklistSectionSchema',
  'CivilityTallySchema',
  'CodeSchema',
  'CompetitionGroupSchema',
  'ContentSchema',
  'DEFAULT_STATE_BANDS',
  'DEFAULT_SURVEY_PASS_LINE',
  'DisplayCodeSchema',
  'ENUM_LABELS',
  'EditionGroupSchema',
  'FrameworkEditionSchema',
  'GradeBandSchema',
  'IndicatorSchema',
  'InventoryEntrySchema',
  'ItemGroupSchema',
  'MaterialWindowRuleSchema',
  'MethodPoolSchema',
  'NegativeListRuleSchema',
  'NegativePenaltySchema',
  'ObservationSheetSchema',
  'POLARITY_LABELS',
  'PointsIndexSchema',
  'PolaritySchema',
  'PrerequisiteSchema',
  'RULES_FOR_KIND',
  'RULE_MEASURES',
  'ResponseTypeSchema',
  'SCORING_RULE_KINDS',
  'SCORING_RULE_KIND_LABELS',
  'SITE_CATEGORY_LABELS',
  'STANDARD_KINDS',
  'STANDARD_KIND_LABELS',
  'SamplingQuotaSchema',
  'ScoringRuleSchema',
  'SiteCategorySchema',
  'SiteThresholdSchema',
  'SiteTypeCatalogueSchema',
  'SiteTypeSchema',
  'StandardKindSchema',
  'StandardPartSchema',
  'StandardSchema',
  'TierNamesSchema',
  'appliesTo',
  'archiveInventory',
  'checkChecklistIntegrity',
  'checkFrameworkIntegrity',
  'checklistJsonSchemas',
  'defaultKind',
  'defaultRule',
  'defineChecklist',
  'defineFramework',
  'diffEditions',
  'effectivePoints',
  'gradeFor',
  'groupsOf',
  'isEmptyDiff',
  'label',
  'labels',
  'listStandards',
  'mappingFromDiff',
  'migrateRecords',
  'standardsByCode',
  'standardsFor',
  'stateDescription',
  'tierName',
  'validateChecklist',
  'validateFramework',
];
const DISTRICT = [
  'SAMPLE_NOTICE',
  'SEED_CADENCE',
  'civilitySheet',
  'SAMPLE_CIVILITY_PASS_LINE',
  'districtArchiveInventory',
  'districtFramework',
  'minorsFramework',
  'rectificationChecklists',
  'sampleDistrictResults',
  'sampleStreetCampaign',
  'siteTypeCatalogue',
];

// Helpers only the library's own packages and tests use: outside semver, kept apart from the public entry.
const INTERNAL = ['CHECKLIST_MESSAGES', 'contentsOf', 'roundScore'];

describe('public API', () => {
  it('exports exactly the documented names from each entry', () => {
    expect(Object.keys(api).sort()).toEqual([...MAIN].sort());
    expect(Object.keys(district).sort()).toEqual([...DISTRICT].sort());
  });

  it('keeps the internal helpers out of it, on their own entry', () => {
    expect(Object.keys(internal).sort()).toEqual([...INTERNAL].sort());
    for (const name of Object.keys(internal)) expect(Object.keys(api)).not.toContain(name);
  });
});
