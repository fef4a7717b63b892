import type { Standard } from '@chuangwen/checklists';
import type { BilingualText, Observation } from '@chuangwen/model';
import { actionsFor } from './actions.js';
import type { Classification, ComplianceClass, Reason, RequiredAction } from './classes.js';
import { type EvidenceScan, scanEvidence } from './evidence.js';
import { type JudgementContext, judge } from './judgement.js';
import { say } from './messages.js';
import { type ClassificationPolicy, DEFAULT_POLICY } from './policy.js';
import { latestReason, missingMeasureReason, NO_EVIDENCE } from './reasons.js';
import { type Moment, momentOf, toMs } from './time.js';

/** The parts of a standard classification reads: its declared kind and rule decide, never its code. */
export type ClassifiedStandard = Pick<
  Standard,
  'code' | 'kind' | 'methods' | 'scoring' | 'materialRequirements'
> &
  Partial<Pick<Standard, 'points' | 'siteThresholds'>>;

/** A closed rectification of the standard at the same scope: a failure after it is a relapse. */
export interface Closure {
  id: string;
  closedAt: string;
}

/** What {@link classify} needs: the standard, its observations (at one scope), the moment, and optionally more. */
export interface ClassifyInput {
  standard: ClassifiedStandard;
  observations: readonly Observation[];
  /** The moment of judgement, an ISO instant or date; an unreadable one throws a RangeError. Nothing here reads the clock. */
  asOf: string;
  policy?: ClassificationPolicy;
  closures?: readonly Closure[];
  /** The units responsible for the standard at this scope (the site's unit, the task's lead units): they own the work. */
  responsibleUnitIds?: readonly string[];
  /** The standard's points where a tier above declares them (`effectivePoints`); by default its own, if any. */
  maxPoints?: number | null;
  /** The site type of the scope, for thresholds that depend on it ("5 ads per 300 m" on main roads). */
  siteType?: string;
}

/** The pass line a standard's survey evidence is read against, or undefined for other kinds. */
export function passLineOf(standard: ClassifiedStandard, policy: ClassificationPolicy): number | undefined {
  if (standard.kind !== 'survey') return undefined;
  return standard.scoring.kind === 'survey' ? standard.scoring.passLine : policy.defaultSurveyPassLine;
}

/** What the standard's rule needs to read an observation at this scope. */
export function contextOf(
  standard: ClassifiedStandard,
  policy: ClassificationPolicy,
  maxPoints?: number | null,
  siteType?: string,
): JudgementContext {
  const threshold =
    siteType === undefined
      ? undefined
      : standard.siteThresholds?.find((t) => t.siteType === siteType)?.required;
  return {
    maxPoints: maxPoints === undefined ? (standard.points ?? null) : maxPoints,
    passLine: passLineOf(standard, policy),
    required: threshold,
  };
}

/**
 * Classifies one standard from its evidence as 达标 compliant, 未达标 non-compliant, 未知可否达标 undetermined or
 * 易反弹 rebound-prone, with the rule that fired, the observations it used, and the work the class demands. Evidence is
 * read through the standard's declared scoring rule, so a standard is never compliant while it scores nothing.
 * A pure function of its input: the same input always gives the same result, whatever the order of observations.
 */
export function classify(input: ClassifyInput): Classification {
  const policy = input.policy ?? DEFAULT_POLICY;
  const moment = momentOf(input.asOf);
  const context = contextOf(input.standard, policy, input.maxPoints, input.siteType);
  const scan = scanEvidence(input.observations, moment.ms, policy, input.standard.scoring, context);
  let verdict: ComplianceClass;
  if (!scan.latest) verdict = 'undetermined';
  else if (!scan.latestPasses) verdict = 'nonCompliant';
  else
    verdict = reboundReason(input, moment.ms, scan.failuresInWindow, policy) ? 'reboundProne' : 'compliant';
  return new Judged(input, verdict, scan, context, policy, moment);
}

/**
 * A classification whose class is decided at once and whose reasons and actions are built when first read, so a
 * board of a million cells pays for explanations only where someone looks. Serialises (`JSON.stringify`) with both.
 */
class Judged implements Classification {
  readonly standardRef: string;
  readonly class: ComplianceClass;
  readonly #input: ClassifyInput;
  readonly #scan: EvidenceScan;
  readonly #context: JudgementContext;
  readonly #policy: ClassificationPolicy;
  readonly #moment: Moment;
  #reasons: Reason[] | undefined;
  #actions: readonly RequiredAction[] | undefined;

