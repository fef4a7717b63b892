import type { Observation } from '@chuangwen/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLIANCE_CLASSES, classify } from '../src/index.js';
import { ASOF, behaviour, facility, survey } from './helpers.js';

const asOfMs = Date.parse(ASOF);
const standards = fc.constantFrom(facility, behaviour, survey);
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
      offsetHours: fc.integer({ min: -24 * 30, max: 24 * 400 }),
      outcome: fc.constantFrom('pass', 'fail', 'notAssessable'),
      method: fc.constantFrom(...METHODS),
      rate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    })
    .map(({ offsetHours, outcome, method, rate }): Observation => {
      const base = {
        id: `o${id}`,
        standardRef: 'X',
        scope: { kind: 'jurisdiction' as const },
        observedAt: new Date(asOfMs - offsetHours * 3_600_000).toISOString(),
        method,
        source: 'selfCheck' as const,
        evidence: [],
      };
      if (outcome === 'notAssessable') return { ...base, outcome, reason: 'couldNotSurvey' };
      return rate === undefined ? { ...base, outcome } : { ...base, outcome, measuredRate: rate };
    });
const history = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => observation(i))));

describe('classify: properties', () => {
  it('gives every input exactly one of the four classes, deterministically', () => {
    fc.assert(
      fc.property(standards, history, (standard, observations) => {
        const a = classify({ standard, observations, asOf: ASOF });
        expect(COMPLIANCE_CLASSES).toContain(a.class);
        expect(classify({ standard, observations, asOf: ASOF })).toEqual(a);
        expect(a.reasons.length).toBeGreaterThan(0);
        expect(a.actions.length).toBeGreaterThan(0);
      }),
    );
  });

  it('does not depend on the order of the observations', () => {
    fc.assert(
      fc.property(
        standards,
        history.chain((h) =>
          fc.tuple(fc.constant(h), fc.shuffledSubarray(h, { minLength: h.length, maxLength: h.length })),
        ),
        (standard, [original, shuffled]) => {
          expect(classify({ standard, observations: shuffled, asOf: ASOF })).toEqual(
            classify({ standard, observations: original, asOf: ASOF }),
          );
        },
      ),
    );
  });

  it('never says non-compliant after a newer valid passing observation', () => {
    fc.assert(
      fc.property(fc.constantFrom(facility, behaviour), history, (standard, observations) => {
        const newest = Math.max(
          asOfMs - 3_600_000 * 24 * 30,
          ...observations.map((o) => Math.min(Date.parse(o.observedAt), asOfMs)),
        );
        const pass: Observation = {
          id: 'zz-pass',
          standardRef: 'X',
          scope: { kind: 'jurisdiction' },
          observedAt: new Date(Math.min(newest + 1000, asOfMs)).toISOString(),
          method: 'fieldInspection',
          source: 'selfCheck',
          outcome: 'pass',
          evidence: [],
        };
        const concurrentFail = observations.some(
          (o) => o.outcome === 'fail' && Date.parse(o.observedAt) === Date.parse(pass.observedAt),
        );
        fc.pre(!concurrentFail);
        expect(classify({ standard, observations: [...observations, pass], asOf: ASOF }).class).not.toBe(
          'nonCompliant',
        );
      }),
    );
  });

  it('says undetermined when every observation has expired', () => {
    fc.assert(
      fc.property(standards, history, (standard, observations) => {
        const old = observations.map((o) => ({
          ...o,
          observedAt: new Date(
            asOfMs - 366 * 86_400_000 - Math.abs(Date.parse(o.observedAt) - asOfMs),
          ).toISOString(),
        }));
        expect(classify({ standard, observations: old, asOf: ASOF }).class).toBe('undetermined');
      }),
    );
  });
});
