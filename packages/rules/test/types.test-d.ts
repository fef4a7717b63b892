import { describe, expectTypeOf, it } from 'vitest';
import {
  type Classification,
  type ComplianceClass,
  classify,
  phaseReadiness,
  type Readiness,
} from '../src/index.js';
import { emptyFacts } from '../src/internal.js';
import { facility } from './helpers.js';

describe('rules types', () => {
  it('returns one of four classes', () => {
    expectTypeOf<ComplianceClass>().toEqualTypeOf<
      'compliant' | 'nonCompliant' | 'undetermined' | 'reboundProne'
    >();
    expectTypeOf(classify).returns.toEqualTypeOf<Classification>();
  });

  it('needs the moment of judgement', () => {
    // @ts-expect-error asOf is required: nothing reads the clock
    classify({ standard: facility, observations: [] });
    expectTypeOf(
      phaseReadiness('mobilization', { ...emptyFacts(), standards: {}, missedMonths: [] }),
    ).toEqualTypeOf<Readiness>();
    // @ts-expect-error not a phase
    phaseReadiness('celebration', { ...emptyFacts(), standards: {}, missedMonths: [] });
  });
});
