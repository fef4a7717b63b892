import type { ScoringRule } from '@chuangwen/checklists';
import type { Observation } from '@chuangwen/model';
import { type AssessableObservation, type JudgementContext, passesRule } from './judgement.js';
import type { ClassificationPolicy } from './policy.js';
import { DAY_MS, toMs } from './time.js';

/** What one pass over a standard's observations finds: the deciding evidence and everything set aside, with why. */
export interface EvidenceScan {
  /**
   * The deciding evidence: the latest valid observation (at equal times a fail outweighs a pass, then the smaller id
   * wins), except that a unit's self-check pass does not clear a checker's or an assessor's failing finding that is
   * still valid: then that finding decides (unless the policy lets self-checks clear findings).
   */
  latest: AssessableObservation | undefined;
  latestPasses: boolean;
  /** The self-check pass set aside because a checker's failing finding still stands, if any. */
  overruledSelfCheck?: string;
  /** Failures (valid or expired) no older than the rebound window. */
  failuresInWindow: readonly { id: string; at: number }[];
  future: readonly string[];
  notAssessable: readonly string[];
  expired: readonly string[];
}

// Most histories have nothing to set aside; sharing one frozen empty list saves four allocations per scan.
const NONE: readonly never[] = Object.freeze([]);

/**
 * Sorts a standard's observations into evidence and the rest, in one pass and independent of their order. Evidence is
 * assessable, not later than `asOf`, and still valid at `asOf` (inclusive bound); whether it passes is the standard's
 * rule applied to it.
 */
export function scanEvidence(
  observations: readonly Observation[],
  asOf: number,
  policy: ClassificationPolicy,
  rule: ScoringRule,
  context: JudgementContext,
): EvidenceScan {
  const windowStart = asOf - policy.reboundWindowDays * DAY_MS;
  const validity = policy.validityDays;
  let failures: { id: string; at: number }[] | undefined;
  let future: string[] | undefined;
  let notAssessable: string[] | undefined;
  let expired: string[] | undefined;
  let latest: AssessableObservation | undefined;
  let latestPasses = false;
  let latestAt = Number.NEGATIVE_INFINITY;
  // The latest valid finding of someone other than the unit itself (a checker, an assessor, the public).
  let checker: AssessableObservation | undefined;
  let checkerPasses = false;
  let checkerAt = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    const at = toMs(o.observedAt);
    if (at > asOf) {
      future ??= [];
      future.push(o.id);
      continue;
    }
    if (o.outcome === 'notAssessable') {
      notAssessable ??= [];
      notAssessable.push(o.id);
      continue;
    }
    const ok = passesRule(rule, o, context);
    if (!ok && at >= windowStart) {
      failures ??= [];
      failures.push({ id: o.id, at });
    }
    if (at + validity[o.method] * DAY_MS < asOf) {
      expired ??= [];
      expired.push(o.id);
      continue;
    }
    if (
      at > latestAt ||
      (at === latestAt && ((latestPasses && !ok) || (latestPasses === ok && o.id < latest!.id)))
    ) {
      latest = o;
      latestPasses = ok;
      latestAt = at;
    }
    if (
      o.source !== 'selfCheck' &&
      (at > checkerAt ||
        (at === checkerAt && ((checkerPasses && !ok) || (checkerPasses === ok && o.id < checker!.id))))
    ) {
      checker = o;
      checkerPasses = ok;
      checkerAt = at;
    }
  }
  let overruled: string | undefined;
  if (
    latest &&
    latestPasses &&
    latest.source === 'selfCheck' &&
    checker &&
    !checkerPasses &&
    !policy.selfChecksClearFindings
  ) {
    overruled = latest.id;
    latest = checker;
    latestPasses = false;
  }
  const scan: EvidenceScan = {
    latest,
    latestPasses,
    failuresInWindow: failures ?? NONE,
    future: future ?? NONE,
    notAssessable: notAssessable ?? NONE,
    expired: expired ?? NONE,
  };
  if (overruled !== undefined) scan.overruledSelfCheck = overruled;
  return scan;
}
