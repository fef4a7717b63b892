import type { Standard } from '@chuangwen/checklists';
import type { Observation } from '@chuangwen/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClassificationPolicy,
  COMPLIANCE_CLASSES,
  type ComplianceClass,
  classify,
  judge,
} from '../src/index.js';
import { ASOF, behaviour, facility } from './helpers.js';
import { closures, history, policies, standards } from './histories.js';

const asOfMs = Date.parse(ASOF);
/**
 * The README's five rules, written as plainly as they are stated and independently of the library's single-pass scan:
 * the class `classify` must give. Only whether one observation passes its standard's rule comes from the library
 * (`judge`, tested on its own).
 */
function byTheRules(
  standard: Standard,
  observations: readonly Observation[],
  closed: readonly { closedAt: string }[],
  policy: ClassificationPolicy,
): ComplianceClass {
  const passLine = standard.scoring.kind === 'survey' ? standard.scoring.passLine : undefined;
  const judged = observations
    .filter((o) => o.outcome !== 'notAssessable' && Date.parse(o.observedAt) <= asOfMs)
    .map((o) => {
      const at = Date.parse(o.observedAt);
      return {
        at,
        valid: at + policy.validityDays[o.method] * 86_400_000 >= asOfMs,
        passes: judge(standard.scoring, o as Observation & { outcome: 'pass' | 'fail' }, {
          maxPoints: standard.points ?? null,
          passLine,
        }).passes,
        self: o.source === 'selfCheck',
      };
    });
  const valid = judged.filter((j) => j.valid);
  // 1-3: the latest valid evidence decides, a fail outweighing a pass at the same instant.
  if (valid.length === 0) return 'undetermined';
  const latestAt = Math.max(...valid.map((j) => j.at));
  const latest = valid.filter((j) => j.at === latestAt);
  if (latest.some((j) => !j.passes)) return 'nonCompliant';
  // A unit's own pass does not clear a finding by someone else that is still valid.
  const checks = valid.filter((j) => !j.self);
  if (!policy.selfChecksClearFindings && latest.every((j) => j.self) && checks.length > 0) {
    const checkedAt = Math.max(...checks.map((j) => j.at));
    if (checks.some((j) => j.at === checkedAt && !j.passes)) return 'nonCompliant';
  }
  // 4: failures within the rebound window, valid or not.
  const failures = judged.filter((j) => !j.passes && j.at >= asOfMs - policy.reboundWindowDays * 86_400_000);
  if (failures.length === 0) return 'compliant';
  const relapse = closed.some((c) => {
    const at = Date.parse(c.closedAt);
    return at <= asOfMs && failures.some((f) => f.at > at);
  });
  if (relapse || failures.length >= policy.reboundFailures) return 'reboundProne';
  if (standard.kind === 'behaviourOrder' && failures.length >= policy.behaviourReboundFailures)
    return 'reboundProne';
  return 'compliant';
}

describe('classify: properties', () => {
  it('gives the class the five rules give, with reasons and actions, deterministically', () => {
    fc.assert(
      fc.property(standards, history, closures, policies, (standard, observations, closed, policy) => {
        const a = classify({ standard, observations, closures: closed, policy, asOf: ASOF });
        expect(a.class).toBe(byTheRules(standard, observations, closed, policy));
        expect(classify({ standard, observations, closures: closed, policy, asOf: ASOF })).toEqual(a);
        expect(a.reasons.length).toBeGreaterThan(0);
        expect(a.actions.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('meets every class and every rule in the generated histories, so agreement is not by chance', () => {
    const seen = new Map<string, number>();
    const rules = new Set<string>();
    for (const [standard, observations, closed, policy] of fc.sample(
      fc.tuple(standards, history, closures, policies),
      { numRuns: 2_000, seed: 26 },
    )) {
      const r = classify({ standard, observations, closures: closed, policy, asOf: ASOF });
      seen.set(r.class, (seen.get(r.class) ?? 0) + 1);
      for (const reason of r.reasons) rules.add(reason.rule);
    }
    for (const cls of COMPLIANCE_CLASSES) expect(seen.get(cls) ?? 0).toBeGreaterThan(50);
    expect([...rules]).toEqual(
      expect.arrayContaining(['relapseAfterClosure', 'repeatedFailures', 'selfCheckOverruled']),
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

  it('never says non-compliant after a newer valid pass by someone other than the unit', () => {
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
          source: 'supervisionCheck',
          outcome: 'pass',
          evidence: [],
        };
        // Anything assessable at the same instant may fail (an outcome, or a measure below the rule) and outweigh it.
        const concurrentFail = observations.some(
          (o) => o.outcome !== 'notAssessable' && Date.parse(o.observedAt) === Date.parse(pass.observedAt),
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
