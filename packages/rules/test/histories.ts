// Generated histories of one cell for the property tests: observations of every outcome, method and source, with
// rates and violation counts, equal instants now and then, closed rectifications and both readings of self-checks.
import type { Observation } from '@chuangwen/model';
import fc from 'fast-check';
import { type ClassificationPolicy, DEFAULT_POLICY } from '../src/index.js';
import { ASOF, behaviour, facility, survey } from './helpers.js';

const asOfMs = Date.parse(ASOF);
export const standards = fc.constantFrom(facility, behaviour, survey);
const METHODS = [
  'fieldInspection',
  'covertInspection',
  'documentReview',
  'survey',
  'simulatedVerification',
] as const;

const observation = (id: number) =>
  fc
    .record({
      // Whole days now and then, so equal instants (a pass and a fail at once) happen.
      offsetHours: fc.oneof(
        fc.integer({ min: -24 * 30, max: 24 * 400 }),
        fc.integer({ min: -2, max: 60 }).map((d) => d * 24),
      ),
      outcome: fc.constantFrom('pass', 'fail', 'notAssessable'),
      method: fc.constantFrom(...METHODS),
      source: fc.constantFrom('selfCheck', 'supervisionCheck', 'mockAssessment'),
      rate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      violations: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    })
    .map(({ offsetHours, outcome, method, source, rate, violations }): Observation => {
      const base = {
        id: `o${id}`,
        standardRef: 'X',
        scope: { kind: 'jurisdiction' as const },
        observedAt: new Date(asOfMs - offsetHours * 3_600_000).toISOString(),
        method,
        source,
        evidence: [],
      };
      if (outcome === 'notAssessable') return { ...base, outcome, reason: 'couldNotSurvey' };
      return {
        ...base,
        outcome,
        ...(rate === undefined ? {} : { measuredRate: rate }),
        ...(violations === undefined ? {} : { violationCount: violations }),
      };
    });
export const history = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => observation(i))));
export const closures = fc.array(
  fc.integer({ min: -24 * 10, max: 24 * 200 }).map((offsetHours) => ({
    id: `r${offsetHours}`,
    closedAt: new Date(asOfMs - offsetHours * 3_600_000).toISOString(),
  })),
  { maxLength: 2 },
);
export const policies = fc.constantFrom<ClassificationPolicy>(DEFAULT_POLICY, {
  ...DEFAULT_POLICY,
  selfChecksClearFindings: true,
});
