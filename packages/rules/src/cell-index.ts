import type { Observation } from '@chuangwen/model';
import { type CellHistory, type CellRules, cellRules, judgedCode } from './cell-history.js';
import { type ClassifiedStandard, type Closure, contextOf } from './classify.js';
import { type AssessableObservation, type JudgementContext, passesRule } from './judgement.js';
import { type ClassificationPolicy, DEFAULT_POLICY } from './policy.js';
import { DAY_MS, toMs } from './time.js';

/** What {@link cellIndexer} reads once per standard: the standard, and optionally the policy, points and site type. */
export interface CellIndexOptions {
  standard: ClassifiedStandard;
  policy?: ClassificationPolicy;
  /** The standard's points where a tier above declares them (`effectivePoints`); by default its own, if any. */
  maxPoints?: number | null;
  /** The site type of the cells it indexes, for thresholds that depend on it. */
  siteType?: string;
}

/** Indexes the cells of one standard: each observation judged once, for {@link cellClass} to classify at any moment. */
export interface CellIndexer {
  /** The numbers of the four rules for this standard: pass them to {@link cellClass} with its cells. */
  readonly rules: CellRules;
  /**
   * One cell's observations (one standard at one scope) and the closed rectifications there, as the numbers
   * {@link cellClass} reads. An unreadable instant throws a RangeError, as {@link classify} does.
   */
  index(observations: readonly Observation[], closures?: readonly Closure[]): CellHistory;
}

/** The judgement code of one observation under the standard's rule: what a cell keeps of it. */
export function judgedEntry(o: Observation, rule: ClassifiedStandard['scoring'], context: JudgementContext) {
  const assessable = o.outcome !== 'notAssessable';
  const passes = assessable && passesRule(rule, o as AssessableObservation, context);
  return judgedCode(assessable, passes, o.source === 'selfCheck');
}

/**
 * The index path of classification, public: resolve a standard's rule and numbers once, index each cell's raw
 * observations once (instants read, validity resolved, the rule applied), then classify any cell at any moment with
 * `cellClass(history, asOfMs, indexer.rules)`, which gives the class {@link classify} gives on the same input, without
 * its reasons and actions. For many histories of few standards, or one history judged at many moments.
 */
export function cellIndexer(options: CellIndexOptions): CellIndexer {
  const policy = options.policy ?? DEFAULT_POLICY;
  const { standard } = options;
  const context = contextOf(standard, policy, options.maxPoints, options.siteType);
  const validity = policy.validityDays;
  return {
    rules: cellRules(policy, standard.kind === 'behaviourOrder'),
    index(observations, closures = []) {
      const n = observations.length;
      const data = new Array<number>(n * 3);
      const ids = new Array<string>(n);
      for (let i = 0; i < n; i++) {
        const o = observations[i]!;
        const at = toMs(o.observedAt);
        data[i * 3] = at;
        data[i * 3 + 1] = at + validity[o.method] * DAY_MS;
        data[i * 3 + 2] = judgedEntry(o, standard.scoring, context);
        ids[i] = o.id;
      }
      const closed = new Array<number>(closures.length);
      for (let i = 0; i < closures.length; i++) closed[i] = toMs(closures[i]!.closedAt);
      return { data, ids, closures: closed };
    },
  };
}
