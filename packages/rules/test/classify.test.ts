import { describe, expect, it } from 'vitest';
import { type ComplianceClass, classify, definePolicy } from '../src/index.js';
import { ASOF, behaviour, documentStd, facility, obs, survey } from './helpers.js';

const DAY = 86_400_000;
const at = (ms: number) => new Date(Date.parse(ASOF) - ms).toISOString();

describe('classify: the four classes', () => {
  it.each<[string, Parameters<typeof classify>[0], ComplianceClass, string]>([
    [
      'no observations',
      { standard: facility, observations: [], asOf: ASOF },
      'undetermined',
      'noValidEvidence',
    ],
    [
      'not-assessable observations only',
      { standard: facility, observations: [obs('notAssessable', 1), obs('notAssessable', 2)], asOf: ASOF },
      'undetermined',
      'noValidEvidence',
    ],
    [
      'all evidence expired',
      { standard: facility, observations: [obs('pass', 91), obs('fail', 120)], asOf: ASOF },
      'undetermined',
      'noValidEvidence',
    ],
    [
      'latest valid fails',
      { standard: facility, observations: [obs('pass', 20), obs('fail', 3)], asOf: ASOF },
      'nonCompliant',
      'latestFails',
    ],
    [
      'latest valid passes, clean history',
      { standard: facility, observations: [obs('pass', 20), obs('pass', 3)], asOf: ASOF },
      'compliant',
      'latestPasses',
    ],
    [
      'facility with one earlier failure',
      { standard: facility, observations: [obs('fail', 40), obs('pass', 3)], asOf: ASOF },
      'compliant',
      'latestPasses',
    ],
    [
      'facility with two failures in the window',
      { standard: facility, observations: [obs('fail', 150), obs('fail', 40), obs('pass', 3)], asOf: ASOF },
      'reboundProne',
      'repeatedFailures',
    ],
    [
      'behaviour standard with one failure',
      {
        standard: behaviour,
        observations: [
          obs('fail', 40, { method: 'covertInspection' }),
          obs('pass', 3, { method: 'covertInspection' }),
        ],
        asOf: ASOF,
      },
      'reboundProne',
      'behaviourFailure',
    ],
    [
      'behaviour standard, failure outside the window',
      { standard: behaviour, observations: [obs('fail', 181), obs('pass', 3)], asOf: ASOF },
      'compliant',
      'latestPasses',
    ],
  ])('%s', (_name, input, expected, rule) => {
    const result = classify(input);
    expect(result.class).toBe(expected);
    expect(result.reasons[0]!.rule).toBe(rule);
    expect(result.reasons[0]!.message['zh-CN']).toMatch(/\p{Script=Han}/u);
  });
});

describe('classify: boundaries', () => {
  it('keeps evidence valid exactly at the bound and drops it one millisecond later', () => {
    const exact = { ...obs('fail', 0), observedAt: at(90 * DAY) };
    const late = { ...obs('fail', 0), observedAt: at(90 * DAY + 1) };
    expect(classify({ standard: facility, observations: [exact], asOf: ASOF }).class).toBe('nonCompliant');
    const expired = classify({ standard: facility, observations: [late], asOf: ASOF });
    expect(expired.class).toBe('undetermined');
    expect(expired.reasons.find((r) => r.rule === 'expiredIgnored')?.observationIds).toEqual([late.id]);
  });

  it('keeps each method its own validity: 180 days for surveys, 365 for document review', () => {
    expect(
      classify({
        standard: documentStd,
        observations: [obs('pass', 365, { method: 'documentReview' })],
        asOf: ASOF,
      }).class,
    ).toBe('compliant');
    expect(
      classify({
        standard: documentStd,
        observations: [obs('pass', 366, { method: 'documentReview' })],
        asOf: ASOF,
      }).class,
    ).toBe('undetermined');
    expect(
      classify({ standard: survey, observations: [obs('pass', 179, { method: 'survey' })], asOf: ASOF })
        .class,
    ).toBe('compliant');
    expect(
      classify({ standard: survey, observations: [obs('pass', 181, { method: 'survey' })], asOf: ASOF })
        .class,
    ).toBe('undetermined');
  });

  it('ignores future-dated records and says so', () => {
    const future = obs('fail', -2);
    const result = classify({ standard: facility, observations: [obs('pass', 5), future], asOf: ASOF });
    expect(result.class).toBe('compliant');
    expect(result.reasons.find((r) => r.rule === 'futureIgnored')).toMatchObject({
      observationIds: [future.id],
    });
    expect(classify({ standard: facility, observations: [future], asOf: ASOF }).class).toBe('undetermined');
  });

  it('lets a fail outweigh a pass at the same moment', () => {
    const pass = { ...obs('pass', 0), observedAt: at(DAY) };
    const fail = { ...obs('fail', 0), observedAt: at(DAY) };
    expect(classify({ standard: facility, observations: [pass, fail], asOf: ASOF })).toMatchObject({
      class: 'nonCompliant',
      reasons: [{ observationIds: [fail.id] }],
    });
    expect(classify({ standard: facility, observations: [fail, pass], asOf: ASOF }).class).toBe(
      'nonCompliant',
    );
  });

  it('names not-assessable records without counting them', () => {
    const refused = obs('notAssessable', 1);
    const result = classify({
      standard: facility,
      observations: [obs('pass', 10, { violationCount: 0 }), refused],
      asOf: ASOF,
    });
    expect(result.class).toBe('compliant');
    expect(result.reasons.map((r) => r.rule)).toEqual(['latestPasses', 'notAssessableIgnored']);
  });

  it('finds relapse after a closed rectification, but not from a closure after the failure', () => {
    const failure = obs('fail', 30);
    const history = [obs('fail', 60), failure, obs('pass', 2)];
    const relapse = classify({
      standard: facility,
      observations: history.slice(1),
      asOf: ASOF,
      closures: [{ id: 'r1', closedAt: at(45 * DAY) }],
    });
    expect(relapse.class).toBe('reboundProne');
    expect(relapse.reasons[0]).toMatchObject({ rule: 'relapseAfterClosure', observationIds: [failure.id] });
    expect(relapse.reasons[0]!.message.en).toContain('r1');
    const closedLater = classify({
      standard: facility,
      observations: history.slice(1),
      asOf: ASOF,
      closures: [{ id: 'r1', closedAt: at(10 * DAY) }],
    });
    expect(closedLater.class).toBe('compliant');
  });

  it('judges survey standards on the measured rate against the pass line', () => {
    const below = obs('pass', 10, { method: 'survey', measuredRate: 0.89, sampleSize: 400 });
    const atLine = obs('pass', 10, { method: 'survey', measuredRate: 0.9, sampleSize: 400 });
    const contradicted = obs('fail', 10, { method: 'survey', measuredRate: 0.95, sampleSize: 400 });
    // A rule never turns a recorded fail into a pass.
    expect(classify({ standard: survey, observations: [contradicted], asOf: ASOF })).toMatchObject({
      class: 'nonCompliant',
      reasons: [{ rule: 'latestFails' }],
    });
    expect(classify({ standard: survey, observations: [below], asOf: ASOF })).toMatchObject({
      class: 'nonCompliant',
      reasons: [{ rule: 'surveyBelowPassLine' }],
    });
    expect(classify({ standard: survey, observations: [atLine], asOf: ASOF })).toMatchObject({
      class: 'compliant',
      reasons: [{ rule: 'surveyAtPassLine' }],
    });
    expect(
      classify({ standard: survey, observations: [below], asOf: ASOF }).reasons[0]!.message.en,
    ).toContain('89%');
  });

  it('reads every number from the policy', () => {
    const strict = definePolicy({
      validityDays: { fieldInspection: 10 },
      reboundFailures: 1,
      reboundWindowDays: 30,
    });
    expect(
      classify({ standard: facility, observations: [obs('pass', 11)], asOf: ASOF, policy: strict }).class,
    ).toBe('undetermined');
    expect(
      classify({
        standard: facility,
        observations: [obs('fail', 20), obs('pass', 1)],
        asOf: ASOF,
        policy: strict,
      }).class,
    ).toBe('reboundProne');
    expect(strict.validityDays.survey).toBe(180);
  });
});

