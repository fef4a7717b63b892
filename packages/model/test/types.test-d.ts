import { describe, expectTypeOf, it } from 'vitest';
import {
  type Campaign,
  label,
  type Observation,
  type Phase,
  type ValidationResult,
  validateCampaign,
} from '../src/index.js';

describe('model types', () => {
  it('infers records from the schemas', () => {
    expectTypeOf<Phase>().toEqualTypeOf<
      'mobilization' | 'specialRectification' | 'finalSprint' | 'inspectionReadiness' | 'summaryEvaluation'
    >();
    expectTypeOf<Campaign['tasks']>().toBeArray();
    expectTypeOf(validateCampaign).returns.toEqualTypeOf<ValidationResult<Campaign>>();
  });

  it('narrows observations by outcome', () => {
    const read = (o: Observation) => {
      if (o.outcome === 'notAssessable') {
        expectTypeOf(o.reason).toEqualTypeOf<'couldNotSurvey' | 'refused' | 'siteClosed' | 'other'>();
        // @ts-expect-error a not-assessable observation has no violation count
        return o.violationCount;
      }
      expectTypeOf(o.violationCount).toEqualTypeOf<number | undefined>();
      return o.violationCount;
    };
    expectTypeOf(read).toBeFunction();
  });

  it('labels only known enumeration values', () => {
    expectTypeOf(label('fieldInspection', 'en')).toBeString();
    // @ts-expect-error not a value of any enumeration
    label('fieldInspectionX');
    // @ts-expect-error only zh-CN and en
    label('fieldInspection', 'fr');
  });

  it('makes a validated result narrow on ok', () => {
    const result = validateCampaign({});
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Campaign>();
    else expectTypeOf(result.issues[0]!.message['zh-CN']).toBeString();
  });
});