  constructor(
    input: ClassifyInput,
    verdict: ComplianceClass,
    scan: EvidenceScan,
    context: JudgementContext,
    policy: ClassificationPolicy,
    moment: Moment,
  ) {
    this.standardRef = input.standard.code;
    this.class = verdict;
    this.#input = input;
    this.#scan = scan;
    this.#context = context;
    this.#policy = policy;
    this.#moment = moment;
  }

  get reasons(): Reason[] {
    this.#reasons ??= explain(this.#input, this.class, this.#scan, this.#context, this.#policy, this.#moment);
    return this.#reasons;
  }

  get actions(): readonly RequiredAction[] {
    this.#actions ??= actionsFor(this.class, this.#input, this.#policy, this.#moment);
    return this.#actions;
  }

  toJSON(): Classification {
    return {
      standardRef: this.standardRef,
      class: this.class,
      reasons: this.reasons,
      actions: this.actions,
    };
  }
}

/** The reasons for a class: the rule that fired on the deciding evidence, and what was set aside and why. */
function explain(
  input: ClassifyInput,
  verdict: ComplianceClass,
  scan: EvidenceScan,
  context: JudgementContext,
  policy: ClassificationPolicy,
  moment: Moment,
): Reason[] {
  const { latest, latestPasses, future, notAssessable, expired } = scan;
  const rule = input.standard.scoring;
  const reasons: Reason[] = [];
  if (!latest) reasons.push({ rule: 'noValidEvidence', message: NO_EVIDENCE, observationIds: [] });
  else {
    const judgement = judge(rule, latest, context);
    const rebound =
      verdict === 'reboundProne' ? reboundReason(input, moment.ms, scan.failuresInWindow, policy) : undefined;
    reasons.push(rebound ?? latestReason(rule, latest, judgement, context));
    // A pass whose measure is missing earns no points: say so, since the class alone would hide it.
    if (judgement.missing && latestPasses)
      reasons.push(missingMeasureReason(rule, latest, judgement.missing));
    if (scan.overruledSelfCheck !== undefined)
      reasons.push({
        rule: 'selfCheckOverruled',
        message: SELF_CHECK_OVERRULED,
        observationIds: [scan.overruledSelfCheck],
      });
  }
  if (future.length > 0) reasons.push(setAside('futureIgnored', future));
  if (notAssessable.length > 0) reasons.push(setAside('notAssessableIgnored', notAssessable));
  if (expired.length > 0) reasons.push(setAside('expiredIgnored', expired));
  return reasons;
}

const SELF_CHECK_OVERRULED: BilingualText = Object.freeze(say('selfCheckOverruled'));

// Counts set aside are small numbers: their texts are built once per count and shared.
const setAsideTexts = new Map<string, BilingualText>();

/** The reason observations were set aside: dated later than the moment, not assessable, or expired. */
function setAside(
  rule: 'futureIgnored' | 'notAssessableIgnored' | 'expiredIgnored',
  ids: readonly string[],
): Reason {
  const key = `${rule}${ids.length}`;
  let message = setAsideTexts.get(key);
  if (!message) {
    message = Object.freeze(say(rule, { count: ids.length }));
    if (ids.length <= 64) setAsideTexts.set(key, message);
  }
  return { rule, message, observationIds: [...ids].sort() };
}

/** With the latest valid evidence passing: the reason it is rebound-prone (failures recur, relapse after closure, a behaviour standard failed), or undefined. */
function reboundReason(
  input: ClassifyInput,
  asOf: number,
  failures: readonly { id: string; at: number }[],
  policy: ClassificationPolicy,
): Reason | undefined {
  if (failures.length === 0) return undefined;
  const days = policy.reboundWindowDays;
  for (const closure of input.closures ?? []) {
    const closedAt = toMs(closure.closedAt);
    if (closedAt > asOf) continue;
    const after = failures.filter((f) => f.at > closedAt);
    if (after.length > 0) {
      return {
        rule: 'relapseAfterClosure',
        message: say('relapseAfterClosure', { rectificationId: closure.id }),
        observationIds: after.map((f) => f.id).sort(),
      };
    }
  }
  if (failures.length >= policy.reboundFailures) {
    return {
      rule: 'repeatedFailures',
      message: say('repeatedFailures', { failures: failures.length, days }),
      observationIds: failures.map((f) => f.id).sort(),
    };
  }
  if (input.standard.kind === 'behaviourOrder' && failures.length >= policy.behaviourReboundFailures) {
    return {
      rule: 'behaviourFailure',
      message: say('behaviourFailure', { days }),
      observationIds: failures.map((f) => f.id).sort(),
    };
  }
  return undefined;
}
