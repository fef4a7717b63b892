import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as internal from '../src/internal.js';

// The documented public API: a change here is a deliberate change to the package (and a changeset).
const EXPORTED = [
  'AssessmentResultSchema',
  'BLOCKER_CODES',
  'BLOCKER_CODE_LABELS',
  'BlockerCodeSchema',
  'BlockerSchema',
  'CLASSES_WORST_FIRST',
  'CLASS_LABELS',
  'CLASS_SEVERITY',
  'COMPLIANCE_CLASSES',
  'ArchiveCountsSchema',
  'CampaignFactsSchema',
  'ClassOverrideSchema',
  'MeetingFactSchema',
  'ClassificationPolicySchema',
  'MeetingsByMonthSchema',
  'ComplianceBoard',
  'ComplianceClassSchema',
  'DAY_MS',
  'DEFAULT_APPRAISAL',
  'DEFAULT_MATERIAL_WINDOW',
  'DEFAULT_OUTCOME_TRIGGERS',
  'DEFAULT_POLICY',
  'DEFAULT_PROVENANCE_RULES',
  'HolidayCalendarSchema',
  'workingDaysBetween',
  'ProvenanceRulesSchema',
  'checkPair',
  'checkProvenance',
  'convertDatum',
  'distanceMetres',
  'ENUM_LABELS',
  'LedgerContributionSchema',
  'LedgerCountersSchema',
  'PolicyOverridesSchema',
  'Z95',
  'addDays',
  'applyContribution',
  'archiveHeld',
  'countArchive',
  'meetingList',
  'appraiseUnits',
  'standardArchive',
  'cadenceReport',
  'cellClass',
  'civilityIndex',
  'classify',
  'classifyAll',
  'contributionOf',
  'cycleTotal',
  'daysBetween',
  'definePolicy',
  'drawSites',
  'emptyFacts',
  'handledCount',
  'inMaterialWindow',
  'judge',
  'label',
  'labels',
  'materialWindow',
  'monthsBetween',
  'overdueCount',
  'phaseCountdowns',
  'phaseReadiness',
  'pointsIndex',
  'projectScore',
  'rankUnits',
  'rectificationRates',
  'requiredSampleSize',
  'roundReport',
  'sampleSizeReport',
  'scopeKey',
  'scopeOf',
  'scoreFramework',
  'shanghaiDate',
  'suggestOutcomes',
  'surveyRates',
  'toMs',
  'wilsonInterval',
  'worseClass',
  'worstOf',
];

// Helpers only the library's own packages and tests use: outside semver, kept apart from the public entry.
const INTERNAL = [
  'addMeeting',
  'cellRules',
  'emptyLedger',
  'groupMeetings',
  'hasMeeting',
  'judgedCode',
  'passLineOf',
  'scanEvidence',
  'shanghaiMonth',
  'standardGroup',
];

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPORTED].sort());
  });

  it('keeps the internal helpers out of it, on their own entry', () => {
    expect(Object.keys(internal).sort()).toEqual([...INTERNAL].sort());
    for (const name of Object.keys(internal)) expect(Object.keys(api)).not.toContain(name);
  });
});