describe('classify: required actions', () => {
  const leads = ['u-urban', 'u-market'];
  it('archives materials and prepares for inspection when compliant', () => {
    const { actions } = classify({
      standard: facility,
      observations: [obs('pass', 1)],
      asOf: ASOF,
      responsibleUnitIds: leads,
    });
    expect(actions.map((a) => a.kind)).toEqual(['archiveMaterials', 'prepareFieldInspection']);
    expect(actions[0]).toMatchObject({
      materials: [
        { category: 'photo', quantity: 1 },
        { category: 'record', quantity: 1 },
      ],
      owner: { kind: 'units', unitIds: leads },
    });
  });
  it('opens a rectification with a lead unit and a deadline when non-compliant', () => {
    const { actions } = classify({
      standard: facility,
      observations: [obs('fail', 1)],
      asOf: ASOF,
      responsibleUnitIds: leads,
    });
    expect(actions.map((a) => a.kind)).toEqual(['openRectification', 'increaseInvestment']);
    expect(actions[0]).toMatchObject({ dueOn: '2026-07-30', owner: { unitIds: leads } });
  });
  it('has the responsible units run a mock inspection with the standard methods when undetermined, the supervision group informed', () => {
    const { actions } = classify({
      standard: behaviour,
      observations: [],
      asOf: ASOF,
      responsibleUnitIds: leads,
    });
    expect(actions).toEqual([
      expect.objectContaining({
        kind: 'mockInspection',
        owner: { kind: 'units', unitIds: leads },
        informed: [{ kind: 'workingGroup', group: 'supervision' }],
        methods: ['covertInspection'],
        dueOn: '2026-07-14',
      }),
    ]);
    expect(actions[0]!.message['zh-CN']).toContain('相关责任单位');
  });
  it('tracks a rebound-prone standard on a schedule with an owner', () => {
    const { actions } = classify({
      standard: behaviour,
      observations: [obs('fail', 9), obs('pass', 1)],
      asOf: ASOF,
      responsibleUnitIds: leads,
    });
    expect(actions).toEqual([
      expect.objectContaining({
        kind: 'recurringTracking',
        everyDays: 14,
        dueOn: '2026-07-14',
        owner: { kind: 'units', unitIds: leads },
      }),
    ]);
  });
});

describe('classify: explanations on demand', () => {
  it('decides the class at once, builds reasons and actions when first read, and serialises with both', () => {
    const result = classify({
      standard: facility,
      observations: [obs('fail', 40), obs('fail', 30), obs('pass', 1)],
      asOf: ASOF,
      responsibleUnitIds: ['u1'],
    });
    expect(Object.keys(result)).toEqual(['standardRef', 'class']);
    expect(result.reasons).toBe(result.reasons);
    expect(Object.isFrozen(result.actions)).toBe(true);
    const json = JSON.parse(JSON.stringify(result));
    expect(Object.keys(json)).toEqual(['standardRef', 'class', 'reasons', 'actions']);
    expect(json.reasons[0].rule).toBe('repeatedFailures');
    expect(json).toEqual({
      standardRef: result.standardRef,
      class: 'reboundProne',
      reasons: result.reasons,
      actions: result.actions,
    });
    expect(structuredClone(json)).toEqual(json);
  });
});
