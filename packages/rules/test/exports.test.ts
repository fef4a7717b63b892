import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The documented public API: a change here is a deliberate change to the package (and a changeset).
const EXPORTED = [
  'AssessmentResultSchema',
  'CLASSES_WORST_FIRST',
  'CLASS_LABELS',
  'CLASS_SEVERITY',
  'COMPLIANCE_CLASSES',
  'CampaignFactsSchema',
  'ComplianceBoard',
  'ComplianceClassSchema',
  'DAY_MS',
  'DEFAULT_APPRAISAL',
  'DEFAULT_OUTCOME_TRIGGERS',
  'DEFAULT_POLICY',
  'RectificationFactsSchema',
  'UnitFactsSchema',
  'Z95',
  'addDays',
  'appraiseUnits',
  'checkCadence',
  'checkSampleSize',
  'civilityIndex',
  'classify',
  'classifyAll',
  'daysBetween',
  'definePolicy',
  'drawSites',
  'emptyFacts',
  'judge',
  'monthsBetween',
  'passLineOf',
  'phaseCountdowns',
  'phaseReadiness',
  'projectScore',
  'rankUnits',
  'rectificationRates',
  'requiredSampleSize',
  'roundReport',
  'scanEvidence',
  'scopeKey',
  'scoreFramework',
  'shanghaiDate',
  'shanghaiMonth',
  'suggestOutcomes',
  'surveyRates',
  'toMs',
  'wilsonInterval',
  'worseClass',
];

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPORTED].sort());
  });
});
