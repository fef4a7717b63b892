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
  'CampaignFactsSchema',
  'ClassificationPolicySchema',
  'ComplianceBoard',
  'ComplianceClassSchema',
  'DAY_MS',
  'DEFAULT_APPRAISAL',
  'DEFAULT_OUTCOME_TRIGGERS',
  'DEFAULT_POLICY',
  'ENUM_LABELS',
  'GBT_30428_CATEGORIES',
  'LEDGER_MOVES',
  'LEDGER_MOVE_LABELS',
  'LedgerContributionSchema',
  'LedgerCountersSchema',
  'LedgerMoveKindSchema',
  'PolicyOverridesSchema',
  'SAMPLE_HOTLINE_CATEGORIES',
  'SAMPLE_HOTLINE_TIME_LIMITS',
  'SAMPLE_URBAN_AREAS',
  'TICKET_STATE_MOVES',
  'Z95',
  'addDays',
  'addWorkingDays',
  'addWorkingHours',
  'applyContribution',
  'applyMoves',
  'appraiseUnits',
  'cadenceReport',
  'calendarFingerprint',
  'categoryEntry',
  'categoryNamed',
  'cellClass',
  'civilityIndex',
  'classify',
  'classifyAll',
  'closureReport',
  'compareTimeLimit',
  'contributionOf',
  'coverageOf',
  'dayStatus',
  'daysBetween',
  'defineCategoryTable',
  'definePolicy',
  'drawSites',
  'emptyFacts',
  'handledCount',
  'isWorkingDay',
  'judge',
  'label',
  'labels',
  'ledgerFromHotlineTickets',
  'ledgerFromUrbanCases',
  'monthsBetween',
  'overdueCount',
  'phaseCountdowns',
  'phaseReadiness',
  'planTicketImport',
  'problemIdOf',
  'projectScore',
  'rankUnits',
  'rectificationRates',
  'requiredSampleSize',
  'resolveTimeLimit',
  'roundReport',
  'sampleSizeReport',
  'scopeKey',
  'scoreFramework',
  'shanghaiDate',
  'suggestOutcomes',
  'surveyRates',
  'timeLimitCountdown',
  'toMs',
  'wilsonInterval',
  'workingDaysBetween',
  'workingHoursBetween',
  'worseClass',
  'worstOf',
];

// Helpers only the library's own packages and tests use: outside semver, kept apart from the public entry.
const INTERNAL = ['cellRules', 'emptyLedger', 'judgedCode', 'passLineOf', 'scanEvidence', 'shanghaiMonth'];

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPORTED].sort());
  });

  it('keeps the internal helpers out of it, on their own entry', () => {
    expect(Object.keys(internal).sort()).toEqual([...INTERNAL].sort());
    for (const name of Object.keys(internal)) expect(Object.keys(api)).not.toContain(name);
  });
});
